import type { Queryable } from '../db.ts';

/**
 * A row linked to no contact (ERASE's confirmation) is of no use once sent or given up: it goes
 * whole, so nothing of an erased contact stays, not even which channel they erased on and when.
 */
export async function deleteOutboxRow(q: Queryable, a: { id: string }): Promise<void> {
  await q.query('delete from outbox where id = $1::bigint and contact_key is null', [a.id]);
}
