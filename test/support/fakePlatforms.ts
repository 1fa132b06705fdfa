// Fake Twilio REST and WhatsApp Graph API servers on loopback (port 0). They record what
// Waypoint sends and can be told to fail the next requests with a given HTTP status, or to
// drop the connection, so the outbox's retry and give-up paths can be driven from tests.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  authorization: string | undefined;
  contentType: string | undefined;
  /** Parsed body: form fields for Twilio, JSON for Graph. */
  body: Record<string, unknown>;
}

export interface FakePlatform {
  url: string;
  requests: Recorded[];
  /** The next `times` requests get this status (or a dropped connection when 'drop'). */
  failNext(status: number | 'drop', times?: number): void;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function start(
  route: (req: IncomingMessage, raw: string) => { status: number; body: unknown; record?: Record<string, unknown> },
): Promise<FakePlatform> {
  const requests: Recorded[] = [];
  let failures: (number | 'drop')[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void readBody(req).then((raw) => {
      const fail = failures.shift();
      if (fail === 'drop') return void req.socket.destroy();
      const out = route(req, raw);
      if (fail !== undefined) {
        res.writeHead(fail, { 'content-type': 'application/json' });
        return void res.end(JSON.stringify({ error: { code: fail, message: 'fake failure' } }));
      }
      if (out.record) {
        requests.push({
          method: req.method ?? '',
          path: req.url ?? '',
          authorization: req.headers.authorization,
          contentType: req.headers['content-type'],
          body: out.record,
        });
      }
      res.writeHead(out.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(out.body));
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        requests,
        failNext(status, times = 1) {
          for (let i = 0; i < times; i++) failures.push(status);
        },
        reset() {
          requests.length = 0;
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

/** Twilio's Messages resource: POST /2010-04-01/Accounts/{sid}/Messages.json with basic auth. */
export function fakeTwilio(opts: { accountSid: string; authToken: string }): Promise<FakePlatform> {
  const expected = `Basic ${Buffer.from(`${opts.accountSid}:${opts.authToken}`).toString('base64')}`;
  let n = 0;
  return start((req, raw) => {
    const path = `/2010-04-01/Accounts/${opts.accountSid}/Messages.json`;
    if (req.method !== 'POST' || req.url !== path) return { status: 404, body: { code: 20404, message: 'not found' } };
    if (req.headers.authorization !== expected) return { status: 401, body: { code: 20003, message: 'authenticate' } };
    const form = Object.fromEntries(new URLSearchParams(raw));
    n += 1;
    return { status: 201, body: { sid: `SM${String(n).padStart(32, '0')}`, status: 'queued' }, record: form };
  });
}

/** The Graph API's /{phone-number-id}/messages with a bearer token. */
export function fakeGraph(opts: { phoneNumberId: string; accessToken: string }): Promise<FakePlatform> {
  let n = 0;
  return start((req, raw) => {
    if (req.method !== 'POST' || req.url !== `/${opts.phoneNumberId}/messages`) return { status: 404, body: { error: { code: 100 } } };
    if (req.headers.authorization !== `Bearer ${opts.accessToken}`) return { status: 401, body: { error: { code: 190 } } };
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { status: 400, body: { error: { code: 100 } } };
    }
    n += 1;
    return {
      status: 200,
      body: { messaging_product: 'whatsapp', contacts: [{ wa_id: body.to }], messages: [{ id: `wamid.fake${n}` }] },
      record: body,
    };
  });
}
