import express, { type Express } from 'express';
import type { Server } from 'node:http';
import type { App } from './app.ts';
import { mountWebChat, type WebPort } from './channels/web/index.ts';
import { webPickup } from './channels/web/pickup.ts';
import { mountChannels } from './channels/index.ts';
import type { ChannelPort } from './channels/port.ts';
import { mountRehearsal } from './rehearsal/web/index.ts';
import { errorHandler } from './httpErrors.ts';
import { TurnQueue } from './turnQueue.ts';

/** Where platforms deliver turns; they deliver again after a 503. */
const WEBHOOKS = ['/webhooks/twilio', '/webhooks/whatsapp', '/api/messages'];

/**
 * The one HTTP app every channel mounts its routes on. Each part gets its own narrow port: the
 * channels a ChannelPort (the web chat with quick exit and its pickup), rehearsal content,
 * understanding and a logger — never the store.
 */
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
  const port = channelPortOf(app);
  // The web chat is always on: the page at `/` and its JSON API under /web.
  mountWebChat(http, { ...port, pickUp: webPickup({ store: app.store, catalog: app.presentation.catalog, keys: app.keys }) }, app.features.channels.web);
  // Trainers' practice page at /rehearse, behind TRAINER_TOKEN (404 while it is unset).
  mountRehearsal(http, { content: app.content, understanding: () => app.understanding, logger: app.logger }, { token: app.features.rehearsal?.token, llm: app.features.rehearsalLlm });
  // SMS and WhatsApp when they are on; Teams and the linked device start in serve.ts.
  mountChannels(http, port, app.features.channels);
  // Errors of the routes above: JSON, no stack. `finishHttpApp` repeats it after the routes
  // mounted later (Teams, the consoles) and adds the JSON 404.
  http.use(errorHandler(app.logger));
  return http;
}

/** What every channel is given: the conversation (quick exit too, for the web chat), presentation, the logger. */
export function channelPortOf(app: App): ChannelPort & { conversations: WebPort['conversations'] } {
  return { conversations: app.conversations, presentation: app.presentation, logger: app.logger };
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
