import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../privacy/logger.ts';
import { migrate } from './migrate.ts';
import { StoreUnavailableError } from './errors.ts';
import { lockDataDir, type DirLock } from './dirLock.ts';

export interface QueryResult<R> {
  rows: R[];
  rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<QueryResult<R>>;
}

export interface Store extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** Run fn in one transaction on one connection; rolled back if fn throws. */
  tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T>;
  /**
   * Small writes that must not wait behind turns for a connection (marking a reply delivered):
   * its own two connections on a server; the same single connection on PGlite.
   */
  readonly side?: Queryable;
  close(): Promise<void>;
}

export { StoreLockedError, StoreUnavailableError } from './errors.ts';

export interface OpenStoreOptions {
  databaseUrl?: string;
  dataDir: string;
  logger?: Logger;
  /** PGlite in memory: tests and rehearsal. */
  memory?: boolean;
  /** Give up opening and migrating after this long, with a clear error: never a silent hang. */
  openTimeoutMs?: number;
  /** false: open without applying migrations (`waypoint doctor` only looks). */
  migrate?: boolean;
}

/** STORE_OPEN_TIMEOUT_S's default. A new PGlite directory takes about 8 s on a 2-core machine. */
export const OPEN_TIMEOUT_MS = 60_000;

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const opening = (async () => {
    const store = opts.databaseUrl ? await openPg(opts.databaseUrl) : await openPglite(opts);
    try {
      if (opts.migrate !== false) await migrate(store);
    } catch (e) {
      await store.close().catch(() => undefined);
      throw e;
    }
    return store;
  })();
  const limit = opts.openTimeoutMs ?? OPEN_TIMEOUT_MS;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreUnavailableError(tooSlow(opts, limit))), limit);
  });
  try {
    return await Promise.race([opening, timeout]);
  } catch (e) {
    // Opening may still finish later: close it then (which also releases the directory's lock).
    opening.then((s) => s.close()).catch(() => undefined);
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

function tooSlow(opts: OpenStoreOptions, ms: number): string {
  const s = `${Math.round(ms / 100) / 10} s`;
  if (opts.databaseUrl) {
    return `PostgreSQL at ${describeUrl(opts.databaseUrl)} did not open within ${s} (another process may be stuck migrating it, or the server is overloaded) — check the other Waypoint processes and the server, or raise STORE_OPEN_TIMEOUT_S`;
  }
  return `the embedded database in ${opts.dataDir} did not open within ${s} — it may be damaged or on a very slow disk: check the disk, restore ${opts.dataDir} from a backup, or raise STORE_OPEN_TIMEOUT_S`;
}

/** Where a URL points, without user or password, for error messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname || 'localhost'}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** SQLSTATEs a person can act on; the server's own message may quote the user name, never the password. */
const SQLSTATE: Record<string, string> = {
  '28P01': 'password authentication failed',
  '28000': 'connection not authorised',
  '3D000': 'database does not exist',
  '53300': 'too many connections',
  '57P03': 'server is starting up or shutting down',
};

function reason(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string') return SQLSTATE[code] ? `${code} ${SQLSTATE[code]}` : code;
  // No code: pg's own timeout ("timeout exceeded when trying to connect") and the like.
  return ((e as Error).message ?? String(e)).split('\n')[0]!.replace(/postgres(ql)?:\/\/\S*/gi, '(url)');
}

async function openPg(url: string): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client's error (server restart) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    const c = await pool.connect();
    c.release();
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new StoreUnavailableError(`cannot reach PostgreSQL at ${describeUrl(url)} (${reason(e)}) — check DATABASE_URL`);
  }
  // Measured by the soak's kill -9 phase: a "delivered" mark queued behind busy turns for a
  // pool connection left a window in which a crash doubled 71 of 9,000 replies.
  const sidePool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
  sidePool.on('error', () => undefined);
  return {
    kind: 'pg',
    side: {
      async query<R>(text: string, params?: unknown[]) {
        const r = await sidePool.query(text, params as unknown[]);
        return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
      },
    },
    async query<R>(text: string, params?: unknown[]) {
      const r = await pool.query(text, params as unknown[]);
      return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
    },
    async tx<T>(fn: (q: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // pg's pool listens for errors only on idle clients. A checked-out client whose connection
      // drops (server restart, the database dropped with force) emits 'error' as well as
      // failing its query: unheard, that event would end the process. The failed query carries
      // the error to the caller; the client is then destroyed rather than returned to the pool.
      let broken: Error | undefined;
      const onError = (e: Error): void => {
        broken = e;
      };
      client.on('error', onError);
      try {
        await client.query('begin');
        const q: Queryable = {
          async query<R>(text: string, params?: unknown[]) {
            const r = await client.query(text, params as unknown[]);
            return { rows: r.rows as R[], rowCount: r.rowCount ?? 0 };
          },
        };
        const out = await fn(q);
        await client.query('commit');
        return out;
      } catch (e) {
        if (!broken) await client.query('rollback').catch(() => undefined);
        throw e;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    close: async () => {
      await Promise.all([pool.end(), sidePool.end()]);
    },
  };
}

async function openPglite(opts: OpenStoreOptions): Promise<Store> {
  let db: PGlite;
  let lock: DirLock | undefined;
  try {
    // Loaded only here: a server on PostgreSQL never carries the embedded database (~40 MB).
    const { PGlite } = await import('@electric-sql/pglite');
    if (opts.memory) db = opts.migrate === false ? await PGlite.create() : await fromTemplate(PGlite);
    else {
      mkdirSync(opts.dataDir, { recursive: true });
      // One owner per directory: a second process is refused here, before PGlite touches it.
      lock = await lockDataDir(opts.dataDir);
      const dir = join(opts.dataDir, 'pglite');
      mkdirSync(dir, { recursive: true });
      db = await PGlite.create(dir);
    }
  } catch (e) {
    lock?.release();
    if (e instanceof StoreUnavailableError) throw e;
    throw new StoreUnavailableError(`cannot open the embedded database in ${opts.dataDir} (${(e as Error).message})`);
  }
  return pgliteStore(db, lock);
}

/**
 * In-memory stores (tests, evaluation scripts) start as a copy of one migrated empty database.
 * Creating a PGlite cluster (its initdb) and migrating it cost about 3 s of CPU each time;
 * loading the copy about 0.7 s. The first store of the process is created and migrated as
 * before, and its dump, taken before anything is written to it, is the copy for the next ones:
 * the first costs only the dump more than it did. Migrations still run on each copy, finding
 * nothing to apply.
 */
let template: Promise<Blob> | undefined;

async function fromTemplate(PG: typeof PGlite): Promise<PGlite> {
  if (template) return PG.create({ loadDataDir: await template });
  const made = (async () => {
    const db = await PG.create();
    try {
      await migrate(pgliteStore(db));
      return { db, dump: await db.dumpDataDir('none') };
    } catch (e) {
      await db.close().catch(() => undefined);
      throw e;
    }
  })();
  const mine = made.then((m) => m.dump);
  template = mine;
  // A failed first store leaves no template: the next one tries again.
  mine.catch(() => {
    if (template === mine) template = undefined;
  });
  return (await made).db;
}

/** The Store over one PGlite instance (and the directory's lock, released on close). */
function pgliteStore(db: PGlite, lock?: DirLock): Store {
  // PGlite is one connection: transactions must queue, not interleave.
  let tail: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
  // Calling the store (not the transaction's `q`) inside tx() would wait for the tx to end:
  // a silent deadlock. Say so instead.
  // (Work started inside a tx that runs on after it, e.g. a wake-up, sees `open: false`.)
  const inTx = new AsyncLocalStorage<{ open: boolean }>();
  const guard = (): void => {
    if (inTx.getStore()?.open) throw new Error('store.query() called inside store.tx(): use the transaction\'s Queryable');
  };
  const wrap = (q: Pick<PGlite, 'query'>): Queryable => ({
    async query<R>(text: string, params?: unknown[]) {
      const r = await q.query<R>(text, params as unknown[]);
      // affectedRows is 0 for a SELECT; rows.length is then the count.
      return { rows: r.rows, rowCount: r.affectedRows || r.rows.length };
    },
  });
  const direct = wrap(db);
  return {
    kind: 'pglite',
    query: async <R>(text: string, params?: unknown[]) => {
      guard();
      return serial(() => direct.query<R>(text, params));
    },
    tx: async <T>(fn: (q: Queryable) => Promise<T>) => {
      guard();
      return serial(async () => {
        const state = { open: true };
        try {
          return await db.transaction((t) => inTx.run(state, () => fn(wrap(t))));
        } finally {
          state.open = false;
        }
      });
    },
    close: () =>
      serial(async () => {
        try {
          await db.close();
        } finally {
          lock?.release();
        }
      }),
  };
}
