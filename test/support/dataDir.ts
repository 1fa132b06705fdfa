// A new DATA_DIR that already holds a migrated embedded database, for tests that start
// `waypoint serve` or the CLI on a directory but are not about creating one. `waypoint serve` on
// an empty directory spends seconds of CPU (20 s of wall time on a busy 2-core machine) creating
// PGlite's cluster and migrating it; copying one made earlier takes a fraction of a second. The
// original is made once per set of migrations and PGlite version, and shared by every file and
// worker of a run (and later runs): first-start itself stays tested on empty directories
// (test/server/start.test.ts, test/store/oneOwner.test.ts, test/doctor/doctor.test.ts).
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/store/db.ts';
import { readMigrations } from '../../src/store/migrate.ts';

function templateName(): string {
  const pkg = fileURLToPath(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url));
  const version = (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  const h = createHash('sha256').update(version);
  for (const m of readMigrations()) h.update(m.name).update(m.sql);
  return `waypoint-test-pglite-${h.digest('hex').slice(0, 16)}`;
}

let made: Promise<string> | undefined;

/** The shared migrated `pglite` directory: made here unless another worker or run made it. */
function template(): Promise<string> {
  made ??= (async () => {
    const path = join(tmpdir(), templateName());
    if (existsSync(path)) return path;
    const staging = mkdtempSync(join(tmpdir(), 'waypoint-test-pglite-staging-'));
    try {
      const store = await openStore({ dataDir: staging });
      await store.close();
      try {
        // Atomic: another worker making the same copy at the same time loses nothing.
        renameSync(join(staging, 'pglite'), path);
      } catch (e) {
        if (!existsSync(path)) throw e;
      }
      return path;
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
  })();
  return made;
}

/** A new directory holding its own copy of a migrated embedded database (and nothing else). */
export async function seededDataDir(prefix = 'wp-seeded-'): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(await template(), join(dir, 'pglite'), { recursive: true });
  return dir;
}

