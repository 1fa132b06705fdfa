import type { Queryable } from '../db.ts';

/** Dedupe records are needed only while a platform may still retry a delivery. */
export async function purgeInbox(q: Queryable, a: { olderThan: Date }): Promise<number> {
  const r = await q.query('delete from inbox where received_at < $1', [a.olderThan]);
  return r.rowCount;
}
