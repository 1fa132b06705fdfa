// Load shedding: while TURN_QUEUE_LIMIT turns are in flight, a webhook is answered 503 with
// Retry-After (the platform delivers it again) before its body is read, and nothing of it is
// kept; delivered again later, every message is answered once and none is lost.
import { request, type ClientRequest } from 'node:http';
import twilio from 'twilio';
import { afterEach, expect, it } from 'vitest';
import { serveTestApp, tableRowCounts, type TestApp } from '../support/app.ts';
import { hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';

const TOKEN = 'shedding-test-auth-token-000000';
const BASE = 'https://waypoint.invalid';
let t: (TestApp & { port: number }) | null = null;
afterEach(async () => {
  await t?.close();
  t = null;
});

function signed(i: number): { headers: Record<string, string>; body: string } {
  const params = { MessageSid: `SM${String(i).padStart(32, '0')}`, AccountSid: `AC${'0'.repeat(32)}`, From: `+1416555${String(1000 + i)}`, To: '+15555550100', Body: 'hola', NumMedia: '0' };
  return {
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilio.getExpectedTwilioSignature(TOKEN, `${BASE}/webhooks/twilio`, params) },
    body: new URLSearchParams(params).toString(),
  };
}

async function deliver(port: number, i: number): Promise<{ status: number; retryAfter: string | null; body: string }> {
  const { headers, body } = signed(i);
  const res = await fetch(`http://127.0.0.1:${port}/webhooks/twilio`, { method: 'POST', headers, body });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.text() };
}

/** A delivery whose body is still on its way: it is in flight until `finish()`. */
function slowDelivery(port: number, i: number): { finish(): Promise<number> } {
  const { headers, body } = signed(i);
  let req: ClientRequest;
  const answered = new Promise<number>((resolve, reject) => {
    req = request({ host: '127.0.0.1', port, path: '/webhooks/twilio', method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode!));
    });
    req.on('error', reject);
  });
  req!.write(body.slice(0, 10));
  return {
    finish() {
      req.end(body.slice(10));
      return answered;
    },
  };
}

it('while TURN_QUEUE_LIMIT deliveries are in flight, the next is 503 + Retry-After and leaves nothing; delivered again, it is answered', async () => {
  t = await serveTestApp({ env: { TURN_QUEUE_LIMIT: '3', TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: BASE } });
  const port = t.port;
  const slow = [0, 1, 2].map((i) => slowDelivery(port, i));
  await new Promise((r) => setTimeout(r, 300));
  const refused = await Promise.all([deliver(port, 3), deliver(port, 4)]);
  for (const r of refused) expect(r).toEqual({ status: 503, retryAfter: '2', body: '{"error":"busy"}' });
  expect((await tableRowCounts(t.app.store)).inbox).toBe(0);
  expect(await Promise.all(slow.map((s) => s.finish()))).toEqual([200, 200, 200]);
  expect((await deliver(port, 3)).status).toBe(200);
  expect((await deliver(port, 4)).status).toBe(200);
  expect((await tableRowCounts(t.app.store)).inbox).toBe(5);
}, 120_000);

it.skipIf(!hasServer)(`40 deliveries at once on PostgreSQL: some shed, delivered again, none lost${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, async () => {
  t = await serveTestApp({ server: true, env: { TURN_QUEUE_LIMIT: '3', TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: BASE } });
  const port = t.port;
  const ids = Array.from({ length: 40 }, (_, i) => i);
  const first = await Promise.all(ids.map((i) => deliver(port, i)));
  const shed = ids.filter((i) => first[i]!.status === 503);
  expect(shed.length).toBeGreaterThan(0);
  for (const i of shed) expect([first[i]!.retryAfter, first[i]!.body]).toEqual(['2', '{"error":"busy"}']);
  for (const i of ids) if (!shed.includes(i)) expect(first[i]!.status).toBe(200);
  // Nothing of a shed delivery was kept.
  expect((await tableRowCounts(t.app.store)).inbox).toBe(40 - shed.length);
  // The platform delivers them again, a few at a time: all answered, each once.
  let pending = shed;
  while (pending.length > 0) {
    const again = await Promise.all(pending.map((i) => deliver(port, i).then((r) => [i, r.status] as const)));
    pending = again.filter(([, s]) => s === 503).map(([i]) => i);
    expect(again.every(([, s]) => s === 200 || s === 503)).toBe(true);
  }
  const counts = await tableRowCounts(t.app.store);
  expect([counts.inbox, counts.contacts]).toEqual([40, 40]);
}, 120_000);

it('TURN_QUEUE_LIMIT=0 never sheds', async () => {
  t = await serveTestApp({ env: { TURN_QUEUE_LIMIT: '0', TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_BASE_URL: BASE } });
  const port = t.port;
  const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => deliver(port, 100 + i)));
  expect(answers.every((a) => a.status === 200)).toBe(true);
}, 120_000);
