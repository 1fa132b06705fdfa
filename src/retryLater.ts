// Answers that ask a platform to deliver a webhook again later: 503 with Retry-After. Given
// when the process is at its bound (load shedding, src/turnQueue.ts), when the store is
// momentarily out of reach (no free connection within its wait, a connection dropped, a
// deadlock), and when a copy of a message cannot learn in time whether its reply went out.
// Nothing is lost by it: the platform delivers again, and the turn (if it ran) is found stored.
// A 500 is kept for what delivering again would not mend.
import type { Response } from 'express';
import { isTransientStoreError } from './store/transient.ts';

/** Seconds a platform is asked to wait before delivering again. */
export const RETRY_AFTER_S = 2;

/**
 * How long a sync delivery (a reply in the webhook's response) may take, from its arrival, to
 * answer with a reply. Later, the platform may have given up on the request (Twilio waits 15 s),
 * and an answer written into a connection nobody reads is a lost reply. SMS with a REST sender
 * answers empty then and sends the reply through the outbox once it is ready; without one, it
 * asks for the message again (503), and that copy carries the stored reply.
 */
export const SYNC_ANSWER_SECONDS = 10;

export type RetryReason = 'busy' | 'store_busy' | 'reply_pending' | 'too_late';

/** Thrown where the answer must be "deliver again later" rather than an error. */
export class RetryLaterError extends Error {
  readonly status = 503;
  constructor(readonly reason: RetryReason) {
    super(`deliver again later (${reason})`);
    this.name = 'RetryLaterError';
  }
}

/** Why `err` calls for delivering again, or null when it does not (a 500). */
export function retryReason(err: unknown): RetryReason | null {
  if (err instanceof RetryLaterError) return err.reason;
  return isTransientStoreError(err) ? 'store_busy' : null;
}

export function answerRetryLater(res: Response): void {
  res.status(503).set('retry-after', String(RETRY_AFTER_S)).json({ error: 'busy' });
}
