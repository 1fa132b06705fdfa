// One owner per embedded store: the lock file, its staleness checks and the refusal's one line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { LOCK_FILE, lockDataDir, type LockOwner } from '../../src/store/dirLock.ts';
import { StoreLockedError } from '../../src/store/errors.ts';

const dir = (): string => mkdtempSync(join(tmpdir(), 'wp-lock-'));
const owner = (file: string): LockOwner => JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
/** The pid of a process that has ended. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

it('a second owner is refused at once, in one line naming the directory, the process and what to do', async () => {
  const d = dir();
  const lock = await lockDataDir(d);
  expect(owner(lock.file)).toMatchObject({ pid: process.pid, host: hostname() });
  const err = await lockDataDir(d).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreLockedError);
  const msg = (err as Error).message;
  expect(msg).toMatch(new RegExp(`^${d} is in use by another Waypoint process \\(pid ${process.pid}, waypoint, since \\d\\d:\\d\\d\\)\\. Stop it, or set DATABASE_URL to share a PostgreSQL server\\.$`));
  expect(msg.split('\n')).toHaveLength(1);
  lock.release();
  expect(existsSync(lock.file)).toBe(false);
  (await lockDataDir(d)).release();
});

it('the lock of a process that has ended is taken over', async () => {
  const d = dir();
  const pid = deadPid();
  writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid, host: hostname(), startedAt: new Date().toISOString(), command: 'waypoint serve' }));
  const lock = await lockDataDir(d);
  expect(owner(lock.file).pid).toBe(process.pid);
  lock.release();
});

it('a pid now used by a later process does not hold the lock (start time differs)', async () => {
  const d = dir();
  // Our own pid, but a start time that is not ours: the process that wrote it is gone.
  writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2020-01-01T00:00:00Z', procStart: '1' }));
  const lock = await lockDataDir(d);
  expect(owner(lock.file).startedAt).not.toBe('2020-01-01T00:00:00Z');
  lock.release();
});

it('a lock written before the machine last booted is stale', async () => {
  const d = dir();
  writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: 1, host: hostname(), startedAt: '2020-01-01T00:00:00Z', bootId: 'another-boot' }));
  const lock = await lockDataDir(d);
  lock.release();
});

it('a lock from another host cannot be checked: refused, with the file to delete if that process is gone', async () => {
  const d = dir();
  const file = join(d, LOCK_FILE);
  writeFileSync(file, JSON.stringify({ pid: 4121, host: 'elsewhere', startedAt: '2026-01-02T10:02:00Z', command: 'waypoint serve' }));
  const err = (await lockDataDir(d).catch((e: unknown) => e)) as Error;
  expect(err).toBeInstanceOf(StoreLockedError);
  expect(err.message).toMatch(/\(pid 4121 on host elsewhere, waypoint serve, since 2026-01-0\d \d\d:\d\d\)/);
  expect(err.message).toContain(`if that process is no longer running, delete ${file}.`);
  expect(readFileSync(file, 'utf8')).toContain('elsewhere');
});

it('an unreadable lock file is stale once it is old, never while it may be being written', async () => {
  const d = dir();
  const file = join(d, LOCK_FILE);
  writeFileSync(file, '');
  const old = new Date(Date.now() - 60_000);
  utimesSync(file, old, old);
  const lock = await lockDataDir(d);
  expect(owner(lock.file).pid).toBe(process.pid);
  lock.release();
});

it('two takers of one stale lock: exactly one gets it', async () => {
  const d = dir();
  writeFileSync(join(d, LOCK_FILE), JSON.stringify({ pid: deadPid(), host: hostname(), startedAt: new Date().toISOString() }));
  const results = await Promise.allSettled([lockDataDir(d), lockDataDir(d), lockDataDir(d)]);
  const won = results.filter((r) => r.status === 'fulfilled');
  expect(won).toHaveLength(1);
  for (const r of results) if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(StoreLockedError);
  (won[0] as PromiseFulfilledResult<{ release(): void }>).value.release();
});

it('release never removes a lock another owner wrote after ours', async () => {
  const d = dir();
  const lock = await lockDataDir(d);
  const later = JSON.stringify({ pid: 4242, host: 'elsewhere', startedAt: new Date().toISOString() });
  writeFileSync(lock.file, later);
  lock.release();
  expect(readFileSync(lock.file, 'utf8')).toBe(later);
});
