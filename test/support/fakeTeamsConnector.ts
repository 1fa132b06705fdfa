// A fake Bot Connector on loopback (port 0): records activities created
// (POST /v3/conversations/{id}/activities), updated (PUT …/activities/{activityId}) and deleted
// (DELETE, 404 the second time), and one-to-one conversations created (POST /v3/conversations), answers
// with numeric activity ids as Teams does for channel posts, and can fail the next calls.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: 'create' | 'update' | 'delete' | 'conversation';
  /** The conversation id as sent, decoded ("19:…@thread.tacv2;messageid=…" for a thread). */
  conversationId: string;
  /** For updates and deletes: the activity replaced or deleted; for creates: the id answered. */
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
  /** The activity id a create was answered with. */
  created(call: ConnectorCall): string | undefined;
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
  const deleted = new Set<string>();
  const server: Server = createServer((req, res) => {
    void readBody(req).then((raw) => {
      const reply = (status: number, body: object): void => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      const path = (req.url ?? '').split('?')[0]!;
      if (req.method === 'POST' && path === '/v3/conversations') {
        // A one-to-one conversation with the member: its id is derived from theirs.
        const body = JSON.parse(raw) as { members?: { id: string }[] };
        const member = body.members?.[0]?.id ?? '';
        const conversationId = `a:1on1-${member}`;
        calls.push({ method: 'conversation', conversationId, authorization: req.headers.authorization, activity: { type: 'conversation', text: member } });
        return reply(201, { id: conversationId });
      }
      const m = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?$/.exec(path);
      if (!m) return reply(404, { error: { code: 'NotFound' } });
      const fail = failures.shift();
      if (fail !== undefined) return reply(fail, { error: { code: 'ServiceError' } });
      const conversationId = decodeURIComponent(m[1]!);
      if (req.method === 'DELETE' && m[2]) {
        const activityId = decodeURIComponent(m[2]);
        const key = `${conversationId}:${activityId}`;
        calls.push({ method: 'delete', conversationId, activityId, authorization: req.headers.authorization, activity: { type: 'delete' } });
        if (deleted.has(key)) return reply(404, { error: { code: 'NotFound' } });
        deleted.add(key);
        return reply(200, {});
      }
      const activity = JSON.parse(raw) as ConnectorCall['activity'];
      if (req.method === 'POST' && !m[2]) {
        next += 1;
        calls.push({ method: 'create', conversationId, activityId: String(next), authorization: req.headers.authorization, activity });
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
        created: (call) => (call.method === 'create' ? call.activityId : undefined),
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
