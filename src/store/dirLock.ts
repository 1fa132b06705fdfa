// One owner per embedded store. PGlite is a single-process database: a second process opening
// the same directory (`waypoint chat` beside `npm start`) lost rows and left the directory
// unopenable. Opening takes <dataDir>/pglite.lock first: created exclusively (O_EXCL), holding
// the owner's pid, host and start time. A lock whose process is gone (or whose pid now belongs
// to a later process, or was written before the last boot) is stale and taken over.
//
// Why not proper-lockfile: its staleness is the lock's age, refreshed by a timer; PGlite
// initialising a new directory blocks the event loop for seconds (7.7 s in `npm run bench`),
// long enough for a timer-based lock to look stale to the next process. A pid says for sure,
// and it is what the refusal has to name.
import { readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { StoreLockedError } from './errors.ts';

const ownerSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string(),
  startedAt: z.string(),
  /** What the owner runs, e.g. "waypoint serve". */
  command: z.string().default('waypoint'),
  /** The kernel's start time of the process (/proc/<pid>/stat, field 22), against pid reuse. */
  procStart: z.string().optional(),
  bootId: z.string().optional(),
});
export type LockOwner = z.infer<typeof ownerSchema>;

export const LOCK_FILE = 'pglite.lock';

const readText = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
};
/** The kernel's start time of a process, in clock ticks since boot (Linux only). */
const procStart = (pid: number): string | undefined => {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
};
const bootId = (): string | undefined => readText('/proc/sys/kernel/random/boot_id');

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Is the process that wrote this lock still running? A lock from another host cannot be checked: it counts as held. */
export function ownerAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return false;
  if (!processExists(owner.pid)) return false;
  const now = procStart(owner.pid);
  return !(owner.procStart && now && owner.procStart !== now);
}

function parseOwner(text: string | undefined): LockOwner | null {
  if (!text) return null;
  try {
    const r = ownerSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Who holds a directory's lock file, as it says; null when there is none or it cannot be read. */
export function readLockOwner(file: string): LockOwner | null {
  return parseOwner(readText(file));
}

function describeCommand(): string {
  const [, script = '', sub] = process.argv;
  return /waypoint(\.js)?$/.test(script) && sub ? `waypoint ${sub}` : 'waypoint';
}

/** "10:02" today, "2026-11-22 10:02" before. */
function since(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.toDateString() === now.toDateString() ? hm : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${hm}`;
}

export function refusal(dataDir: string, file: string, owner: LockOwner): StoreLockedError {
  const here = owner.host === hostname();
  const who = `pid ${owner.pid}${here ? '' : ` on host ${owner.host}`}, ${owner.command}, since ${since(owner.startedAt)}`;
  const what = here
    ? 'Stop it, or set DATABASE_URL to share a PostgreSQL server.'
    : `Stop it, or set DATABASE_URL to share a PostgreSQL server; if that process is no longer running, delete ${file}.`;
  return new StoreLockedError(`${dataDir} is in use by another Waypoint process (${who}). ${what}`, owner.pid);
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Make `file` with `text` only if it does not exist. */
function createExclusive(file: string, text: string): boolean {
  try {
    writeFileSync(file, text, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

const ageMs = (file: string): number => {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
};

/**
 * Remove a stale lock, unless it changed since it was judged stale. Taking over is guarded by
 * a second exclusive file, so two processes that both found the same stale lock cannot each
 * remove it and then the other's fresh one.
 */
async function breakStale(file: string, staleText: string): Promise<void> {
  const guard = `${file}.break`;
  for (let i = 0; i < 100; i++) {
    if (createExclusive(guard, String(process.pid))) {
      try {
        if (readText(file) === staleText) unlinkSync(file);
      } finally {
        unlinkSync(guard);
      }
      return;
    }
    // The guard is held for microseconds; one older than 5 s was left by a crash.
    if (ageMs(guard) > 5000) {
      try {
        unlinkSync(guard);
      } catch {
        // Someone else removed it.
      }
    }
    await sleep(20);
  }
}

export interface DirLock {
  file: string;
  owner: LockOwner;
  release(): void;
}

/**
 * Take the lock on an embedded store's directory, or throw StoreLockedError at once naming the
 * owner. The lock is released by `release()`, and on process exit if the process forgot.
 */
export async function lockDataDir(dataDir: string): Promise<DirLock> {
  const file = join(dataDir, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    startedAt: new Date().toISOString(),
    command: describeCommand(),
    ...optional('procStart', procStart(process.pid)),
    ...optional('bootId', bootId()),
  };
  const text = JSON.stringify(owner);
  for (let attempt = 0; attempt < 50; attempt++) {
    if (createExclusive(file, text)) return held(file, owner, text);
    const found = readText(file);
    const other = parseOwner(found);
    if (other && ownerAlive(other)) throw refusal(dataDir, file, other);
    // Unreadable: maybe being written this instant (created, not yet filled). Wait a moment
    // before calling it stale.
    if (!other && ageMs(file) < 2000) {
      await sleep(50);
      continue;
    }
    await breakStale(file, found ?? '');
  }
  throw new StoreLockedError(`${dataDir}: could not take ${file}; another process keeps changing it. Stop the other Waypoint processes and try again.`, 0);
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}

function held(file: string, owner: LockOwner, text: string): DirLock {
  const release = (): void => {
    process.removeListener('exit', release);
    // Only our own lock: never one a later owner wrote after ours was judged stale.
    if (readText(file) === text) {
      try {
        unlinkSync(file);
      } catch {
        // Already gone.
      }
    }
  };
  process.on('exit', release);
  return { file, owner, release };
}
