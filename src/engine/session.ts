import type { Position, Session } from './types.ts';

/** `pendingTopic` when the first message's topic is unsure: the topics in `suggested`, as "did you mean". */
export const PENDING_SUGGESTIONS = '?';

export function newSession(lang: string | null = null): Session {
  return {
    v: 1,
    status: 'new',
    at: null,
    lang,
    vars: {},
    stack: [],
    back: [],
    retries: 0,
    topics: [],
    draftNotices: [],
    turns: 0,
    handoff: null,
    pendingTopic: null,
    suggested: [],
    offeredLang: null,
    askedIn: [],
    transfer: null,
  };
}

const copyPosition = (p: Position): Position => ({ flow: p.flow, node: p.node });

/**
 * A copy deep enough that a turn never mutates the caller's session. Field by field rather than
 * with spreads: every copy then has one shape whatever the source (a literal, JSON.parse, a
 * zod parse), which keeps the engine's property reads monomorphic. Spreading was 30% of a
 * turn's engine time (profile of bench/engine.ts).
 */
export function copySession(s: Session): Session {
  return {
    v: s.v,
    status: s.status,
    at: s.at ? copyPosition(s.at) : null,
    lang: s.lang,
    vars: { ...s.vars },
    stack: s.stack.map(copyPosition),
    back: s.back.map(copyPosition),
    retries: s.retries,
    topics: s.topics.slice(),
    draftNotices: s.draftNotices.slice(),
    turns: s.turns,
    handoff: s.handoff,
    pendingTopic: s.pendingTopic,
    suggested: s.suggested.slice(),
    offeredLang: s.offeredLang,
    askedIn: [...s.askedIn],
    transfer: s.transfer ? { reason: s.transfer.reason, group: s.transfer.group } : null,
  };
}

export function parseRef(ref: string): Position {
  const dot = ref.indexOf('.');
  if (dot <= 0 || dot === ref.length - 1) throw new Error(`engine: node reference "${ref}" is not <flow>.<node>`);
  return { flow: ref.slice(0, dot), node: ref.slice(dot + 1) };
}

export function refOf(p: Position): string {
  return `${p.flow}.${p.node}`;
}

/** How many earlier resting points BACK can return to. */
export const BACK_DEPTH = 20;
