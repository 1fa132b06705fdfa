import { describe, expect, it } from 'vitest';
import { decodeSession, encodeSession, parseSession } from '../../src/conversation/sessionState.ts';
import { newSession } from '../../src/engine/session.ts';
import type { Session } from '../../src/engine/types.ts';

const busy: Session = {
  v: 1,
  status: 'active',
  at: { flow: 'work-rights', node: 'ask_more' },
  lang: 'tl',
  vars: { province: 'on', about_work: 'si' },
  stack: [{ flow: 'main', node: 'menu' }],
  back: [
    { flow: 'main', node: 'menu' },
    { flow: 'work-rights', node: 'start' },
  ],
  retries: 2,
  topics: ['wages', 'documents'],
  draftNotices: ['tl', 'es'],
  turns: 7,
  handoff: 'queued',
  pendingTopic: 'housing',
  suggested: ['wages', 'hours'],
  offeredLang: 'es',
  askedIn: ['es', 'fr'],
  transfer: { reason: 'legal', group: true },
};

describe('stored session form', () => {
  it('round-trips every field, at its default and away from it', () => {
    for (const s of [newSession(), newSession('fr'), busy]) {
      const stored = JSON.parse(JSON.stringify(encodeSession(s)));
      expect(parseSession(stored)).toEqual(s);
      expect(decodeSession(stored)).toEqual(s);
    }
  });

  it('leaves defaults out and writes positions as flow.node: under half the bytes of the engine object', () => {
    const s: Session = { ...newSession(), status: 'active', at: { flow: 'intake', node: 'more' }, turns: 5, vars: { name: 'Ana' }, back: [{ flow: 'intake', node: 'name' }] };
    expect(encodeSession(s)).toEqual({ v: 2, status: 'active', at: 'intake.more', vars: { name: 'Ana' }, back: ['intake.name'], turns: 5 });
    expect(JSON.stringify(encodeSession(s)).length).toBeLessThan(JSON.stringify(s).length / 2);
  });

  it('still reads sessions stored in the engine object form (v1), old fields defaulted', () => {
    expect(parseSession(JSON.parse(JSON.stringify(busy)))).toEqual(busy);
    const { handoff: _h, pendingTopic: _p, suggested: _s, offeredLang: _o, ...older } = busy;
    expect(parseSession(older)).toEqual({ ...busy, handoff: null, pendingTopic: null, suggested: [], offeredLang: null });
  });

  it('reads the notice said once per conversation (stored before each language had its own) as said in the conversation\'s language', () => {
    const { draftNotices: _d, ...v1 } = busy;
    expect(parseSession({ ...v1, draftNoticeShown: true })?.draftNotices).toEqual(['tl']);
    expect(parseSession({ ...v1, draftNoticeShown: false })?.draftNotices).toEqual([]);
    expect(parseSession({ v: 2, status: 'active', lang: 'es', turns: 3, draftNoticeShown: true })?.draftNotices).toEqual(['es']);
    expect(parseSession({ v: 2, status: 'active', turns: 3, draftNoticeShown: true })?.draftNotices).toEqual([]);
  });

  it.each([
    ['an unknown version', { v: 3, status: 'active', turns: 1 }],
    ['a position without a flow', { v: 2, status: 'active', at: 'menu', turns: 1 }],
    ['a position with two dots', { v: 2, status: 'active', at: 'a.b.c', turns: 1 }],
    ['an unknown field', { v: 2, status: 'active', turns: 1, extra: 1 }],
    ['draftNoticeShown written false (defaults are left out)', { v: 2, status: 'active', turns: 1, draftNoticeShown: false }],
    ['no turn count', { v: 2, status: 'active' }],
    ['a bad status', { v: 2, status: 'lost', turns: 1 }],
    ['not an object', 'v2'],
    ['null', null],
  ])('refuses %s (the conversation starts afresh)', (_, state) => {
    expect(parseSession(state)).toBeNull();
  });
});
