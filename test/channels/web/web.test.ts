// The web chat's HTTP surface against the real app and an in-memory store: headers, the
// JSON API, dedupe, quick exit, limits, and right-to-left languages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp, type App } from '../../../src/app.ts';
import { createHttpApp, listen } from '../../../src/server.ts';
import type { MessageResponse, PollResponse } from '../../../src/channels/web/api.ts';
import { insertOutbox } from '../../../src/store/queries/insertOutbox.ts';
import { encrypt } from '../../../src/privacy/fieldCrypto.ts';
import { loadOrCreateSecrets } from '../../../src/privacy/secrets.ts';
import { createLogger } from '../../../src/privacy/logger.ts';
import { logSink } from '../contract.ts';

const sid = (): string => randomBytes(16).toString('base64url');
const mid = (): string => randomBytes(9).toString('base64url');

async function rowsContaining(app: App, needle: string): Promise<Record<string, number>> {
  const tables = await app.store.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
  );
  const hits: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const r = await app.store.query<{ n: number }>(`select count(*)::int as n from "${name}" t where row_to_json(t)::text like $1`, [`%${needle}%`]);
    if ((r.rows[0]?.n ?? 0) > 0) hits[name] = r.rows[0]!.n;
  }
  return hits;
}

describe('web chat HTTP', () => {
  let dataDir: string;
  let localesDir: string;
  let app: App;
  let server: Server;
  let base: string;
  const sink = logSink();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-web-'));
    // The real content, Arabic (right to left) included.
    localesDir = 'locales';
    app = await openApp(loadConfig({ DATA_DIR: dataDir, LOCALES_DIR: localesDir }), {
      memoryStore: true,
      logger: createLogger({ level: 'trace', destination: sink.stream }),
    });
    server = await listen(createHttpApp(app), 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const send = (body: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    fetch(`${base}/web/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('serves the page with a strict policy, no cookie and no cache', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('set-cookie')).toBeNull();
    const html = await res.text();
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    // Nothing is loaded from elsewhere (the one outside address is a link the person may follow).
    expect(html).not.toMatch(/src="(https?:)?\/\//);
    expect(html).not.toMatch(/<link[^>]+href="(https?:)?\/\//);
    expect(html).toContain('lang="ar" dir="rtl">العربية</button>');
    const js = await fetch(`${base}/web/chat.js`);
    expect(js.headers.get('content-type')).toMatch(/javascript/);
  });

  it('opens a conversation in the chosen language, with choices', async () => {
    const res = await send({ sessionId: sid(), clientMessageId: mid(), text: '', lang: 'fr' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = (await res.json()) as MessageResponse;
    expect(body.messages.length).toBeGreaterThan(1);
    for (const m of body.messages) {
      expect(m.lang).toBe('fr');
      expect(m.dir).toBe('ltr');
      expect(typeof m.text).toBe('string');
    }
    expect(body.messages.at(-1)!.choices.map((c) => c.id)).toEqual(['safe', 'not-now', 'watched']);
  });

  it('marks right-to-left messages', async () => {
    const body = (await (await send({ sessionId: sid(), clientMessageId: mid(), text: '', lang: 'ar' })).json()) as MessageResponse;
    expect(body.messages.length).toBeGreaterThan(0);
    expect(body.messages.every((m) => m.lang === 'ar' && m.dir === 'rtl')).toBe(true);
  });

  it('answers a retried message with the same reply, and only within its own session', async () => {
    const s = sid();
    const m = mid();
    await send({ sessionId: s, clientMessageId: mid(), text: '', lang: 'en' });
    const first = await (await send({ sessionId: s, clientMessageId: m, choiceId: 'safe' })).json();
    const again = await (await send({ sessionId: s, clientMessageId: m, choiceId: 'safe' })).json();
    expect(again).toEqual(first);
    // Another session using the same message id gets its own turn, never the first one's reply.
    const other = (await (await send({ sessionId: sid(), clientMessageId: m, text: '', lang: 'es' })).json()) as MessageResponse;
    expect(other.messages[0]!.lang).toBe('es');
  });

  it('quick exit erases every row about the session, and the session id is never stored', async () => {
    const s = sid();
    await send({ sessionId: s, clientMessageId: mid(), text: '', lang: 'en' });
    await send({ sessionId: s, clientMessageId: mid(), choiceId: 'safe' });
    const key = app.conversations.keyOf('web', s);
    expect(Object.keys(await rowsContaining(app, key)).length).toBeGreaterThan(0);
    expect(await rowsContaining(app, s)).toEqual({});
    const exit = await fetch(`${base}/web/exit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: s }) });
    expect(exit.status).toBe(204);
    expect(await rowsContaining(app, key)).toEqual({});
    // A message still in flight after the exit is refused and leaves nothing.
    expect((await send({ sessionId: s, clientMessageId: mid(), text: 'hello' })).status).toBe(410);
    expect(await rowsContaining(app, key)).toEqual({});
  });

  it('refuses what it cannot take', async () => {
    expect((await send({ sessionId: 'short', clientMessageId: mid(), text: 'x' })).status).toBe(400);
    expect((await send({ sessionId: sid(), clientMessageId: mid(), text: 'x', choiceId: 'safe' })).status).toBe(400);
    expect((await send({ sessionId: sid(), clientMessageId: mid() })).status).toBe(400);
    expect((await send({ sessionId: sid(), clientMessageId: mid(), text: 'x', extra: 1 })).status).toBe(400);
    expect((await send('{not json')).status).toBe(400);
    expect((await send('sessionId=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    const big = await send({ sessionId: sid(), clientMessageId: mid(), text: 'x'.repeat(70 * 1024) });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'too_large' });
    const exit = await fetch(`${base}/web/exit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(exit.status).toBe(400);
  });

  it('the page picks up what waits for it: returned until acknowledged, then sent with no address; only to its own session; erased by quick exit', async () => {
    const s = sid();
    await send({ sessionId: s, clientMessageId: mid(), text: '', lang: 'en' });
    const key = app.conversations.keyOf('web', s);
    const queue = (): Promise<{ id: string }> =>
      app.store.tx((q) =>
        insertOutbox(q, {
          contactKey: key,
          channel: 'web',
          inboxId: null,
          payload: { outputs: [{ key: 'person-requested', lang: 'en' }] },
          addressEnc: encrypt(loadOrCreateSecrets(dataDir, app.config).encryptionKeys, s),
          status: 'pending',
          now: new Date(),
        }),
      );
    const row = await queue();
    const poll = async (body: unknown): Promise<{ status: number; body: PollResponse }> => {
      const res = await fetch(`${base}/web/poll`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: res.status, body: res.status === 200 ? ((await res.json()) as PollResponse) : { deliveries: [] } };
    };
    const first = await poll({ sessionId: s });
    expect(first.body.deliveries.map((d) => d.id)).toEqual([row.id]);
    expect(first.body.deliveries[0]!.messages[0]).toMatchObject({ key: 'person-requested', lang: 'en', dir: 'ltr' });
    expect(first.body.deliveries[0]!.messages[0]!.text.length).toBeGreaterThan(0);
    // Another session sees nothing of it.
    expect((await poll({ sessionId: sid() })).body.deliveries).toEqual([]);
    // Not acknowledged (the response could have been lost): returned again.
    expect((await poll({ sessionId: s })).body.deliveries.map((d) => d.id)).toEqual([row.id]);
    // Acknowledged: sent, address deleted, not returned again.
    expect((await poll({ sessionId: s, ack: [row.id] })).body.deliveries).toEqual([]);
    const r = await app.store.query<{ status: string; address_enc: unknown }>('select status, address_enc from outbox where id = $1::bigint', [row.id]);
    expect(r.rows).toEqual([{ status: 'sent', address_enc: null }]);
    // An ack from another session changes nothing of this one's.
    const row2 = await queue();
    await poll({ sessionId: sid(), ack: [row2.id] });
    expect((await poll({ sessionId: s })).body.deliveries.map((d) => d.id)).toEqual([row2.id]);
    // Quick exit: the waiting row goes with the contact, and later polls are refused.
    await fetch(`${base}/web/exit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: s }) });
    expect(await rowsContaining(app, key)).toEqual({});
    expect((await poll({ sessionId: s })).status).toBe(410);
    expect((await poll({ sessionId: 'short' })).status).toBe(400);
    expect((await poll({ sessionId: sid(), ack: ['x'] })).status).toBe(400);
  });

  it('never logs the session id or the message text', async () => {
    const s = sid();
    await send({ sessionId: s, clientMessageId: mid(), text: '', lang: 'en' });
    await send({ sessionId: s, clientMessageId: mid(), text: 'my boss keeps my passport zebra-4471' });
    await fetch(`${base}/web/exit`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: s }) });
    const logs = sink.text();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [s, 'zebra-4471', 'passport']) expect(logs).not.toContain(secret);
  });
});
