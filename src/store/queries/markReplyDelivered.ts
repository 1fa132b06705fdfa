import type { Queryable } from '../db.ts';

/** The channel's response carrying the reply went out: later redeliveries stay silent. */
export async function markReplyDelivered(q: Queryable, a: { channel: string; providerId: string }): Promise<void> {
  await q.query('update inbox set reply_delivered = true, reply_lease_until = null where channel = $1 and provider_id = $2', [a.channel, a.providerId]);
}
