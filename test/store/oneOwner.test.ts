// One owner per embedded store, as a person meets it: `npm start` holds ./data; `waypoint chat`
// and `waypoint report` on the same directory are refused at once, nothing the server wrote is
// lost, and the directory opens afterwards — after a clean stop and after kill -9.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { openStore, StoreLockedError, StoreUnavailableError } from '../../src/store/db.ts';
import { LOCK_FILE } from '../../src/store/dirLock.ts';
import { runCli, STACK_FRAME, type Serving, startServe } from '../support/cli.ts';
import { tableRowCounts } from '../support/app.ts';
import { seededDataDir } from '../support/dataDir.ts';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';
import pg from 'pg';

const SECRETS = { CONTACT_KEY_SECRET: 'y'.repeat(32), DATA_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 7).toString('base64')}` };
let serving: Serving | null = null;
afterEach(async () => {
  await serving?.stop('SIGKILL');
  serving = null;
});

let n = 0;
async function chat(base: string, sessionId: string, text: string): Promise<void> {
  const r = await fetch(`${base}/web/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sessionId, clientMessageId: `msg${++n}`.padEnd(12, '0'), text, lang: 'en' }),
  });
  expect(r.status).toBe(200);
}
const session = (i: number): string => `owner-test-session-${i}`.padEnd(32, 'x');

it('the CLI on a running server\'s directory is refused in one line; no row is lost; the directory opens afterwards', async () => {
  const dir = await seededDataDir('wp-owner-');
  serving = await startServe({ DATA_DIR: dir, ...SECRETS });
  const pid = serving.child.pid!;
  for (let i = 0; i < 3; i++) {
    await chat(serving.base, session(i), '');
    await chat(serving.base, session(i), 'my boss keeps my passport');
  }
  // Both commands at once, while the server keeps answering.
  const [report, chatRun] = await Promise.all([
    runCli(['report'], { DATA_DIR: dir, ...SECRETS }),
    runCli(['chat'], { DATA_DIR: dir, ...SECRETS }, 'hola\n'),
    chat(serving.base, session(3), ''),
  ]);
  for (const r of [report, chatRun]) {
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(
      new RegExp(`^waypoint: ${dir} is in use by another Waypoint process \\(pid ${pid}, waypoint serve, since \\d\\d:\\d\\d\\)\\. Stop it, or set DATABASE_URL to share a PostgreSQL server\\.$`),
    );
    expect(r.stderr + r.stdout).not.toMatch(STACK_FRAME);
  }
  await chat(serving.base, session(3), 'wage');
  expect(await serving.stop('SIGTERM')).toBe(0);
  serving = null;
  expect(existsSync(join(dir, LOCK_FILE))).toBe(false);

  // Every turn the server took is there: 4 contacts, 8 inbox rows.
  const store = await openStore({ dataDir: dir });
  const counts = await tableRowCounts(store);
  await store.close();
  expect(counts).toMatchObject({ contacts: 4, sessions: 4, inbox: 8 });

  // kill -9 leaves its lock behind: the next process sees it is stale and opens the directory.
  serving = await startServe({ DATA_DIR: dir, ...SECRETS });
  await chat(serving.base, session(4), '');
  await serving.stop('SIGKILL');
  serving = null;
  expect(existsSync(join(dir, LOCK_FILE))).toBe(true);
  const after = await runCli(['report', '--json'], { DATA_DIR: dir, ...SECRETS });
  expect(after.stderr).toBe('');
  expect(after.code).toBe(0);
  expect(JSON.parse(after.stdout)).toHaveProperty('from');
  const again = await openStore({ dataDir: dir });
  expect((await tableRowCounts(again)).contacts).toBe(5);
  await again.close();
}, 240_000);

it('one process cannot open its own directory twice, and reopens it after closing', async () => {
  const dir = await seededDataDir('wp-owner-');
  const first = await openStore({ dataDir: dir });
  const err = await openStore({ dataDir: dir }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreLockedError);
  await first.close();
  const second = await openStore({ dataDir: dir });
  await second.close();
}, 120_000);

it('opening never hangs: past the time limit it stops with a clear line, and the directory opens afterwards', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'wp-owner-'));
  // A new directory takes seconds to initialise: 50 ms is too short.
  const err = (await openStore({ dataDir: dir, openTimeoutMs: 50 }).catch((e: unknown) => e)) as Error;
  expect(err).toBeInstanceOf(StoreUnavailableError);
  expect(err.message).toBe(
    `the embedded database in ${dir} did not open within 0.1 s — it may be damaged or on a very slow disk: check the disk, restore ${dir} from a backup, or raise STORE_OPEN_TIMEOUT_S`,
  );
  // The opening that went on in the background is closed when it ends, and its lock released.
  let store;
  for (let i = 0; i < 200 && !store; i++) {
    store = await openStore({ dataDir: dir }).catch((e: unknown) => {
      if (!(e instanceof StoreLockedError)) throw e;
      return new Promise<undefined>((r) => setTimeout(() => r(undefined), 250));
    });
  }
  expect(store).toBeDefined();
  await store!.close();
}, 120_000);

it.skipIf(!hasServer)(`a server stuck migrating elsewhere: the time limit names it${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, async () => {
  const db = await createDatabase();
  const holder = new pg.Client({ connectionString: db.url });
  await holder.connect();
  try {
    // Another process is migrating (it holds the migration lock) and does not finish.
    await holder.query('begin');
    await holder.query('select pg_advisory_xact_lock(7283001)');
    const err = (await openStore({ databaseUrl: db.url, dataDir: '/nonexistent', openTimeoutMs: 1000 }).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\/waypoint_test_\w+ did not open within 1 s \(another process may be stuck migrating it/);
    await holder.query('commit');
  } finally {
    await holder.end();
    await new Promise((r) => setTimeout(r, 500));
    await db.drop();
  }
}, 60_000);
