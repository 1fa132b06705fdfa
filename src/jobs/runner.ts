// One runner for every leased job (graphile-worker's shape, in our terms): a round claims due
// rows in a short transaction (FOR UPDATE SKIP LOCKED on a lease, so several processes share a
// queue and a process that dies mid-job leaves its rows to another), checks each payload with
// zod, runs a lane's jobs in order and the lanes in parallel, and records each outcome: done, or
// failed with a retry time (exponential backoff) or given up. A queue is a kind of job: its
// claim, lane, payload schema and work. The outbox (src/channels/outbox/dispatcher.ts) and the
// staff consoles' jobs (src/handoff/worker.ts) are the two queues today.
import type { z } from 'zod';
import type { Queryable, Store } from '../store/db.ts';
import type { Logger } from '../privacy/logger.ts';
import { DEFAULT_BACKOFF, nextAttemptAt, type Backoff } from './backoff.ts';

/** What every claimed row carries. */
export interface LeasedJob {
  id: string;
  /** Tries so far, this one included. */
  attempts: number;
  payload: unknown;
}

/** How a failure is recorded: a stable code (never content) and whether to try again. */
export interface Failure {
  code: string;
  retryable: boolean;
}

/** One kind of leased job. */
export interface JobQueue<J extends LeasedJob, P> {
  /** For logs: `${name}_retry`, `${name}_dead`, `${name}_round_failed`. */
  readonly name: string;
  /** Claim due rows and lease them until now + leaseMs. An empty list when this process serves none. */
  claim(q: Queryable, a: { now: Date; limit: number; leaseMs: number }): Promise<J[]>;
  /** Jobs of one lane run in claim order; lanes run in parallel. */
  lane(job: J): string;
  /** The payload's shape: a row that does not match is given up (`bad_payload`), never run. */
  payload(job: J): z.ZodType<P>;
  run(job: J, payload: P): Promise<void>;
  done(q: Queryable, job: J, now: Date): Promise<void>;
  failed(q: Queryable, job: J, f: { code: string; retryAt: Date | null; now: Date }): Promise<void>;
  /** What went wrong, as a code and whether it may work later. */
  classify(err: unknown): Failure;
  /** Fields for the failure's log line besides the job id, attempts and code (ids and kinds only). */
  describe?(job: J): Record<string, string | number>;
  /** Failures expected in the normal course (a card not posted yet): recorded, not logged. */
  quiet?(code: string): boolean;
}

export interface RoundResult {
  sent: number;
  retried: number;
  dead: number;
}

export interface RunnerOptions {
  store: Store;
  logger: Logger;
  now?: () => Date;
  /** Rows claimed per round. */
  batch?: number;
  /** How long a claim holds before another process may take the row (a crash mid-job). */
  leaseMs?: number;
  backoff?: Backoff;
}

export interface JobRunner {
  /** One round: claim, run, record. Tests drive this directly. */
  runOnce(): Promise<RoundResult>;
}

export function createJobRunner<J extends LeasedJob, P>(queue: JobQueue<J, P>, o: RunnerOptions): JobRunner {
  const now = o.now ?? (() => new Date());
  const backoff = o.backoff ?? DEFAULT_BACKOFF;

  const runOne = async (job: J, r: RoundResult): Promise<void> => {
    try {
      const parsed = queue.payload(job).safeParse(job.payload);
      if (!parsed.success) throw new BadPayload();
      await queue.run(job, parsed.data);
      await o.store.tx((q) => queue.done(q, job, now()));
      r.sent += 1;
    } catch (err) {
      const f = err instanceof BadPayload ? { code: 'bad_payload', retryable: false } : queue.classify(err);
      const retryAt = f.retryable ? nextAttemptAt(job.attempts, now(), backoff) : null;
      await o.store.tx((q) => queue.failed(q, job, { code: f.code, retryAt, now: now() }));
      if (retryAt) r.retried += 1;
      else r.dead += 1;
      if (queue.quiet?.(f.code)) return;
      const fields = { event: `${queue.name}_${retryAt ? 'retry' : 'dead'}`, job: job.id, attempts: job.attempts, code: f.code, ...queue.describe?.(job) };
      o.logger.warn(fields, retryAt ? `${queue.name} failed; will retry` : `${queue.name} given up`);
    }
  };

  return {
    async runOnce() {
      const r: RoundResult = { sent: 0, retried: 0, dead: 0 };
      const jobs = await o.store.tx((q) => queue.claim(q, { now: now(), limit: o.batch ?? 20, leaseMs: o.leaseMs ?? 60_000 }));
      const lanes = new Map<string, J[]>();
      for (const j of jobs) lanes.set(queue.lane(j), [...(lanes.get(queue.lane(j)) ?? []), j]);
      await Promise.all(
        [...lanes.values()].map(async (lane) => {
          for (const job of lane) await runOne(job, r);
        }),
      );
      return r;
    },
  };
}

class BadPayload extends Error {}

/** Rounds on an interval, one at a time; a round that did work is followed at once by another. */
export interface Ticker {
  start(intervalMs: number): void;
  /** A round soon (this process just queued something). */
  wake(): void;
  stop(): Promise<void>;
}

export function ticker<R>(round: () => Promise<R>, o: { busy: (r: R) => boolean; onError: (err: unknown) => void }): Ticker {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let again = false;
  let stopped = false;
  const tick = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = round()
      .then((r) => {
        // A lane runs in order and a round claims a batch: when a round did work, go again at once.
        if (o.busy(r)) again = true;
      })
      .catch(o.onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          setImmediate(tick);
        }
      });
  };
  return {
    start(intervalMs) {
      if (timer) return;
      stopped = false;
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    wake: () => void setTimeout(tick, 20).unref(),
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      stopped = true;
      again = false;
      await running;
    },
  };
}
