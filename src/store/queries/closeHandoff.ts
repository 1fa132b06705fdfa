import type { Queryable } from '../db.ts';

/**
 * Close: the outcome is kept (for the report), the reply address is deleted (invariant 1), and
 * the row with its transcript is deleted at `purgeAfter` by the retention sweep (invariant 2).
 */
export async function closeHandoff(
  q: Queryable,
  a: { id: string; outcome: string; detail: string | null; now: Date; purgeAfter: Date },
): Promise<void> {
  await q.query(
    `update handoffs set state = 'closed', outcome = $2, close_detail = $3, closed_at = $4, purge_after = $5, address_enc = null
     where id = $1 and state <> 'closed'`,
    [a.id, a.outcome, a.detail, a.now, a.purgeAfter],
  );
}
