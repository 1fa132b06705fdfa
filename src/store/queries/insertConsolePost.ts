import type { Queryable } from '../db.ts';

/** A message the app posted about a handoff: the channel card, or a post in its claimer's private conversation. */
export async function insertConsolePost(
  q: Queryable,
  a: { handoffId: string; console: string; channelRef: string; messageRef: string; kind?: 'card' | 'private'; staffId?: string; now: Date },
): Promise<void> {
  await q.query(
    `insert into console_posts (handoff_id, console, channel_ref, message_ref, kind, staff_id, created_at) values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (console, message_ref) do nothing`,
    [a.handoffId, a.console, a.channelRef, a.messageRef, a.kind ?? 'card', a.staffId ?? null, a.now],
  );
}
