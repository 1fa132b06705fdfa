import type { Queryable } from '../db.ts';

/**
 * A new request on an open handoff: newer language, topics and reply address; urgency only goes
 * up. The notice choice is the latest one the person made (an urgent request asks none: kept).
 */
export async function refreshHandoff(
  q: Queryable,
  a: { id: string; urgent: boolean; notice: boolean | null; lang: string; topics: string[]; addressEnc: Buffer },
): Promise<void> {
  await q.query('update handoffs set urgent = urgent or $2, lang = $3, topics = $4::text[], address_enc = $5, notice = coalesce($6, notice) where id = $1', [
    a.id,
    a.urgent,
    a.lang,
    a.topics,
    a.addressEnc,
    a.notice,
  ]);
}
