// `node bin/run.js scripts/message-path.ts [--list]`: how many source files a message's path
// from webhook to reply touches, two ways (docs/adr/0006-narrow-ports-one-seam.md).
//
// - read: the files a reader follows from a channel's webhook module through its imports
//   (type imports too: a newcomer reads those), within src/;
// - ran: the files whose functions run while one message is answered, measured with V8's precise
//   coverage around that message only (start-up and a warm-up message are not counted): an SMS
//   answered in the webhook's response (sync), and a WhatsApp message answered through the
//   outbox to a fake Graph API on loopback (async).
//
// The server is the one `npm start` runs (startServer), on PGlite in a throwaway directory.
import { Session } from 'node:inspector/promises';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { loadConfig } from '../src/config.ts';
import { createLogger } from '../src/privacy/logger.ts';
import { startServer } from '../src/serve.ts';
import { fakeGraph } from '../test/support/fakePlatforms.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const list = process.argv.includes('--list');

/** Every relative import of a file (static, type-only, re-exports and dynamic). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  const patterns = [/^\s*(?:import|export)\s[^;]*?\sfrom\s*['"]([^'"]+)['"]/gms, /\bimport\s*\(\s*['"`]([^'"`]+)['"`]\s*\)/g];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]!.startsWith('.')) out.push(resolve(dirname(file), m[1]!));
  return out.filter((f) => f.startsWith(SRC) && f.endsWith('.ts'));
}

function readClosure(entry: string): string[] {
  const seen = new Set<string>();
  const todo = [join(SRC, entry)];
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...importsOf(f));
  }
  return [...seen].map((f) => relative(SRC, f)).sort();
}

const ACCOUNT_SID = 'AC00000000000000000000000000000000';
const AUTH_TOKEN = 'message-path-auth-token-000000000';
const BASE = 'https://waypoint.example.org';
const PHONE_ID = '1000000001';
const APP_SECRET = 'message-path-app-secret';

/** A server as `npm start` runs it, on PGlite in a throwaway directory. */
async function serve(env: Record<string, string>): Promise<{ url: string; stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-path-'));
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', LOG_LEVEL: 'silent', HANDOFF_WORKER_INTERVAL_MS: '600000', ...env });
  const running = await startServer(config, createLogger({ level: 'silent' }));
  return {
    url: `http://127.0.0.1:${(running.server.address() as AddressInfo).port}`,
    async stop() {
      await running.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const graph = await fakeGraph({ phoneNumberId: PHONE_ID, accessToken: 'token' });
// SMS alone, with the outbox's round far away: only the webhook's own path runs.
const smsServer = await serve({ PUBLIC_BASE_URL: BASE, TWILIO_AUTH_TOKEN: AUTH_TOKEN, OUTBOX_INTERVAL_MS: '600000' });
// WhatsApp alone (started once the SMS server has stopped), with the outbox running every
// 50 ms: the reply goes out through it.
const startWhatsapp = (): ReturnType<typeof serve> =>
  serve({
    WHATSAPP_VERIFY_TOKEN: 'verify',
    WHATSAPP_APP_SECRET: APP_SECRET,
    WHATSAPP_ACCESS_TOKEN: 'token',
    WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
    WHATSAPP_GRAPH_API_BASE_URL: graph.url,
    OUTBOX_INTERVAL_MS: '50',
  });

let n = 0;
async function sms(body: string): Promise<void> {
  const params = { MessageSid: `SM${String(++n).padStart(32, '0')}`, AccountSid: ACCOUNT_SID, From: '+15555550123', To: '+15555550100', Body: body, NumMedia: '0' };
  const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${BASE}/webhooks/twilio`, params);
  const res = await fetch(`${smsServer.url}/webhooks/twilio`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(params).toString(),
  });
  if (!(await res.text()).includes('<Message>')) throw new Error(`sms: no reply (${res.status})`);
}
async function whatsapp(text: string): Promise<void> {
  const before = graph.requests.length;
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: 'W', changes: [{ field: 'messages', value: {
      messaging_product: 'whatsapp',
      metadata: { display_phone_number: '15555550100', phone_number_id: PHONE_ID },
      contacts: [{ wa_id: '15555550124', profile: { name: 'x' } }],
      messages: [{ from: '15555550124', id: `wamid.${++n}`, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: text } }],
    } }] }],
  });
  const sig = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
  const res = await fetch(`${waServer.url}/webhooks/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': sig }, body });
  if (res.status !== 200) throw new Error(`whatsapp: ${res.status}`);
  const until = Date.now() + 10_000;
  while (graph.requests.length === before) {
    if (Date.now() > until) throw new Error('whatsapp: the reply never reached the fake Graph API');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
/** Files under src/ with a function that ran since the last call (callCount coverage resets on each take). */
async function ran(): Promise<string[]> {
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const files = new Set<string>();
  for (const script of result) {
    if (!script.url.startsWith('file://')) continue;
    const path = fileURLToPath(script.url.split('?')[0]!);
    if (!path.startsWith(SRC)) continue;
    if (script.functions.some((f) => f.ranges[0]!.count > 0)) files.add(relative(SRC, path));
  }
  return [...files].sort();
}
await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });

await sms('hello');
await sms('MENU');
await ran();
await sms('MENU');
const syncRan = await ran();
await smsServer.stop();
const waServer = await startWhatsapp();
await whatsapp('hello');
await whatsapp('MENU');
await ran();
await whatsapp('MENU');
const asyncRan = await ran();

const show = (title: string, files: string[]): void => {
  const byFolder = new Map<string, number>();
  for (const f of files) {
    const top = f.includes('/') ? f.split('/')[0]! : '(src)';
    byFolder.set(top, (byFolder.get(top) ?? 0) + 1);
  }
  console.log(`${title}: ${files.length} files (${[...byFolder].map(([k, v]) => `${k} ${v}`).join(', ')})`);
  if (list) for (const f of files) console.log(`  ${f}`);
};
show('read from src/channels/sms/index.ts', readClosure('channels/sms/index.ts'));
show('read from src/channels/whatsapp/index.ts', readClosure('channels/whatsapp/index.ts'));
show('ran for one SMS (sync)', syncRan);
show('ran for one WhatsApp message (async, through the outbox)', asyncRan);

await session.post('Profiler.stopPreciseCoverage');
session.disconnect();
await waServer.stop();
await graph.close();
