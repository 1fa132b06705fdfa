import { defineConfig } from 'vitest/config';

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
  },
});
