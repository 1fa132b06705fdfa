import type { Queryable } from '../db.ts';

export interface ConsolePostRow {
  console: 'slack' | 'teams';
  channelRef: string;
  messageRef: string;
  kind: 'card' | 'private';
}

/** What the app posted about a handoff, first post first; `kind` narrows to cards or private posts. */
export async function listConsolePosts(q: Queryable, a: { handoffId: string; console?: string; kind?: 'card' | 'private' }): Promise<ConsolePostRow[]> {
  const r = await q.query<{ console: 'slack' | 'teams'; channel_ref: string; message_ref: string; kind: 'card' | 'private' }>(
    `select console, channel_ref, message_ref, kind from console_posts
     where handoff_id = $1 and ($2::text is null or console = $2) and ($3::text is null or kind = $3) order by id`,
    [a.handoffId, a.console ?? null, a.kind ?? null],
  );
  return r.rows.map((x) => ({ console: x.console, channelRef: x.channel_ref, messageRef: x.message_ref, kind: x.kind }));
}
