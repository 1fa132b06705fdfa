import type { Queryable } from '../db.ts';

/** Done: the job row goes (its payload is of no use once sent). */
export async function finishConsoleJob(q: Queryable, a: { id: string }): Promise<void> {
  await q.query('delete from console_jobs where id = $1::bigint', [a.id]);
}
