import type { Queryable } from '../db.ts';

export async function insertConsolePost(
  q: Queryable,
  a: { handoffId: string; console: string; channelRef: string; messageRef: string; now: Date },
): Promise<void> {
  await q.query(
    `insert into console_posts (handoff_id, console, channel_ref, message_ref, created_at) values ($1, $2, $3, $4, $5)
     on conflict (console, message_ref) do nothing`,
    [a.handoffId, a.console, a.channelRef, a.messageRef, a.now],
  );
}
