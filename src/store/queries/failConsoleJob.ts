import type { Queryable } from '../db.ts';

/** Retry at `retryAt`, or give up ('dead') when null. The error is a code, never content. */
export async function failConsoleJob(q: Queryable, a: { id: string; error: string; retryAt: Date | null }): Promise<void> {
  await q.query(
    `update console_jobs set status = case when $3::timestamptz is null then 'dead' else 'pending' end,
            next_attempt_at = coalesce($3::timestamptz, next_attempt_at), last_error = $2
     where id = $1::bigint`,
    [a.id, a.error, a.retryAt],
  );
}
