import type { Position, Session } from './types.ts';

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
    draftNoticeShown: false,
    turns: 0,
    handoff: null,
    pendingTopic: null,
    suggested: [],
    offeredLang: null,
  };
}

/** A copy deep enough that a turn never mutates the caller's session. */
export function copySession(s: Session): Session {
  return {
    ...s,
    at: s.at ? { ...s.at } : null,
    vars: { ...s.vars },
    stack: s.stack.map((p) => ({ ...p })),
    back: s.back.map((p) => ({ ...p })),
    topics: [...s.topics],
    suggested: [...s.suggested],
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
