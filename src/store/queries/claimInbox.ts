import type { Queryable } from '../db.ts';

/**
 * Claim a provider message id. Null means it was seen before: a duplicate delivery.
 * Concurrent duplicates wait on the unique index until the first transaction ends.
 */
export async function claimInbox(
  q: Queryable,
  a: { channel: string; providerId: string; contactKey: string; now: Date },
): Promise<{ id: string } | null> {
  const r = await q.query<{ id: string }>(
    `insert into inbox (channel, provider_id, contact_key, received_at)
     values ($1, $2, $3, $4)
     on conflict (channel, provider_id) do nothing
     returning id::text as id`,
    [a.channel, a.providerId, a.contactKey, a.now],
  );
  return r.rows[0] ?? null;
}
