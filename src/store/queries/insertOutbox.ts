import type { Queryable } from '../db.ts';

export async function insertOutbox(
  q: Queryable,
  a: {
    contactKey: string;
    channel: string;
    inboxId: string | null;
    payload: unknown;
    addressEnc: Buffer | null;
    status: 'pending' | 'sent';
    now: Date;
  },
): Promise<{ id: string }> {
  const r = await q.query<{ id: string }>(
    `insert into outbox (contact_key, channel, inbox_id, payload, address_enc, status, next_attempt_at, created_at, sent_at)
     values ($1, $2, $3, $4, $5, $6, $7, $7, case when $6 = 'sent' then $7::timestamptz end)
     returning id::text as id`,
    [a.contactKey, a.channel, a.inboxId, JSON.stringify(a.payload), a.addressEnc, a.status, a.now],
  );
  return r.rows[0]!;
}
