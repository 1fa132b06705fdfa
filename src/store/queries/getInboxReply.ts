import type { Queryable } from '../db.ts';

export async function getInboxReply(q: Queryable, a: { channel: string; providerId: string }): Promise<{ reply: unknown } | null> {
  const r = await q.query<{ reply: unknown }>('select reply from inbox where channel = $1 and provider_id = $2', [a.channel, a.providerId]);
  return r.rows[0] ?? null;
}
