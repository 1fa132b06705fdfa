// The trainer token: sent by the page as `Authorization: Bearer …` on every API call, compared
// in constant time (SHA-256 of both, then timingSafeEqual, so length leaks nothing either).
// Wrong tokens are counted per client address: after a few in a short window that address is
// refused for a while, and nobody else is (one person guessing cannot keep the trainers out).
// Many wrong tokens from everywhere at once (a guess spread over addresses) close the check to
// addresses that have not shown the right token lately; a trainer who has keeps working.
// Nothing is stored; a restart forgets. Behind a reverse proxy every request has the proxy's
// address unless Express is told to trust it (then the address is the client's).

import { createHash, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export interface LockoutOptions {
  /** Wrong tokens allowed from one address within `windowMs` before that address is locked out. */
  maxFailures?: number;
  windowMs?: number;
  /** How long a locked-out address is refused (and how long the global cap holds). */
  lockoutMs?: number;
  /** Wrong tokens from all addresses within `windowMs` before only known trainers' addresses are checked. */
  globalMaxFailures?: number;
  /** Addresses kept in memory (failures and known trainers each); the oldest are forgotten first. */
  maxAddresses?: number;
  /** How long an address that showed the right token stays known during a global lockout. */
  knownForMs?: number;
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

/** A Map used as a bounded LRU: setting a key moves it to the end; past `max`, the first goes. */
function touch<V>(m: Map<string, V>, key: string, value: V, max: number): void {
  m.delete(key);
  m.set(key, value);
  if (m.size > max) m.delete(m.keys().next().value!);
}

export class WrongTokenLimit {
  private readonly byAddress = new Map<string, { failures: number[]; lockedUntil: number }>();
  private readonly known = new Map<string, number>();
  private globalFailures: number[] = [];
  private globalUntil = 0;
  private readonly max: number;
  private readonly windowMs: number;
  private readonly lockoutMs: number;
  private readonly globalMax: number;
  private readonly maxAddresses: number;
  private readonly knownForMs: number;
  private readonly now: () => number;

  constructor(o: LockoutOptions = {}) {
    this.max = o.maxFailures ?? 10;
    this.windowMs = o.windowMs ?? 60_000;
    this.lockoutMs = o.lockoutMs ?? 60_000;
    this.globalMax = o.globalMaxFailures ?? 100;
    this.maxAddresses = o.maxAddresses ?? 10_000;
    this.knownForMs = o.knownForMs ?? 12 * 3_600_000;
    this.now = o.now ?? Date.now;
  }

  /** Seconds this address must wait, or 0 when its token is checked. */
  lockedFor(address: string): number {
    const t = this.now();
    const own = this.byAddress.get(address)?.lockedUntil ?? 0;
    const knownAt = this.known.get(address);
    const global = knownAt !== undefined && knownAt > t - this.knownForMs ? 0 : this.globalUntil;
    const left = Math.max(own, global) - t;
    return left > 0 ? Math.ceil(left / 1000) : 0;
  }

  /** Count a wrong token from this address; says which lockout it started, if any. */
  failed(address: string): 'address' | 'global' | null {
    const t = this.now();
    const since = t - this.windowMs;
    this.globalFailures = this.globalFailures.filter((f) => f > since);
    this.globalFailures.push(t);
    const entry = this.byAddress.get(address) ?? { failures: [], lockedUntil: 0 };
    entry.failures = entry.failures.filter((f) => f > since);
    entry.failures.push(t);
    let started: 'address' | 'global' | null = null;
    if (entry.failures.length >= this.max) {
      entry.failures = [];
      entry.lockedUntil = t + this.lockoutMs;
      started = 'address';
    }
    touch(this.byAddress, address, entry, this.maxAddresses);
    if (this.globalFailures.length >= this.globalMax) {
      this.globalFailures = [];
      this.globalUntil = t + this.lockoutMs;
      started = 'global';
    }
    return started;
  }

  /** The right token came from this address: it is a trainer's, and is let through a global lockout. */
  succeeded(address: string): void {
    touch(this.known, address, this.now(), this.maxAddresses);
  }
}

/** Express middleware: 429 while this address is locked out, 401 without the right token, else next(). */
export function requireTrainer(token: string, limit: WrongTokenLimit, onLockout: (kind: 'address' | 'global') => void) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    const locked = limit.lockedFor(address);
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
      const started = limit.failed(address);
      if (started) onLockout(started);
      res.set('WWW-Authenticate', 'Bearer error="invalid_token"');
      return void res.status(401).json({ error: 'unauthorized', message: 'That is not the trainer token.' });
    }
    limit.succeeded(address);
    next();
  };
}
