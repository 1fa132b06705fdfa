import type { Queryable } from '../db.ts';

export interface CounterInput {
  metric: string;
  topic?: string;
  lang?: string;
  channel?: string;
  n?: number;
}

/** Add to daily aggregate counters in one statement. Rows that name the same cell are summed first. */
export async function addCounters(q: Queryable, a: { day: string; rows: CounterInput[] }): Promise<void> {
  const cells = new Map<string, [string, string, string, string, number]>();
  for (const r of a.rows) {
    const cell: [string, string, string, string, number] = [r.metric, r.topic ?? '', r.lang ?? '', r.channel ?? '', r.n ?? 1];
    const id = cell.slice(0, 4).join('\u0000');
    const prev = cells.get(id);
    if (prev) prev[4] += cell[4];
    else cells.set(id, cell);
  }
  if (cells.size === 0) return;
  // Always in the same order: two transactions upserting the same cells in different orders
  // would deadlock (seen under load with two processes on one database).
  const rows = [...cells.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, cell]) => cell);
  await q.query(
    `insert into counters (day, metric, topic, lang, channel, n)
     select $1::date, m, t, l, c, n
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::bigint[]) as u(m, t, l, c, n)
     on conflict (day, metric, topic, lang, channel) do update set n = counters.n + excluded.n`,
    [a.day, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4])],
  );
}
