// WhatsApp Cloud API: the channel contract, plus the subscription check, statuses, button and
// list replies, non-text messages, and the 24-hour customer-service window.
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp } from '../../../src/app.ts';
import { createHttpApp, listen } from '../../../src/server.ts';
import { createOutbox } from '../../../src/channels/index.ts';
import { createLogger } from '../../../src/privacy/logger.ts';
import { fakeGraph, type FakePlatform } from '../../support/fakePlatforms.ts';
import { channelContract, logSink, rowCounts, TestClock, type ContractHarness, type Delivery } from '../contract.ts';
import { createDatabase } from '../../support/stores.ts';

const APP_SECRET = 'test-app-secret-000000000000';
const OLD_SECRET = 'rotated-app-secret-1111111111';
const VERIFY_TOKEN = 'test-verify-token';
const ACCESS_TOKEN = 'test-access-token';
const PHONE_NUMBER_ID = '200000000000002';
const PATH = '/webhooks/whatsapp';

type Payload = { entry: { changes: { value: { messages?: Record<string, unknown>[]; contacts?: { wa_id: string }[] } }[] }[] };
const fixture = (name: string): Payload => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Payload;
const json = (o: unknown): Delivery => ({ body: JSON.stringify(o), contentType: 'application/json' });
const hmac = (secret: string, body: string): Record<string, string> => ({
  'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
});

/** A fixture with its sender, id and (for text) body replaced. */
function withMessage(name: string, p: { id: string; from: string; text?: string }): Payload {
  const f = fixture(name);
  const value = f.entry[0]!.changes[0]!.value;
  const m = value.messages![0]!;
  m.id = p.id;
  m.from = p.from;
  if (p.text !== undefined) m.text = { body: p.text };
  value.contacts = [{ wa_id: p.from }];
  return f;
}

type WaHarness = ContractHarness<FakePlatform>;

let seq = 0;
async function startWhatsApp(extraEnv: Record<string, string> = {}): Promise<WaHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-wa-'));
  const platform: FakePlatform = await fakeGraph({ phoneNumberId: PHONE_NUMBER_ID, accessToken: ACCESS_TOKEN });
  const sink = logSink();
  const logger = createLogger({ level: 'debug', destination: sink.stream });
  // Its own database on the server: contract files run side by side, and the contract counts every table's rows.
  const db = process.env.DATABASE_URL ? await createDatabase() : null;
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'debug',
    ...(db ? { DATABASE_URL: db.url } : {}),
    WHATSAPP_VERIFY_TOKEN: VERIFY_TOKEN,
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_ACCESS_TOKEN: ACCESS_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: PHONE_NUMBER_ID,
    WHATSAPP_GRAPH_API_BASE_URL: platform.url,
    ...extraEnv,
  });
  const app = await openApp(config, { logger, memoryStore: !process.env.DATABASE_URL });
  const server: Server = await listen(createHttpApp(app), 0);
  const clock = new TestClock();
  const outbox = createOutbox(app, { now: clock.now });
  const run = `${process.pid % 100}`.padStart(2, '0');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const h: WaHarness = {
    app,
    url,
    path: PATH,
    logs: sink.text,
    platform,
    outbox,
    clock,
    newId: () => `wamid.HBgLMTU1NTU1NTAxMjMVAgASGBQz${Date.now().toString(36)}${(++seq).toString(36).padStart(6, '0')}`,
    newAddress: () => `15555${run}${String(++seq % 10000).padStart(4, '0')}`,
    message: ({ id, from, text }) => json(withMessage('text', { id, from, text })),
    sign: (d) => hmac(APP_SECRET, d.body),
    forge: (d) => hmac('not-the-app-secret', d.body),
    stale: (d) => hmac(OLD_SECRET, d.body),
    malformed: () => [
      { body: '{"object": "whatsapp_business_account", "entry": [', contentType: 'application/json' },
      json({ object: 'page', entry: [] }),
      json({ object: 'whatsapp_business_account', entry: [{ id: '1', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp' } }] }] }),
    ],
    // One reply = one outbox row (a turn may become several Graph messages: text, then buttons).
    replies: async (address) => {
      await outbox.dispatchOnce();
      const r = await app.store.query<{ n: number }>('select count(*)::int as n from outbox where contact_key = $1', [
        app.conversations.keyOf('whatsapp', address),
      ]);
      const rows = r.rows[0]?.n ?? 0;
      return rows > 0 && platform.requests.some((x) => x.body.to === address) ? rows : 0;
    },
    queueReply: async (address) => {
      const d = h.message({ id: h.newId(), from: address, text: 'hello' });
      const res = await fetch(`${url}${PATH}`, { method: 'POST', headers: { 'content-type': d.contentType, ...h.sign(d) }, body: d.body });
      expect(res.status).toBe(200);
    },
    sentTo: (address) => platform.requests.filter((r) => r.body.to === address).length,
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

channelContract('whatsapp', startWhatsApp);

describe('WhatsApp channel', () => {
  let h: WaHarness;
  beforeAll(async () => {
    h = await startWhatsApp({ WHATSAPP_REOPEN_TEMPLATE: 'waypoint_reopen:en' });
  });
  afterAll(async () => {
    await h?.close();
  });

  const post = async (body: unknown): Promise<number> => {
    const d = json(body);
    const res = await fetch(`${h.url}${PATH}`, { method: 'POST', headers: { 'content-type': d.contentType, ...h.sign(d) }, body: d.body });
    await res.text();
    return res.status;
  };
  const sentTo = (to: string): Record<string, unknown>[] => h.platform.requests.filter((r) => r.body.to === to).map((r) => r.body);

  it('answers the subscription check only with the verify token', async () => {
    const ok = await fetch(`${h.url}${PATH}?hub.mode=subscribe&hub.verify_token=${VERIFY_TOKEN}&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('1158201444');
    const bad = await fetch(`${h.url}${PATH}?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1158201444`);
    expect(bad.status).toBe(403);
    expect(await bad.text()).not.toContain('1158201444');
  });

  it('acknowledges status updates at once and keeps nothing', async () => {
    const scope = { channel: 'whatsapp', addresses: ['15555550123'], ids: [] };
    const before = await rowCounts(h.app, scope);
    expect(await post(fixture('status'))).toBe(200);
    expect(await rowCounts(h.app, scope)).toEqual(before);
  });

  it('replies through the outbox with buttons or a list, and takes a button reply as a choice', async () => {
    const from = h.newAddress();
    expect(await post(withMessage('text', { id: h.newId(), from, text: 'hello' }))).toBe(200);
    expect(sentTo(from)).toHaveLength(0);
    await h.outbox.dispatchOnce();
    // Fourteen languages are more than a list holds: the language menu comes as numbered text.
    expect(sentTo(from).some((m) => m.type === 'text')).toBe(true);
    const english = withMessage('text', { id: h.newId(), from, text: '1' });
    expect(await post(english)).toBe(200);
    await h.outbox.dispatchOnce();
    const first = sentTo(from);
    expect(first.length).toBeGreaterThan(0);
    const interactive = first.find((m) => m.type === 'interactive') as { interactive: { type: string; action: { buttons?: { reply: { id: string } }[]; sections?: { rows: { id: string }[] }[] } } } | undefined;
    expect(interactive).toBeDefined();
    const ids = interactive!.interactive.action.buttons?.map((b) => b.reply.id) ?? interactive!.interactive.action.sections![0]!.rows.map((r) => r.id);
    const reply = withMessage('button-reply', { id: h.newId(), from });
    (reply.entry[0]!.changes[0]!.value.messages![0]! as { interactive: { button_reply: { id: string } } }).interactive.button_reply.id = ids[0]!;
    expect(await post(reply)).toBe(200);
    await h.outbox.dispatchOnce();
    expect(sentTo(from).length).toBeGreaterThan(first.length);
  });

  it('answers a picture by saying kindly that only text is read (never fetching it), and a reaction with nothing', async () => {
    const from = h.newAddress();
    expect(await post(withMessage('image', { id: h.newId(), from }))).toBe(200);
    await h.outbox.dispatchOnce();
    expect(sentTo(from).length).toBeGreaterThan(0);
    expect(JSON.stringify(sentTo(from))).toContain('I can read only text');
    // Only the messages API was called: nothing asked Meta for the media (GET /<media id>).
    expect(h.platform.requests.every((r) => r.path.endsWith('/messages'))).toBe(true);
    const n = sentTo(from).length;
    const reaction = withMessage('image', { id: h.newId(), from });
    const m = reaction.entry[0]!.changes[0]!.value.messages![0]!;
    m.type = 'reaction';
    m.reaction = { message_id: 'wamid.x', emoji: '👍' };
    expect(await post(reaction)).toBe(200);
    await h.outbox.dispatchOnce();
    expect(sentTo(from).length).toBe(n);
  });

  it('ERASE is confirmed in the person\'s language, and the confirmation leaves no row behind once sent', async () => {
    const from = h.newAddress();
    const key = h.app.conversations.keyOf('whatsapp', from);
    expect(await post(withMessage('text', { id: h.newId(), from, text: 'hola, mi jefe no me paga las horas extra' }))).toBe(200);
    await h.outbox.dispatchOnce();
    const before = sentTo(from).length;
    expect(before).toBeGreaterThan(0);
    expect(await post(withMessage('text', { id: h.newId(), from, text: 'BORRAR' }))).toBe(200);
    // Every row about the contact is gone at once; only the unsent confirmation waits, linked to no one.
    const waiting = await h.app.store.query<{ contact_key: string | null; address_enc: Uint8Array | null; payload: unknown }>(
      `select contact_key, address_enc, payload from outbox where status = 'pending' and contact_key is null`,
    );
    expect(waiting.rows).toHaveLength(1);
    expect(Buffer.from(waiting.rows[0]!.address_enc!).toString('latin1')).not.toContain(from);
    expect(JSON.stringify(waiting.rows[0]!.payload)).not.toContain('Listo');
    for (const table of ['contacts', 'sessions', 'inbox', 'outbox']) {
      const n = await h.app.store.query<{ n: number }>(`select count(*)::int as n from ${table} where ${table === 'contacts' ? 'key' : 'contact_key'} = $1`, [key]);
      expect(n.rows[0]!.n, table).toBe(0);
    }
    const r = await h.outbox.dispatchOnce();
    expect(r.sent).toBe(1);
    const done = sentTo(from).slice(before);
    expect(done).toHaveLength(1);
    expect(JSON.stringify(done[0])).toContain('Listo. Borramos lo que guardábamos');
    // Sent: the row goes whole, so nothing shows that someone erased, or on which channel.
    const left = await h.app.store.query<{ n: number }>('select count(*)::int as n from outbox where contact_key is null');
    expect(left.rows[0]!.n).toBe(0);
    expect(h.logs()).not.toContain(from.slice(-7));
  });

  it('ERASE\'s confirmation that cannot go (the platform refuses it) is dropped whole, not kept dead', async () => {
    const from = h.newAddress();
    expect(await post(withMessage('text', { id: h.newId(), from, text: 'ERASE' }))).toBe(200);
    h.clock.advance(25 * 60 * 60 * 1000);
    const r = await h.outbox.dispatchOnce();
    expect(r).toMatchObject({ sent: 0 });
    expect(sentTo(from)).toEqual([]);
    const left = await h.app.store.query<{ n: number }>('select count(*)::int as n from outbox where contact_key is null');
    expect(left.rows[0]!.n).toBe(0);
  });

  it('ignores messages for another phone number of the same app', async () => {
    const from = h.newAddress();
    const id = h.newId();
    const other = withMessage('text', { id, from, text: 'hello' }) as unknown as { entry: { changes: { value: { metadata: { phone_number_id: string } } }[] }[] };
    other.entry[0]!.changes[0]!.value.metadata.phone_number_id = '999';
    const scope = { channel: 'whatsapp', addresses: [from], ids: [id] };
    const before = await rowCounts(h.app, scope);
    expect(await post(other)).toBe(200);
    expect(await rowCounts(h.app, scope)).toEqual(before);
  });

  it('outside the 24-hour window sends nothing unasked: not the reply, not the reopen template (that is the notice a person agrees to, for a held reply)', async () => {
    const from = h.newAddress();
    expect(await post(withMessage('text', { id: h.newId(), from, text: 'hello' }))).toBe(200);
    h.clock.advance(25 * 60 * 60 * 1000);
    const r = await h.outbox.dispatchOnce();
    expect(r).toMatchObject({ sent: 0, dead: 1 });
    expect(sentTo(from)).toEqual([]);
  });
});
