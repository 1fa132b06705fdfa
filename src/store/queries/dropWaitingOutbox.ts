import type { Queryable } from '../db.ts';

/**
 * Nothing more goes to this contact: held rows and notices not yet sent are given up, their
 * addresses deleted (STOP wins; or no notice is needed any more). `which: 'notices'` drops only
 * the notices (the person wrote: the replies themselves are released). Returns the handoffs
 * whose held replies were dropped, so their lead workers can be told.
 */
export async function dropWaitingOutbox(q: Queryable, a: { contactKey: string; which: 'all' | 'notices'; code: string }): Promise<string[]> {
  const r = await q.query<{ handoff_id: string | null }>(
    `update outbox set status = 'dead', next_attempt_at = null, address_enc = null, last_error = $3
     where contact_key = $1
       and ((kind = 'notice' and status in ('pending', 'sending')) or ($2 = 'all' and status = 'held'))
     returning handoff_id`,
    [a.contactKey, a.which, a.code],
  );
  return [...new Set(r.rows.map((x) => x.handoff_id).filter((x): x is string => x !== null))];
}
