import type { Queryable } from '../db.ts';

export async function markHandoffUrgent(q: Queryable, a: { id: string }): Promise<void> {
  await q.query('update handoffs set urgent = true where id = $1', [a.id]);
}
