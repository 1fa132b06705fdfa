// SMS through Twilio: the channel contract, plus what is particular to SMS — TwiML replies,
// the signature checked against PUBLIC_BASE_URL (never the Host header), STOP, allowed
// countries, and the 24-hour rule for later sends.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp } from '../../../src/app.ts';
import { createHttpApp, listen } from '../../../src/server.ts';
import { createOutbox } from '../../../src/channels/index.ts';
import { createLogger } from '../../../src/privacy/logger.ts';
import { encrypt } from '../../../src/privacy/fieldCrypto.ts';
import { loadOrCreateSecrets } from '../../../src/privacy/secrets.ts';
import { insertOutbox } from '../../../src/store/queries/insertOutbox.ts';
import { fakeTwilio, type FakePlatform } from '../../support/fakePlatforms.ts';
import { dumpAllTables } from '../../support/app.ts';
import { channelContract, logSink, rowCounts, TestClock, type ContractHarness, type Delivery } from '../contract.ts';
import { createDatabase } from '../../support/stores.ts';

const ACCOUNT_SID = 'AC00000000000000000000000000000000';
const AUTH_TOKEN = 'test-auth-token-0000000000000000';
const OLD_TOKEN = 'rotated-auth-token-111111111111';
const PUBLIC_BASE_URL = 'https://waypoint.example.org';
const PATH = '/webhooks/twilio';
const fixture = (name: string): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Record<string, string>;

const form = (params: Record<string, string>): Delivery => ({
  body: new URLSearchParams(params).toString(),
  contentType: 'application/x-www-form-urlencoded',
});
const paramsOf = (d: Delivery): Record<string, string> => Object.fromEntries(new URLSearchParams(d.body));
const signWith = (token: string, d: Delivery, url = PUBLIC_BASE_URL + PATH): Record<string, string> => ({
  'x-twilio-signature': twilio.getExpectedTwilioSignature(token, url, paramsOf(d)),
});
const countMessages = (xml: string): number => (xml.match(/<Message>/g) ?? []).length;

interface SmsHarness extends ContractHarness<FakePlatform> {
  dataDir: string;
  server: Server;
}

let seq = 0;
async function startSms(): Promise<SmsHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-sms-'));
  const platform: FakePlatform = await fakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const sink = logSink();
  const logger = createLogger({ level: 'debug', destination: sink.stream });
  // Its own database on the server: contract files run side by side, and the contract counts every table's rows.
  const db = process.env.DATABASE_URL ? await createDatabase() : null;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    ...(db ? { DATABASE_URL: db.url } : {}),
    PUBLIC_BASE_URL,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM_NUMBER: '+15555550100',
    TWILIO_API_BASE_URL: platform.url,
  });
  const app = await openApp(config, { logger, memoryStore: !process.env.DATABASE_URL });
  const http = createHttpApp(app);
  const server = await listen(http, 0);
  const clock = new TestClock();
  const outbox = createOutbox(app, { now: clock.now });
  const keys = loadOrCreateSecrets(dataDir, config).encryptionKeys;
  const run = `${process.pid % 100}`.padStart(2, '0');
  const h: SmsHarness = {
    app,
    dataDir,
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    path: PATH,
    logs: sink.text,
    platform,
    outbox,
    clock,
    newId: () => `SM${(Date.now().toString(16) + (++seq).toString(16).padStart(8, '0')).padStart(32, '0')}`,
    // 555-01XX numbers are reserved for fiction; the run prefix keeps real-PostgreSQL runs apart.
    newAddress: () => `+15555${run}${String(++seq % 10000).padStart(4, '0')}`,
    message: ({ id, from, text }) => form({ ...fixture('inbound'), MessageSid: id, SmsMessageSid: id, SmsSid: id, From: from, Body: text }),
    sign: (d) => signWith(AUTH_TOKEN, d),
    forge: (d) => signWith('not-the-auth-token-0000000000000', d),
    stale: (d) => signWith(OLD_TOKEN, d),
    malformed: () => [
      form({ ...fixture('inbound'), MessageSid: 'not-a-sid' }),
      form({ ...fixture('inbound'), From: 'someone' }),
      form({ Body: 'no ids at all' }),
    ],
    replies: async (_address, responses) => responses.filter((r) => countMessages(r) > 0).length,
    queueReply: async (address) => {
      const d = h.message({ id: h.newId(), from: address, text: 'hello' });
      const res = await fetch(`${h.url}${PATH}`, { method: 'POST', headers: { 'content-type': d.contentType, ...h.sign(d) }, body: d.body });
      expect(res.status).toBe(200);
      const key = app.conversations.keyOf('sms', address);
      await app.store.tx((q) =>
        insertOutbox(q, {
          contactKey: key,
          channel: 'sms',
          inboxId: null,
          payload: { outputs: [{ key: 'person-requested', lang: 'en' }] },
          addressEnc: encrypt(keys, address),
          status: 'pending',
          now: new Date(),
        }),
      );
    },
    sentTo: (address) => platform.requests.filter((r) => r.body.To === address).length,
    close: async () => {
      await outbox.stop();
      server.close();
      await platform.close();
      await app.close();
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return h;
}

channelContract('sms', startSms);

describe('SMS channel', () => {
  let h: SmsHarness;
  beforeAll(async () => {
    h = await startSms();
  });
  afterAll(async () => {
    await h?.close();
  });

  const send = async (d: Delivery, headers = h.sign(d)): Promise<{ status: number; text: string; type: string | null }> => {
    const res = await fetch(`${h.url}${PATH}`, { method: 'POST', headers: { 'content-type': d.contentType, ...headers }, body: d.body });
    return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
  };

  it('replies in TwiML with the welcome and numbered choices', async () => {
    const res = await send(h.message({ id: h.newId(), from: h.newAddress(), text: 'hello' }));
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/text\/xml/);
    expect(res.text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
    expect(res.text).toContain("Hi, it's Waypoint.");
    expect(res.text).toMatch(/(\n|<Message>)1\. English/);
  });

  it('answers a voice note (MMS) by saying kindly that only text is read, and a photo with words by reading the words; the media URL is never fetched or kept', async () => {
    const from = h.newAddress();
    const voice = await send(form({ ...fixture('mms-voice'), MessageSid: h.newId(), From: from }));
    expect(voice.status).toBe(200);
    expect(voice.text).toContain('I can read only text');
    expect(voice.text).toMatch(/1\. English/); // then the welcome, as for any first message
    const photo = await send(form({ ...fixture('mms-photo-caption'), MessageSid: h.newId(), From: from, Body: 'MENU' }));
    expect(photo.text).toContain('I can read only text');
    expect(h.sentTo(from)).toBe(0);
    expect(h.platform.requests.filter((r) => r.path.includes('/Media'))).toEqual([]);
    const all = await dumpAllTables(h.app);
    expect(all).not.toContain('/Media/');
    expect(all).not.toContain('audio/amr');
  });

  it('refuses a signature made for the Host the request came to instead of PUBLIC_BASE_URL', async () => {
    const d = h.message({ id: h.newId(), from: h.newAddress(), text: 'hello' });
    const res = await send(d, signWith(AUTH_TOKEN, d, `${h.url}${PATH}`));
    expect(res.status).toBe(403);
  });

  it('honours STOP (Twilio OptOutType) and stays silent after it', async () => {
    const from = h.newAddress();
    await send(h.message({ id: h.newId(), from, text: 'hello' }));
    const stop = await send(form({ ...fixture('stop'), MessageSid: h.newId(), From: from }));
    expect(countMessages(stop.text)).toBe(1);
    expect(stop.text).toContain('START');
    const after = await send(h.message({ id: h.newId(), from, text: 'hello again' }));
    expect(countMessages(after.text)).toBe(0);
  });

  it('does not answer, or keep anything about, a number outside SMS_ALLOWED_COUNTRIES', async () => {
    const id = h.newId();
    const scope = { channel: 'sms', addresses: ['+18765550123'], ids: [id] };
    const before = await rowCounts(h.app, scope);
    const res = await send(h.message({ id, from: '+18765550123', text: 'hello' }));
    expect(res.status).toBe(200);
    expect(countMessages(res.text)).toBe(0);
    expect(await rowCounts(h.app, scope)).toEqual(before);
  });

  it('sends nothing later to a number that has not written in 24 hours', async () => {
    const to = h.newAddress();
    await h.queueReply(to);
    h.clock.advance(25 * 60 * 60 * 1000);
    const r = await h.outbox.dispatchOnce();
    expect(r).toMatchObject({ sent: 0, dead: 1 });
    expect(h.sentTo(to)).toBe(0);
  });
});
