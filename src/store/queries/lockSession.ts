import type { Queryable } from '../db.ts';

export async function lockSession(q: Queryable, a: { contactKey: string }): Promise<{ state: unknown } | null> {
  const r = await q.query<{ state: unknown }>('select state from sessions where contact_key = $1 for update', [a.contactKey]);
  return r.rows[0] ?? null;
}
