// Load shedding. Every turn-taking request is counted while it is answered; when more are in
// the process than TURN_QUEUE_LIMIT, webhooks are answered 503 with Retry-After before their
// body is read — the platforms deliver again later — instead of queueing in memory. Before
// this, a 600/s burst took one server to 319 MB resident with every delivery held in memory.
import type { RequestHandler } from 'express';
import type { Logger } from './privacy/logger.ts';
import { answerRetryLater } from './retryLater.ts';

/**
 * Where `count` leaves, in `res.locals`, a way to keep counting a turn after its response went
 * (a late SMS turn answered empty at the deadline and still running): it returns the release.
 */
export const KEEP_COUNTED = 'keepTurnCounted';
export type KeepCounted = () => () => void;

export class TurnQueue {
  private inFlight = 0;
  private shed = 0;
  private lastReport = 0;

  constructor(
    /** 0: never shed. */
    readonly limit: number,
    private readonly logger?: Logger,
  ) {}

  get depth(): number {
    return this.inFlight;
  }

  /** Count the request until its response has gone (or the connection closed). */
  readonly count: RequestHandler = (_req, res, next) => {
    const release = this.hold();
    res.once('finish', release);
    res.once('close', release);
    res.locals[KEEP_COUNTED] = (() => this.hold()) satisfies KeepCounted;
    next();
  };

  /** One more in flight, until the returned function is called (once counts). */
  private hold(): () => void {
    this.inFlight++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.inFlight--;
      if (this.inFlight === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  private readonly waiters: (() => void)[] = [];

  /**
   * Resolves once no turn is in flight (true), or after `ms` (false): at shutdown, after the
   * server stopped taking requests, so a turn still running after its response (a late SMS)
   * ends and hands its reply to the outbox before the store closes.
   */
  drained(ms: number): Promise<boolean> {
    if (this.inFlight === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), ms);
      timer.unref();
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve(true);
      });
    });
  }

  /** For webhooks: 503 + Retry-After while the queue is at its bound; nothing read, nothing counted. */
  readonly shedWhenFull: RequestHandler = (_req, res, next) => {
    if (this.limit <= 0 || this.inFlight < this.limit) return next();
    this.shed++;
    this.report();
    answerRetryLater(res);
  };

  /** At most one log line every 10 s while shedding. */
  private report(): void {
    const now = Date.now();
    if (now - this.lastReport < 10_000) return;
    this.lastReport = now;
    this.logger?.warn({ event: 'load_shed', shed: this.shed, limit: this.limit }, `busy: ${this.shed} webhook deliveries answered 503 so far (TURN_QUEUE_LIMIT ${this.limit})`);
  }
}
