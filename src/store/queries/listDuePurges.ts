import type { Queryable } from '../db.ts';

/**
 * Closed handoffs past purge_after whose last console jobs (the "closed" card and note) are
 * sent, locked for the sweep (SKIP LOCKED: another process sweeps the others).
 */
export async function listDuePurges(q: Queryable, a: { now: Date; limit: number }): Promise<string[]> {
  const r = await q.query<{ id: string }>(
    `select h.id from handoffs h where h.state = 'closed' and h.purge_after <= $1
       and not exists (select 1 from console_jobs j where j.handoff_id = h.id and j.status in ('pending', 'running'))
     order by h.purge_after limit $2 for update skip locked`,
    [a.now, a.limit],
  );
  return r.rows.map((x) => x.id);
}
