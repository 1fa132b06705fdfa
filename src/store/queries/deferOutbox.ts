import type { Queryable } from '../db.ts';

/** Not now, and not a failed try: the row waits until `until` (a notice at night waits for the morning). */
export async function deferOutbox(q: Queryable, a: { id: string; until: Date; reason: string }): Promise<void> {
  await q.query(
    `update outbox set status = 'pending', next_attempt_at = $2, attempts = greatest(attempts - 1, 0), last_error = $3 where id = $1::bigint`,
    [a.id, a.until, a.reason],
  );
}
