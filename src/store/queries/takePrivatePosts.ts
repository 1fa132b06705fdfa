import type { Queryable } from '../db.ts';
import type { ConsolePostRow } from './listConsolePosts.ts';

/**
 * Forget one staff member's private posts about a handoff (they passed it on): the rows are
 * deleted and returned, so a forget job can delete the posts themselves from the console.
 */
export async function takePrivatePosts(q: Queryable, a: { handoffId: string; staffId: string }): Promise<ConsolePostRow[]> {
  const r = await q.query<{ console: 'slack' | 'teams'; channel_ref: string; message_ref: string }>(
    `delete from console_posts where handoff_id = $1 and kind = 'private' and staff_id = $2 returning console, channel_ref, message_ref`,
    [a.handoffId, a.staffId],
  );
  return r.rows.map((x) => ({ console: x.console, channelRef: x.channel_ref, messageRef: x.message_ref, kind: 'private' as const }));
}
