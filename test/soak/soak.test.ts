// A short soak on real PostgreSQL (`npm run soak -- --short`): 300 contacts × 3 SMS within
// 15 s with duplicated and out-of-order deliveries; a kill -9 and restart in the middle; two
// processes on one database; every webhook fuzzed. Fails on a lost or doubled message.
import { describe, expect, it } from 'vitest';
import { MAX_DOUBLED_ACROSS_CRASH } from '../../bench/burst.ts';
import { runSoak } from '../../bench/soak.ts';

const url = process.env.DATABASE_URL;

describe.skipIf(!url)('soak (short, real PostgreSQL; skipped without DATABASE_URL)', () => {
  it('answers every message exactly once through a burst, a crash, two processes and fuzz', { timeout: 480_000 }, async () => {
    // CI (CI=true) runs half of `npm run soak -- --short`: the same phases, checks and fuzz, less time.
    const size = process.env.CI ? { contacts: 150, windowSeconds: 8, otherContacts: 150, otherWindowSeconds: 8 } : { contacts: 300, windowSeconds: 15, otherContacts: 300, otherWindowSeconds: 15 };
    const r = await runSoak({ databaseUrl: url!, ...size });
    for (const p of r.phases) {
      // A message the killed process answered just before it died, and its copy after, is answered
      // twice by design (a second copy rather than none); a few at most, and nowhere else.
      expect({ phase: p.phase, lost: p.lost, doubled: p.doubled - p.doubledAcrossCrash }).toEqual({ phase: p.phase, lost: 0, doubled: 0 });
      expect(p.doubledAcrossCrash).toBeLessThanOrEqual(MAX_DOUBLED_ACROSS_CRASH);
    }
    expect(r.fuzz.classes).toBeGreaterThanOrEqual(30);
    expect(r.problems).toEqual([]);
  });
});
