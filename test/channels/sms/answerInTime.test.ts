// Without a way to send later (no TWILIO_ACCOUNT_SID and sender: the channel's `sendsLater`
// off), an SMS reply can go only in the webhook's response, once per message. (With one, a reply
// that cannot go in the response goes through the outbox: lateReply.test.ts.) It must never be counted as
// delivered when the platform did not get it: a caller that gave up before the answer, an answer
// ready too late to trust, a copy that cannot learn in time whether the reply went out. Each of
// these once ended with every later copy answered with nothing — the reply lost (the soak's burst
// at a load average near 20: 9 of 30,000). Here each happens on purpose, with the turn held
// at the moment that matters and the clock moved by hand: no timing, no luck.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createServer } from 'node:net';
import express from 'express';
import pg from 'pg';
import twilio from 'twilio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { mountSms } from '../../../src/channels/sms/index.ts';
import type { ChannelPort, Conversations } from '../../../src/channels/port.ts';
import { channelPortOf, listen } from '../../../src/server.ts';
import { SYNC_ANSWER_SECONDS } from '../../../src/retryLater.ts';
import { isTransientStoreError } from '../../../src/store/transient.ts';
import { openTestApp, type TestApp } from '../../support/app.ts';
import { TestClock } from '../contract.ts';

const TOKEN = 'answer-in-time-token-0000000000';
const BASE = 'https://waypoint.invalid';
const PATH = '/webhooks/twilio';

let t: TestApp;
let server: Server;
let url: string;
const clock = new TestClock();
/** Makes the next call to handle() wait, once its turn is stored, until released. */
let holdNext: { reached: () => void; go: Promise<void> } | null = null;
/** Resolves once handle() has been entered this many times in all. */
let entered = 0;
const waiters: { n: number; resolve: () => void }[] = [];
/** handle() throws this instead of answering, when set. */
let failWith: Error | null = null;

beforeAll(async () => {
  t = await openTestApp();
  const real = channelPortOf(t.app);
  const svc = real.conversations;
  const conversations: Conversations = {
    keyOf: (c, a) => svc.keyOf(c, a),
    delivered: (c, p) => svc.delivered(c, p),
    undelivered: (c, p) => svc.undelivered(c, p),
    sendLater: (m, r) => svc.sendLater(m, r),
    async handle(m, d, o) {
      entered++;
      for (const w of waiters.filter((x) => entered >= x.n)) w.resolve();
      if (failWith) throw failWith;
      const r = await svc.handle(m, d, o);
      const h = holdNext;
      holdNext = null;
      if (h) {
        h.reached();
        await h.go;
      }
      return r;
    },
  };
  const port: ChannelPort = { ...real, conversations };
  const http = express();
  mountSms(http, port, { authToken: TOKEN, publicBaseUrl: BASE, allowedCountries: ['CA', 'US'], now: clock.now });
  server = await listen(http, 0);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await t?.close();
});

function hold(): { reached: Promise<void>; release(): void } {
  let reached!: () => void;
  let release!: () => void;
  const r = new Promise<void>((res) => (reached = res));
  holdNext = { reached, go: new Promise<void>((res) => (release = res)) };
  return { reached: r, release };
}

const enteredTimes = (n: number): Promise<void> => (entered >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })));

let seq = 0;
function message(): { headers: Record<string, string>; body: string } {
  seq++;
  const params = { MessageSid: `SM${String(seq).padStart(8, '0')}${'a'.repeat(24)}`, AccountSid: `AC${'0'.repeat(32)}`, From: `+1416555${String(2000 + seq)}`, To: '+14165550100', Body: 'hola', NumMedia: '0' };
  return {
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, BASE + PATH, params) },
    body: new URLSearchParams(params).toString(),
  };
}

async function deliver(m: { headers: Record<string, string>; body: string }): Promise<{ status: number; retryAfter: string | null; messages: number }> {
  const r = await fetch(url + PATH, { method: 'POST', headers: m.headers, body: m.body });
  const text = await r.text();
  return { status: r.status, retryAfter: r.headers.get('retry-after'), messages: (text.match(/<Message>/g) ?? []).length };
}

/** How many replies the platform gets for a message, delivering again after each 503 (at most 5 times). */
async function deliverUntilAnswered(m: { headers: Record<string, string>; body: string }): Promise<number> {
  for (let i = 0; i < 5; i++) {
    const r = await deliver(m);
    if (r.status === 200) return r.messages;
    expect([r.status, r.retryAfter]).toEqual([503, '2']);
  }
  throw new Error('still refused after 5 deliveries');
}

it('a caller that gave up just before the answer was written: not delivered, the next copy carries the reply, and only that copy', async () => {
  const m = message();
  const h = hold();
  let outcome = 'pending';
  const req = request(url + PATH, { method: 'POST', agent: false, headers: { ...m.headers, 'content-length': String(Buffer.byteLength(m.body)) } }, (res) => {
    outcome = `answered ${res.statusCode}`;
    res.resume();
  });
  req.on('error', () => (outcome = 'gave up'));
  req.end(m.body);
  await h.reached; // the turn is stored, its reply about to be written
  // In one go, before the server's event loop can see the closed connection: the caller gives
  // up, and the reply is ready. Written now, it would reach the socket and end in 'finish'.
  req.destroy(new Error('gave up'));
  h.release();
  expect(await deliverUntilAnswered(m)).toBeGreaterThan(0);
  expect(await deliver(m)).toEqual({ status: 200, retryAfter: null, messages: 0 });
  expect(outcome).toBe('gave up');
}, 30_000);

it(`a reply ready later than ${SYNC_ANSWER_SECONDS} s after the delivery came is not trusted to arrive: 503 with Retry-After, and the next copy carries it`, async () => {
  const m = message();
  const h = hold();
  const first = deliver(m);
  await h.reached;
  clock.advance((SYNC_ANSWER_SECONDS + 1) * 1000);
  h.release();
  expect(await first).toEqual({ status: 503, retryAfter: '2', messages: 0 });
  expect(await deliver(m)).toMatchObject({ status: 200, messages: expect.any(Number) });
  expect((await deliver(m)).messages).toBe(0);
}, 30_000);

it('a copy that cannot learn in time whether the reply went out is refused with 503, never answered with nothing', async () => {
  const m = message();
  const h = hold();
  const before = entered;
  const first = deliver(m); // holds the reply's lease, mid-answer
  await h.reached;
  const copy = deliver(m); // waits on that lease…
  await enteredTimes(before + 2);
  clock.advance((SYNC_ANSWER_SECONDS + 1) * 1000); // …until it must answer: it cannot tell
  const c = await copy;
  expect([c.status, c.retryAfter]).toEqual([503, '2']);
  h.release(); // the first answers too late to trust: 503 as well, and the lease goes
  expect((await first).status).toBe(503);
  expect(await deliverUntilAnswered(m)).toBeGreaterThan(0);
  expect((await deliver(m)).messages).toBe(0);
}, 30_000);

it("the store's pool out of free connections is 503 with Retry-After (delivered again later), not 500", async () => {
  // A real pg-pool error: one connection, never answered (a listener that says nothing), and a second request waiting for it.
  const silent = createServer(() => undefined);
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
  const pool = new pg.Pool({ host: '127.0.0.1', port: (silent.address() as AddressInfo).port, max: 1, connectionTimeoutMillis: 200 });
  pool.on('error', () => undefined);
  const [a, b] = await Promise.allSettled([pool.connect(), pool.connect()]);
  silent.close();
  const errors = [a, b].map((s) => (s.status === 'rejected' ? (s.reason as Error) : null));
  expect(errors.map((e) => e?.message)).toEqual(expect.arrayContaining(['timeout exceeded when trying to connect']));
  for (const e of errors) expect(e && isTransientStoreError(e)).toBe(true);
  failWith = errors.find((e) => e?.message.startsWith('timeout exceeded'))!;
  try {
    expect(await deliver(message())).toEqual({ status: 503, retryAfter: '2', messages: 0 });
  } finally {
    failWith = null;
  }
  // What delivering again would not mend stays a 500.
  failWith = new TypeError('a bug');
  try {
    expect((await deliver(message())).status).toBe(500);
  } finally {
    failWith = null;
  }
}, 30_000);
