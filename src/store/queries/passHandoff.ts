import type { Queryable } from '../db.ts';

/**
 * The person said yes: the handoff changes hands. To a worker: claimed by them from now on. To a
 * coalition: waiting in line again (its place kept: created_at is unchanged), offered only to that
 * coalition's workers, renotified afresh. Either way the offer is cleared. The caller holds the row lock.
 */
export async function passHandoff(q: Queryable, a: { id: string; to: { staffId: string } | { coalition: string }; now: Date }): Promise<void> {
  if ('staffId' in a.to) {
    await q.query(`update handoffs set claimed_by = $2, claimed_at = $3, transfer_to = null, transfer_reason = null where id = $1 and state = 'claimed'`, [
      a.id,
      a.to.staffId,
      a.now,
    ]);
    return;
  }
  await q.query(
    `update handoffs set state = 'queued', claimed_by = null, claimed_at = null, offered_coalition = $2,
       notified_at = null, renotified_at = null, escalated_at = null, transfer_to = null, transfer_reason = null
     where id = $1 and state = 'claimed'`,
    [a.id, a.to.coalition],
  );
}
