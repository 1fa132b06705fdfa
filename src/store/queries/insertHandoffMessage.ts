import type { Queryable } from '../db.ts';

/** One transcript line, already encrypted by the caller (there is no clear-text column). */
export async function insertHandoffMessage(
  q: Queryable,
  a: { handoffId: string; direction: 'in' | 'out'; staffId: string | null; bodyEnc: Buffer; now: Date },
): Promise<{ id: string }> {
  const r = await q.query<{ id: string }>(
    `insert into handoff_messages (handoff_id, at, direction, staff_id, body_enc) values ($1, $2, $3, $4, $5) returning id::text as id`,
    [a.handoffId, a.now, a.direction, a.staffId, a.bodyEnc],
  );
  return r.rows[0]!;
}
