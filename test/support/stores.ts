// Run a suite on both drivers: PGlite in memory always, and a real PostgreSQL server when
// DATABASE_URL is set (npm test starts a throwaway cluster). Each pg suite gets its own
// database, dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';
import { openStore, type Store } from '../../src/store/db.ts';

export interface Driver {
  name: 'pglite' | 'pg';
  open(): Promise<{ store: Store; url?: string; drop(): Promise<void> }>;
}

const pglite: Driver = {
  name: 'pglite',
  async open() {
    const store = await openStore({ dataDir: '/nonexistent', memory: true });
    return { store, drop: () => store.close() };
  },
};

/** A fresh database on the server DATABASE_URL points at. */
export async function createDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL!;
  const name = `waypoint_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const server: Driver = {
  name: 'pg',
  async open() {
    const db = await createDatabase();
    const store = await openStore({ databaseUrl: db.url, dataDir: '/nonexistent' });
    return {
      store,
      url: db.url,
      async drop() {
        await store.close();
        await db.drop();
      },
    };
  },
};

export const hasServer = Boolean(process.env.DATABASE_URL);
export const SERVER_SKIP_REASON = 'PostgreSQL server tests skipped: no DATABASE_URL and no PostgreSQL binaries';

/** describe() once per driver; the server variant is skipped, with the reason, when there is no server. */
export function forEachStore(title: string, fn: (driver: Driver) => void): void {
  describe(`${title} [pglite]`, () => fn(pglite));
  if (hasServer) describe(`${title} [pg]`, () => fn(server));
  else describe.skip(`${title} [pg] — ${SERVER_SKIP_REASON}`, () => fn(server));
}

export const drivers = { pglite, server };
