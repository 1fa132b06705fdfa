import type { Catalog } from '../../engine/types.ts';
import type { Store } from '../../store/db.ts';
import type { Logger } from '../../privacy/logger.ts';
import { decrypt, type Keys } from '../../privacy/fieldCrypto.ts';
import { fromStored, outboxPayloadSchema, type OutboxPayload } from '../../conversation/storedReply.ts';
import { claimOutbox, type ClaimedOutbox } from '../../store/queries/claimOutbox.ts';
import { markOutboxSent } from '../../store/queries/markOutboxSent.ts';
import { markOutboxFailed } from '../../store/queries/markOutboxFailed.ts';
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
  return {
    name: 'outbox',
    claim: (q, a) => (senders.size === 0 ? Promise.resolve([]) : claimOutbox(q, { ...a, channels: [...senders.keys()] })),
    lane: (row) => row.contactKey,
    payload: () => outboxPayloadSchema,
    async run(row, payload) {
      if (!row.addressEnc) throw new SendError('no_address', false);
      const outputs = fromStored(deps.catalog, payload.outputs, deps.encryptionKeys);
      const address = decrypt(deps.encryptionKeys, row.addressEnc);
      await senders.get(row.channel)!.send(address, outputs, { now: now(), lastInboundAt: row.lastInboundAt });
      deps.logger.debug({ event: 'outbox_sent', channel: row.channel, outbox: row.id, attempts: row.attempts }, 'outbox row sent');
    },
    done: (q, row, at) => markOutboxSent(q, { id: row.id, now: at }),
    failed: (q, row, f) => markOutboxFailed(q, { id: row.id, error: f.code, retryAt: f.retryAt, now: f.now }),
    classify: (err) => (err instanceof SendError ? err : { code: err instanceof Error ? `error_${err.name}` : 'error', retryable: false }),
    describe: (row) => ({ channel: row.channel, outbox: row.id }),
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
