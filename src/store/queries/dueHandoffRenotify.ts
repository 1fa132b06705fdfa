import type { Queryable } from '../db.ts';

/**
 * Queued handoffs nobody claimed in time, taken in one statement so that of several processes
 * exactly one renotifies each (SKIP LOCKED, and the timestamp set in the same update).
 * 'renotify': notified (or queued) longer than `after` ago and not renotified yet.
 * 'escalate': renotified longer than `after` ago and not escalated yet — supervisors are called.
 */
export async function dueHandoffRenotify(q: Queryable, a: { stage: 'renotify' | 'escalate'; now: Date; afterMs: number; limit: number }): Promise<string[]> {
  const where =
    a.stage === 'renotify'
      ? `renotified_at is null and coalesce(notified_at, created_at) <= $1::timestamptz - make_interval(secs => $2::double precision / 1000)`
      : `renotified_at is not null and escalated_at is null and renotified_at <= $1::timestamptz - make_interval(secs => $2::double precision / 1000)`;
  const col = a.stage === 'renotify' ? 'renotified_at' : 'escalated_at';
  const r = await q.query<{ id: string }>(
    `with due as (
       select id from handoffs where state = 'queued' and ${where}
       order by urgent desc, created_at limit $3 for update skip locked
     )
     update handoffs h set ${col} = $1 from due where h.id = due.id returning h.id`,
    [a.now, a.afterMs, a.limit],
  );
  return r.rows.map((x) => x.id);
}
