// A fake Bot Connector on loopback (port 0): records activities created
// (POST /v3/conversations/{id}/activities) and updated (PUT …/activities/{activityId}), answers
// with numeric activity ids as Teams does for channel posts, and can fail the next calls.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: 'create' | 'update';
  /** The conversation id as sent, decoded ("19:…@thread.tacv2;messageid=…" for a thread). */
  conversationId: string;
  /** For updates: the activity replaced. */
  activityId?: string;
  authorization: string | undefined;
  activity: {
    type: string;
    id?: string;
    text?: string;
    textFormat?: string;
    attachments?: { contentType: string; content: { body: Record<string, unknown>[]; actions?: { type: string; title: string; data?: Record<string, unknown> }[] } }[];
  };
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  failNext(status: number): void;
  reset(): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function fakeTeamsConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  let failures: number[] = [];
  let next = 1_700_000_000_000;
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const reply = (status: number, body: object): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?$/.exec((req.url ?? '').split('?')[0]!);
      if (!m) return reply(404, { error: { code: 'NotFound' } });
      const fail = failures.shift();
      if (fail !== undefined) return reply(fail, { error: { code: 'ServiceError' } });
      const conversationId = decodeURIComponent(m[1]!);
      const activity = JSON.parse(raw) as ConnectorCall['activity'];
      if (req.method === 'POST' && !m[2]) {
        next += 1;
        calls.push({ method: 'create', conversationId, authorization: req.headers.authorization, activity });
        return reply(201, { id: String(next) });
      }
      if (req.method === 'PUT' && m[2]) {
        const activityId = decodeURIComponent(m[2]);
        calls.push({ method: 'update', conversationId, activityId, authorization: req.headers.authorization, activity });
        return reply(200, { id: activityId });
      }
      reply(405, { error: { code: 'MethodNotAllowed' } });
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        calls,
        failNext: (s) => void failures.push(s),
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
