// The rehearsal session: pure functions over plain data. A persona's reply is a function of
// the trainee's lines so far and nothing else (no clock, no randomness), so a session replays
// exactly from its lines.
//
// The persona answers what was asked: a safety check gets an answer about safety, a question
// about fears gets a fear (or a guarded non-answer before there is trust), good practice gets a
// word back, harm gets a cool answer or makes them stop. Which of a few variants is said depends
// on the words of the line, so the same lines give the same conversation and different lines
// different answers. A person who stopped writing can come back, slowly (two lines that
// apologise or return to safety and choice), and can leave for good: on a second withdrawal, on
// harm while they are silent, or when nothing repairs it for three lines.

import type { AnswerKind, Persona, Said } from './persona.ts';
import { foldLine } from './recognise.ts';
import { DEFAULT_WEIGHTS, DETAILS_OK_AT, DETAILS_OK_FACTS, GOOD, readLine, type Intent, type Signal } from './signals.ts';
import { lineVerdicts, type PointId } from './points.ts';

/** Every message a persona writes is marked as practice, wherever it is shown. */
export interface PracticeMessage {
  type: 'persona';
  text: string;
  lang: string;
  /** The same line in English, for the trainer; absent when the line is English. */
  english?: string;
  /** Written by a language model from the persona file, not taken from it. */
  generated?: true;
  practice: true;
}

export type RehearsalEvent =
  | { type: 'trust_changed'; from: number; to: number; signals: Signal[] }
  | { type: 'fact_revealed'; id: string; fact: string }
  | { type: 'persona_withdrew'; trust: number; after: Signal[] }
  | { type: 'persona_returned'; trust: number }
  | { type: 'persona_left'; trust: number }
  | { type: 'persona_interrupted'; turn: number }
  | { type: 'persona_silent' };

export interface TraineeLine {
  turn: number;
  text: string;
  signals: Signal[];
  intents: Intent[];
  /**
   * Points the learned second opinion earned on this line, where the rules gave them no verdict
   * (model.ts). Only the debrief reads them: trust and the persona's replies follow the rules.
   */
  learned?: PointId[];
  /** Trust before and after this line. */
  trust: [number, number];
}

export type SessionStatus = 'open' | 'withdrawn' | 'left' | 'interrupted';

export interface RehearsalSession {
  persona: Persona;
  lang: string;
  status: SessionStatus;
  trust: number;
  turns: number;
  /** Good signals already counted (each raises trust once). */
  earned: Signal[];
  revealed: string[];
  lines: TraineeLine[];
  transcript: ({ from: 'trainee'; turn: number; text: string } | ({ from: 'persona' } & PracticeMessage))[];
  /** Times the person stopped writing; the second time they leave for good. */
  withdrawals: number;
  /** While withdrawn: lines that repaired, and lines that did not. */
  repair: number;
  unrepaired: number;
}

export interface TraineeResult {
  session: RehearsalSession;
  replies: PracticeMessage[];
  events: RehearsalEvent[];
}

export class RehearsalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RehearsalError';
  }
}

/** Lines that repair, while the person is silent, before they write again. */
export const REPAIR_LINES = 2;
/** Lines with no repair, while the person is silent, before they leave for good. */
export const UNREPAIRED_LINES = 3;
/** Good practice that repairs a withdrawal: an apology, or a return to safety and choice. */
const REPAIRS: readonly Signal[] = ['safety', 'person_first', 'no_police', 'privacy'];

const say = (s: Said, lang: string): PracticeMessage => ({ type: 'persona', text: s.text, lang, ...(lang !== 'en' ? { english: s.english } : {}), practice: true });

/** The persona's first message. Throws RehearsalError for a language the persona is not written in. */
export function startRehearsal(persona: Persona, lang: string): { session: RehearsalSession; replies: PracticeMessage[] } {
  if (!persona.compiled[lang]) {
    throw new RehearsalError(`${persona.name} (${persona.id}) is not written in "${lang}": choose one of ${persona.languages.join(', ')}`);
  }
  const first = say({ text: persona.opening[lang]!, english: persona.opening.en ?? persona.opening[lang]! }, lang);
  const session: RehearsalSession = {
    persona,
    lang,
    status: 'open',
    trust: 0,
    turns: 0,
    earned: [],
    revealed: [],
    lines: [],
    transcript: [{ from: 'persona', ...first }],
    withdrawals: 0,
    repair: 0,
    unrepaired: 0,
  };
  return { session, replies: [first] };
}

/** FNV-1a: a stable number from the words of a line. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i += 1) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A variant chosen by the line's words, never the same as the person's last message if another exists. */
function pick<T extends Said>(list: readonly T[], key: string, last: string | undefined): T {
  const i = hash(key) % list.length;
  const first = list[i]!;
  return first.text === last && list.length > 1 ? list[(i + 1) % list.length]! : first;
}

function weight(p: Persona, sig: Signal): number {
  return p.weights[sig] ?? DEFAULT_WEIGHTS[sig];
}

/** The trainee writes one line; the persona reacts (or stays silent once it has stopped). */
export function trainee(prev: RehearsalSession, line: string): TraineeResult {
  const p = prev.persona;
  const { reader, replies: stock, answers } = p.compiled[prev.lang]!;
  const s: RehearsalSession = {
    ...prev,
    earned: [...prev.earned],
    revealed: [...prev.revealed],
    lines: [...prev.lines],
    transcript: [...prev.transcript],
    turns: prev.turns + 1,
  };
  const folded = foldLine(line);
  const reading = readLine(folded, reader);
  // Names, addresses and documents are early questions until there is trust and need.
  const detailsOk = prev.trust >= DETAILS_OK_AT && prev.revealed.length >= DETAILS_OK_FACTS;
  const signals = reading.signals.filter((sig) => !((sig === 'employer_name' || sig === 'identifying_ask') && detailsOk));
  const intents = reading.intents;
  const learned = p.model?.earns(line, lineVerdicts(signals), undefined, reading.quiet) ?? [];
  const more = learned.length > 0 ? { learned } : {};
  const events: RehearsalEvent[] = [];
  const out: PracticeMessage[] = [];
  const last = [...prev.transcript].reverse().find((m) => m.from === 'persona')?.text;
  const choose = <T extends Said>(list: readonly T[]): T => pick(list, `${folded}#${s.turns}`, last);
  s.transcript.push({ from: 'trainee', turn: s.turns, text: line });

  if (prev.status === 'left' || prev.status === 'interrupted') {
    s.lines.push({ turn: s.turns, text: line, signals, intents, ...more, trust: [prev.trust, prev.trust] });
    events.push({ type: 'persona_silent' });
    return { session: s, replies: [], events };
  }

  let delta = 0;
  const fresh: Signal[] = [];
  for (const sig of signals) {
    if (GOOD.has(sig)) {
      if (s.earned.includes(sig)) continue;
      s.earned.push(sig);
      fresh.push(sig);
    }
    delta += weight(p, sig);
  }
  s.trust = prev.trust + delta;
  if (delta !== 0) events.push({ type: 'trust_changed', from: prev.trust, to: s.trust, signals });
  const harms = signals.filter((sig) => !GOOD.has(sig));
  const leave = (withMessage: boolean): void => {
    s.status = 'left';
    if (withMessage) out.push(say(stock.leave, s.lang));
    events.push({ type: 'persona_left', trust: s.trust });
  };

  if (prev.status === 'withdrawn') {
    const repairs = intents.includes('sorry') || signals.some((sig) => REPAIRS.includes(sig));
    if (harms.length > 0) leave(true);
    else if (repairs) {
      s.repair = prev.repair + 1;
      if (s.repair >= REPAIR_LINES) {
        s.status = 'open';
        s.repair = 0;
        s.unrepaired = 0;
        s.trust = Math.max(s.trust, p.withdrawAt + 1);
        out.push(say(choose(stock.back), s.lang));
        events.push({ type: 'persona_returned', trust: s.trust });
      } else events.push({ type: 'persona_silent' });
    } else {
      s.unrepaired = prev.unrepaired + 1;
      if (s.unrepaired >= UNREPAIRED_LINES) leave(false);
      else events.push({ type: 'persona_silent' });
    }
  } else if (p.interrupt && s.turns === p.interrupt.turn) {
    s.status = 'interrupted';
    const t = p.interrupt.text;
    out.push(say(t ? { text: t[s.lang]!, english: t.en ?? t[s.lang]! } : stock.interrupted, s.lang));
    events.push({ type: 'persona_interrupted', turn: s.turns });
  } else if (harms.length > 0 && (s.trust <= p.withdrawAt || harms.some((h) => p.withdrawsOn.includes(h)))) {
    if (prev.withdrawals >= 1) leave(true);
    else {
      s.status = 'withdrawn';
      s.withdrawals = prev.withdrawals + 1;
      s.repair = 0;
      s.unrepaired = 0;
      out.push(say(stock.withdraw, s.lang));
      events.push({ type: 'persona_withdrew', trust: s.trust, after: harms });
    }
  } else if (harms.length > 0) {
    out.push(say(choose(stock.cool[harms[0]! as keyof typeof stock.cool]), s.lang));
  } else {
    // What the line asked, answered from the persona's own words when it has them.
    const asked: AnswerKind | undefined = signals.includes('safety') ? 'safety' : (['ask_fears', 'ask_story', 'ask_wants'] as const).find((k) => intents.includes(k));
    const own = asked ? (answers[asked] ?? []).filter((a) => a.trust <= s.trust) : [];
    // A question the person has their own answer for is answered first; what they were about
    // to tell waits for a line that asks nothing else (a safety answer can carry it along).
    const answersFirst = asked !== undefined && asked !== 'safety' && own.length > 0;
    const reveal = answersFirst ? undefined : p.reveals.find((r) => s.trust >= r.trust && !s.revealed.includes(r.id));
    if (asked && !(reveal && asked !== 'safety')) {
      out.push(say(own.length ? choose(own) : asked === 'safety' ? choose(stock.ack.safety) : choose(stock.guarded), s.lang));
    }
    if (reveal) {
      s.revealed.push(reveal.id);
      out.push(say({ text: reveal.text[s.lang]!, english: reveal.text.en ?? reveal.text[s.lang]! }, s.lang));
      events.push({ type: 'fact_revealed', id: reveal.id, fact: reveal.fact });
    }
    if (out.length === 0) {
      const good = fresh[0] ?? signals.find((sig) => GOOD.has(sig));
      if (good) out.push(say(choose(stock.ack[good as keyof typeof stock.ack]), s.lang));
      else out.push(say(choose(/\?|？|؟/.test(line) ? stock.question : stock.neutral), s.lang));
    }
  }
  s.lines.push({ turn: s.turns, text: line, signals, intents, ...more, trust: [prev.trust, s.trust] });
  for (const m of out) s.transcript.push({ from: 'persona', ...m });
  return { session: s, replies: out, events };
}

/** A whole rehearsal from the trainee's lines: the same lines always give the same session. */
export function replay(persona: Persona, lang: string, lines: readonly string[]): { session: RehearsalSession; events: RehearsalEvent[][] } {
  let { session } = startRehearsal(persona, lang);
  const events: RehearsalEvent[][] = [];
  for (const line of lines) {
    const r = trainee(session, line);
    session = r.session;
    events.push(r.events);
  }
  return { session, events };
}
