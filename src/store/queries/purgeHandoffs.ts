import type { Queryable } from '../db.ts';

/** The retention sweep's delete: these handoffs go, with their transcript and console rows (cascade). */
export async function purgeHandoffs(q: Queryable, a: { ids: readonly string[] }): Promise<number> {
  if (a.ids.length === 0) return 0;
  const r = await q.query(`delete from handoffs where id = any($1::text[])`, [a.ids]);
  return r.rowCount;
}
