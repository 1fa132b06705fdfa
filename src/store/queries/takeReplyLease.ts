import type { Queryable } from '../db.ts';

/**
 * A redelivery asks to deliver the stored reply. Granted (with the reply) only when nobody
 * delivered it and the lease of whoever was delivering it has run out; otherwise it says
 * whether the reply was delivered already.
 */
export async function takeReplyLease(
  q: Queryable,
  a: { channel: string; providerId: string; leaseSeconds: number },
): Promise<{ granted: true; reply: unknown } | { granted: false; delivered: boolean; exists: boolean }> {
  const won = await q.query<{ reply: unknown }>(
    `update inbox set reply_lease_until = now() + make_interval(secs => $3)
     where channel = $1 and provider_id = $2 and not reply_delivered
       and (reply_lease_until is null or reply_lease_until < now())
     returning reply`,
    [a.channel, a.providerId, a.leaseSeconds],
  );
  if (won.rows[0]) return { granted: true, reply: won.rows[0].reply };
  const state = await q.query<{ reply_delivered: boolean }>('select reply_delivered from inbox where channel = $1 and provider_id = $2', [
    a.channel,
    a.providerId,
  ]);
  return { granted: false, delivered: state.rows[0]?.reply_delivered ?? false, exists: state.rows.length > 0 };
}
