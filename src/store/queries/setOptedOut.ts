import type { Queryable } from '../db.ts';

export async function setOptedOut(q: Queryable, a: { contactKey: string; optedOut: boolean }): Promise<void> {
  await q.query('update contacts set opted_out = $2 where key = $1', [a.contactKey, a.optedOut]);
}
