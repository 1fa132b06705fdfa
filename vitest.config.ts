import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Files that are long but small on disk. Vitest runs files it has no timings for (a fresh clone,
 * CI) largest first, so the soak (about a minute, most of it waiting on its servers) ran last,
 * alone, with the other worker idle.
 */
const LONG_BUT_SMALL = ['test/soak/soak.test.ts'];

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification): number => (LONG_BUT_SMALL.some((p) => f.moduleId.endsWith(p)) ? 0 : 1);
    return sorted.sort((a, b) => rank(a) - rank(b)); // stable: the rest keep vitest's order
  }
}

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Store tests start PGlite instances and real PostgreSQL connections: give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker: every file waited for the one before, though
    // most slow files wait rather than compute (a spawned server, PGlite creating a directory,
    // Chromium). Two overlap those waits without putting more CPU-bound files on the two cores
    // than there are cores: at four, under a load average of 20–40 from other work, a 50-delivery
    // contract test saw a turn outlast its 10-second reply lease and answer twice.
    maxWorkers: 2,
    // One module cache per worker, not per file: each file re-imported the sources (tsx
    // transforms, PGlite, the content) and rebuilt what src/ keeps once per process (the
    // migrated PGlite copy, parsed content). 31 files (channels/sms, conversation, engine, flows,
    // content) took 85.8 s user + 10.5 s system CPU isolated, 46.3 s + 5.1 s shared (-47%).
    // Files share no state but those process-wide caches: mocks, stubbed globals and fake timers
    // are restored after each test (below), and every file closes what it opens.
    isolate: false,
    restoreMocks: true,
    unstubGlobals: true,
    unstubEnvs: true,
    sequence: { sequencer: LongFirst },
  },
});
