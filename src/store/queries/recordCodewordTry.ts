import type { Queryable } from '../db.ts';

/**
 * A code word try while replies are held: a wrong one is counted for the day (a new day starts
 * again from one), a right one clears the count. Returns the wrong tries of `day` so far.
 */
export async function recordCodewordTry(q: Queryable, a: { contactKey: string; day: string; wrong: boolean }): Promise<number> {
  const r = await q.query<{ misses: number }>(
    `update codewords
        set misses = case when not $3 then 0 when misses_day = $2::date then misses + 1 else 1 end,
            misses_day = case when $3 then $2::date else null end
      where contact_key = $1
      returning misses`,
    [a.contactKey, a.day, a.wrong],
  );
  return Number(r.rows[0]?.misses ?? 0);
}
