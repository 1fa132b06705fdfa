import type { Queryable } from '../db.ts';

/** The current batch of held replies has its notice (a time), or a new batch may have one (null). */
export async function setHandoffNoticeBatch(q: Queryable, a: { id: string; at: Date | null }): Promise<void> {
  await q.query(`update handoffs set notice_batch_at = $2 where id = $1`, [a.id, a.at]);
}
