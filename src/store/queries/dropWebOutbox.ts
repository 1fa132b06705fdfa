import type { Queryable } from '../db.ts';

/** Web rows that can never be shown (`reason`, a code): given up, the address deleted. */
export async function dropWebOutbox(q: Queryable, a: { contactKey: string; ids: readonly string[]; reason: string }): Promise<void> {
  if (a.ids.length === 0) return;
  await q.query(
    `update outbox set status = 'dead', next_attempt_at = null, address_enc = null, last_error = $3
      where contact_key = $1 and channel = 'web' and status = 'pending' and id = any($2::bigint[])`,
    [a.contactKey, a.ids, a.reason],
  );
}
