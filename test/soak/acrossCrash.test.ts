// Which doubled answers the soak forgives: only a message the killed process answered in its
// last moments and the next process answered again (docs/DESIGN.md, one reply per message).
import { describe, expect, it } from 'vitest';
import { answeredAcrossCrash, burstProblems, MAX_DOUBLED_ACROSS_CRASH, type BurstResult } from '../../bench/burst.ts';

const killed = { from: 10_000, to: 10_050 };

describe('answered again across a kill', () => {
  it('first answer just before the kill or during it, second after the process was gone', () => {
    expect(answeredAcrossCrash([9_990, 12_000], killed)).toBe(true);
    expect(answeredAcrossCrash([10_040, 12_000], killed)).toBe(true);
    expect(answeredAcrossCrash([12_000, 8_500], killed)).toBe(true); // order of arrival does not matter
  });

  it('not when both answers came before the kill, both after it, or the first long before', () => {
    expect(answeredAcrossCrash([9_000, 9_500], killed)).toBe(false);
    expect(answeredAcrossCrash([11_000, 12_000], killed)).toBe(false);
    expect(answeredAcrossCrash([5_000, 12_000], killed)).toBe(false);
    expect(answeredAcrossCrash([9_990, 11_000, 12_000], killed)).toBe(false);
  });

  it('a burst fails on any other doubled answer, and on more than a few across the kill', () => {
    const r = { lost: 0, doubled: 2, doubledAcrossCrash: 1, messages: 10, inboxRows: 10, sessions: 5, sessionsWithWrongTurns: 0, unreadableSessions: 0 } as BurstResult;
    expect(burstProblems(r, 5)).toEqual(['1 messages answered more than once']);
    expect(burstProblems({ ...r, doubled: 1 }, 5)).toEqual([]);
    const many = MAX_DOUBLED_ACROSS_CRASH + 1;
    expect(burstProblems({ ...r, doubled: many, doubledAcrossCrash: many }, 5)).toEqual([`${many} messages answered again across the kill (at most ${MAX_DOUBLED_ACROSS_CRASH})`]);
  });
});
