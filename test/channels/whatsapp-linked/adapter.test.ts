// The linked-device adapter driven by a fake whatsapp-web.js client: an EventEmitter that
// emits 'message' with objects shaped like whatsapp-web.js Messages.
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp, type App } from '../../../src/app.ts';
import { inputOf, attachLinkedAdapter, CHANNEL, type LinkedAdapter, type LinkedMessage } from '../../../src/channels/whatsapp-linked/adapter.ts';

class FakeClient extends EventEmitter {
  sent: { to: string; text: string }[] = [];
  failSends = false;
  async sendMessage(chatId: string, content: string): Promise<unknown> {
    if (this.failSends) throw new Error('Evaluation failed');
    this.sent.push({ to: chatId, text: content });
    return {};
  }
}

class FakeChat {
  cleared = 0;
  deleted = 0;
  clearFails = false;
  constructor(readonly isGroup = false) {}
  async clearMessages(): Promise<boolean> {
    if (this.clearFails) throw new Error('clear failed');
    this.cleared += 1;
    return true;
  }
  async delete(): Promise<boolean> {
    this.deleted += 1;
    return true;
  }
}

const PHONE = '15145550123';
let seq = 0;
function message(chat: FakeChat, over: Partial<LinkedMessage> & { body: string }): LinkedMessage {
  seq += 1;
  return {
    from: `${PHONE}@c.us`,
    type: 'chat',
    fromMe: false,
    isStatus: false,
    id: { _serialized: `false_${PHONE}@c.us_3EB0${seq.toString(16).padStart(16, '0')}` },
    getChat: async () => chat,
    ...over,
  };
}

async function rowsContaining(app: App, needle: string): Promise<Record<string, number>> {
  const tables = await app.store.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
  );
  const hits: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const r = await app.store.query<{ n: number }>(`select count(*)::int as n from "${name}" t where row_to_json(t)::text like $1`, [`%${needle}%`]);
    if ((r.rows[0]?.n ?? 0) > 0) hits[name] = r.rows[0]!.n;
  }
  return hits;
}

describe('WhatsApp linked device adapter', () => {
  let dataDir: string;
  let app: App;
  let client: FakeClient;
  let adapter: LinkedAdapter;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-wal-'));
    app = await openApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { memoryStore: true });
  });
  afterAll(async () => {
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(() => {
    adapter?.detach();
    client = new FakeClient();
    adapter = attachLinkedAdapter({ client, conversations: app.conversations, logger: app.logger });
  });

  it('answers in the same chat, numbers the choices, then clears the chat on the device', async () => {
    const chat = new FakeChat();
    client.emit('message', message(chat, { body: 'hi' }));
    await adapter.idle();
    expect(client.sent.length).toBeGreaterThan(0);
    expect(client.sent.every((s) => s.to === `${PHONE}@c.us`)).toBe(true);
    expect(client.sent.at(-1)!.text).toMatch(/\n1\. English\n2\. Français\n3\. Español\n/);
    expect(chat.cleared).toBe(1);

    client.sent = [];
    client.emit('message', message(chat, { body: '2' }));
    await adapter.idle();
    expect(client.sent.at(-1)!.text).toMatch(/\n1\. /);
    expect(chat.cleared).toBe(2);
  });

  it('keeps neither the phone number nor the WhatsApp message id', async () => {
    const chat = new FakeChat();
    client.emit('message', message(chat, { body: 'MENU' }));
    await adapter.idle();
    expect(Object.keys(await rowsContaining(app, app.conversations.keyOf(CHANNEL, `${PHONE}@c.us`))).length).toBeGreaterThan(0);
    expect(await rowsContaining(app, PHONE)).toEqual({});
    expect(await rowsContaining(app, '3EB0')).toEqual({});
  });

  it('answers a message delivered twice only once', async () => {
    const chat = new FakeChat();
    const m = message(chat, { body: 'MENU', from: '15145550888@c.us' });
    client.emit('message', m);
    await adapter.idle();
    const once = client.sent.length;
    expect(once).toBeGreaterThan(0);
    client.emit('message', m);
    client.emit('message', m);
    await adapter.idle();
    expect(client.sent.length).toBe(once);
  });

  it('ignores groups, status updates and the phone’s own messages', async () => {
    const chat = new FakeChat(true);
    client.emit('message', message(chat, { body: 'hi', from: '120363000000000000@g.us' }));
    client.emit('message', message(chat, { body: 'hi', from: 'status@broadcast', isStatus: true }));
    client.emit('message', message(chat, { body: 'hi', fromMe: true }));
    await adapter.idle();
    expect(client.sent).toEqual([]);
    expect(chat.cleared).toBe(0);
  });

  it('ERASE deletes everything about the contact and still clears the chat', async () => {
    const chat = new FakeChat();
    const address = '15145550999@c.us';
    client.emit('message', message(chat, { body: 'hello', from: address }));
    await adapter.idle();
    const key = app.conversations.keyOf(CHANNEL, address);
    expect(Object.keys(await rowsContaining(app, key)).length).toBeGreaterThan(0);
    client.emit('message', message(chat, { body: 'ERASE', from: address }));
    await adapter.idle();
    expect(await rowsContaining(app, key)).toEqual({});
    expect(chat.cleared).toBe(2);
  });

  it('deletes the chat when clearing fails, and survives a failed send', async () => {
    const chat = new FakeChat();
    chat.clearFails = true;
    client.failSends = true;
    client.emit('message', message(chat, { body: 'hi', from: '15145550777@c.us' }));
    await adapter.idle();
    expect(chat.deleted).toBe(1);
  });

  it('answers a voice note or picture by saying that only text is read (the media is never downloaded)', async () => {
    const chat = new FakeChat();
    client.emit('message', message(chat, { body: '', type: 'ptt', from: '15145550555@c.us' }));
    await adapter.idle();
    expect(client.sent.length).toBeGreaterThan(0);
    expect(client.sent[0]!.text).toContain('I can read only text');
    expect(chat.cleared).toBe(1);
  });

  it.each([
    [{ type: 'chat', body: 'hi' }, { type: 'text', text: 'hi' }],
    [{ type: 'ptt', body: '' }, { type: 'media', media: 'voice' }],
    [{ type: 'image', body: 'my pay slip' }, { type: 'media', media: 'image', caption: 'my pay slip' }],
    [{ type: 'document', body: '' }, { type: 'media', media: 'file' }],
    [{ type: 'location', body: '43.65,-79.38' }, { type: 'media', media: 'other' }],
  ])('reads %o as %o', (msg, input) => {
    expect(inputOf(msg)).toEqual(input);
  });
});
