import type { Queryable } from '../db.ts';

/** The first card went out: the renotify clock starts here. */
export async function setHandoffNotified(q: Queryable, a: { id: string; now: Date }): Promise<void> {
  await q.query('update handoffs set notified_at = coalesce(notified_at, $2) where id = $1', [a.id, a.now]);
}
