// An SMS reply that is not ready within SYNC_ANSWER_SECONDS is never lost, whatever the
// webhook's retry settings: Twilio is answered 200 with an empty <Response/> at the deadline,
// and the reply, once ready, goes through the Messages REST API (the outbox; here a fake Twilio
// on loopback). Before, the answer was 503, and Twilio, which retries a webhook only when its
// URL asks it to, never delivered the message again: the person who wrote got nothing.
// Each case is made on purpose: the turn held at the moment that matters, the clock moved by hand.
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import twilio from 'twilio';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mountSms } from '../../../src/channels/sms/index.ts';
import { createOutbox } from '../../../src/channels/index.ts';
import type { Dispatcher } from '../../../src/channels/outbox/dispatcher.ts';
import type { ChannelPort, Conversations } from '../../../src/channels/port.ts';
import { channelPortOf, listen } from '../../../src/server.ts';
import { SYNC_ANSWER_SECONDS } from '../../../src/retryLater.ts';
import { dumpAllTables, openTestApp, type TestApp } from '../../support/app.ts';
import { fakeTwilio, type FakePlatform } from '../../support/fakePlatforms.ts';
import { TestClock } from '../contract.ts';
import { TurnQueue } from '../../../src/turnQueue.ts';
import { hasServer } from '../../support/stores.ts';

const ACCOUNT_SID = `AC${'0'.repeat(32)}`;
const TOKEN = 'late-reply-token-000000000000000';
const BASE = 'https://waypoint.invalid';
const PATH = '/webhooks/twilio';

let t: TestApp;
let fake: FakePlatform;
let server: Server;
let url: string;
let outbox: Dispatcher;
const clock = new TestClock();
/** Load shedding's count of turns in flight, as the server puts it in front of the webhooks. */
const queue = new TurnQueue(0);

/** Where the next call to handle() waits until released: before its turn runs (a slow turn), or once the turn is stored (a reply ready late). */
let holdNext: { at: 'before' | 'after'; reached: () => void; go: Promise<void> } | null = null;
/** Calls of handle() not finished yet (a turn still running after Twilio was answered). */
let running = 0;
/** Called when a copy starts waiting on another delivery's reply. */
let copyWaiting: (() => void) | null = null;
/** The next call of handle() throws this once its hold is released, as a turn that met the store's error would. */
let failNext: Error | null = null;
const idle: (() => void)[] = [];

beforeAll(async () => {
  fake = await fakeTwilio({ accountSid: ACCOUNT_SID, authToken: TOKEN });
  t = await openTestApp({
    server: hasServer,
    env: { PUBLIC_BASE_URL: BASE, TWILIO_ACCOUNT_SID: ACCOUNT_SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM_NUMBER: '+15555550100', TWILIO_API_BASE_URL: fake.url },
  });
  const real = channelPortOf(t.app);
  const svc = real.conversations;
  const held = async (at: 'before' | 'after'): Promise<void> => {
    const h = holdNext;
    if (!h || h.at !== at) return;
    holdNext = null;
    h.reached();
    await h.go;
  };
  const conversations: Conversations = {
    keyOf: (c, a) => svc.keyOf(c, a),
    delivered: (c, p) => svc.delivered(c, p),
    undelivered: (c, p) => svc.undelivered(c, p),
    async sendLater(m, r) {
      running++;
      try {
        await svc.sendLater(m, r);
      } finally {
        if (--running === 0) for (const f of idle.splice(0)) f();
      }
    },
    async handle(m, d, o) {
      running++;
      try {
        await held('before');
        const fail = failNext;
        failNext = null;
        if (fail) throw fail;
        const onWait = o?.onWait;
        const r = await svc.handle(m, d, { ...o, onWait: () => (onWait?.(), copyWaiting?.()) });
        await held('after');
        return r;
      } finally {
        if (--running === 0) for (const f of idle.splice(0)) f();
      }
    },
  };
  const port: ChannelPort = { ...real, conversations };
  const http = express();
  http.post(PATH, queue.count);
  expect(t.app.features.channels.sms.inbound?.sendsLater).toBe(true);
  mountSms(http, port, { authToken: TOKEN, publicBaseUrl: BASE, allowedCountries: ['CA', 'US'], sendsLater: true, now: clock.now });
  server = await listen(http, 0);
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  outbox = createOutbox(t.app, { now: clock.now });
}, 180_000);

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  await t?.close();
  await fake?.close();
});

beforeEach(() => fake.reset());

function hold(at: 'before' | 'after'): { reached: Promise<void>; release(): void } {
  let reached!: () => void;
  let release!: () => void;
  const r = new Promise<void>((res) => (reached = res));
  holdNext = { at, reached, go: new Promise<void>((res) => (release = res)) };
  return { reached: r, release };
}

/** Every turn and hand-over to the outbox done (a hand-over starts just after its turn ends: looked at again a moment later). */
async function settled(): Promise<void> {
  for (;;) {
    if (running > 0) await new Promise<void>((resolve) => idle.push(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    if (running === 0) return;
  }
}

let seq = 0;
interface Message {
  from: string;
  headers: Record<string, string>;
  body: string;
}
function message(body = 'hello', from = `+1416555${String(3000 + seq + 1)}`): Message {
  seq++;
  const params = { MessageSid: `SM${String(seq).padStart(8, '0')}${'b'.repeat(24)}`, AccountSid: ACCOUNT_SID, From: from, To: '+14165550100', Body: body, NumMedia: '0' };
  return {
    from,
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, BASE + PATH, params) },
    body: new URLSearchParams(params).toString(),
  };
}

async function deliver(m: Message): Promise<{ status: number; messages: number; text: string }> {
  const r = await fetch(url + PATH, { method: 'POST', headers: m.headers, body: m.body });
  const text = await r.text();
  return { status: r.status, messages: (text.match(/<Message>/g) ?? []).length, text };
}

/** What reached Twilio's REST API for this number, after the outbox's rounds. */
async function sentTo(m: Message): Promise<string[]> {
  await settled();
  await outbox.dispatchOnce();
  return fake.requests.filter((r) => r.body.To === m.from).map((r) => String(r.body.Body));
}

/** Deliver `m` with its turn held `at` a point, and move the clock past the sync deadline. */
async function pastDeadline(m: Message, at: 'before' | 'after'): Promise<{ h: ReturnType<typeof hold>; first: ReturnType<typeof deliver> }> {
  const h = hold(at);
  const first = deliver(m);
  await h.reached;
  clock.advance((SYNC_ANSWER_SECONDS + 1) * 1000);
  return { h, first };
}

/** The reply went out through the REST API, and the same message delivered again adds nothing. */
async function sentOnce(m: Message): Promise<void> {
  const sent = await sentTo(m);
  expect(sent.length).toBeGreaterThan(0);
  expect(await deliver(m)).toMatchObject({ status: 200, messages: 0 });
  expect(await sentTo(m)).toEqual(sent);
}

const addressesKept = async (): Promise<number> =>
  (await t.app.store.query<{ n: number }>('select count(*)::int as n from outbox where address_enc is not null')).rows[0]!.n;

describe('an SMS reply not ready in time', () => {
  it(`a slow turn: Twilio is answered 200 and empty at ${SYNC_ANSWER_SECONDS} s, and the reply arrives through the REST API, once`, async () => {
    const m = message();
    const { h, first } = await pastDeadline(m, 'before'); // the turn has not run yet (understanding, a lock, a busy store)
    expect(await first).toMatchObject({ status: 200, messages: 0 });
    expect(await first.then((r) => r.text)).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    // Answered, but the turn still runs: it still counts for load shedding, and a stop waits for it.
    expect(queue.depth).toBe(1);
    expect(await queue.drained(50)).toBe(false);
    h.release();
    expect(await queue.drained(10_000)).toBe(true);
    // The welcome, in as many SMS as it takes (the same split as in a response).
    const sent = await sentTo(m);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]).toContain("Hi, it's Waypoint.");
    expect(queue.depth).toBe(0);
    // Twilio delivers the same message again (connection overrides, a fallback URL): no second turn, no second reply.
    expect(await deliver(m)).toMatchObject({ status: 200, messages: 0 });
    expect(await deliver(m)).toMatchObject({ status: 200, messages: 0 });
    expect(await sentTo(m)).toEqual(sent);
    const turns = await t.app.store.query<{ n: number }>('select count(*)::int as n from inbox where provider_id = $1', [new URLSearchParams(m.body).get('MessageSid')]);
    expect(turns.rows[0]!.n).toBe(1);
  }, 30_000);

  it('a reply ready just after the deadline: not trusted to the response, sent through the REST API', async () => {
    const m = message();
    const { h, first } = await pastDeadline(m, 'after'); // the turn is stored, its reply about to be written
    expect(await first).toMatchObject({ status: 200, messages: 0 });
    h.release();
    await sentOnce(m);
  }, 30_000);

  it('a copy that arrives while the slow turn waits makes the turn and carries the reply; the slow one then sends nothing', async () => {
    const m = message();
    const { h, first } = await pastDeadline(m, 'before');
    expect(await first).toMatchObject({ status: 200, messages: 0 });
    const copy = await deliver(m);
    expect(copy.status).toBe(200);
    expect(copy.messages).toBeGreaterThan(0);
    h.release();
    expect(await sentTo(m)).toEqual([]);
  }, 30_000);

  it('a copy that cannot learn in time whether the reply went out is still 503 (nothing processed), and the reply goes out once', async () => {
    const m = message();
    const h = hold('after');
    const first = deliver(m); // holds the reply's lease, mid-answer
    await h.reached;
    const waits = new Promise<void>((resolve) => (copyWaiting = resolve));
    const copy = deliver(m); // waits on that lease…
    await waits;
    copyWaiting = null;
    clock.advance((SYNC_ANSWER_SECONDS + 1) * 1000); // …until it must answer
    expect((await copy).status).toBe(503);
    h.release(); // the first is ready after the deadline: answered empty, the reply through the API
    expect(await first).toMatchObject({ status: 200, messages: 0 });
    await sentOnce(m);
  }, 30_000);

  it('a caller that gave up before the reply was written: the reply goes through the REST API, and a copy gets nothing', async () => {
    const m = message();
    const h = hold('after');
    const req = request(url + PATH, { method: 'POST', agent: false, headers: { ...m.headers, 'content-length': String(Buffer.byteLength(m.body)) } }, (res) => res.resume());
    req.on('error', () => undefined);
    req.end(m.body);
    await h.reached;
    req.destroy(new Error('gave up'));
    h.release();
    await sentOnce(m);
  }, 30_000);

  it('a late turn that meets a passing store error is run again in the process: the message is still in hand', async () => {
    const m = message();
    const { h, first } = await pastDeadline(m, 'before');
    expect(await first).toMatchObject({ status: 200, messages: 0 });
    failNext = new Error('timeout exceeded when trying to connect');
    h.release();
    // Run again RETRY_AFTER_S later.
    let sent = await sentTo(m);
    for (let i = 0; i < 100 && sent.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      sent = await sentTo(m);
    }
    expect(sent.length).toBeGreaterThan(0);
    expect(sent[0]).toContain("Hi, it's Waypoint.");
    expect(await deliver(m)).toMatchObject({ status: 200, messages: 0 });
    expect(await sentTo(m)).toEqual(sent);
  }, 30_000);

  it('a reply in time still goes in the response, and nothing through the REST API', async () => {
    const m = message();
    expect((await deliver(m)).messages).toBeGreaterThan(0);
    expect(await sentTo(m)).toEqual([]);
  }, 30_000);
});

describe('privacy: the address a late reply needs is kept only until the reply is sent', () => {
  it('kept encrypted while the reply waits, deleted once Twilio took it', async () => {
    const m = message();
    const { h, first } = await pastDeadline(m, 'before');
    await first;
    h.release();
    await settled();
    expect(await addressesKept()).toBe(1);
    const digits = m.from.slice(1);
    expect(await dumpAllTables(t.app)).not.toContain(digits); // encrypted, never in clear
    expect((await sentTo(m)).length).toBeGreaterThan(0);
    expect(await addressesKept()).toBe(0);
    expect(await dumpAllTables(t.app)).not.toContain(digits);
  }, 30_000);

  it("ERASE answered late: its confirmation goes out, and then nothing about the number is left", async () => {
    const hello = message();
    expect((await deliver(hello)).messages).toBeGreaterThan(0);
    const m = message('ERASE', hello.from);
    const { h, first } = await pastDeadline(m, 'before');
    expect(await first).toMatchObject({ status: 200, messages: 0 });
    h.release();
    expect((await sentTo(m)).length).toBeGreaterThan(0);
    expect(await addressesKept()).toBe(0);
    const key = t.app.conversations.keyOf('sms', m.from);
    const dump = await dumpAllTables(t.app);
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(m.from.slice(1));
  }, 30_000);

  it('deleted too when Twilio refuses the message for good', async () => {
    const m = message();
    const { h, first } = await pastDeadline(m, 'before');
    await first;
    h.release();
    await settled();
    fake.failNext(400);
    expect(await sentTo(m)).toEqual([]);
    expect(await addressesKept()).toBe(0);
  }, 30_000);
});
