import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Store tests start PGlite instances and real PostgreSQL connections: give them room.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Vitest's default on 2 cores is one worker: every file waited for the one before. Most slow
    // files wait, not compute (a spawned server, PGlite creating a directory, Chromium), so four
    // overlap those waits; each file keeps its own databases on the one PostgreSQL cluster.
    maxWorkers: 4,
  },
});
