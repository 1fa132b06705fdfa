import type { Queryable } from '../db.ts';

/** A web contact's rows waiting for the page, oldest first (the page cannot be pushed to). */
export async function listWebOutbox(q: Queryable, a: { contactKey: string; limit: number }): Promise<{ id: string; payload: unknown }[]> {
  const r = await q.query<{ id: string; payload: unknown }>(
    `select id::text as id, payload from outbox
      where contact_key = $1 and channel = 'web' and status = 'pending'
      order by id limit $2`,
    [a.contactKey, a.limit],
  );
  return r.rows;
}
