import type { Queryable } from '../db.ts';

/** One encrypted transcript line by id; null once the handoff is erased or purged. */
export async function getHandoffMessage(q: Queryable, a: { id: string }): Promise<{ handoffId: string; direction: 'in' | 'out'; bodyEnc: Buffer } | null> {
  const r = await q.query<{ handoff_id: string; direction: 'in' | 'out'; body_enc: Uint8Array }>(
    'select handoff_id, direction, body_enc from handoff_messages where id = $1::bigint',
    [a.id],
  );
  const row = r.rows[0];
  return row ? { handoffId: row.handoff_id, direction: row.direction, bodyEnc: Buffer.from(row.body_enc) } : null;
}
