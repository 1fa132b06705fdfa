import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { App } from './app.ts';
import { mountWebChat } from './channels/web/index.ts';

/** The one HTTP app every channel mounts its routes on. */
export function createHttpApp(app: App): Express {
  const http = express();
  http.disable('x-powered-by');
  http.get('/healthz', async (_req, res) => {
    try {
      await app.store.query('select 1');
      res.json({ ok: true, store: app.store.kind });
    } catch {
      res.status(503).json({ ok: false, store: app.store.kind });
    }
  });
  // The web chat is always on: the page at `/` and its JSON API under /web.
  mountWebChat(http, app);
  return http;
}

export function listen(http: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = http.listen(port, () => resolve(server));
    server.once('error', reject);
  });
}
