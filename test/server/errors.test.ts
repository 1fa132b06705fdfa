// Every malformed request gets a short answer — JSON `{ "error": … }` from the app's own
// handler — and no stack trace anywhere: not in a response, not on stdout, not on stderr. At
// LOG_LEVEL=debug the stack is logged, as a masked field of one JSON log line, and only there.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STACK_FRAME, startServe, type Serving } from '../support/cli.ts';

const CHANNELS = {
  TWILIO_AUTH_TOKEN: 'errors-test-twilio-token',
  PUBLIC_BASE_URL: 'https://waypoint.invalid',
  WHATSAPP_VERIFY_TOKEN: 'errors-test-verify',
  WHATSAPP_APP_SECRET: 'errors-test-app-secret',
  WHATSAPP_ACCESS_TOKEN: 'errors-test-access',
  WHATSAPP_PHONE_NUMBER_ID: '1000',
  TEAMS_CLIENT_ID: 'errors-test-client',
  TEAMS_CLIENT_SECRET: 'errors-test-secret',
  SLACK_SIGNING_SECRET: 'errors-test-slack-signing-secret',
  SLACK_BOT_TOKEN: 'xoxb-errors-test',
  SLACK_HANDOFF_CHANNEL: 'C0ERRORS',
  SLACK_API_BASE_URL: 'http://127.0.0.1:9/api',
  TRAINER_TOKEN: 'errors-test-trainer-token',
  CONTACT_KEY_SECRET: 'e'.repeat(32),
  DATA_ENCRYPTION_KEY: `k1:${Buffer.alloc(32, 3).toString('base64')}`,
};

const garbage = Buffer.from('this is not a compressed body at all');
const form = 'application/x-www-form-urlencoded';
const json = 'application/json';

interface Case {
  name: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  status: number;
  /** The app's own JSON answer, when the error handler (not a route) answered. */
  error?: string;
}

const cases: Case[] = [
  { name: 'garbled gzip on the SMS webhook', path: '/webhooks/twilio', headers: { 'content-type': form, 'content-encoding': 'gzip' }, body: garbage, status: 400, error: 'malformed_body' },
  { name: 'garbled deflate on the SMS webhook', path: '/webhooks/twilio', headers: { 'content-type': form, 'content-encoding': 'deflate' }, body: garbage, status: 400, error: 'malformed_body' },
  { name: 'garbled brotli on the SMS webhook', path: '/webhooks/twilio', headers: { 'content-type': form, 'content-encoding': 'br' }, body: garbage, status: 400, error: 'malformed_body' },
  { name: 'an unknown encoding on the SMS webhook', path: '/webhooks/twilio', headers: { 'content-type': form, 'content-encoding': 'x-unknown' }, body: garbage, status: 415, error: 'unsupported_media_type' },
  { name: 'an oversized SMS webhook', path: '/webhooks/twilio', headers: { 'content-type': form }, body: `Body=${'a'.repeat(100_000)}`, status: 413, error: 'too_large' },
  { name: 'garbled gzip on the WhatsApp webhook', path: '/webhooks/whatsapp', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: garbage, status: 400, error: 'malformed_body' },
  { name: 'garbled deflate on the WhatsApp webhook', path: '/webhooks/whatsapp', headers: { 'content-type': json, 'content-encoding': 'deflate' }, body: garbage, status: 400, error: 'malformed_body' },
  { name: 'unsigned JSON that does not parse on the WhatsApp webhook', path: '/webhooks/whatsapp', headers: { 'content-type': json }, body: '{"entry": [', status: 401 },
  { name: 'JSON that does not parse on the web chat', path: '/web/messages', headers: { 'content-type': json }, body: '{"sessionId": ', status: 400, error: 'invalid_request' },
  { name: 'garbled gzip on the web chat', path: '/web/messages', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: garbage, status: 400, error: 'invalid_request' },
  { name: 'an oversized web chat message', path: '/web/messages', headers: { 'content-type': json }, body: JSON.stringify({ text: 'a'.repeat(100_000) }), status: 413 },
  { name: 'garbled gzip on quick exit', path: '/web/exit', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: garbage, status: 400, error: 'invalid_request' },
  { name: 'JSON that does not parse on the page poll', path: '/web/poll', headers: { 'content-type': json }, body: '[[[', status: 400 },
  { name: 'Teams without a token, body garbled', path: '/api/messages', headers: { 'content-type': json, 'content-encoding': 'gzip' }, body: garbage, status: 401, error: 'unauthorized' },
  { name: 'Slack events unsigned and garbled', path: '/slack/events', headers: { 'content-type': json }, body: '{"type": ', status: 401 },
  { name: 'the rehearsal API with JSON that does not parse', path: '/rehearse/api/practice', headers: { 'content-type': json, authorization: `Bearer ${CHANNELS.TRAINER_TOKEN}` }, body: '{"persona": ', status: 400 },
  { name: 'a path nothing serves', method: 'GET', path: '/no/such/page', status: 404, error: 'not_found' },
  { name: 'a method nothing serves', method: 'DELETE', path: '/webhooks/twilio', status: 404, error: 'not_found' },
];

/** Not an HTTP request at all: Node's own parser answers. */
function rawGarbage(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(port, '127.0.0.1', () => s.end('GARBAGE / HTTP/9.9\r\nContent-Length: x\r\n\r\n'));
    let out = '';
    s.on('data', (d) => (out += String(d)));
    s.on('close', () => resolve(out));
    s.on('error', reject);
  });
}

describe('malformed requests: a short answer, no stack trace anywhere', () => {
  let info: Serving;
  let debug: Serving;
  beforeAll(async () => {
    info = await startServe({ ...CHANNELS, LOG_LEVEL: 'info' });
    debug = await startServe({ ...CHANNELS, LOG_LEVEL: 'debug' });
  }, 320_000);
  afterAll(async () => {
    await Promise.all([info?.stop(), debug?.stop()]);
  });

  it('answers each as expected, in JSON where the app answered', async () => {
    for (const server of [info, debug]) {
      for (const c of cases) {
        const res = await fetch(`${server.base}${c.path}`, { method: c.method ?? 'POST', headers: c.headers ?? {}, ...(c.body !== undefined ? { body: c.body } : {}) });
        const text = await res.text();
        expect([c.name, res.status]).toEqual([c.name, c.status]);
        if (c.error) expect([c.name, JSON.parse(text)]).toEqual([c.name, { error: c.error }]);
        expect(text, c.name).not.toMatch(STACK_FRAME);
        expect(text, c.name).not.toMatch(/<!DOCTYPE|node_modules|\.ts:\d+|at \w+ \(/);
      }
      expect(await rawGarbage(server.port)).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
      // Still healthy.
      expect((await fetch(`${server.base}/healthz`)).status).toBe(200);
    }
  }, 120_000);

  it('at the default level the output holds no stack trace; at debug, only inside a JSON log line', async () => {
    await new Promise((r) => setTimeout(r, 300));
    expect(info.stdout() + info.stderr()).not.toMatch(STACK_FRAME);
    expect(info.stdout() + info.stderr()).not.toContain('"stack"');
    const lines = (debug.stdout() + debug.stderr()).split('\n').filter(Boolean);
    for (const line of lines) expect(() => JSON.parse(line), line.slice(0, 200)).not.toThrow();
    const stacks = lines.map((l) => JSON.parse(l) as { level: number; stack?: string }).filter((l) => l.stack);
    expect(stacks.length).toBeGreaterThan(0);
    for (const s of stacks) expect(s.level).toBe(20);
    expect(stacks.some((s) => /incorrect header check/.test(s.stack!))).toBe(true);
  });
});
