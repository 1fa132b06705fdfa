import type { Queryable } from '../db.ts';

export async function insertOutbox(
  q: Queryable,
  a: {
    /** Null only for ERASE's confirmation, sent after every row about the contact is gone. */
    contactKey: string | null;
    channel: string;
    inboxId: string | null;
    payload: unknown;
    addressEnc: Buffer | null;
    status: 'pending' | 'sent';
    now: Date;
    /** The handoff a row belongs to (a lead worker's reply, a claimed/closed notice): held if it cannot go now, and deleted with the handoff. */
    handoffId?: string | null;
    /** 'notice': the one neutral "a message is waiting" the person agreed to. */
    kind?: 'reply' | 'notice';
    /** Not sent before this (a notice waits for the morning). */
    notBefore?: Date;
  },
): Promise<{ id: string }> {
  const r = await q.query<{ id: string }>(
    `insert into outbox (contact_key, channel, inbox_id, payload, address_enc, status, next_attempt_at, created_at, sent_at, handoff_id, kind)
     values ($1, $2, $3, $4, $5, $6, coalesce($10::timestamptz, $7::timestamptz), $7, case when $6 = 'sent' then $7::timestamptz end, $8, $9)
     returning id::text as id`,
    [a.contactKey, a.channel, a.inboxId, JSON.stringify(a.payload), a.addressEnc, a.status, a.now, a.handoffId ?? null, a.kind ?? 'reply', a.notBefore ?? null],
  );
  return r.rows[0]!;
}
