import type { Queryable } from '../db.ts';

export interface HandoffMessageRow {
  id: string;
  at: Date;
  direction: 'in' | 'out';
  staffId: string | null;
  bodyEnc: Buffer;
}

export async function listHandoffMessages(q: Queryable, a: { handoffId: string }): Promise<HandoffMessageRow[]> {
  const r = await q.query<{ id: string; at: Date | string; direction: 'in' | 'out'; staff_id: string | null; body_enc: Uint8Array }>(
    `select id::text as id, at, direction, staff_id, body_enc from handoff_messages where handoff_id = $1 order by id`,
    [a.handoffId],
  );
  return r.rows.map((x) => ({ id: x.id, at: new Date(x.at), direction: x.direction, staffId: x.staff_id, bodyEnc: Buffer.from(x.body_enc) }));
}
