import type { Queryable } from '../db.ts';

/** Record the claim on a row the caller has locked and found queued. */
export async function claimHandoff(q: Queryable, a: { id: string; staffId: string; now: Date }): Promise<void> {
  await q.query(`update handoffs set state = 'claimed', claimed_by = $2, claimed_at = $3 where id = $1 and state = 'queued'`, [
    a.id,
    a.staffId,
    a.now,
  ]);
}
