import type { Queryable } from '../db.ts';

/** How many queued handoffs come before this one (urgent first, then oldest): its place in line is this + 1. */
export async function countHandoffsAhead(q: Queryable, a: { id: string }): Promise<number> {
  const r = await q.query<{ n: number | string }>(
    `select count(*) as n from handoffs o, handoffs me
     where me.id = $1 and o.state = 'queued' and o.id <> me.id
       and (o.urgent and not me.urgent or o.urgent = me.urgent and (o.created_at, o.id) < (me.created_at, me.id))`,
    [a.id],
  );
  return Number(r.rows[0]?.n ?? 0);
}
