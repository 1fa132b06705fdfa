// A real App (content, store, conversation service) for tests: PGlite in memory, or a fresh
// database on the PostgreSQL server when a driver says so. Logs are captured for the
// privacy checks.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config.ts';
import { openApp, type App } from '../../src/app.ts';
import type { Queryable } from '../../src/store/db.ts';
import { createLogger } from '../../src/privacy/logger.ts';
import { createDatabase } from './stores.ts';

export interface TestApp {
  app: App;
  logs: () => string;
  close(): Promise<void>;
}

export async function openTestApp(opts: { server?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const chunks: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(c, _e, cb) {
        chunks.push(String(c));
        cb();
      },
    }),
  });
  const db = opts.server ? await createDatabase() : null;
  const config = loadConfig({
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wp-app-')),
    LOG_LEVEL: 'debug',
    ...(db ? { DATABASE_URL: db.url } : {}),
    ...opts.env,
  });
  const app = await openApp(config, { logger, memoryStore: !db });
  return {
    app,
    logs: () => chunks.join(''),
    async close() {
      await app.close();
      await db?.drop();
    },
  };
}

/** The row count of every table: for "this left nothing behind" checks (compare before and after). */
export async function tableRowCounts(store: Queryable): Promise<Record<string, number>> {
  const tables = await store.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1",
  );
  const out: Record<string, number> = {};
  for (const { name } of tables.rows) out[name] = (await store.query<{ n: number }>(`select count(*)::int as n from "${name}"`)).rows[0]!.n;
  return out;
}

/** Every row of every table, as one string: for "no phone number, no text anywhere" checks. */
export async function dumpAllTables(app: App): Promise<string> {
  const tables = await app.store.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await app.store.query(`select * from ${table_name}`);
    parts.push(JSON.stringify(rows.rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v)));
  }
  return parts.join('\n');
}

/** A TestApp behind the real HTTP app on a free loopback port. */
export async function serveTestApp(opts: { server?: boolean; env?: Record<string, string> } = {}): Promise<TestApp & { port: number }> {
  const [{ createHttpApp, listen }, t] = await Promise.all([import('../../src/server.ts'), openTestApp(opts)]);
  const server = await listen(createHttpApp(t.app), 0);
  return {
    ...t,
    port: (server.address() as { port: number }).port,
    async close() {
      await new Promise((r) => server.close(r));
      await t.close();
    },
  };
}
