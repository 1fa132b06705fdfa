// The web chat against the shared channel contract. The chat is anonymous and unsigned (a
// random session id in the tab is the whole identity), and its later messages are picked up by
// the page (POST /web/poll), not sent through a platform: those checks are skipped, by name.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp } from '../../../src/app.ts';
import { createHttpApp, listen } from '../../../src/server.ts';
import { createOutbox } from '../../../src/channels/index.ts';
import { createLogger } from '../../../src/privacy/logger.ts';
import type { MessageResponse } from '../../../src/channels/web/api.ts';
import { channelContract, logSink, TestClock, type ContractHarness, type Delivery } from '../contract.ts';
import { createDatabase } from '../../support/stores.ts';

const PATH = '/web/messages';
const json = (o: unknown): Delivery => ({ body: typeof o === 'string' ? o : JSON.stringify(o), contentType: 'application/json' });
const rid = (bytes: number): string => randomBytes(bytes).toString('base64url');

async function startWeb(): Promise<ContractHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-webc-'));
  const sink = logSink();
  const logger = createLogger({ level: 'debug', destination: sink.stream });
  // Its own database on the server: contract files run side by side, and the contract counts every table's rows.
  const db = process.env.DATABASE_URL ? await createDatabase() : null;
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...(db ? { DATABASE_URL: db.url } : {}) });
  const app = await openApp(config, { logger, memoryStore: !process.env.DATABASE_URL });
  const server = await listen(createHttpApp(app), 0);
  const clock = new TestClock();
  const outbox = createOutbox(app, { now: clock.now, senders: [] });
  const unused = (): never => {
    throw new Error('the web chat has no outbound platform');
  };
  return {
    app,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    path: PATH,
    logs: sink.text,
    platform: { failNext: unused },
    outbox,
    clock,
    newId: () => rid(12),
    newAddress: () => rid(16),
    message: ({ id, from, text }) => json({ sessionId: from, clientMessageId: id, text }),
    sign: () => ({}),
    forge: () => ({}),
    stale: () => ({}),
    malformed: () => [
      json({ sessionId: 'short', clientMessageId: rid(9), text: 'x' }),
      json({ sessionId: rid(16), clientMessageId: rid(9), text: 'x', choiceId: 'safe' }),
      json({ sessionId: rid(16), clientMessageId: rid(9) }),
      json({ sessionId: rid(16), clientMessageId: rid(9), text: 'x', extra: 1 }),
      json('{not json'),
    ],
    // Every copy of a message gets the same stored reply (the page shows a reply once, by
    // message id): the copies must agree, and a reply must carry messages.
    replies: async (_address, responses) => {
      const bodies = responses.filter((r) => ((JSON.parse(r) as MessageResponse).messages ?? []).length > 0);
      expect(bodies.length).toBe(responses.length);
      return new Set(bodies).size;
    },
    queueReply: unused,
    sentTo: unused,
    close: async () => {
      await outbox.stop();
      server.close();
      await app.close();
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

channelContract('web', startWeb, {
  signature: 'the web chat is anonymous and unsigned (a random session id is its only identity)',
  outbound: 'the page picks its later messages up (POST /web/poll); there is no platform to fail — see web.test.ts',
});
