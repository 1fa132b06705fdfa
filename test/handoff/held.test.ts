// A person's reply always arrives, safely — end to end, over SMS (signed Twilio webhooks, a fake
// Twilio REST API on loopback) and WhatsApp (signed Cloud API webhooks, a fake Graph API), with
// one injected clock for the webhooks, the desk, the console worker and the outbox:
// an after-hours handoff; the lead worker's reply 30 hours later is held, not dead; with the
// notice chosen exactly one neutral notice goes (in the morning, not at night), with it declined
// none; OPEN (or the code word, when one is set) releases the replies in order; a wrong code word
// and someone else's OPEN reveal nothing; the console shows held, then delivered; ERASE deletes
// held replies and STOP gives them up; a failed notice is retried and then reported; retention
// deletes them with the handoff; two processes deliver them once; a platform with no neutral
// notice (as Teams) sends the replies themselves.
import { createHmac } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import express from 'express';
import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openApp, type App } from '../../src/app.ts';
import { listen } from '../../src/server.ts';
import { channelSenders, createOutbox } from '../../src/channels/index.ts';
import { mountSms } from '../../src/channels/sms/index.ts';
import { mountWhatsApp } from '../../src/channels/whatsapp/index.ts';
import type { Dispatcher } from '../../src/channels/outbox/dispatcher.ts';
import { insideWindow, SendError, type ChannelSender } from '../../src/channels/types.ts';
import { SMS_CAPABILITIES } from '../../src/channels/sms/render.ts';
import type { HandoffWorker } from '../../src/handoff/worker.ts';
import { SYSTEM_NOTES } from '../../src/handoff/cards.ts';
import { createLogger } from '../../src/privacy/logger.ts';
import { fakeGraph, fakeTwilio, type FakePlatform } from '../support/fakePlatforms.ts';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';
import { ACCOUNT_SID, ANA, AUTH_TOKEN, FakeConsole, PUBLIC_BASE_URL, dumpTables, privateTexts } from './support.ts';

// Weekdays 09:00–17:00 in Toronto: Friday 18:30 is after hours.
const ROSTER = `coalitions:
  - id: east
    time_zone: America/Toronto
    hours:
      mon: ['09:00-17:00']
      tue: ['09:00-17:00']
      wed: ['09:00-17:00']
      thu: ['09:00-17:00']
      fri: ['09:00-17:00']
staff:
  - id: lw-ana
    display_name: Ana
    role: lead_worker
    languages: [en]
    coalition: east
    slack_user_id: U_ANA
`;
const T0 = new Date('2026-11-27T23:30:00Z'); // Friday 18:30 in Toronto
const HOUR = 3_600_000;
const APP_SECRET = 'held-test-app-secret-0000000000';
const PHONE_NUMBER_ID = '200000000000009';
const GRAPH_TOKEN = 'held-test-graph-token';
const S1 = 'Hello, this is Ana. I read your message. Are you safe?';
const S2 = 'I can call you on Monday if you want.';
const NOTICE_SMS = 'You have a new message. Reply OPEN to read it.';
const CODE_WORD = 'Blue Heron 7';
/** A whole handoff over webhooks, desk, worker and outbox: about 10 s alone, past 30 s on a loaded machine. */
const WHOLE_HANDOFF_MS = 120_000;

class Clock {
  private t = T0.getTime();
  now = (): Date => new Date(this.t);
  set(at: Date): void {
    this.t = at.getTime();
  }
  advance(ms: number): void {
    this.t += ms;
  }
}

type Channel = 'sms' | 'whatsapp';

interface Rig {
  app: App;
  url: string;
  clock: Clock;
  console: FakeConsole;
  worker: HandoffWorker;
  outbox: Dispatcher;
  twilio: FakePlatform;
  graph: FakePlatform;
  /** The person writes; for SMS the TwiML bodies answered at once (WhatsApp answers through the outbox). */
  say(channel: Channel, address: string, text: string): Promise<string[]>;
  /** What reached the person later, through the platform's API, in order (a template as "[template name]"). */
  received(channel: Channel, address: string): string[];
  settle(): Promise<void>;
  /** The console's private notes (system lines), in order. */
  notes(): string[];
  /** Where a second process would find this one's database and keys (PostgreSQL only). */
  beside: Beside | null;
  close(): Promise<void>;
}

let seq = 0;

/** A second process beside `of`: the same database, keys and roster, its own HTTP server, fakes and clock. */
interface Beside {
  dir: string;
  databaseUrl: string;
}

async function startRig(opts: { server: boolean; consoles?: boolean; beside?: Beside }): Promise<Rig> {
  const dir = opts.beside?.dir ?? mkdtempSync(join(tmpdir(), 'wp-held-'));
  if (!opts.beside) writeFileSync(join(dir, 'roster.yaml'), ROSTER);
  const tw = await fakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const graph = await fakeGraph({ phoneNumberId: PHONE_NUMBER_ID, accessToken: GRAPH_TOKEN });
  const db = opts.beside ? { url: opts.beside.databaseUrl, drop: async () => {} } : opts.server ? await createDatabase() : null;
  const logs: string[] = [];
  const logger = createLogger({ level: 'debug', destination: new Writable({ write: (c, _e, cb) => (logs.push(String(c)), cb()) }) });
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'debug',
    ...(db ? { DATABASE_URL: db.url } : {}),
    PUBLIC_BASE_URL,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM_NUMBER: '+15555550100',
    TWILIO_API_BASE_URL: tw.url,
    WHATSAPP_VERIFY_TOKEN: 'held-verify',
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_ACCESS_TOKEN: GRAPH_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_GRAPH_API_BASE_URL: graph.url,
    WHATSAPP_REOPEN_TEMPLATE: 'waypoint_reopen:en',
    ROSTER_FILE: join(dir, 'roster.yaml'),
  });
  const clock = new Clock();
  const app = await openApp(config, { logger, memoryStore: !db, now: clock.now });
  const fake = new FakeConsole();
  if (opts.consoles !== false) app.handoff.attachConsole(fake);
  const http = express();
  mountSms(http, app, { authToken: AUTH_TOKEN, publicBaseUrl: PUBLIC_BASE_URL, allowedCountries: ['CA', 'US'], now: clock.now });
  mountWhatsApp(http, app, { verifyToken: 'held-verify', appSecret: APP_SECRET, phoneNumberId: PHONE_NUMBER_ID, now: clock.now });
  const server: Server = await listen(http, 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const worker = app.handoff.createWorker({ now: clock.now, backoff: { baseMs: 1, maxMs: 1, maxAttempts: 3 } });
  const outbox = createOutbox(app, { now: clock.now, senders: channelSenders(app) });

  const sms = async (from: string, body: string): Promise<string[]> => {
    const params = { MessageSid: `SM${(++seq).toString(16).padStart(32, '0')}`, AccountSid: ACCOUNT_SID, From: from, To: '+15555550100', Body: body, NumMedia: '0' };
    const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/webhooks/twilio`, params);
    const res = await fetch(`${url}/webhooks/twilio`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      body: new URLSearchParams(params).toString(),
    });
    expect(res.status).toBe(200);
    return [...(await res.text()).matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  };
  const whatsapp = async (from: string, text: string): Promise<string[]> => {
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '100000000000001',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: '15555550100', phone_number_id: PHONE_NUMBER_ID },
                messages: [{ from, id: `wamid.held${++seq}`, timestamp: String(Math.floor(clock.now().getTime() / 1000)), type: 'text', text: { body: text } }],
              },
            },
          ],
        },
      ],
    });
    const res = await fetch(`${url}/webhooks/whatsapp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}` },
      body,
    });
    expect(res.status).toBe(200);
    return [];
  };
  const graphText = (b: Record<string, unknown>): string => {
    if (b.type === 'template') return `[template ${(b.template as { name: string }).name}]`;
    if (b.type === 'text') return (b.text as { body: string }).body;
    return String((b.interactive as { body: { text: string } }).body.text);
  };
  return {
    app,
    url,
    clock,
    console: fake,
    worker,
    outbox,
    twilio: tw,
    graph,
    say: (channel, address, text) => (channel === 'sms' ? sms(address, text) : whatsapp(address, text)),
    received: (channel, address) =>
      channel === 'sms'
        ? tw.requests.filter((r) => r.body.To === address).map((r) => String(r.body.Body))
        : graph.requests.filter((r) => r.body.to === address).map((r) => graphText(r.body)),
    async settle() {
      for (let i = 0; i < 40; i++) {
        const w = await worker.runOnce();
        const o = await outbox.dispatchOnce();
        if (w.sent + w.retried + w.renotified + w.escalated + o.sent + o.retried + o.dead === 0) return;
      }
      throw new Error('did not settle');
    },
    notes: () => fake.calls.flatMap((c) => (c.op === 'private' ? privateTexts(c.post) : [])).filter((l) => l.from === 'system').map((l) => l.text),
    beside: db ? { dir, databaseUrl: db.url } : null,
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await app.close();
      await tw.close();
      await graph.close();
      await db?.drop();
    },
  };
}

/** First contact in English, then a person: consent yes, then the notice yes or no. Returns what the last answer said. */
async function askForPerson(r: Rig, channel: Channel, address: string, notice: boolean, opts: { codeWord?: string } = {}): Promise<string> {
  await r.say(channel, address, 'hi');
  await r.settle();
  await r.say(channel, address, '1'); // English
  await r.settle();
  if (opts.codeWord) {
    await r.say(channel, address, '3'); // someone can see this phone
    await r.settle();
    await r.say(channel, address, '1'); // set a code word
    await r.settle();
    await r.say(channel, address, opts.codeWord);
  } else {
    await r.say(channel, address, '1'); // safe to chat
  }
  await r.settle();
  await r.say(channel, address, 'HUMAN');
  await r.settle();
  await r.say(channel, address, '1'); // yes, a person
  await r.settle();
  const before = r.received(channel, address).length;
  const twiml = await r.say(channel, address, notice ? '1' : '2');
  await r.settle();
  return [...twiml, ...r.received(channel, address).slice(before)].join('\n');
}

async function cardId(r: Rig): Promise<string> {
  const notify = r.console.calls.find((c) => c.op === 'notify');
  expect(notify).toBeDefined();
  return notify!.op === 'notify' ? notify!.card.handoffId : '';
}

async function outboxOf(r: Rig, channel: Channel, address: string): Promise<{ status: string; kind: string; held: boolean }[]> {
  const q = await r.app.store.query<{ status: string; kind: string; held_at: unknown }>(
    'select status, kind, held_at from outbox where contact_key = $1 order by id',
    [r.app.conversations.keyOf(channel, address)],
  );
  return q.rows.map((x) => ({ status: x.status, kind: x.kind, held: x.held_at !== null }));
}

const at = (hours: number): Date => new Date(T0.getTime() + hours * HOUR);

/** The person writes; what reaches them for it: the webhook's answer (SMS) and what the outbox then sends. */
async function chat(r: Rig, channel: Channel, address: string, text: string): Promise<string[]> {
  const before = r.received(channel, address).length;
  const answered = await r.say(channel, address, text);
  await r.settle();
  return [...answered, ...r.received(channel, address).slice(before)];
}

/**
 * A handoff claimed an hour after the person asked, then Ana's reply (S1) 30 hours after that
 * first message: held. Returns the handoff, how many messages the phone had before the reply, and
 * what the person was told when they asked.
 */
async function heldReply(
  r: Rig,
  channel: Channel,
  address: string,
  notice: boolean,
  opts: { codeWord?: string } = {},
): Promise<{ id: string; before: number; asked: string }> {
  const asked = await askForPerson(r, channel, address, notice, opts);
  const id = await cardId(r);
  r.clock.set(at(1));
  await r.app.handoff.desk.claim(id, ANA);
  await r.settle();
  const before = r.received(channel, address).length;
  r.clock.set(at(30));
  await r.app.handoff.desk.reply(id, ANA, S1);
  await r.settle();
  return { id, before, asked };
}

for (const server of [false, true]) {
  const store = server ? 'pg' : 'pglite';
  describe.skipIf(server && !hasServer)(`replies that wait for the person [${store}]${server && !hasServer ? ` — ${SERVER_SKIP_REASON}` : ''}`, () => {
    let r: Rig | undefined;
    afterEach(async () => {
      await r?.close();
      r = undefined;
    });

    for (const channel of ['sms', 'whatsapp'] as const) {
      const address = channel === 'sms' ? '+15555550188' : '15555550188';

      it(`${channel}: after hours, the reply 30 hours later is held, one notice goes in the morning, OPEN delivers the replies in order; the console shows held then delivered`, async () => {
        r = await startRig({ server });
        const asked = await askForPerson(r, channel, address, true);
        expect(asked).toContain('No support worker is working right now');
        expect(asked).toContain('one short message');
        expect(asked).not.toMatch(/in line/);
        const id = await cardId(r);
        await r.settle();

        // Ana claims an hour later: the person is told (inside the 24 hours).
        r.clock.set(at(1));
        await r.app.handoff.desk.claim(id, ANA);
        await r.settle();
        expect(r.received(channel, address).join('\n')).toContain('A support worker is here now');
        const before = r.received(channel, address).length;

        // Saturday 00:30 — 30 hours later: held, not dead; nothing reaches the phone at night.
        r.clock.set(at(30));
        await r.app.handoff.desk.reply(id, ANA, S1);
        await r.settle();
        expect((await outboxOf(r, channel, address)).filter((x) => x.kind === 'reply').at(-1)).toEqual({ status: 'held', kind: 'reply', held: true });
        expect((await outboxOf(r, channel, address)).some((x) => x.status === 'dead')).toBe(false);
        expect(r.notes()).toContain(SYSTEM_NOTES.held_notice);
        r.clock.set(at(36)); // 06:30 Sunday in Toronto: still night
        await r.settle();
        expect(r.received(channel, address).slice(before)).toEqual([]);

        // 08:00 comes: exactly one neutral notice. A second reply in the same batch adds none.
        r.clock.set(at(38.5));
        await r.settle();
        const notice = channel === 'sms' ? NOTICE_SMS : '[template waypoint_reopen]';
        expect(r.received(channel, address).slice(before)).toEqual([notice]);
        expect(r.notes()).toContain(SYSTEM_NOTES.notice_sent);
        await r.app.handoff.desk.reply(id, ANA, S2);
        r.clock.set(at(45));
        await r.settle();
        expect(r.received(channel, address).slice(before)).toEqual([notice]);

        // The person writes OPEN: both replies, in order; OPEN itself is not passed to Ana.
        r.clock.set(at(50));
        expect(await r.say(channel, address, 'OPEN')).toEqual([]);
        await r.settle();
        const after = r.received(channel, address).slice(before);
        expect(after.filter((t) => t !== notice).join('\n')).toMatch(new RegExp(`${S1}[\\s\\S]*${S2}`));
        expect(after.filter((t) => t.includes(S1))).toHaveLength(1);
        expect(r.console.privateLines().filter((l) => l.from === 'contact' && l.text === 'OPEN')).toEqual([]);
        const notes = r.notes();
        expect(notes.lastIndexOf(SYSTEM_NOTES.delivered)).toBeGreaterThan(notes.indexOf(SYSTEM_NOTES.held_notice));
        expect(notes.filter((n) => n === SYSTEM_NOTES.delivered)).toHaveLength(2);
        expect((await outboxOf(r, channel, address)).filter((x) => x.held).map((x) => x.status)).toEqual(['sent', 'sent']);
        // No sealed text stays in a sent row, and no phone number anywhere in clear.
        const dump = await dumpTables(r.app);
        expect(dump).not.toContain(S1);
        expect(dump).not.toContain(address.replace('+', ''));
      }, WHOLE_HANDOFF_MS);

      it(`${channel}: with the notice declined, nothing is sent until the person writes; their next message gets the held reply first, then goes to Ana`, async () => {
        r = await startRig({ server });
        const { asked, before } = await heldReply(r, channel, address, false);
        expect(asked).toContain('You will get it when you write to us again');
        expect(r.notes()).toContain(SYSTEM_NOTES.held);
        for (const h of [38.5, 60, 80]) {
          r.clock.set(at(h));
          await r.settle();
        }
        expect(r.received(channel, address).slice(before)).toEqual([]);
        expect((await outboxOf(r, channel, address)).some((x) => x.kind === 'notice')).toBe(false);

        r.clock.set(at(90));
        expect(await r.say(channel, address, 'are you there?')).toEqual([]);
        await r.settle();
        expect(r.received(channel, address).slice(before)).toEqual([S1]);
        expect(r.console.privateLines().filter((l) => l.from === 'contact').map((l) => l.text)).toContain('are you there?');
      }, WHOLE_HANDOFF_MS);

      it(`${channel}: with a code word, OPEN from whoever holds the phone and a wrong word get the same neutral line and open nothing; the code word opens the replies`, async () => {
        r = await startRig({ server });
        const { before } = await heldReply(r, channel, address, true, { codeWord: CODE_WORD });
        r.clock.set(at(38.5));
        await r.settle();
        const notice = channel === 'sms' ? NOTICE_SMS : '[template waypoint_reopen]';
        expect(r.received(channel, address).slice(before)).toEqual([notice]);

        const neutral = await chat(r, channel, address, 'OPEN');
        expect(neutral).toEqual(['Thank you. Send MENU for options.']);
        // The very words anyone gets for OPEN with nothing waiting: the line tells nothing.
        expect(await chat(r, channel, channel === 'sms' ? '+15555550179' : '15555550179', 'OPEN')).toEqual(neutral);
        expect(await chat(r, channel, address, 'green heron 7')).toEqual(neutral);
        expect(await chat(r, channel, address, 'hello?')).toEqual(neutral);
        expect(r.received(channel, address).slice(before).join('\n')).not.toContain(S1);
        // None of it reached Ana.
        expect(r.console.privateLines().filter((l) => l.from === 'contact').map((l) => l.text)).toEqual([]);

        // The code word, however it is typed: the reply, and nothing else.
        expect(await chat(r, channel, address, '  blue HERON 7 ')).toEqual([S1]);
        expect(r.notes()).toContain(SYSTEM_NOTES.delivered);
        // Once open, the conversation with Ana goes on as before.
        expect(await chat(r, channel, address, 'thank you')).toEqual([]);
        expect(r.console.privateLines().filter((l) => l.from === 'contact').map((l) => l.text)).toEqual(['thank you']);
      }, WHOLE_HANDOFF_MS);

      it(`${channel}: ERASE deletes held replies and their notice; only its "Done" goes out`, async () => {
        r = await startRig({ server });
        const { before } = await heldReply(r, channel, address, true);
        expect((await outboxOf(r, channel, address)).map((x) => x.status)).toContain('held');
        // SMS answers ERASE in the webhook's response; WhatsApp through one outbox row tied to no
        // contact. Either way the "Done" is the only thing that goes: no held reply, no notice.
        const erased = await chat(r, channel, address, 'ERASE');
        expect(erased).toHaveLength(1);
        expect(erased[0]).toMatch(/deleted/i);
        expect(await outboxOf(r, channel, address)).toEqual([]);
        r.clock.set(at(40));
        await r.settle();
        const after = r.received(channel, address).slice(before);
        expect(after).toEqual(channel === 'sms' ? [] : erased);
        expect(await dumpTables(r.app)).not.toContain(S1);
      }, WHOLE_HANDOFF_MS);
    }

    it('sms: after 5 wrong code words in a day the replies wait (even for the right one) and Ana is told; the next day the code word opens them', async () => {
      r = await startRig({ server });
      const phone = '+15555550190';
      const { before } = await heldReply(r, 'sms', phone, false, { codeWord: CODE_WORD });
      r.clock.set(at(40));
      for (const guess of ['one', 'two', 'three', 'four', 'five']) expect(await r.say('sms', phone, guess)).toEqual(['Thank you. Send MENU for options.']);
      expect(r.notes().filter((n) => n === SYSTEM_NOTES.codeword_locked)).toHaveLength(0);
      await r.settle();
      expect(r.notes().filter((n) => n === SYSTEM_NOTES.codeword_locked)).toHaveLength(1);
      expect(await r.say('sms', phone, CODE_WORD)).toEqual(['Thank you. Send MENU for options.']);
      await r.settle();
      expect(r.received('sms', phone).slice(before)).toEqual([]);
      r.clock.set(at(60)); // the next day (UTC)
      expect(await r.say('sms', phone, CODE_WORD)).toEqual([]);
      await r.settle();
      expect(r.received('sms', phone).slice(before)).toEqual([S1]);
    }, WHOLE_HANDOFF_MS);

    it('sms: STOP gives held replies up (Ana is told), and no notice goes after it', async () => {
      r = await startRig({ server });
      const phone = '+15555550192';
      const { before } = await heldReply(r, 'sms', phone, true);
      const stopped = await r.say('sms', phone, 'STOP');
      expect(stopped.join('\n')).not.toContain(S1);
      r.clock.set(at(40));
      await r.settle();
      expect(r.received('sms', phone).slice(before)).toEqual([]);
      expect((await outboxOf(r, 'sms', phone)).filter((x) => x.held).map((x) => x.status)).toEqual(['dead']);
      expect(r.notes()).toContain(SYSTEM_NOTES.held_dropped);
    }, WHOLE_HANDOFF_MS);

    it('sms: a notice the platform keeps refusing is retried with backoff, then given up, and Ana is told; the reply still waits', async () => {
      r = await startRig({ server });
      const phone = '+15555550193';
      const { before } = await heldReply(r, 'sms', phone, true);
      // Twilio answers 503 to every try: 8 tries, 5 s apart doubling (src/jobs/backoff.ts).
      r.twilio.failNext(503, 8);
      r.clock.set(at(38.5));
      for (let i = 0; i < 12; i++) {
        await r.settle();
        r.clock.advance(10 * 60_000);
      }
      expect(r.received('sms', phone).slice(before)).toEqual([]);
      expect(r.notes()).toContain(SYSTEM_NOTES.notice_failed);
      const rows = await outboxOf(r, 'sms', phone);
      expect(rows.find((x) => x.kind === 'notice')?.status).toBe('dead');
      expect(rows.filter((x) => x.kind === 'reply' && x.held).map((x) => x.status)).toEqual(['held']);
      // The person writes anyway: the reply arrives.
      r.clock.set(at(40));
      await r.say('sms', phone, 'hello');
      await r.settle();
      expect(r.received('sms', phone).slice(before)).toEqual([S1]);
    }, WHOLE_HANDOFF_MS);

    it('sms: a held reply goes with its handoff at the end of retention; the person who writes after that gets nothing of it', async () => {
      r = await startRig({ server });
      const phone = '+15555550196';
      const { id, before } = await heldReply(r, 'sms', phone, false);
      await r.app.handoff.desk.close(id, ANA, 'information_given');
      await r.settle();
      // The reply and the "closed" line both wait, held.
      expect((await outboxOf(r, 'sms', phone)).filter((x) => x.held).map((x) => x.status)).toEqual(['held', 'held']);
      r.clock.set(at(30 + 31 * 24)); // HANDOFF_RETENTION_DAYS (30) after the close
      await r.settle();
      expect((await r.app.store.query('select 1 from handoffs')).rows).toEqual([]);
      expect((await outboxOf(r, 'sms', phone)).filter((x) => x.held)).toEqual([]);
      await r.say('sms', phone, 'hello');
      await r.settle();
      expect(r.received('sms', phone).slice(before).join('\n')).not.toContain(S1);
      expect(await dumpTables(r.app)).not.toContain(S1);
    }, WHOLE_HANDOFF_MS);

    it.skipIf(!server)(`sms: two processes take the person's two messages at once; the held reply is delivered once${server ? '' : ' — skipped on PGlite: two processes need a PostgreSQL server'}`, async () => {
      r = await startRig({ server });
      const other = await startRig({ server, beside: r.beside! });
      try {
        const phone = '+15555550197';
        const { before } = await heldReply(r, 'sms', phone, false);
        r.clock.set(at(40));
        other.clock.set(at(40));
        await Promise.all([r.say('sms', phone, 'are you there?'), other.say('sms', phone, 'hello?')]);
        await Promise.all([r.settle(), other.settle()]);
        const got = [...r.received('sms', phone).slice(before), ...other.received('sms', phone)];
        expect(got.filter((t) => t === S1)).toHaveLength(1);
        expect((await outboxOf(r, 'sms', phone)).filter((x) => x.held).map((x) => x.status)).toEqual(['sent']);
        // Either process's worker may post the note: one in all.
        expect([...r.notes(), ...other.notes()].filter((n) => n === SYSTEM_NOTES.delivered)).toHaveLength(1);
      } finally {
        await other.close();
      }
    }, WHOLE_HANDOFF_MS);

    it('a platform with no neutral notice (as Teams): the notice is the held replies themselves, sent once, in order', async () => {
      const rig = await startRig({ server });
      r = rig;
      const phone = '+15555550198';
      await askForPerson(r, 'sms', phone, true);
      const id = await cardId(r);
      r.clock.set(at(1));
      await r.app.handoff.desk.claim(id, ANA);
      await r.settle();
      // The same rule as TeamsSender: nothing past 24 hours unless it is the consented notice; no notice() of its own.
      const got: string[] = [];
      const windowOnly: ChannelSender = {
        channel: 'sms',
        capabilities: SMS_CAPABILITIES,
        async send(_address, outputs, ctx) {
          if (!insideWindow(ctx) && !ctx.consented) throw new SendError('window_closed', false);
          got.push(...outputs.map((o) => o.text));
        },
      };
      const outbox = createOutbox(r.app, { now: r.clock.now, senders: [windowOnly] });
      const drain = async (): Promise<void> => {
        for (let i = 0; i < 10; i++) if ((await outbox.dispatchOnce()).sent + (await rig.worker.runOnce()).sent === 0) return;
      };
      r.clock.set(at(30));
      await r.app.handoff.desk.reply(id, ANA, S1);
      await r.app.handoff.desk.reply(id, ANA, S2);
      await drain();
      expect(got).toEqual([]);
      r.clock.set(at(38.5)); // the morning
      await drain();
      expect(got).toEqual([S1, S2]);
      r.clock.set(at(45));
      await drain();
      expect(got).toEqual([S1, S2]);
      expect(r.notes()).toContain(SYSTEM_NOTES.notice_sent);
      expect(r.notes().filter((n) => n === SYSTEM_NOTES.delivered)).toHaveLength(2);
    }, WHOLE_HANDOFF_MS);

    it('sms: a voice note during a claimed handoff: Ana is told its kind; the person is told only text reaches her', async () => {
      r = await startRig({ server });
      const phone = '+15555550194';
      await askForPerson(r, 'sms', phone, false);
      const id = await cardId(r);
      await r.app.handoff.desk.claim(id, ANA);
      await r.settle();
      expect(await r.say('sms', phone, 'HELP ME WITH THIS')).toEqual([]);
      await r.settle();
      expect(r.notes().some((n) => n.startsWith('The contact sent'))).toBe(false);
      // An MMS with a voice note: only its kind.
      const params = {
        MessageSid: `MM${(++seq).toString(16).padStart(32, '0')}`,
        AccountSid: ACCOUNT_SID,
        From: phone,
        To: '+15555550100',
        Body: '',
        NumMedia: '1',
        MediaContentType0: 'audio/amr',
        MediaUrl0: 'https://api.twilio.com/2010-04-01/Accounts/AC0/Messages/MM0/Media/ME0',
      };
      const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/webhooks/twilio`, params);
      const sent = await fetch(`${r.url}/webhooks/twilio`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
        body: new URLSearchParams(params).toString(),
      });
      expect(await sent.text()).toContain('only text');
      await r.settle();
      expect(r.notes()).toContain(SYSTEM_NOTES.media_voice);
      expect(await dumpTables(r.app)).not.toContain('/Media/');
    }, WHOLE_HANDOFF_MS);

    it('with no staff console, HUMAN says plainly that no one can answer here and gives the helpline: never "in line", no handoff', async () => {
      r = await startRig({ server, consoles: false });
      const phone = '+15555550195';
      await r.say('sms', phone, 'hi');
      await r.say('sms', phone, '1');
      await r.say('sms', phone, '1');
      const said = (await r.say('sms', phone, 'HUMAN')).join('\n');
      expect(said).toContain('No one can answer in this chat right now');
      expect(said).toContain('1-833-900-1010');
      expect(said).not.toMatch(/in line|will answer|will reply/i);
      expect((await r.app.store.query('select 1 from handoffs')).rows).toEqual([]);
    }, WHOLE_HANDOFF_MS);
  });
}
