import type { Queryable } from '../db.ts';

/** The message went out: record it and delete the address (invariant 1: kept only while needed). */
export async function markOutboxSent(q: Queryable, a: { id: string; now: Date }): Promise<void> {
  await q.query(`update outbox set status = 'sent', sent_at = $2, address_enc = null, last_error = null where id = $1::bigint`, [
    a.id,
    a.now,
  ]);
}
