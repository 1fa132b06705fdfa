import type { Queryable } from '../db.ts';

/**
 * Record an inbound message from a contact. Returns the previous last_inbound_at (for the
 * 24-hour rule) and the opt-out flag. The row lock taken here serializes a contact's turns.
 */
export async function upsertContact(
  q: Queryable,
  a: { key: string; channel: string; now: Date },
): Promise<{ optedOut: boolean; lastInboundAt: Date | null }> {
  const r = await q.query<{ opted_out: boolean; previous: Date | string | null }>(
    `with prev as (select last_inbound_at from contacts where key = $1)
     insert into contacts (key, channel, created_at, last_inbound_at)
     values ($1, $2, $3, $3)
     on conflict (key) do update set last_inbound_at = excluded.last_inbound_at
     returning opted_out, (select last_inbound_at from prev) as previous`,
    [a.key, a.channel, a.now],
  );
  const row = r.rows[0]!;
  return { optedOut: row.opted_out, lastInboundAt: row.previous ? new Date(row.previous) : null };
}
