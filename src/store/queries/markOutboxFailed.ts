import type { Queryable } from '../db.ts';

/**
 * A send failed. With `retryAt` the row waits until then (the network failed); without, it is
 * dead (the platform said no, or the tries ran out) and its address is deleted at once.
 * `error` is a stable code, never a platform's message text (which may quote the address).
 */
export async function markOutboxFailed(q: Queryable, a: { id: string; error: string; retryAt: Date | null; now: Date }): Promise<void> {
  if (a.retryAt) {
    await q.query(`update outbox set status = 'pending', next_attempt_at = $2, last_error = $3 where id = $1::bigint`, [a.id, a.retryAt, a.error]);
  } else {
    await q.query(`update outbox set status = 'dead', next_attempt_at = null, address_enc = null, last_error = $2 where id = $1::bigint`, [
      a.id,
      a.error,
    ]);
  }
}
