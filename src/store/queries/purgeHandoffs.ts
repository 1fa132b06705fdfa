import type { Queryable } from '../db.ts';

/** The retention sweep: closed handoffs past purge_after go, with their transcript and console rows (cascade). */
export async function purgeHandoffs(q: Queryable, a: { now: Date }): Promise<number> {
  const r = await q.query(`delete from handoffs where state = 'closed' and purge_after <= $1`, [a.now]);
  return r.rowCount;
}
