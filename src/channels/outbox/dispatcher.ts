import type { Catalog } from '../../engine/types.ts';
import type { Store } from '../../store/db.ts';
import type { Logger } from '../../privacy/logger.ts';
import { decrypt, type Keys } from '../../privacy/fieldCrypto.ts';
import { fromStored } from '../../conversation/storedReply.ts';
import type { StoredOutput } from '../../conversation/types.ts';
import { claimOutbox, type ClaimedOutbox } from '../../store/queries/claimOutbox.ts';
import { markOutboxSent } from '../../store/queries/markOutboxSent.ts';
import { markOutboxFailed } from '../../store/queries/markOutboxFailed.ts';
import { SendError, type ChannelSender } from '../types.ts';
import { DEFAULT_BACKOFF, nextAttemptAt, type Backoff } from './backoff.ts';

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

export interface DispatchResult {
  sent: number;
  retried: number;
  dead: number;
}

export interface Dispatcher {
  /** One round: claim due rows, send each, record the outcome. Tests drive this directly. */
  dispatchOnce(): Promise<DispatchResult>;
  /** Rounds every `intervalMs` until stop(). */
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/**
 * The outbound dispatcher. Claims are short transactions (FOR UPDATE SKIP LOCKED, so several
 * processes share the queue) that lease rows; the send happens outside any transaction; the
 * outcome is written after. Sent: the address is deleted (invariant 1). The network failed:
 * tried again later with exponential backoff. The platform said no: given up at once, the
 * address deleted too. Logs carry the row id, channel and error code — never address or text.
 */
export function createDispatcher(deps: DispatcherDeps): Dispatcher {
  const now = deps.now ?? (() => new Date());
  const backoff = deps.backoff ?? DEFAULT_BACKOFF;
  const senders = new Map(deps.senders.map((s) => [s.channel, s]));
  const log = deps.logger;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;

  const sendRow = async (row: ClaimedOutbox, result: DispatchResult): Promise<void> => {
    const sender = senders.get(row.channel)!;
    const at = now();
    try {
      if (!row.addressEnc) throw new SendError('no_address', false);
      const stored = ((row.payload as { outputs?: StoredOutput[] } | null)?.outputs ?? []) as StoredOutput[];
      const outputs = fromStored(deps.catalog, stored);
      const address = decrypt(deps.encryptionKeys, row.addressEnc);
      await sender.send(address, outputs, { now: at, lastInboundAt: row.lastInboundAt });
      await deps.store.tx((q) => markOutboxSent(q, { id: row.id, now: now() }));
      result.sent += 1;
      log.debug({ event: 'outbox_sent', channel: row.channel, outbox: row.id, attempts: row.attempts }, 'outbox row sent');
    } catch (err) {
      const e = err instanceof SendError ? err : new SendError(err instanceof Error ? `error_${err.name}` : 'error', false);
      const retryAt = e.retryable ? nextAttemptAt(row.attempts, now(), backoff) : null;
      await deps.store.tx((q) => markOutboxFailed(q, { id: row.id, error: e.code, retryAt, now: now() }));
      if (retryAt) result.retried += 1;
      else result.dead += 1;
      const fields = { event: retryAt ? 'outbox_retry' : 'outbox_dead', channel: row.channel, outbox: row.id, attempts: row.attempts, code: e.code };
      if (retryAt) log.warn(fields, 'outbox send failed; will retry');
      else log.warn(fields, 'outbox send refused; given up');
    }
  };

  const dispatchOnce = async (): Promise<DispatchResult> => {
    const result: DispatchResult = { sent: 0, retried: 0, dead: 0 };
    if (senders.size === 0) return result;
    const rows = await deps.store.tx((q) =>
      claimOutbox(q, { now: now(), limit: deps.batch ?? 20, leaseMs: deps.leaseMs ?? 60_000, channels: [...senders.keys()] }),
    );
    // One contact's rows in order, contacts in parallel.
    const byContact = new Map<string, ClaimedOutbox[]>();
    for (const r of rows) byContact.set(r.contactKey, [...(byContact.get(r.contactKey) ?? []), r]);
    await Promise.all(
      [...byContact.values()].map(async (list) => {
        for (const r of list) await sendRow(r, result);
      }),
    );
    return result;
  };

  const tick = (): void => {
    if (running) return;
    running = dispatchOnce()
      .catch((err: unknown) => log.error({ event: 'outbox_round_failed', error: err instanceof Error ? err.name : 'unknown' }, 'outbox round failed'))
      .finally(() => {
        running = null;
      });
  };

  return {
    dispatchOnce,
    start(intervalMs: number) {
      if (timer) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
