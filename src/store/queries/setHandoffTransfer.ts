import type { Queryable } from '../db.ts';

/** Record (or, with nulls, clear) the claimer's offer to pass a claimed handoff on; the caller holds its row lock. */
export async function setHandoffTransfer(q: Queryable, a: { id: string; to: string | null; reason: string | null }): Promise<void> {
  await q.query(`update handoffs set transfer_to = $2, transfer_reason = $3 where id = $1 and state = 'claimed'`, [a.id, a.to, a.reason]);
}
