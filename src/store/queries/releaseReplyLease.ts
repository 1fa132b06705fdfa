import type { Queryable } from '../db.ts';

/**
 * The delivery holding the reply's lease did not get it out (its caller had gone, or it was too
 * late to trust the answer would arrive): the next copy may take the lease at once instead of
 * waiting for it to run out.
 */
export async function releaseReplyLease(q: Queryable, a: { channel: string; providerId: string }): Promise<void> {
  await q.query('update inbox set reply_lease_until = null where channel = $1 and provider_id = $2 and not reply_delivered', [a.channel, a.providerId]);
}
