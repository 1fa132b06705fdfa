import type { Queryable } from '../db.ts';

/** The reply as message keys and arguments — never text. */
export async function setInboxReply(q: Queryable, a: { id: string; reply: unknown }): Promise<void> {
  await q.query('update inbox set reply = $2 where id = $1', [a.id, JSON.stringify(a.reply)]);
}
