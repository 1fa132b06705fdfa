import type { Queryable } from '../db.ts';

export interface ConsolePostRow {
  console: 'slack' | 'teams';
  channelRef: string;
  messageRef: string;
}

/** Where a handoff's cards are, first post first (its thread is the handoff's thread). */
export async function listConsolePosts(q: Queryable, a: { handoffId: string; console?: string }): Promise<ConsolePostRow[]> {
  const r = await q.query<{ console: 'slack' | 'teams'; channel_ref: string; message_ref: string }>(
    `select console, channel_ref, message_ref from console_posts where handoff_id = $1 and ($2::text is null or console = $2) order by id`,
    [a.handoffId, a.console ?? null],
  );
  return r.rows.map((x) => ({ console: x.console, channelRef: x.channel_ref, messageRef: x.message_ref }));
}
