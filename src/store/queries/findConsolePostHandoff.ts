import type { Queryable } from '../db.ts';

export async function findConsolePostHandoff(q: Queryable, a: { console: string; messageRef: string }): Promise<string | null> {
  const r = await q.query<{ handoff_id: string }>('select handoff_id from console_posts where console = $1 and message_ref = $2', [
    a.console,
    a.messageRef,
  ]);
  return r.rows[0]?.handoff_id ?? null;
}
