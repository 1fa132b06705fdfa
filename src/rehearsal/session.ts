// The rehearsal session: pure functions over plain data. A persona's reply is a function of
// the trainee's lines so far and nothing else (no clock, no randomness), so a session replays
// exactly from its lines.

import type { Persona } from './persona.ts';
import { DEFAULT_WEIGHTS, EMPLOYER_NAME_OK_AT, GOOD, signalsOf, type Signal } from './signals.ts';

/** Every message a persona writes is marked as practice, wherever it is shown. */
export interface PracticeMessage {
  type: 'persona';
  text: string;
  lang: string;
  practice: true;
}

export type RehearsalEvent =
  | { type: 'trust_changed'; from: number; to: number; signals: Signal[] }
  | { type: 'fact_revealed'; id: string; fact: string }
  | { type: 'persona_withdrew'; trust: number; after: Signal[] }
  | { type: 'persona_interrupted'; turn: number }
  | { type: 'persona_silent' };

export interface TraineeLine {
  turn: number;
  text: string;
  signals: Signal[];
  /** Trust before and after this line. */
  trust: [number, number];
}

export interface RehearsalSession {
  persona: Persona;
  lang: string;
  status: 'open' | 'withdrawn' | 'interrupted';
  trust: number;
  turns: number;
  /** Good signals already counted (each raises trust once). */
  earned: Signal[];
  revealed: string[];
  lines: TraineeLine[];
  transcript: ({ from: 'trainee'; turn: number; text: string } | ({ from: 'persona' } & PracticeMessage))[];
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

const say = (text: string, lang: string): PracticeMessage => ({ type: 'persona', text, lang, practice: true });

/** The persona's first message. Throws RehearsalError for a language the persona is not written in. */
export function startRehearsal(persona: Persona, lang: string): { session: RehearsalSession; replies: PracticeMessage[] } {
  if (!persona.compiled[lang]) {
    throw new RehearsalError(`persona "${persona.id}" is not written in "${lang}" (languages: ${persona.languages.join(', ')})`);
  }
  const first = say(persona.opening[lang]!, lang);
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
  };
  return { session, replies: [first] };
}

/** A stable pick among variants: by turn and the length of what the trainee wrote so far. */
function pick(list: readonly string[], s: RehearsalSession): string {
  const chars = s.lines.reduce((n, l) => n + l.text.length, 0);
  return list[(s.turns + chars) % list.length]!;
}

/** The trainee writes one line; the persona reacts (or stays silent once it has stopped). */
export function trainee(prev: RehearsalSession, line: string): TraineeResult {
  const p = prev.persona;
  const { rules, replies: stock } = p.compiled[prev.lang]!;
  const s: RehearsalSession = {
    ...prev,
    earned: [...prev.earned],
    revealed: [...prev.revealed],
    lines: [...prev.lines],
    transcript: [...prev.transcript],
    turns: prev.turns + 1,
  };
  const events: RehearsalEvent[] = [];
  const signals = signalsOf(line, rules).filter((sig) => sig !== 'employer_name' || prev.trust < EMPLOYER_NAME_OK_AT);
  s.transcript.push({ from: 'trainee', turn: s.turns, text: line });

  if (prev.status !== 'open') {
    s.lines.push({ turn: s.turns, text: line, signals, trust: [prev.trust, prev.trust] });
    events.push({ type: 'persona_silent' });
    return { session: s, replies: [], events };
  }

  let delta = 0;
  for (const sig of signals) {
    const w = p.weights[sig] ?? DEFAULT_WEIGHTS[sig];
    if (GOOD.has(sig)) {
      if (s.earned.includes(sig)) continue;
      s.earned.push(sig);
    }
    delta += w;
  }
  s.trust = prev.trust + delta;
  s.lines.push({ turn: s.turns, text: line, signals, trust: [prev.trust, s.trust] });
  if (delta !== 0) events.push({ type: 'trust_changed', from: prev.trust, to: s.trust, signals });

  const harms = signals.filter((sig) => !GOOD.has(sig));
  const out: PracticeMessage[] = [];
  if (p.interrupt && s.turns === p.interrupt.turn) {
    s.status = 'interrupted';
    out.push(say(p.interrupt.text?.[s.lang] ?? stock.interrupted, s.lang));
    events.push({ type: 'persona_interrupted', turn: s.turns });
  } else if (s.trust <= p.withdrawAt || harms.some((h) => p.withdrawsOn.includes(h))) {
    s.status = 'withdrawn';
    out.push(say(stock.withdraw, s.lang));
    events.push({ type: 'persona_withdrew', trust: s.trust, after: harms });
  } else if (harms.length > 0) {
    out.push(say(pick(stock.cool, s), s.lang));
  } else {
    const reveal = p.reveals.find((r) => s.trust >= r.trust && !s.revealed.includes(r.id));
    if (reveal) {
      s.revealed.push(reveal.id);
      out.push(say(reveal.text[s.lang]!, s.lang));
      events.push({ type: 'fact_revealed', id: reveal.id, fact: reveal.fact });
    } else {
      out.push(say(pick(signals.length > 0 ? stock.warm : stock.neutral, s), s.lang));
    }
  }
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
