import type { Catalog } from '../../engine/types.ts';
import type { Queryable, Store } from '../../store/db.ts';
import type { Logger } from '../../privacy/logger.ts';
import { decrypt, type Keys } from '../../privacy/fieldCrypto.ts';
import { fromStored, outboxPayloadSchema, type OutboxPayload } from '../../conversation/storedReply.ts';
import { claimOutbox, type ClaimedOutbox } from '../../store/queries/claimOutbox.ts';
import { markOutboxSent } from '../../store/queries/markOutboxSent.ts';
import { markOutboxFailed } from '../../store/queries/markOutboxFailed.ts';
import { countHeldOutbox } from '../../store/queries/countHeldOutbox.ts';
import { releaseHeldOutbox } from '../../store/queries/releaseHeldOutbox.ts';
import { deferOutbox } from '../../store/queries/deferOutbox.ts';
import { deleteOutboxRow } from '../../store/queries/deleteOutboxRow.ts';
import { isQuiet, notBeforeMorning } from './quietHours.ts';
import type { Backoff } from '../../jobs/backoff.ts';
import { createJobRunner, ticker, type JobQueue, type RoundResult } from '../../jobs/runner.ts';
import { SendError, type ChannelSender } from '../types.ts';

export interface DispatcherDeps {
  store: Store;
  catalog: Catalog;
  encryptionKeys: Keys;
  senders: readonly ChannelSender[];
  logger: Logger;
  now?: () => Date;
  /** Rows claimed per round. */
  batch?: number;
  /** How long a claim holds before another process may take the row (a crash mid-send). */
  leaseMs?: number;
  backoff?: Backoff;
  /** What becomes of replies that cannot go now (the handoff's; absent: they are given up). */
  waiting?: WaitingReplies;
}

/**
 * What the handoff does with rows the outbox cannot send now, given to the dispatcher by the
 * wiring (channels never import the handoff). Each runs in the transaction that records the row.
 */
export interface WaitingReplies {
  /** The contact's window is closed: hold the row (true), or let it be given up (false). */
  hold(q: Queryable, row: ClaimedOutbox, now: Date): Promise<boolean>;
  /** A row that had been held went out: the lead worker is told it was delivered. */
  delivered(q: Queryable, row: ClaimedOutbox, now: Date): Promise<void>;
  /** A notice went out, or was given up after its retries: the lead worker is told. */
  noticed(q: Queryable, row: ClaimedOutbox, outcome: 'sent' | 'failed', now: Date): Promise<void>;
}

/** Not a failure: the row waits (a notice at night). */
class Deferred extends Error {
  readonly code = 'quiet_hours';
  readonly retryable = true;
}

export type DispatchResult = RoundResult;

export interface Dispatcher {
  /** One round: claim due rows, send each, record the outcome. Tests drive this directly. */
  dispatchOnce(): Promise<DispatchResult>;
  /** Rounds every `intervalMs` until stop(). */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/**
 * The outbox as a queue of the job runner (src/jobs/runner.ts): rows of the channels this
 * process has a sender for, one contact's rows in order. The send happens outside any
 * transaction; the outcome is written after. Sent: the address is deleted (invariant 1). The
 * network failed: tried again later with backoff. The platform said no: given up at once, the
 * address deleted too. Logs carry the row id, channel and error code — never address or text.
 */
export function outboxQueue(deps: DispatcherDeps): JobQueue<ClaimedOutbox, OutboxPayload> {
  const now = deps.now ?? (() => new Date());
  const senders = new Map(deps.senders.map((s) => [s.channel, s]));
  const timeZoneOf = (row: ClaimedOutbox): string | null => outboxPayloadSchema.safeParse(row.payload).data?.notice?.timeZone ?? null;

  /**
   * The one neutral notice that replies wait: never after STOP, never at night, only while
   * something is still held. SMS and WhatsApp send their notice; a channel without one (Teams)
   * releases the held replies themselves, which may then go outside the window.
   */
  const sendNotice = async (row: ClaimedOutbox & { contactKey: string }, payload: OutboxPayload, address: string): Promise<void> => {
    if (row.optedOut) throw new SendError('opted_out', false);
    const at = now();
    if (payload.notice && isQuiet(at, payload.notice.timeZone)) throw new Deferred('notice at night');
    if ((await countHeldOutbox(deps.store, { contactKey: row.contactKey })) === 0) throw new SendError('not_needed', false);
    const sender = senders.get(row.channel)!;
    const ctx = { now: at, lastInboundAt: row.lastInboundAt, consented: true };
    if (sender.notice) await sender.notice(address, fromStored(deps.catalog, payload.outputs), ctx);
    else await deps.store.tx((q) => releaseHeldOutbox(q, { contactKey: row.contactKey, now: at, consented: true }));
  };

  return {
    name: 'outbox',
    claim: (q, a) => (senders.size === 0 ? Promise.resolve([]) : claimOutbox(q, { ...a, channels: [...senders.keys()] })),
    // ERASE's confirmation belongs to no contact: a lane of its own.
    lane: (row) => row.contactKey ?? `erased:${row.id}`,
    payload: () => outboxPayloadSchema,
    async run(row, payload) {
      if (!row.addressEnc) throw new SendError('no_address', false);
      const address = decrypt(deps.encryptionKeys, row.addressEnc);
      if (row.kind === 'notice') {
        if (row.contactKey === null) throw new SendError('not_needed', false);
        return sendNotice({ ...row, contactKey: row.contactKey }, payload, address);
      }
      // A reply that waited is never sent after STOP (the turn's own replies are, STOP's confirmation among them).
      if (row.heldAt && row.optedOut) throw new SendError('opted_out', false);
      const outputs = fromStored(deps.catalog, payload.outputs, deps.encryptionKeys);
      await senders.get(row.channel)!.send(address, outputs, { now: now(), lastInboundAt: row.lastInboundAt, consented: row.consented });
      deps.logger.debug({ event: 'outbox_sent', channel: row.channel, outbox: row.id, attempts: row.attempts }, 'outbox row sent');
    },
    async done(q, row, at) {
      if (row.contactKey === null) return deleteOutboxRow(q, { id: row.id });
      await markOutboxSent(q, { id: row.id, now: at });
      if (row.kind === 'notice') await deps.waiting?.noticed(q, row, 'sent', at);
      else if (row.heldAt) await deps.waiting?.delivered(q, row, at);
    },
    async failed(q, row, f) {
      const tz = timeZoneOf(row);
      if (f.code === 'quiet_hours' && tz) return deferOutbox(q, { id: row.id, until: notBeforeMorning(f.now, tz), reason: f.code });
      // Only a contact's replies wait for them; ERASE's confirmation, linked to no one, is given up.
      if (f.code === 'window_closed' && row.kind === 'reply' && row.contactKey !== null && (await deps.waiting?.hold(q, row, f.now))) {
        deps.logger.info({ event: 'outbox_held', channel: row.channel, outbox: row.id }, 'reply held until the contact writes again');
        return;
      }
      if (row.contactKey === null && f.retryAt === null) return deleteOutboxRow(q, { id: row.id });
      await markOutboxFailed(q, { id: row.id, error: f.code, retryAt: f.retryAt, now: f.now });
      if (f.code === 'window_closed') deps.logger.warn({ event: 'outbox_dead', channel: row.channel, outbox: row.id, code: f.code }, 'outbox row given up');
      if (row.kind === 'notice' && f.retryAt === null && f.code !== 'not_needed') await deps.waiting?.noticed(q, row, 'failed', f.now);
    },
    classify: (err) => (err instanceof SendError || err instanceof Deferred ? err : { code: err instanceof Error ? `error_${err.name}` : 'error', retryable: false }),
    describe: (row) => ({ channel: row.channel, outbox: row.id, kind: row.kind }),
    // Held, waiting for the morning, or no longer needed: logged above or not at all.
    quiet: (code) => code === 'window_closed' || code === 'quiet_hours' || code === 'not_needed',
  };
}

/** The outbox's runner on an interval (`npm start`); `dispatchOnce` is one round. */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const runner = createJobRunner(outboxQueue(deps), deps);
  const rounds = ticker(runner.runOnce, {
    busy: (r) => r.sent > 0,
    onError: (err) => deps.logger.error({ event: 'outbox_round_failed', error: err instanceof Error ? err.name : 'unknown' }, 'outbox round failed'),
  });
  return { dispatchOnce: runner.runOnce, start: rounds.start, stop: rounds.stop };
}
