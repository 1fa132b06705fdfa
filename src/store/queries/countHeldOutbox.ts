import type { Queryable } from '../db.ts';

/** How many of a contact's rows are held (waiting for the person to write again). */
export async function countHeldOutbox(q: Queryable, a: { contactKey: string }): Promise<number> {
  const r = await q.query<{ n: number }>(`select count(*)::int as n from outbox where contact_key = $1 and status = 'held'`, [a.contactKey]);
  return Number(r.rows[0]?.n ?? 0);
}
