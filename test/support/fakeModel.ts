// A fake OpenAI-compatible chat server on loopback, for the optional LLM's tests (understanding's
// topic chooser, rehearsal's generated persona): it answers each request as `behaviour` says
// (a status, a delay, the completion's content or a raw body) and keeps what it was sent.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Behaviour = { status?: number; delayMs?: number; content?: string; raw?: string };

export interface Received {
  auth: string | undefined;
  body: { messages: { role: string; content: string }[]; model: string };
}

export interface FakeModel {
  /** The base URL to configure (`…/v1`). */
  baseUrl: string;
  behaviour: Behaviour;
  received: Received[];
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  let s = '';
  for await (const chunk of req) s += chunk;
  return s;
}

/** Starts the server; `fallback` is the content when a behaviour names none. */
export async function startFakeModel(fallback = ''): Promise<FakeModel> {
  const model: FakeModel = { baseUrl: '', behaviour: {}, received: [], close: async () => undefined };
  const server: Server = createServer(async (req, res) => {
    const body = JSON.parse(await readBody(req));
    model.received.push({ auth: req.headers.authorization, body });
    const b = model.behaviour;
    if (b.delayMs) await new Promise((r) => setTimeout(r, b.delayMs));
    if (res.destroyed) return;
    res.writeHead(b.status ?? 200, { 'content-type': 'application/json' });
    res.end(b.raw ?? JSON.stringify({ choices: [{ message: { role: 'assistant', content: b.content ?? fallback } }] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  model.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  model.close = async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  };
  return model;
}
