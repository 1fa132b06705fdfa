import type { Queryable } from '../db.ts';

/**
 * A turn's first round trip (waypoint_begin_turn, migration 0004): upsert the contact, claim
 * the provider message id, and — unless it is a duplicate (inboxId null) — read and lock the
 * session. Must run inside the turn's transaction.
 */
export async function beginTurn(
  q: Queryable,
  a: { key: string; channel: string; providerId: string; now: Date },
): Promise<{ optedOut: boolean; inboxId: string | null; session: { state: unknown } | null }> {
  const r = await q.query<{ opted_out: boolean; inbox_id: string | null; has_session: boolean; state: unknown }>(
    'select opted_out, inbox_id::text as inbox_id, has_session, state from waypoint_begin_turn($1, $2, $3, $4)',
    [a.key, a.channel, a.providerId, a.now],
  );
  const row = r.rows[0]!;
  return { optedOut: row.opted_out, inboxId: row.inbox_id, session: row.has_session ? { state: row.state } : null };
}
