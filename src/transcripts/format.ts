// Golden transcripts: a conversation as data. Each turn holds one input and what the engine
// answered — message keys, languages, choice ids, effects, where the conversation rests —
// and never message text, so a wording change in a catalogue leaves every fixture alone
// while a change of flow shows up as a reviewable diff (goflow's recorded runs).
// Independent of the test runner: the chat CLI records fixtures with the same functions.
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, isMap, isSeq, parse, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { COMMANDS, FACTS, MEDIA_KINDS, type Bundle, type Command, type Fact, type Input, type MediaKind, type Session, type StepResult, type Understanding, TRANSFER_REASONS, type TransferReason } from '../engine/types.ts';
import { newSession, refOf, step } from '../engine/index.ts';

const command = z.enum(COMMANDS as unknown as [Command, ...Command[]]);

const OutSchema = z.strictObject({
  key: z.string().min(1),
  lang: z.string().min(1),
  /** Ids of the choices offered with this message, in order. */
  choices: z.array(z.string()).optional(),
});

/**
 * Effects as the engine returns them. Kept open (any `type`, any fields) so a new kind of
 * effect needs no change here; effects carry ids, flags and the person's own input, never
 * message text.
 */
const EffectSchema = z.looseObject({ type: z.string().regex(/^[a-z][a-z_]*$/) });

/** Events worth naming in a fixture: every event except the two that repeat every turn. */
const QUIET_EVENTS = new Set(['message_sent', 'node_entered']);

const TurnSchema = z
  .strictObject({
    /** What the person wrote. */
    in: z.string().optional(),
    /** A button press or list pick, by choice id. */
    choice: z.string().optional(),
    /** A command from a channel control (the web chat's quick exit). */
    command: command.optional(),
    /** A lead worker's action on the handoff (claimed, closed). */
    /** A lead worker's action: claimed, closed, or an offer to pass it on: `transfer:<reason>` (to one worker) or `transfer:<reason>:group`. */
    staff: z
      .union([
        z.enum(['claimed', 'closed']),
        z.templateLiteral(['transfer:', z.enum(TRANSFER_REASONS as [TransferReason, ...TransferReason[]])]),
        z.templateLiteral(['transfer:', z.enum(TRANSFER_REASONS as [TransferReason, ...TransferReason[]]), ':group']),
      ])
      .optional(),
    /** A voice note, photo or file (its kind only); `in` beside it is its caption. */
    media: z.enum(MEDIA_KINDS as unknown as [MediaKind, ...MediaKind[]]).optional(),
    out: z.array(OutSchema),
    effects: z.array(EffectSchema).optional(),
    /** Optional: when present, the names of the turn's events (message_sent and node_entered left out). */
    events: z.array(z.string()).optional(),
    /** Where the conversation rests after the turn: `<flow>.<node>`, or null. */
    at: z.string().nullable(),
  })
  .refine((t) => [t.media ?? t.in, t.choice, t.command, t.staff].filter((x) => x !== undefined).length === 1, {
    message: 'a turn has exactly one of in (or media, with in as its caption), choice, command, staff',
  });

export const TranscriptSchema = z.strictObject({
  description: z.string().min(1),
  /** The session starts in this language (as a channel with a language picker would start it). */
  lang: z.string().optional(),
  /** Free text goes through understanding (offline, as on every channel) before each turn. */
  understand: z.boolean().optional(),
  /** Deployment facts the flows branch on (e.g. `staff: none`: no staff console is on). */
  facts: z.partialRecord(z.enum(FACTS as unknown as [Fact, ...Fact[]]), z.string()).optional(),
  turns: z.array(TurnSchema).min(1),
});

export type Transcript = z.infer<typeof TranscriptSchema>;
export type TranscriptTurn = Transcript['turns'][number];

export function inputOf(turn: TranscriptTurn): Input {
  if (turn.choice !== undefined) return { type: 'choice', id: turn.choice };
  if (turn.command !== undefined) return { type: 'command', command: turn.command };
  if (turn.staff !== undefined) {
    const [event, reason, group] = turn.staff.split(':');
    return event === 'transfer'
      ? { type: 'staff', event: 'transfer_offered', reason: reason as TransferReason, group: group === 'group' }
      : { type: 'staff', event: event as 'claimed' | 'closed' };
  }
  if (turn.media !== undefined) return { type: 'media', media: turn.media, ...(turn.in !== undefined ? { caption: turn.in } : {}) };
  return { type: 'text', text: turn.in ?? '' };
}

/** A transcript turn from one step's result. Named events are recorded only when asked for. */
export function recordTurn(result: StepResult, input: Input, opts: { events?: boolean } = {}): TranscriptTurn {
  const turn: TranscriptTurn = {
    ...(input.type === 'text'
      ? { in: input.text }
      : input.type === 'choice'
        ? { choice: input.id }
        : input.type === 'command'
          ? { command: input.command }
          : input.type === 'media'
            ? { media: input.media, ...(input.caption !== undefined ? { in: input.caption } : {}) }
            : { staff: input.event === 'transfer_offered' ? (`transfer:${input.reason}${input.group ? ':group' : ''}` as TranscriptTurn['staff'] & string) : input.event }),
    out: result.outputs.map((o) => ({ key: o.key, lang: o.lang, ...(o.choices ? { choices: o.choices.map((c) => c.id) } : {}) })),
    at: result.session.at ? refOf(result.session.at) : null,
  };
  // Copies, so a recorded turn never shares objects with the session it came from.
  // The person's own words (a relay, a code word) are never written into a fixture.
  if (result.effects.length > 0) {
    turn.effects = result.effects.map((e) => (e.type === 'relay' || e.type === 'codeword_set' ? { type: e.type } : structuredClone(e)));
  }
  if (opts.events) turn.events = result.events.filter((e) => !QUIET_EVENTS.has(e.type)).map((e) => e.type);
  // Key order as written in fixtures: input, out, effects, events, at.
  const { at, ...rest } = turn;
  return { ...rest, at };
}

export interface TranscriptRun {
  ok: boolean;
  diffs: string[];
  /** What the run produced, in the fixture's shape (events recorded where the fixture names them). */
  actual: Transcript;
}

/** What understanding makes of a text, given the conversation's language so far. */
export type UnderstandFn = (text: string, lang: string | null) => Understanding | undefined;

/**
 * Play a transcript's inputs through the engine and compare every turn. A transcript marked
 * `understand` has its free text understood first, as a channel would (needs `understand`).
 */
export function runTranscript(base: Bundle, transcript: Transcript, understand?: UnderstandFn): TranscriptRun {
  const bundle: Bundle = transcript.facts ? { ...base, facts: transcript.facts } : base;
  let session: Session = newSession(transcript.lang ?? null);
  const diffs: string[] = [];
  const turns: TranscriptTurn[] = [];
  if (transcript.understand && !understand) throw new Error('this transcript needs understanding to play');
  transcript.turns.forEach((expected, i) => {
    let input = inputOf(expected);
    if (transcript.understand && input.type === 'text' && understand) {
      const understood = understand(input.text, session.lang);
      if (understood) input = { ...input, understood };
    }
    const result = step(bundle, session, input);
    session = result.session;
    const actual = recordTurn(result, input, { events: expected.events !== undefined });
    turns.push(actual);
    diffs.push(...diffTurn(i + 1, expected, actual));
  });
  const actual: Transcript = {
    description: transcript.description,
    ...(transcript.lang !== undefined ? { lang: transcript.lang } : {}),
    ...(transcript.understand !== undefined ? { understand: transcript.understand } : {}),
    ...(transcript.facts !== undefined ? { facts: transcript.facts } : {}),
    turns,
  };
  return { ok: diffs.length === 0, diffs, actual };
}

const showOut = (o: TranscriptTurn['out'][number] | undefined): string =>
  o ? `${o.key}/${o.lang}${o.choices ? ` [${o.choices.join(', ')}]` : ''}` : '(nothing)';

const showInput = (t: TranscriptTurn): string =>
  t.choice !== undefined
    ? `choice ${t.choice}`
    : t.command !== undefined
      ? `command ${t.command}`
      : t.media !== undefined
        ? `media ${t.media}`
        : `in ${JSON.stringify(t.in)}`;

function diffTurn(n: number, expected: TranscriptTurn, actual: TranscriptTurn): string[] {
  const where = `turn ${n} (${showInput(expected)})`;
  const diffs: string[] = [];
  const len = Math.max(expected.out.length, actual.out.length);
  for (let i = 0; i < len; i++) {
    const e = expected.out[i];
    const a = actual.out[i];
    if (JSON.stringify(e) !== JSON.stringify(a)) diffs.push(`${where}: out[${i}]: expected ${showOut(e)}, got ${showOut(a)}`);
  }
  const ee = JSON.stringify(expected.effects ?? []);
  const ae = JSON.stringify(actual.effects ?? []);
  if (ee !== ae) diffs.push(`${where}: effects: expected ${ee}, got ${ae}`);
  if (expected.events !== undefined && JSON.stringify(expected.events) !== JSON.stringify(actual.events)) {
    diffs.push(`${where}: events: expected [${expected.events.join(', ')}], got [${(actual.events ?? []).join(', ')}]`);
  }
  if (expected.at !== actual.at) diffs.push(`${where}: at: expected ${expected.at}, got ${actual.at}`);
  return diffs;
}

/** Parse and validate a fixture; throws with the file name and zod's reasons. */
export function readTranscript(path: string): Transcript {
  const parsed = TranscriptSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: not a valid transcript: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The canonical text of a transcript: block style, with each out item and effect on one line. */
export function formatTranscript(transcript: Transcript): string {
  const valid = TranscriptSchema.parse(transcript);
  const doc = new Document(valid);
  const turns = doc.get('turns', true);
  if (isSeq(turns)) {
    for (const turn of turns.items) {
      if (!isMap(turn)) continue;
      for (const field of ['out', 'effects', 'events']) {
        const seq = turn.get(field, true) as YamlNode | undefined;
        if (!isSeq(seq)) continue;
        if (field === 'events' || seq.items.length === 0) seq.flow = true;
        for (const item of seq.items) if (isMap(item)) item.flow = true;
      }
    }
  }
  return doc.toString({ lineWidth: 0, flowCollectionPadding: true });
}

export function writeTranscript(path: string, transcript: Transcript): void {
  writeFileSync(path, formatTranscript(transcript));
}
