import type { Queryable } from '../db.ts';

/**
 * Release a contact's held rows, first to last: they are due now and go out before anything
 * queued after them (one contact's rows are sent in id order). Called in the turn of the
 * person's message, under the contact's row lock, so two processes release a row once; or by a
 * notice where the reply itself is the notice (`consented`: it may go outside the window).
 * Returns how many were released.
 */
export async function releaseHeldOutbox(q: Queryable, a: { contactKey: string; now: Date; consented?: boolean }): Promise<number> {
  const r = await q.query(
    `update outbox set status = 'pending', next_attempt_at = $2, consented = $3, last_error = null
     where contact_key = $1 and status = 'held'`,
    [a.contactKey, a.now, a.consented === true],
  );
  return r.rowCount;
}
