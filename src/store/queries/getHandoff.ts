import type { Queryable } from '../db.ts';

/** A handoff row, as the desk and the worker use it. */
export interface HandoffRow {
  id: string;
  contactKey: string;
  handle: string;
  state: 'queued' | 'claimed' | 'closed';
  urgent: boolean;
  lang: string;
  channel: string;
  topics: string[];
  createdAt: Date;
  claimedAt: Date | null;
  claimedBy: string | null;
  closedAt: Date | null;
  outcome: string | null;
  addressEnc: Buffer | null;
  notifiedAt: Date | null;
  /** The person agreed to one neutral notice when a reply waits for them. */
  notice: boolean;
  /** The current batch of held replies had its notice scheduled then; null: none yet. */
  noticeBatchAt: Date | null;
  /** The claimer's offer to pass it on, waiting for the person's answer: `staff:<id>` or `coalition:<id>`. */
  transferTo: string | null;
  transferReason: string | null;
  /** Passed on to a coalition: offered only to its workers. */
  offeredCoalition: string | null;
}

export const HANDOFF_COLUMNS =
  'id, contact_key, handle, state, urgent, lang, channel, topics, created_at, claimed_at, claimed_by, closed_at, outcome, address_enc, notified_at, notice, notice_batch_at, transfer_to, transfer_reason, offered_coalition';

const date = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string));

export function toHandoffRow(r: Record<string, unknown>): HandoffRow {
  return {
    id: r.id as string,
    contactKey: r.contact_key as string,
    handle: r.handle as string,
    state: r.state as HandoffRow['state'],
    urgent: r.urgent === true,
    lang: r.lang as string,
    channel: r.channel as string,
    topics: (r.topics as string[] | null) ?? [],
    createdAt: date(r.created_at)!,
    claimedAt: date(r.claimed_at),
    claimedBy: (r.claimed_by as string | null) ?? null,
    closedAt: date(r.closed_at),
    outcome: (r.outcome as string | null) ?? null,
    addressEnc: r.address_enc ? Buffer.from(r.address_enc as Uint8Array) : null,
    notifiedAt: date(r.notified_at),
    notice: r.notice === true,
    noticeBatchAt: date(r.notice_batch_at),
    transferTo: (r.transfer_to as string | null) ?? null,
    transferReason: (r.transfer_reason as string | null) ?? null,
    offeredCoalition: (r.offered_coalition as string | null) ?? null,
  };
}

/**
 * One handoff by id. `lock: 'skip'` takes the row lock or returns null at once when another
 * transaction holds it (FOR UPDATE SKIP LOCKED: the first claim wins, the second never waits);
 * `lock: 'wait'` waits for it.
 */
export async function getHandoff(q: Queryable, a: { id: string; lock?: 'none' | 'skip' | 'wait' }): Promise<HandoffRow | null> {
  const lock = a.lock === 'skip' ? ' for update skip locked' : a.lock === 'wait' ? ' for update' : '';
  const r = await q.query(`select ${HANDOFF_COLUMNS} from handoffs where id = $1${lock}`, [a.id]);
  return r.rows[0] ? toHandoffRow(r.rows[0]) : null;
}
