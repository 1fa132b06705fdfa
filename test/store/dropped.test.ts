// A connection that drops in the middle of a transaction (a server restart, an administrator
// ending the backend) fails that transaction with a clear error and nothing else: the process
// keeps running and the next query gets a fresh connection. pg's pool does not guard a
// checked-out client, so an unheard 'error' event would otherwise end the whole server.
import pg from 'pg';
import { expect, it } from 'vitest';
import { openStore } from '../../src/store/db.ts';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';

it.skipIf(!hasServer)(`a transaction whose connection is ended fails alone; the store goes on${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, async () => {
  const db = await createDatabase();
  const store = await openStore({ databaseUrl: db.url, dataDir: '/nonexistent' });
  const admin = new pg.Client({ connectionString: db.url });
  await admin.connect();
  const uncaught: unknown[] = [];
  const listen = (e: unknown): void => void uncaught.push(e);
  process.on('uncaughtException', listen);
  try {
    const failed = await store
      .tx(async (q) => {
        const pid = (await q.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid;
        await admin.query('select pg_terminate_backend($1)', [pid]);
        await q.query('select 1');
      })
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    // The server's own "terminating connection due to administrator command", or the driver's
    // "Connection terminated unexpectedly" (the socket closed during the query) or "... connection
    // error and is not queryable" (it closed before the query was sent): which one is a race.
    expect((failed as Error).message).toMatch(/terminat|connection error/i);
    // Give a stray 'error' event time to surface.
    await new Promise((r) => setTimeout(r, 200));
    expect(uncaught).toEqual([]);
    // The broken connection was not handed back: the next transactions work.
    for (let i = 0; i < 12; i++) {
      expect(await store.tx(async (q) => (await q.query<{ n: number }>('select 1 as n')).rows[0]!.n)).toBe(1);
    }
  } finally {
    process.off('uncaughtException', listen);
    await admin.end();
    await store.close();
    await db.drop();
  }
}, 60_000);
