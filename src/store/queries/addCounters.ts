import type { Queryable } from '../db.ts';

export interface CounterInput {
  metric: string;
  topic?: string;
  lang?: string;
  channel?: string;
  n?: number;
}

/** Counter rows as parallel arrays: cells naming the same counter summed, in a fixed order. */
export function counterCells(input: CounterInput[]): { metrics: string[]; topics: string[]; langs: string[]; channels: string[]; ns: number[] } {
  const cells = new Map<string, [string, string, string, string, number]>();
  for (const r of input) {
    const cell: [string, string, string, string, number] = [r.metric, r.topic ?? '', r.lang ?? '', r.channel ?? '', r.n ?? 1];
    const id = cell.slice(0, 4).join('\u0000');
    const prev = cells.get(id);
    if (prev) prev[4] += cell[4];
    else cells.set(id, cell);
  }
  // Always in the same order: two transactions upserting the same cells in different orders
  // would deadlock (seen under load with two processes on one database).
  const rows = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);
  return { metrics: rows.map((r) => r[0]), topics: rows.map((r) => r[1]), langs: rows.map((r) => r[2]), channels: rows.map((r) => r[3]), ns: rows.map((r) => r[4]) };
}

/** Add to daily aggregate counters in one statement. */
export async function addCounters(q: Queryable, a: { day: string; rows: CounterInput[] }): Promise<void> {
  const c = counterCells(a.rows);
  if (c.metrics.length === 0) return;
  await q.query(
    `insert into counters (day, metric, topic, lang, channel, n)
     select $1::date, m, t, l, c, n
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) with ordinality as u(m, t, l, c, n, o)
     order by o
     on conflict (day, metric, topic, lang, channel) do update set n = counters.n + excluded.n`,
    [a.day, c.metrics, c.topics, c.langs, c.channels, c.ns],
  );
}
