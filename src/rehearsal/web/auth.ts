// The trainer token: sent by the page as `Authorization: Bearer …` on every API call, compared
// in constant time (SHA-256 of both, then timingSafeEqual, so length leaks nothing either).
// Wrong tokens are counted per process: after a few in a short window every token is refused
// for a while, so the token cannot be guessed quickly. Nothing is stored; a restart forgets.

import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface LockoutOptions {
  /** Wrong tokens allowed within `windowMs` before the lockout. */
  maxFailures?: number;
  windowMs?: number;
  /** How long every token is refused once the limit is reached. */
  lockoutMs?: number;
  now?: () => number;
}

const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/** True when `given` is the token, in time that does not depend on where they differ. */
export function sameToken(given: string, token: string): boolean {
  return timingSafeEqual(digest(given), digest(token));
}

/** The bearer token of a request, or null when there is none (no header, another scheme). */
export function bearerOf(req: Request): string | null {
  const h = req.get('authorization');
  const m = h ? /^Bearer[ ]+(\S{1,512})\s*$/i.exec(h) : null;
  return m ? m[1]! : null;
}

export class WrongTokenLimit {
  private failures: number[] = [];
  private lockedUntil = 0;
  private readonly max: number;
  private readonly windowMs: number;
  private readonly lockoutMs: number;
  private readonly now: () => number;

  constructor(o: LockoutOptions = {}) {
    this.max = o.maxFailures ?? 10;
    this.windowMs = o.windowMs ?? 60_000;
    this.lockoutMs = o.lockoutMs ?? 60_000;
    this.now = o.now ?? Date.now;
  }

  /** Seconds left of a lockout, or 0 when tokens are being checked. */
  lockedFor(): number {
    const left = this.lockedUntil - this.now();
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  /** Count a wrong token; true when this one started a lockout. */
  failed(): boolean {
    const t = this.now();
    this.failures = this.failures.filter((f) => f > t - this.windowMs);
    this.failures.push(t);
    if (this.failures.length < this.max) return false;
    this.failures = [];
    this.lockedUntil = t + this.lockoutMs;
    return true;
  }
}

/** Express middleware: 429 while locked out, 401 without the right token, else next(). */
export function requireTrainer(token: string, limit: WrongTokenLimit, onLockout: () => void) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const locked = limit.lockedFor();
    if (locked > 0) {
      res.set('Retry-After', String(locked));
      return void res.status(429).json({ error: 'locked', message: `Too many wrong tokens. Try again in ${locked} seconds.` });
    }
    const given = bearerOf(req);
    if (given === null) {
      res.set('WWW-Authenticate', 'Bearer');
      return void res.status(401).json({ error: 'unauthorized', message: 'The trainer token is missing.' });
    }
    if (!sameToken(given, token)) {
      if (limit.failed()) onLockout();
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      return void res.status(401).json({ error: 'unauthorized', message: 'That is not the trainer token.' });
    }
    next();
  };
}
