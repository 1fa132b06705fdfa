// Teams through @microsoft/teams.apps on our Express app, with a fake Bot Connector on
// loopback that records what the bot sends. Token validation is bypassed only by the
// explicit test option; one test keeps it on and checks that unsigned requests are refused.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { openApp, type App } from '../../../src/app.ts';
import { listen } from '../../../src/server.ts';
import { mountTeams } from '../../../src/channels/teams/index.ts';
import { activitySchema, inputOf } from '../../../src/channels/teams/parse.ts';
import { FakeConsole } from '../../handoff/support.ts';
import { renderTeams } from '../../../src/channels/teams/render.ts';
import { TeamsSender } from '../../../src/channels/teams/sender.ts';
import { decrypt } from '../../../src/privacy/fieldCrypto.ts';
import { loadOrCreateSecrets } from '../../../src/privacy/secrets.ts';
import { createLogger } from '../../../src/privacy/logger.ts';
import { logSink } from '../contract.ts';

interface Sent {
  conversationId: string;
  authorization: string | undefined;
  activity: {
    type: string;
    text?: string;
    attachments?: { contentType: string; content: { body: { type: string; text?: string; id?: string }[]; actions?: { type: string; title: string; data?: { choiceId?: string } }[] } }[];
  };
}

/** Rows, in any table, whose JSON form contains this string. */
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

const urlOf = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
/** An unsigned JWT the SDK can parse as the bot's outgoing token (the fake connector does not check it). */
const BOT_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'test-app', exp: 4102444800 })}.x`;

describe('Teams channel', () => {
  let dataDir: string;
  let app: App;
  let bot: Server;
  let securedBot: Server;
  let connector: Server;
  let connectorUrl: string;
  let sent: Sent[] = [];
  let failNextSend = false;
  const sink = logSink();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-teams-'));
    app = await openApp(loadConfig({ DATA_DIR: dataDir }), {
      memoryStore: true,
      logger: createLogger({ level: 'trace', destination: sink.stream }),
    });

    const c = express();
    c.use(express.json());
    c.post('/v3/conversations/:conversationId/activities', (req, res) => {
      if (failNextSend) {
        failNextSend = false;
        return void res.status(502).json({ error: { code: 'ServiceError' } });
      }
      sent.push({ conversationId: req.params.conversationId, authorization: req.headers.authorization, activity: req.body });
      res.json({ id: `sent-${sent.length}` });
    });
    c.use((_req, res) => {
      res.status(404).json({ error: { code: 'NotFound' } });
    });
    connector = await listen(c, 0);
    connectorUrl = urlOf(connector);

    const http = express();
    await mountTeams(http, app, {
      clientId: 'test-app',
      token: () => BOT_TOKEN,
      insecureSkipAuthForTests: true,
    });
    bot = await listen(http, 0);

    const secured = express();
    await mountTeams(secured, app, { clientId: 'test-app', clientSecret: 'not-a-real-secret', tenantId: 'test-tenant' });
    securedBot = await listen(secured, 0);
  });

  afterAll(async () => {
    for (const s of [bot, securedBot, connector]) s?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => {
    sent = [];
  });

  let n = 0;
  function activity(over: Record<string, unknown> = {}): Record<string, unknown> {
    n += 1;
    return {
      type: 'message',
      id: `activity-${n}`,
      channelId: 'msteams',
      serviceUrl: connectorUrl,
      from: { id: '29:contact-a', name: 'Contact' },
      recipient: { id: '28:test-app', name: 'Waypoint' },
      conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 'test-tenant' },
      ...over,
    };
  }

  async function post(target: Server, body: object, headers: Record<string, string> = {}): Promise<number> {
    const res = await fetch(`${urlOf(target)}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    await res.arrayBuffer();
    return res.status;
  }

  const cards = (): NonNullable<Sent['activity']['attachments']>[number]['content'][] =>
    sent.flatMap((s) => s.activity.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content);

  it('answers a first message with the language menu (past six choices, one choice list in the card)', async () => {
    expect(await post(bot, activity({ text: 'hello' }))).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((s) => s.conversationId === 'a:personal-1')).toBe(true);
    expect(sent.every((s) => s.authorization === `Bearer ${BOT_TOKEN}`)).toBe(true);
    expect(sent[0]!.activity.text).toMatch(/Waypoint/);
    const card = cards().at(-1)!;
    const set = card.body.find((b) => (b as { type?: string }).type === 'Input.ChoiceSet') as unknown as
      | { id: string; choices: { title: string; value: string }[] }
      | undefined;
    expect(set?.id).toBe('choiceId');
    expect(set?.choices.slice(0, 3)).toEqual([
      { title: 'English', value: 'en' },
      { title: 'Français', value: 'fr' },
      { title: 'Español', value: 'es' },
    ]);
    expect(set?.choices).toHaveLength(14);
    expect((card.actions ?? []).map((a) => a.type)).toEqual(['Action.Submit']);
  });

  it('takes a card press (value.choiceId) as the choice', async () => {
    expect(await post(bot, activity({ value: { choiceId: 'fr' } }))).toBe(200);
    const card = cards().at(-1)!;
    expect(card.body[0]!.text).toMatch(/sécuritaire|sûr|en sécurité|parler/i);
    expect((card.actions ?? []).map((a) => a.data?.choiceId)).toEqual(['safe', 'not-now', 'watched']);
  });

  it('answers a picture or file by saying that only text is read; reads only the content type, never the URL', async () => {
    const before = sent.length;
    const pic = activity({
      text: '',
      attachments: [
        { contentType: 'image/png', contentUrl: 'https://smba.example/v3/attachments/secret-image-1' },
        { contentType: 'text/html', content: '<p><img src="x"></p>' },
      ],
    });
    expect(await post(bot, pic)).toBe(200);
    const said = JSON.stringify(sent.slice(before));
    expect(said).toMatch(/seulement du texte|only text/); // this contact chose French earlier
    expect(inputOf(activitySchema.parse({ ...pic, text: 'my <b>pay</b> slip' }))).toEqual({ type: 'media', media: 'image', caption: 'my pay slip' });
    const file = activitySchema.parse(activity({ attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', content: { downloadUrl: 'https://x/secret' } }] }));
    expect(inputOf(file)).toMatchObject({ type: 'media', media: 'file' });
    // A typed message comes with its own text/html copy: still text.
    expect(inputOf(activitySchema.parse(activity({ text: 'hello', attachments: [{ contentType: 'text/html', content: '<p>hello</p>' }] })))).toEqual({ type: 'text', text: 'hello' });
    expect(await rowsContaining(app, 'secret-image-1')).toEqual({});
  });

  it('answers a redelivered activity once, and again only if the first answer did not go out', async () => {
    const a = activity({ text: 'MENU' });
    expect(await post(bot, a)).toBe(200);
    const first = sent.length;
    expect(first).toBeGreaterThan(0);
    expect(await post(bot, a)).toBe(200);
    expect(sent.length).toBe(first);

    const b = activity({ text: 'MENU' });
    failNextSend = true;
    expect(await post(bot, b)).toBe(500);
    sent = [];
    expect(await post(bot, b)).toBe(200);
    expect(sent.length).toBe(first);
  });

  it('stays silent outside one-to-one chats and keeps nothing', async () => {
    const a = activity({ text: 'hello', from: { id: '29:someone-in-a-group' }, conversation: { id: '19:group', conversationType: 'groupChat' } });
    expect(await post(bot, a)).toBe(200);
    expect(sent).toEqual([]);
    expect(await rowsContaining(app, app.conversations.keyOf('teams', '29:someone-in-a-group'))).toEqual({});
  });

  it('never writes first: installing the bot (conversationUpdate) sends nothing', async () => {
    expect(await post(bot, activity({ type: 'conversationUpdate', membersAdded: [{ id: '29:contact-b' }] }))).toBe(200);
    expect(sent).toEqual([]);
  });

  it('with token validation on, refuses requests without a valid Bot Framework token', async () => {
    expect(await post(securedBot, activity({ text: 'hello', from: { id: '29:unsigned' } }))).toBe(401);
    expect(await post(securedBot, activity({ text: 'hello', from: { id: '29:unsigned' } }), { authorization: 'Bearer not-a-jwt' })).toBe(401);
    expect(sent).toEqual([]);
  });

  it('checks the token before reading the body: a malformed or oversized body without a valid token is 401, not 400 or 413', async () => {
    const raw = async (body: string | Buffer, headers: Record<string, string> = {}): Promise<[number, string]> => {
      const res = await fetch(`${urlOf(securedBot)}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      return [res.status, await res.text()];
    };
    expect(await raw('{"type": "message", ')).toEqual([401, '{"error":"unauthorized"}']);
    expect(await raw('{ not json', { authorization: 'Bearer not-a-jwt' })).toEqual([401, '{"error":"unauthorized"}']);
    expect(await raw(Buffer.alloc(200_000, 0x7b))).toEqual([401, '{"error":"unauthorized"}']);
    expect(await raw('garbled', { 'content-encoding': 'gzip' })).toEqual([401, '{"error":"unauthorized"}']);
    expect(sent).toEqual([]);
  });

  it('never logs the Teams user id, the conversation id or the message text', async () => {
    expect(await post(bot, activity({ text: 'my boss keeps my passport zebra-4471', from: { id: '29:contact-logcheck' } }))).toBe(200);
    expect(await post(securedBot, activity({ text: 'zebra-4471', from: { id: '29:contact-logcheck' } }), { authorization: 'Bearer not-a-jwt' })).toBe(401);
    const logs = sink.text();
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of ['zebra-4471', 'passport', '29:contact', 'a:personal-1', 'not-a-jwt']) expect(logs).not.toContain(secret);
  });

  it('keeps, encrypted, the conversation reference for later sends (contact key from the user id alone); TeamsSender posts to that conversation', async () => {
    const user = '29:contact-handoff';
    const conversation = { id: 'a:personal-handoff', conversationType: 'personal', tenantId: 'test-tenant' };
    // A staff console is on (here, one that records), so asking for a person queues a handoff.
    app.handoff.attachConsole(new FakeConsole());
    for (const over of [{ text: 'hello' }, { value: { choiceId: 'en' } }, { value: { choiceId: 'safe' } }, { text: 'HUMAN' }, { value: { choiceId: 'yes' } }, { value: { choiceId: 'no' } }]) {
      expect(await post(bot, activity({ ...over, from: { id: user }, conversation }))).toBe(200);
    }
    const key = app.conversations.keyOf('teams', user);
    const r = await app.store.query<{ contact_key: string; address_enc: Uint8Array }>('select contact_key, address_enc from handoffs where contact_key = $1', [key]);
    expect(r.rows).toHaveLength(1);
    const keys = loadOrCreateSecrets(dataDir, app.config).encryptionKeys;
    const address = decrypt(keys, Buffer.from(r.rows[0]!.address_enc));
    expect(JSON.parse(address)).toEqual({ serviceUrl: connectorUrl, conversationId: 'a:personal-handoff', userId: user });
    // Neither the user id nor the conversation id is in clear anywhere.
    expect(await rowsContaining(app, user)).toEqual({});
    expect(await rowsContaining(app, 'a:personal-handoff')).toEqual({});

    sent = [];
    const sender = new TeamsSender({ clientId: 'test-app', token: () => BOT_TOKEN, logger: app.logger, dirOf: () => 'ltr', sendLabel: () => 'Send' });
    const ctx = { now: new Date(), lastInboundAt: new Date() };
    await sender.send(address, [{ type: 'message', key: 'k', text: 'A support worker is here now.', lang: 'en' }], ctx);
    expect(sent.map((x) => [x.conversationId, x.activity.text, x.authorization])).toEqual([['a:personal-handoff', 'A support worker is here now.', `Bearer ${BOT_TOKEN}`]]);
    // The connector fails (502): retried later. A bare user id (no conversation): given up. Past 24 hours: nothing sent.
    failNextSend = true;
    const e = await sender.send(address, [{ type: 'message', key: 'k', text: 'x', lang: 'en' }], ctx).catch((err: unknown) => err);
    expect(e).toMatchObject({ name: 'SendError', retryable: true });
    await expect(sender.send(user, [{ type: 'message', key: 'k', text: 'x', lang: 'en' }], ctx)).rejects.toMatchObject({ code: 'teams_no_conversation', retryable: false });
    await expect(
      sender.send(address, [{ type: 'message', key: 'k', text: 'x', lang: 'en' }], { now: new Date(), lastInboundAt: new Date(Date.now() - 25 * 3_600_000) }),
    ).rejects.toMatchObject({ code: 'window_closed', retryable: false });
    expect(sent).toHaveLength(1);
    // Past 24 hours with the person's consent to one notice: Teams has no neutral template, so the
    // waiting reply itself goes (the outbox releases it with `consented`).
    await sender.send(address, [{ type: 'message', key: 'k', text: 'Your answer.', lang: 'en' }], {
      now: new Date(),
      lastInboundAt: new Date(Date.now() - 30 * 3_600_000),
      consented: true,
    });
    expect(sent.map((x) => x.activity.text)).toEqual(['A support worker is here now.', 'Your answer.']);
  });

  it('puts long menus in one choice set whose submit carries the same { choiceId }', () => {
    const choices = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, key: `k${i}`, label: `Choice ${i}` }));
    const [out] = renderTeams([{ type: 'message', key: 'k', text: 'Pick one', lang: 'en', choices }], () => 'ltr', () => 'Send');
    const card = out!.attachments![0]!.content;
    const set = card.body[1] as { type: string; id: string; choices: { value: string }[] };
    expect(set.type).toBe('Input.ChoiceSet');
    expect(set.id).toBe('choiceId');
    expect(set.choices.map((c) => c.value)).toEqual(choices.map((c) => c.id));
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Send' }]);
    const [rtl] = renderTeams([{ type: 'message', key: 'k', text: 'مرحبا', lang: 'ar' }], () => 'rtl', () => 'Send');
    expect(rtl!.attachments![0]!.content.rtl).toBe(true);
  });
});
