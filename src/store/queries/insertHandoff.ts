import type { Queryable } from '../db.ts';
import { HANDOFF_COLUMNS, toHandoffRow, type HandoffRow } from './getHandoff.ts';

/**
 * Queue a handoff. Returns null when the insert hit a unique index (the contact already has an
 * open handoff, or the handle is taken by an open one): ON CONFLICT DO NOTHING keeps the
 * transaction usable, and the caller looks the open one up or picks another handle.
 */
export async function insertHandoff(
  q: Queryable,
  a: { id: string; contactKey: string; handle: string; urgent: boolean; notice: boolean; lang: string; channel: string; topics: string[]; addressEnc: Buffer; now: Date },
): Promise<HandoffRow | null> {
  const r = await q.query(
    `insert into handoffs (id, contact_key, handle, state, urgent, lang, channel, topics, created_at, address_enc, notice)
     values ($1, $2, $3, 'queued', $4, $5, $6, $7::text[], $8, $9, $10)
     on conflict do nothing
     returning ${HANDOFF_COLUMNS}`,
    [a.id, a.contactKey, a.handle, a.urgent, a.lang, a.channel, a.topics, a.now, a.addressEnc, a.notice],
  );
  return r.rows[0] ? toHandoffRow(r.rows[0]) : null;
}
