import type { Queryable } from '../db.ts';

/** Every handoff of a contact, open or closed-not-yet-purged (before an erase). */
export async function listContactHandoffs(q: Queryable, a: { contactKey: string }): Promise<string[]> {
  const r = await q.query<{ id: string }>('select id from handoffs where contact_key = $1 order by created_at', [a.contactKey]);
  return r.rows.map((x) => x.id);
}
