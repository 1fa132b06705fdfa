import type { Queryable } from '../db.ts';

/**
 * The retention sweep: closed handoffs past purge_after go, with their transcript and console
 * rows (cascade) — once their last console jobs (the "closed" card and note) are sent.
 */
export async function purgeHandoffs(q: Queryable, a: { now: Date }): Promise<number> {
  const r = await q.query(
    `delete from handoffs h where h.state = 'closed' and h.purge_after <= $1
       and not exists (select 1 from console_jobs j where j.handoff_id = h.id and j.status in ('pending', 'running'))`,
    [a.now],
  );
  return r.rowCount;
}
