import type { Queryable } from '../db.ts';
import type { ConsoleJobKind } from './insertConsoleJobs.ts';

export interface ConsoleJob {
  id: string;
  handoffId: string | null;
  console: string;
  kind: ConsoleJobKind;
  payload: Record<string, unknown>;
  /** Tries so far, this one included. */
  attempts: number;
}

/**
 * Claim due console jobs (graphile-worker's getJob, in our terms): FOR UPDATE SKIP LOCKED so
 * several processes share the queue; the claim is a lease (next_attempt_at = now + lease), so a
 * process that dies mid-send leaves the job to another. A job waits while an earlier job of the
 * same handoff and console is unfinished: a thread reads in order, and an update never
 * overtakes the card it updates.
 */
export async function claimConsoleJobs(
  q: Queryable,
  a: { now: Date; limit: number; leaseMs: number; consoles: string[] },
): Promise<ConsoleJob[]> {
  const r = await q.query<{ id: string; handoff_id: string | null; console: string; kind: ConsoleJobKind; payload: Record<string, unknown>; attempts: number }>(
    `with due as (
       select j.id from console_jobs j
       where j.status in ('pending', 'running') and j.next_attempt_at <= $1 and j.console = any($2::text[])
         and not exists (
           select 1 from console_jobs e
           where e.handoff_id = j.handoff_id and e.console = j.console and e.id < j.id and e.status in ('pending', 'running'))
       order by j.id
       limit $3
       for update skip locked
     )
     update console_jobs j
        set status = 'running', attempts = j.attempts + 1,
            next_attempt_at = $1::timestamptz + make_interval(secs => $4::double precision / 1000)
       from due where j.id = due.id
     returning j.id::text as id, j.handoff_id, j.console, j.kind, j.payload, j.attempts`,
    [a.now, a.consoles, a.limit, a.leaseMs],
  );
  return r.rows
    .map((x) => ({ id: x.id, handoffId: x.handoff_id, console: x.console, kind: x.kind, payload: x.payload, attempts: x.attempts }))
    .sort((x, y) => Number(x.id) - Number(y.id));
}
