/**
 * When to try a failed send again: exponential, 5 s doubling to at most one hour, with no
 * jitter (several processes already spread out through SKIP LOCKED claims). After
 * `maxAttempts` the row is given up on: a reply hours late can be worse than none.
 */
export interface Backoff {
  baseMs: number;
  maxMs: number;
  maxAttempts: number;
}

export const DEFAULT_BACKOFF: Backoff = { baseMs: 5_000, maxMs: 60 * 60 * 1000, maxAttempts: 8 };

/** The time of the next try after `attempts` tries, or null when there is none left. */
export function nextAttemptAt(attempts: number, now: Date, b: Backoff = DEFAULT_BACKOFF): Date | null {
  if (attempts >= b.maxAttempts) return null;
  const delay = Math.min(b.baseMs * 2 ** Math.max(0, attempts - 1), b.maxMs);
  return new Date(now.getTime() + delay);
}
