import type { Queryable } from '../store/db.ts';

export interface CounterCell {
  day: string;
  metric: string;
  topic: string;
  lang: string;
  channel: string;
  n: number;
}

/** Daily aggregate counters in a date range (no contact id exists in this table). */
export async function readCounters(q: Queryable, a: { from: string; to: string }): Promise<CounterCell[]> {
  const r = await q.query<{ day: string; metric: string; topic: string; lang: string; channel: string; n: string | number }>(
    `select to_char(day, 'YYYY-MM-DD') as day, metric, topic, lang, channel, n from counters
     where day between $1::date and $2::date order by day, metric, topic, lang, channel`,
    [a.from, a.to],
  );
  return r.rows.map((x) => ({ ...x, n: Number(x.n) }));
}
