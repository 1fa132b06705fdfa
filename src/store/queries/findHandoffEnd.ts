import type { Queryable } from '../db.ts';

/**
 * How a handoff that is no longer in the table ended, from the audit log (which keeps the random
 * id and the action, nothing about the contact): a late click gets "erased" or "closed", not
 * "not found".
 */
export async function findHandoffEnd(q: Queryable, a: { id: string }): Promise<'erased' | 'closed' | null> {
  const r = await q.query<{ action: string }>(
    `select action from audit_log
     where subject = $1 and action in ('handoff_erased', 'handoff_closed', 'handoff_handed_back', 'handoff_cancelled')
     order by id desc limit 1`,
    [a.id],
  );
  const action = r.rows[0]?.action;
  return action === undefined ? null : action === 'handoff_erased' ? 'erased' : 'closed';
}
