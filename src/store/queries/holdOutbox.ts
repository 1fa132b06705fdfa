import type { Queryable } from '../db.ts';

/**
 * The row cannot go now (the contact's window is closed): it waits, held, with its address and
 * sealed text, until the person writes again or the handoff's retention ends. Its tries start
 * again from zero when it is released.
 */
export async function holdOutbox(q: Queryable, a: { id: string; now: Date }): Promise<void> {
  await q.query(
    `update outbox set status = 'held', held_at = coalesce(held_at, $2), attempts = 0, next_attempt_at = null, last_error = 'window_closed', consented = false
     where id = $1::bigint`,
    [a.id, a.now],
  );
}
