import type { Queryable } from '../db.ts';

/** The audit log remembers that a (random) handoff id was erased, so a late click gets "erased", not "not found". */
export async function wasHandoffErased(q: Queryable, a: { id: string }): Promise<boolean> {
  const r = await q.query(`select 1 from audit_log where action = 'handoff_erased' and subject = $1 limit 1`, [a.id]);
  return r.rows.length > 0;
}
