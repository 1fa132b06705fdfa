import type { Queryable } from '../db.ts';

/**
 * The web page got these rows (its poll acknowledges what the previous one returned): sent, and
 * the encrypted address deleted. Only the contact's own pending web rows are touched.
 */
export async function ackWebOutbox(q: Queryable, a: { contactKey: string; ids: readonly string[]; now: Date }): Promise<void> {
  if (a.ids.length === 0) return;
  await q.query(
    `update outbox set status = 'sent', sent_at = $3, address_enc = null, last_error = null
      where contact_key = $1 and channel = 'web' and status = 'pending' and id = any($2::bigint[])`,
    [a.contactKey, a.ids, a.now],
  );
}
