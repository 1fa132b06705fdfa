// The WhatsApp linked device against the shared channel contract. It has no webhook: a delivery
// is the 'message' event of a fake whatsapp-web.js client, carrying a message object built from
// the delivery's JSON (with getChat added). A reply is what the fake client sends to the chat
// before the adapter clears it. A linked device answers only in the session it is handed, never
// through the outbox, and takes no signed HTTP body: those checks are skipped, by name.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomInt } from 'node:crypto';
import { loadConfig } from '../../../src/config.ts';
import { openApp } from '../../../src/app.ts';
import { createOutbox } from '../../../src/channels/index.ts';
import { attachLinkedAdapter } from '../../../src/channels/whatsapp-linked/adapter.ts';
import { createLogger } from '../../../src/privacy/logger.ts';
import { channelContract, logSink, TestClock, type ContractHarness, type Delivery } from '../contract.ts';
import { createDatabase } from '../../support/stores.ts';

/** A whatsapp-web.js client as far as the adapter uses it; it records, per chat, each send and each clear. */
class FakeClient extends EventEmitter {
  readonly events = new Map<string, ('send' | 'clear')[]>();
  record(chatId: string, e: 'send' | 'clear'): void {
    this.events.set(chatId, [...(this.events.get(chatId) ?? []), e]);
  }
  async sendMessage(chatId: string, _content: string): Promise<unknown> {
    this.record(chatId, 'send');
    return {};
  }
}

const json = (o: unknown, from?: string): Delivery => ({ body: JSON.stringify(o), contentType: 'application/json', ...(from ? { from } : {}) });

async function startLinked(): Promise<ContractHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-walc-'));
  const sink = logSink();
  const logger = createLogger({ level: 'debug', destination: sink.stream });
  // Its own database on the server: contract files run side by side, and the contract counts every table's rows.
  const db = process.env.DATABASE_URL ? await createDatabase() : null;
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'debug', ...(db ? { DATABASE_URL: db.url } : {}) });
  const app = await openApp(config, { logger, memoryStore: !process.env.DATABASE_URL });
  const client = new FakeClient();
  const adapter = attachLinkedAdapter({ client, conversations: app.conversations, logger });
  const clock = new TestClock();
  const outbox = createOutbox(app, { now: clock.now, senders: [] });
  const unused = (): never => {
    throw new Error('a linked device sends only in reply, never through the outbox');
  };
  // A fresh, fake phone number (the 555-01xx range), as whatsapp-web.js writes a chat id.
  const newAddress = (): string => `1514555${randomInt(1e6).toString().padStart(6, '0')}@c.us`;
  const message = (p: { id: string; from: string; text: string }): Record<string, unknown> => ({
    from: p.from,
    body: p.text,
    type: 'chat',
    fromMe: false,
    isStatus: false,
    id: { _serialized: `false_${p.from}_${p.id}` },
  });

  return {
    app,
    // The message object, as whatsapp-web.js would emit it; getChat's chat records the clear.
    deliver: async (d) => {
      const msg = JSON.parse(d.body) as unknown;
      if (msg && typeof msg === 'object' && typeof (msg as { from?: unknown }).from === 'string') {
        const from = (msg as { from: string }).from;
        Object.assign(msg, {
          getChat: async () => ({
            clearMessages: async () => {
              client.record(from, 'clear');
              return true;
            },
            delete: async () => true,
          }),
        });
      }
      client.emit('message', msg);
      await adapter.idle();
      return '';
    },
    url: '',
    path: '',
    logs: sink.text,
    platform: { failNext: unused },
    outbox,
    clock,
    newId: () => `3EB0${randomBytes(10).toString('hex').toUpperCase()}`,
    newAddress,
    message: (p) => json(message(p)),
    sign: () => ({}),
    forge: () => ({}),
    stale: () => ({}),
    malformed: () => {
      const from = (): string => newAddress();
      const ok = (f: string): Record<string, unknown> => message({ id: `3EB0${randomBytes(10).toString('hex')}`, from: f, text: 'hi' });
      const [a, b, c, e, f] = [from(), from(), from(), from(), from()];
      return [
        json(null),
        json('hi'),
        json({}),
        json({ ...ok(from()), from: 15145550100 }),
        json({ ...ok(a), id: undefined }, a),
        json({ ...ok(b), id: {} }, b),
        json({ ...ok(c), body: { text: 'hi' } }, c),
        json({ ...ok(e), body: undefined }, e),
        json({ ...ok(f), id: { _serialized: 42 } }, f),
      ];
    },
    // A reply is the run of sends to the chat before one message's clear; count the runs.
    replies: async (address) => {
      const runs = (client.events.get(address) ?? []).join(',').split('clear');
      return runs.filter((r) => r.includes('send')).length;
    },
    queueReply: unused,
    sentTo: unused,
    close: async () => {
      adapter.detach();
      await outbox.stop();
      await app.close();
      await db?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

channelContract('whatsapp-linked', startLinked, {
  signature: 'a linked device has no webhook to sign',
  outbound: 'linked device sends only in reply, never through the outbox',
  bodyLimit: 'a linked device takes no HTTP body (WhatsApp itself caps a message’s length)',
});
