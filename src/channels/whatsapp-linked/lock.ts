import pg from 'pg';

export type Release = () => Promise<void>;

/** The advisory lock that makes one process, among several sharing a database, hold the linked device. */
const LOCK_SQL = "select pg_try_advisory_lock(hashtext('waypoint.whatsapp-linked')) as ok";
const UNLOCK_SQL = "select pg_advisory_unlock(hashtext('waypoint.whatsapp-linked'))";

let heldInProcess = false;

/**
 * Try to take the linked device. On PostgreSQL the lock lives on a dedicated connection
 * (a session-level advisory lock must not go back to a pool), so it is released when the
 * process dies. Embedded PGlite is one process's own database: only the in-process guard
 * applies. Returns null when someone else holds it.
 */
export async function tryAdvisoryLock(store: { kind: string }, databaseUrl?: string, onLost?: () => void): Promise<Release | null> {
  if (heldInProcess) return null;
  if (store.kind !== 'pg' || !databaseUrl) {
    heldInProcess = true;
    return async () => {
      heldInProcess = false;
    };
  }
  const client = new pg.Client({ connectionString: databaseUrl, application_name: 'waypoint-whatsapp-linked' });
  await client.connect();
  const res = await client.query<{ ok: boolean }>(LOCK_SQL).catch(async (err: unknown) => {
    await client.end().catch(() => undefined);
    throw err;
  });
  if (!res.rows[0]?.ok) {
    await client.end().catch(() => undefined);
    return null;
  }
  heldInProcess = true;
  let released = false;
  // If the connection drops, PostgreSQL frees the lock and another process may take over.
  client.on('error', () => {
    if (!released) onLost?.();
  });
  return async () => {
    released = true;
    heldInProcess = false;
    await client.query(UNLOCK_SQL).catch(() => undefined);
    await client.end().catch(() => undefined);
  };
}
