// A fake Slack Web API on loopback (port 0): answers chat.postMessage, chat.update,
// chat.delete (message_not_found the second time), conversations.open (D + the user id),
// views.open, chat.postEphemeral (and auth.test, counted so tests can say it is never called), records
// each call with its parsed arguments, and can fail the next calls with an HTTP status or a
// Slack error code. Also signs requests to our /slack/events the way Slack does.
import { createHmac } from 'node:crypto';
import { verifySlackRequest } from '@slack/bolt';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  authorization: string | undefined;
  args: Record<string, unknown>;
  /** chat.postMessage: the ts the fake answered with. */
  ts?: string;
}

export interface FakeSlack {
  /** Base URL of the Web API, for SLACK_API_BASE_URL. */
  url: string;
  calls: SlackCall[];
  /** Calls of one method. */
  of(method: string): SlackCall[];
  /** The ts a chat.postMessage call was answered with. */
  posted(call: SlackCall): string | undefined;
  /** The next call answers with this HTTP status, or { ok: false, error } when a string. */
  failNext(failure: number | string): void;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Form fields, with JSON-looking values (blocks, attachments) parsed the way Slack does. */
function parseArgs(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) {
    if (/^[[{]/.test(v)) {
      try {
        out[k] = JSON.parse(v);
        continue;
      } catch {
        // a plain string that starts with a bracket
      }
    }
    out[k] = v;
  }
  return out;
}

export function fakeSlack(opts: { botToken: string }): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  let failures: (number | string)[] = [];
  let ts = 1_700_000_000;
  const deleted = new Set<string>();
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0]!;
      const reply = (status: number, body: object): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${opts.botToken}`) return reply(200, { ok: false, error: 'invalid_auth' });
      const args = parseArgs(raw, req.headers['content-type']);
      const call: SlackCall = { method, authorization: req.headers.authorization, args };
      calls.push(call);
      const fail = failures.shift();
      if (typeof fail === 'number') return reply(fail, { ok: false, error: 'fake_failure' });
      if (typeof fail === 'string') return reply(200, { ok: false, error: fail });
      switch (method) {
        case 'auth.test':
          return reply(200, { ok: true, user_id: 'U_BOT', bot_id: 'B_BOT' });
        case 'chat.postMessage':
          ts += 1;
          call.ts = `${ts}.000100`;
          return reply(200, { ok: true, channel: args.channel, ts: call.ts, message: {} });
        case 'chat.update':
          return reply(200, { ok: true, channel: args.channel, ts: args.ts });
        case 'chat.delete':
          return reply(200, deleted.has(`${args.channel}:${args.ts}`) ? { ok: false, error: 'message_not_found' } : (deleted.add(`${args.channel}:${args.ts}`), { ok: true, channel: args.channel, ts: args.ts }));
        case 'conversations.open':
          return reply(200, { ok: true, channel: { id: `D${String(args.users)}` } });
        case 'views.open':
          return reply(200, { ok: true, view: { id: 'V_TEST' } });
        case 'chat.postEphemeral':
          ts += 1;
          return reply(200, { ok: true, message_ts: `${ts}.000200` });
        default:
          return reply(200, { ok: false, error: 'unknown_method' });
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/api`,
        calls,
        of: (method) => calls.filter((c) => c.method === method),
        posted: (call) => call.ts,
        failNext: (f) => void failures.push(f),
        reset() {
          calls.length = 0;
          failures = [];
        },
        close: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      });
    });
  });
}

/**
 * Slack's request signature: v0=HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}").
 * Slack's SDK has no signer, only the check: every signature made here is put through Bolt's
 * own verifySlackRequest (with its clock at the timestamp), so a test cannot sign differently
 * from Slack without failing here.
 */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  verifySlackRequest({ signingSecret: secret, body, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp }, nowMilliseconds: timestamp * 1000 });
  return signature;
}

/** Headers Slack would send with this body, signed now (or at `timestamp`). */
export function slackHeaders(secret: string, body: string, contentType: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': slackSignature(secret, timestamp, body),
  };
}

/** An interaction (button, select) as Slack posts it: a form with one `payload` field. */
export function interactionBody(payload: object): { body: string; contentType: string } {
  return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
}

let eventN = 0;
/** An Events API delivery of one event. */
export function eventBody(event: object): { body: string; contentType: string } {
  eventN += 1;
  return {
    body: JSON.stringify({ type: 'event_callback', team_id: 'T_TEST', api_app_id: 'A_TEST', event, event_id: `Ev${String(eventN).padStart(8, '0')}`, event_time: Math.floor(Date.now() / 1000) }),
    contentType: 'application/json',
  };
}
