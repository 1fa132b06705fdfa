import type { Queryable } from '../db.ts';

export interface ClaimedOutbox {
  id: string;
  /** Null for ERASE's confirmation: the contact is gone. */
  contactKey: string | null;
  channel: string;
  payload: unknown;
  addressEnc: Buffer | null;
  /** Tries so far, this one included. */
  attempts: number;
  /** When the contact last wrote in, for the 24-hour rule. ERASE's confirmation: when ERASE came in (the row was made then). */
  lastInboundAt: Date | null;
  /** The contact sent STOP: nothing more is sent, not even a notice. */
  optedOut: boolean;
  kind: 'reply' | 'notice';
  handoffId: string | null;
  /** Set when the row was held once (its delivery is told to the lead worker). */
  heldAt: Date | null;
  /** The person agreed to be written to once a reply waits: it may go outside the window (Teams). */
  consented: boolean;
}

/**
 * Claim due outbox rows for these channels: pending rows whose time has come, and rows left
 * 'sending' by a process that died (their lease ran out). FOR UPDATE SKIP LOCKED lets several
 * processes claim at once without waiting on each other or taking the same row. The claim is
 * a lease: `next_attempt_at` moves to now + lease, so a crash mid-send is retried, not lost.
 */
export async function claimOutbox(
  q: Queryable,
  a: { now: Date; limit: number; leaseMs: number; channels: string[] },
): Promise<ClaimedOutbox[]> {
  const r = await q.query<{
    id: string;
    contact_key: string | null;
    channel: string;
    payload: unknown;
    address_enc: Uint8Array | null;
    attempts: number;
    last_inbound_at: Date | string | null;
    opted_out: boolean | null;
    kind: 'reply' | 'notice';
    handoff_id: string | null;
    held_at: Date | string | null;
    consented: boolean;
  }>(
    `with due as (
       select id from outbox
       where status in ('pending', 'sending') and next_attempt_at <= $1 and channel = any($2::text[])
       order by next_attempt_at, id
       limit $3
       for update skip locked
     )
     update outbox o
        set status = 'sending', attempts = o.attempts + 1, next_attempt_at = $1::timestamptz + make_interval(secs => $4::double precision / 1000)
       from due
      where o.id = due.id
     returning o.id::text as id, o.contact_key, o.channel, o.payload, o.address_enc, o.attempts, o.kind, o.handoff_id, o.held_at, o.consented,
               coalesce((select c.last_inbound_at from contacts c where c.key = o.contact_key),
                        case when o.contact_key is null then o.created_at end) as last_inbound_at,
               (select c.opted_out from contacts c where c.key = o.contact_key) as opted_out`,
    [a.now, a.channels, a.limit, a.leaseMs],
  );
  return r.rows
    .map((row) => ({
      id: row.id,
      contactKey: row.contact_key,
      channel: row.channel,
      payload: row.payload,
      addressEnc: row.address_enc ? Buffer.from(row.address_enc) : null,
      attempts: row.attempts,
      lastInboundAt: row.last_inbound_at ? new Date(row.last_inbound_at) : null,
      optedOut: row.opted_out === true,
      kind: row.kind,
      handoffId: row.handoff_id,
      heldAt: row.held_at ? new Date(row.held_at) : null,
      consented: row.consented,
    }))
    .sort((x, y) => Number(x.id) - Number(y.id));
}
