// The understanding's data files, validated, kept as one JSON file between processes. Parsing the
// YAML of src/understand/data (about 640 KB in 90 files) and checking it with zod took most of a
// second at every start, and the tests start `waypoint` dozens of times. The cache file is named
// by a hash of everything the result depends on (every data file's name and bytes, the loader's
// own source, the topic ids and languages the files are checked against), so changed data is
// read afresh and never mistaken for the old. It is written to a new name and renamed into place:
// two processes starting at once each find a whole file or none. A cache file that cannot be
// read, or does not parse, is ignored and the data files are read as before.
//
// The folder is the user's own, under the system's temporary folder (mode 0700, checked to be
// owned by this user and unreachable by others; otherwise nothing is cached): danger detection
// reads these lists, and a file another local user could write would be a way to blind it.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Cache files kept (the newest): the data, and what was built of it (builtCache.ts), for the last few versions a user ran. */
const KEEP = 8;

/** The user's cache folder for understanding data, made if need be; null when it cannot be trusted. */
export function defaultCacheDir(): string | null {
  const uid = process.getuid?.();
  if (uid === undefined) return null;
  const top = join(tmpdir(), `waypoint-${uid}`);
  try {
    mkdirSync(top, { mode: 0o700, recursive: true });
    const st = lstatSync(top);
    if (!st.isDirectory() || st.uid !== uid || (st.mode & 0o077) !== 0) return null;
    const dir = join(top, 'understand');
    mkdirSync(dir, { mode: 0o700, recursive: true });
    return dir;
  } catch {
    return null;
  }
}

/**
 * `make()`'s result, from `cacheDir/<key>.json` when a process made it before; else made, and
 * written there for the next. `make` throws as it would without the cache (nothing is written).
 */
export function cachedJson<T>(cacheDir: string | null, key: string | null, make: () => T): T {
  if (!cacheDir || !key) return make();
  const kept = readJsonFile(cacheDir, key);
  if (kept !== undefined) return kept as T;
  const value = make();
  writeJsonFile(cacheDir, key, value);
  return value;
}

/** `cacheDir/<key>.json` parsed; undefined when it is not there or cannot be read or parsed. */
export function readJsonFile(cacheDir: string, key: string): unknown {
  try {
    return JSON.parse(readFileSync(join(cacheDir, `${key}.json`), 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes `cacheDir/<key>.json` under a new name and renames it into place; old files pruned. Never throws. */
export function writeJsonFile(cacheDir: string, key: string, value: unknown): void {
  const file = join(cacheDir, `${key}.json`);
  try {
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, JSON.stringify(value), { mode: 0o600 });
    renameSync(tmp, file);
    prune(cacheDir);
  } catch {
    // A full or read-only disk: the next start reads the data files again.
  }
}

function prune(dir: string): void {
  const files = readdirSync(dir).flatMap((name) => {
    try {
      return [{ path: join(dir, name), mtime: statSync(join(dir, name)).mtimeMs }];
    } catch {
      return [];
    }
  });
  const json = files.filter((f) => f.path.endsWith('.json')).sort((a, b) => b.mtime - a.mtime);
  for (const f of json.slice(KEEP)) rmSync(f.path, { force: true });
  // A writer's temporary file is young while it writes: only one an hour old is left over.
  for (const f of files) if (f.path.endsWith('.tmp') && Date.now() - f.mtime > 3_600_000) rmSync(f.path, { force: true });
}
