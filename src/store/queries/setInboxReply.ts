import type { Queryable } from '../db.ts';

/**
 * The reply as message keys and arguments — never text — with the lease on delivering it
 * held by the turn that made it, for `leaseSeconds`.
 */
export async function setInboxReply(q: Queryable, a: { id: string; reply: unknown; leaseSeconds?: number }): Promise<void> {
  await q.query(
    `update inbox set reply = $2, reply_lease_until = now() + make_interval(secs => $3) where id = $1`,
    [a.id, JSON.stringify(a.reply), a.leaseSeconds ?? 0],
  );
}
