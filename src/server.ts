import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { App } from './app.ts';
import { mountWebChat } from './channels/web/index.ts';
import { mountChannels } from './channels/index.ts';
import { mountRehearsal } from './rehearsal/web/index.ts';
import { errorHandler } from './httpErrors.ts';
import { TurnQueue } from './turnQueue.ts';

/** Where platforms deliver turns; they deliver again after a 503. */
const WEBHOOKS = ['/webhooks/twilio', '/webhooks/whatsapp', '/api/messages'];

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
  http.set('trust proxy', app.config.trustProxy);
  // Load shedding: webhooks are refused (503, Retry-After) while TURN_QUEUE_LIMIT turns are in flight.
  const turns = new TurnQueue(app.config.turnQueueLimit, app.logger);
  http.post(WEBHOOKS, turns.shedWhenFull);
  http.post([...WEBHOOKS, '/web/messages'], turns.count);
  http.locals.turns = turns;
  // The web chat is always on: the page at `/` and its JSON API under /web.
  mountWebChat(http, app);
  // Trainers' practice page at /rehearse, behind TRAINER_TOKEN (404 while it is unset).
  mountRehearsal(http, app);
  // Every channel whose variables are set; the names are logged at start-up.
  http.locals.channels = ['web', ...mountChannels(http, app)];
  // Errors of the routes above: JSON, no stack. `finishHttpApp` repeats it after the routes
  // mounted later (Teams, the consoles) and adds the JSON 404.
  http.use(errorHandler(app.logger));
  return http;
}

/**
 * Idle keep-alive connections stay open longer than the proxies and load balancers in front
 * usually keep theirs (60 s), so the server never closes a connection just as the other side
 * reuses it — with Node's default of 5 s, a request sent at that instant fails with "socket
 * hang up" (seen in the bench after a pause between measurements).
 */
export const KEEP_ALIVE_MS = 65_000;

export function listen(http: Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = http.listen(port, () => resolve(server));
    server.keepAliveTimeout = KEEP_ALIVE_MS;
    server.headersTimeout = KEEP_ALIVE_MS + 1000;
    server.once('error', reject);
  });
}
