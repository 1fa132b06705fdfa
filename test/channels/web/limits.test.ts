// Limits on the anonymous web chat: 200 new chats in 2 s from one address used to make 200
// contacts, sessions and inbox rows and 200 conversations_started. Now the address gets its
// per-minute share, the rest 429 with Retry-After, and a refused request stores nothing.
import { request } from 'node:http';
import { afterEach, expect, it } from 'vitest';
import { serveTestApp, tableRowCounts, type TestApp } from '../../support/app.ts';

let t: (TestApp & { port: number }) | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

async function serve(env: Record<string, string> = {}): Promise<number> {
  t = await serveTestApp({ env });
  return t.port;
}

interface Answer {
  status: number;
  retryAfter: string | undefined;
}

let n = 0;
/** POST /web/messages from a given loopback address (127.0.0.x are all this machine on Linux). */
function send(port: number, from: string, sessionId: string, text = ''): Promise<Answer> {
  const body = JSON.stringify({ sessionId, clientMessageId: `limit${++n}`.padEnd(12, '0'), text, lang: 'en' });
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/web/messages', method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined }));
    });
    req.on('error', reject);
    req.end(body);
  });
}
const sid = (tag: string, i: number): string => `${tag}-${i}`.padEnd(32, 'q');

async function started(): Promise<number> {
  const r = await t!.app.store.query<{ n: number }>("select coalesce(sum(n), 0)::int as n from counters where metric = 'conversations_started'");
  return r.rows[0]!.n;
}

it('200 new chats in 2 s from one address: its share of the minute is answered, the rest 429 with Retry-After, and nothing is stored for them', async () => {
  const port = await serve();
  const before = await tableRowCounts(t!.app.store);
  const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => send(port, '127.0.0.2', sid('burst', i))));
  const ok = answers.filter((a) => a.status === 200);
  const refused = answers.filter((a) => a.status === 429);
  // The default: 20 new chats a minute from one address.
  expect(ok).toHaveLength(20);
  expect(refused).toHaveLength(180);
  for (const r of refused) expect(Number(r.retryAfter)).toBeGreaterThan(0);
  const after = await tableRowCounts(t!.app.store);
  expect(after.contacts! - before.contacts!).toBe(20);
  expect(after.sessions! - before.sessions!).toBe(20);
  expect(after.inbox! - before.inbox!).toBe(20);
  expect(await started()).toBe(20);
  // Another address is not held back by the first.
  expect((await send(port, '127.0.0.3', sid('other', 0))).status).toBe(200);
}, 120_000);

it('a chat already open goes on; its messages have their own, larger limit', async () => {
  const port = await serve({ WEB_MESSAGES_PER_MINUTE_PER_ADDRESS: '6', WEB_NEW_CHATS_PER_MINUTE_PER_ADDRESS: '1' });
  const s = sid('ongoing', 0);
  expect((await send(port, '127.0.0.4', s)).status).toBe(200);
  // A second new chat from the address is refused; the open one goes on.
  expect((await send(port, '127.0.0.4', sid('ongoing', 1))).status).toBe(429);
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await send(port, '127.0.0.4', s, 'menu')).status);
  // 6 messages a minute: the opening, the refused new chat (not counted) and 4 more; then 429.
  expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  const inbox = (await tableRowCounts(t!.app.store)).inbox;
  expect(inbox).toBe(6);
}, 120_000);

it('the limit for everyone holds across addresses', async () => {
  const port = await serve({ WEB_NEW_CHATS_PER_MINUTE: '5' });
  const answers = [];
  for (let i = 0; i < 8; i++) answers.push((await send(port, `127.0.1.${i + 1}`, sid('everyone', i))).status);
  expect(answers).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  expect(await started()).toBe(5);
}, 120_000);
