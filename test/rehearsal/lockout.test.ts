// The trainer token's lockout, over real sockets from different loopback addresses: one
// address's wrong tokens lock out that address only; the right token from another address
// passes during its lockout; many wrong tokens spread over addresses close the check to
// addresses that have not shown the right token lately, and a trainer who has keeps working.
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireTrainer, WrongTokenLimit } from '../../src/rehearsal/web/auth.ts';

const TOKEN = 'the-trainer-token-0123456789';

/** GET /api from a given local address (127.0.0.x are all loopback on Linux). */
function get(port: number, from: string, token: string | null): Promise<{ status: number; retryAfter: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/api', localAddress: from, headers: token ? { authorization: `Bearer ${token}` } : {} }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('trainer token lockout', () => {
  let server: Server;
  let port: number;
  let clock = 1_000_000;
  const lockouts: string[] = [];
  const seen: string[] = [];

  beforeAll(async () => {
    const limit = new WrongTokenLimit({ maxFailures: 5, windowMs: 60_000, lockoutMs: 60_000, globalMaxFailures: 12, now: () => clock });
    const http = express();
    http.use(
      '/api',
      requireTrainer(TOKEN, limit, (kind) => lockouts.push(kind)),
      (req, res) => {
        seen.push(req.ip ?? '');
        res.json({ ok: true });
      },
    );
    server = await new Promise<Server>((r) => {
      const s = http.listen(0, '127.0.0.1', () => r(s));
    });
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('one address guessing is locked out alone; the right token from another address passes meanwhile', async () => {
    // A trainer shows the right token first (from .5); the guesser is .2.
    expect((await get(port, '127.0.0.5', TOKEN)).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await get(port, '127.0.0.2', `guess-${i}-000000000000`)).status).toBe(401);
    expect(lockouts).toEqual(['address']);
    const locked = await get(port, '127.0.0.2', TOKEN);
    expect(locked.status).toBe(429);
    expect(Number(locked.retryAfter)).toBe(60);
    // Another address, never seen before: its right token is checked and passes.
    expect((await get(port, '127.0.0.3', TOKEN)).status).toBe(200);
    expect((await get(port, '127.0.0.3', 'wrong-but-one-000000000')).status).toBe(401);
    expect((await get(port, '127.0.0.3', TOKEN)).status).toBe(200);
    // The lockout ends with its time.
    clock += 60_001;
    expect((await get(port, '127.0.0.2', TOKEN)).status).toBe(200);
    expect(seen.every((ip) => /127\.0\.0\.[235]$/.test(ip))).toBe(true);
  });

  it('wrong tokens spread over addresses reach the global cap: known trainers pass, new addresses wait', async () => {
    clock += 120_000;
    lockouts.length = 0;
    // 12 wrong tokens from four addresses, three each: no address reaches its own limit.
    for (let i = 0; i < 12; i++) expect((await get(port, `127.0.1.${10 + (i % 4)}`, `spread-${i}-0000000000`)).status).toBe(401);
    expect(lockouts).toEqual(['global']);
    expect((await get(port, '127.0.0.9', TOKEN)).status).toBe(429); // never showed the token
    expect((await get(port, '127.0.1.10', TOKEN)).status).toBe(429);
    expect((await get(port, '127.0.0.5', TOKEN)).status).toBe(200); // a trainer from the first test
    expect((await get(port, '127.0.0.3', TOKEN)).status).toBe(200);
    clock += 60_001;
    expect((await get(port, '127.0.0.9', TOKEN)).status).toBe(200);
  });
});

describe('WrongTokenLimit memory', () => {
  it('keeps at most maxAddresses addresses; the oldest are forgotten first', () => {
    let t = 0;
    const limit = new WrongTokenLimit({ maxFailures: 2, maxAddresses: 3, globalMaxFailures: 1000, now: () => t });
    expect(limit.failed('a')).toBeNull();
    for (const x of ['b', 'c', 'd']) limit.failed(x);
    // "a" was forgotten (the oldest): its second wrong token starts counting afresh.
    expect(limit.failed('a')).toBeNull();
    expect(limit.failed('d')).toBe('address');
    expect(limit.lockedFor('d')).toBe(60);
    expect(limit.lockedFor('a')).toBe(0);
    t += 60_000;
    expect(limit.lockedFor('d')).toBe(0);
  });
});
