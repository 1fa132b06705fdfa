// The Teams staff console: proactive cards to the staff channel through a fake Bot Connector
// on loopback; card submits and thread replies arrive at the Teams channel's POST /api/messages
// and are dispatched to the console when their conversation is the staff channel. Token
// validation is bypassed only by the explicit test option; one server keeps it on.
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
import { createLogger } from '../../../src/privacy/logger.ts';
import { mountTeams } from '../../../src/channels/teams/index.ts';
import { createConsoles } from '../../../src/handoff/consoles/index.ts';
import { teamsToPlain } from '../../../src/handoff/consoles/teams/card.ts';
import type { ConsoleRef, HandoffCard, StaffConsole, StaffIdentity } from '../../../src/handoff/types.ts';
import { logSink } from '../../channels/contract.ts';
import { fakeTeamsConnector, type FakeConnector } from '../../support/fakeTeamsConnector.ts';
import { FakeDesk } from './fakeDesk.ts';

const STAFF = '19:staff-handoffs@thread.tacv2';
const ANA: StaffIdentity = { platform: 'teams', userId: 'aad-ana' };
const BEN: StaffIdentity = { platform: 'teams', userId: 'aad-ben' };
const CONTACT_PHONE = '+15145550123';
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const BOT_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'test-app', exp: 4102444800 })}.x`;
const urlOf = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

describe('Teams staff console', () => {
  let dataDir: string;
  let app: App;
  let connector: FakeConnector;
  let bot: Server;
  let secured: Server;
  let desk: FakeDesk;
  let securedDesk: FakeDesk;
  let console_: StaffConsole;
  const sink = logSink();
  let n = 0;

  const card = (over: Partial<HandoffCard> = {}): HandoffCard => {
    n += 1;
    return { handoffId: `t-${n}`, handle: 'K7Q2', lang: 'es', channel: 'sms', topics: ['wages', 'documents'], urgent: false, state: 'queued', waitedMinutes: 3, ...over };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-teams-console-'));
    connector = await fakeTeamsConnector();
    app = await openApp(
      loadConfig({ DATA_DIR: dataDir, TEAMS_CLIENT_ID: 'test-app', TEAMS_HANDOFF_CONVERSATION_ID: STAFF, TEAMS_HANDOFF_SERVICE_URL: connector.url }),
      { memoryStore: true, logger: createLogger({ level: 'trace', destination: sink.stream }) },
    );
    desk = new FakeDesk().staff(ANA, 'Ana').staff(BEN, 'Ben');
    const http = express();
    const teams = await mountTeams(http, app, { clientId: 'test-app', token: () => BOT_TOKEN, insecureSkipAuthForTests: true });
    const consoles = createConsoles(app, http, { desk, teams, teamsToken: () => BOT_TOKEN });
    expect(consoles.map((c) => c.name)).toEqual(['teams']);
    console_ = consoles[0]!;
    bot = await listen(http, 0);

    securedDesk = new FakeDesk().staff(ANA, 'Ana');
    const s = express();
    const securedTeams = await mountTeams(s, app, { clientId: 'test-app', clientSecret: 'not-a-real-secret', tenantId: 'test-tenant' });
    createConsoles(app, s, { desk: securedDesk, teams: securedTeams });
    secured = await listen(s, 0);
  });

  afterAll(async () => {
    for (const s of [bot, secured]) s?.close();
    await connector?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => connector.reset());

  let act = 0;
  function staffActivity(who: StaffIdentity, ref: ConsoleRef, over: Record<string, unknown>): Record<string, unknown> {
    act += 1;
    return {
      type: 'message',
      id: `staff-activity-${act}`,
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: `29:${who.userId}`, aadObjectId: who.userId, name: 'Staff member' },
      recipient: { id: '28:test-app', name: 'Waypoint' },
      conversation: { id: `${STAFF};messageid=${ref.messageRef}`, conversationType: 'channel', tenantId: 'test-tenant', isGroup: true },
      channelData: { channel: { id: STAFF }, team: { id: '19:team@thread.tacv2' }, tenant: { id: 'test-tenant' } },
      ...over,
    };
  }
  const submit = (who: StaffIdentity, ref: ConsoleRef, value: Record<string, unknown>) => staffActivity(who, ref, { replyToId: ref.messageRef, value });
  const reply = (who: StaffIdentity, ref: ConsoleRef, text: string) => staffActivity(who, ref, { text, replyToId: ref.messageRef });

  async function post(target: Server, body: object, headers: Record<string, string> = {}): Promise<number> {
    const res = await fetch(`${urlOf(target)}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    return res.status;
  }

  async function posted(c: HandoffCard, d: FakeDesk = desk): Promise<ConsoleRef> {
    d.add(c);
    const ref = await console_.notify(c, { renotify: false });
    d.link('teams', ref.messageRef, c.handoffId);
    connector.reset();
    return ref;
  }

  const cardOf = (call: FakeConnector['calls'][number]) => call.activity.attachments![0]!.content;

  it('notify posts an Adaptive Card to the staff channel with a Claim submit — no address', async () => {
    const c = card({ urgent: true });
    const ref = await console_.notify({ ...c, address: CONTACT_PHONE } as HandoffCard, { renotify: false });
    expect(ref).toEqual({ console: 'teams', channelRef: STAFF, messageRef: expect.stringMatching(/^\d+$/) });
    const [call] = connector.calls;
    expect(call).toMatchObject({ method: 'create', conversationId: STAFF, authorization: `Bearer ${BOT_TOKEN}` });
    const content = cardOf(call!);
    expect(content.body.map((b) => b.text)).toEqual(['URGENT', 'Contact K7Q2 · Spanish · SMS · topics: wages, documents · waiting 3 min']);
    expect(content.actions).toEqual([{ type: 'Action.Submit', title: 'Claim', style: 'positive', data: { waypoint: 'claim', handoffId: c.handoffId } }]);
    expect(JSON.stringify(connector.calls)).not.toContain(CONTACT_PHONE);
  });

  it('a Claim submit calls desk.claim as that Entra user and updates the card in place', async () => {
    const c = card();
    const ref = await posted(c);
    expect(await post(bot, submit(ANA, ref, { waypoint: 'claim', handoffId: c.handoffId }))).toBe(200);
    expect(desk.calls.filter((x) => x.method === 'claim').at(-1)).toEqual({ method: 'claim', id: c.handoffId, who: ANA });
    const upd = connector.calls.find((x) => x.method === 'update')!;
    expect(upd).toMatchObject({ conversationId: STAFF, activityId: ref.messageRef });
    const content = cardOf(upd);
    expect(JSON.stringify(content.body)).toContain('Claimed by Ana');
    // No controls and no content in the channel: the conversation goes to Ana's one-to-one chat.
    expect(content.actions).toBeUndefined();
  });

  it('a second claimer is told in the thread who has it; the card is not touched', async () => {
    const c = card();
    const ref = await posted(c);
    await post(bot, submit(ANA, ref, { waypoint: 'claim', handoffId: c.handoffId }));
    connector.reset();
    expect(await post(bot, submit(BEN, ref, { waypoint: 'claim', handoffId: c.handoffId }))).toBe(200);
    expect(connector.calls.filter((x) => x.method === 'update')).toEqual([]);
    const [note] = connector.calls;
    expect(note).toMatchObject({ method: 'create', conversationId: `${STAFF};messageid=${ref.messageRef}` });
    expect(note!.activity.text).toBe('Not claimed: Already claimed by Ana.');
  });

  it('someone not on the roster cannot claim', async () => {
    const c = card();
    const ref = await posted(c);
    expect(await post(bot, submit({ platform: 'teams', userId: 'aad-stranger' }, ref, { waypoint: 'claim', handoffId: c.handoffId }))).toBe(200);
    expect(connector.calls[0]!.activity.text).toBe('Not claimed: You are not on the roster of lead workers.');
    expect(desk.card(c.handoffId).state).toBe('queued');
  });

  /** An adaptiveCard/action invoke from a card in the staff member's one-to-one chat. */
  const execute = (who: StaffIdentity, verb: string, data: Record<string, unknown>) =>
    staffActivity(who, { console: 'teams', channelRef: 'a:1on1', messageRef: '1' }, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      conversation: { id: `a:1on1-${who.userId}`, conversationType: 'personal', tenantId: 'test-tenant' },
      value: { action: { type: 'Action.Execute', verb, data } },
    });
  async function invoke(body: object): Promise<{ status: number; body: unknown }> {
    const res = await fetch(`${urlOf(bot)}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json().catch(() => null) };
  }

  it('a thread reply in the channel is not relayed; a card\'s Send in the one-to-one chat reaches desk.reply as typed; Close and Hand back too', async () => {
    const c = card();
    const ref = await posted(c);
    await post(bot, submit(ANA, ref, { waypoint: 'claim', handoffId: c.handoffId }));
    const before = desk.replies.length;
    expect(await post(bot, reply(ANA, ref, 'typed in the thread'))).toBe(200);
    expect(desk.replies.length).toBe(before);

    const sent = await invoke(execute(ANA, 'reply', { waypoint: 'reply', handoffId: c.handoffId, reply: 'Hola & <bienvenida>' }));
    expect(sent.status).toBe(200);
    expect(JSON.stringify(sent.body)).toContain('Sent.');
    expect(desk.replies.slice(before)).toEqual([{ id: c.handoffId, who: ANA, text: 'Hola & <bienvenida>' }]);

    const noOutcome = await invoke(execute(ANA, 'close', { waypoint: 'close', handoffId: c.handoffId }));
    expect(JSON.stringify(noOutcome.body)).toContain('Not closed: pick an outcome first.');
    const closed = await invoke(execute(ANA, 'close', { waypoint: 'close', handoffId: c.handoffId, outcome: 'referral_shelter' }));
    expect(JSON.stringify(closed.body)).toContain('Closed.');
    expect(desk.calls.filter((x) => x.method === 'close').at(-1)).toEqual({ method: 'close', id: c.handoffId, who: ANA, outcome: 'referral_shelter' });
    const late = await invoke(execute(ANA, 'reply', { waypoint: 'reply', handoffId: c.handoffId, reply: 'still there?' }));
    expect(JSON.stringify(late.body)).toContain('This conversation is closed; your message was not sent.');
    expect(desk.replies.length).toBe(before + 1);

    const d = card();
    const ref2 = await posted(d);
    await post(bot, submit(ANA, ref2, { waypoint: 'claim', handoffId: d.handoffId }));
    await invoke(execute(ANA, 'hand_back', { waypoint: 'hand_back', handoffId: d.handoffId }));
    expect(desk.calls.at(-1)).toEqual({ method: 'handBack', id: d.handoffId, who: ANA });
  });

  it('postPrivate opens the one-to-one chat and posts a card there; blank leaves no code name or ids; remove deletes (a 404 counts as deleted)', async () => {
    const c = { ...card(), state: 'claimed' as const, claimedBy: 'Ana' };
    const dm = await console_.postPrivate(ANA, { kind: 'line', card: c, line: { from: 'contact', text: 'my boss has my passport' } });
    expect(connector.calls[0]).toMatchObject({ method: 'conversation', activity: { text: ANA.userId } });
    expect(dm).toMatchObject({ console: 'teams', channelRef: `a:1on1-${ANA.userId}` });
    const posted1 = connector.calls[1]!;
    expect(posted1).toMatchObject({ method: 'create', conversationId: `a:1on1-${ANA.userId}` });
    const content = cardOf(posted1);
    expect(JSON.stringify(content.body)).toContain('my boss has my passport');
    expect(content.actions!.map((a) => (a as { verb?: string }).verb)).toEqual(['reply', 'close', 'hand_back']);

    const ref = await posted(card());
    await console_.blank(ref);
    const upd = connector.calls.find((x) => x.method === 'update')!;
    expect(JSON.stringify(upd.activity)).toContain('A handoff was here. Its details were deleted.');
    for (const gone of ['K7Q2', 'Spanish', 'wages', 'handoffId']) expect(JSON.stringify(upd.activity)).not.toContain(gone);
    await console_.remove(dm);
    await console_.remove(dm);
    expect(connector.calls.filter((x) => x.method === 'delete').map((x) => x.activityId)).toEqual([dm.messageRef, dm.messageRef]);
  });

  it('Pass on…: a card shown in place lists who and why; Ask the contact reaches desk.offerTransfer; a missing choice or a bad target says why', async () => {
    const c = { ...card(), state: 'claimed' as const, claimedBy: 'Ana' };
    await console_.postPrivate(ANA, { kind: 'line', card: c, line: { from: 'contact', text: 'can someone help with my papers' }, targets: desk.targets });
    const content = cardOf(connector.calls.filter((x) => x.method === 'create').at(-1)!);
    const show = content.actions!.find((a) => (a as { type?: string }).type === 'Action.ShowCard') as unknown as { title: string; card: { body: { id?: string; choices?: { value: string }[] }[]; actions: { verb: string; data: Record<string, unknown> }[] } };
    expect(show.title).toBe('Pass on…');
    expect(show.card.body.find((b) => b.id === 'to')!.choices!.map((x) => x.value)).toEqual(['staff:ana', 'coalition:legal-clinic']);
    expect(show.card.body.find((b) => b.id === 'reason')!.choices!.map((x) => x.value)).toEqual(['language', 'shelter', 'legal', 'health', 'other']);
    expect(show.card.actions[0]).toMatchObject({ verb: 'transfer', data: { waypoint: 'transfer', handoffId: c.handoffId } });

    const d = card();
    const ref = await posted(d);
    await post(bot, submit(ANA, ref, { waypoint: 'claim', handoffId: d.handoffId }));
    const none = await invoke(execute(ANA, 'transfer', { waypoint: 'transfer', handoffId: d.handoffId, to: 'staff:ana' }));
    expect(JSON.stringify(none.body)).toContain('Not asked: pick who to pass it on to, and why.');
    expect(desk.calls.some((x) => x.method === 'offerTransfer')).toBe(false);
    const bad = await invoke(execute(ANA, 'transfer', { waypoint: 'transfer', handoffId: d.handoffId, to: 'staff:nobody', reason: 'legal' }));
    expect(JSON.stringify(bad.body)).toContain('Not asked: Pick a lead worker or a coalition on the roster');
    const asked = await invoke(execute(ANA, 'transfer', { waypoint: 'transfer', handoffId: d.handoffId, to: 'coalition:legal-clinic', reason: 'legal' }));
    expect(JSON.stringify(asked.body)).toContain('Asked the contact. Nothing moves until they say yes.');
    expect(desk.calls.filter((x) => x.method === 'offerTransfer').at(-1)).toEqual({ method: 'offerTransfer', id: d.handoffId, who: ANA, to: 'coalition:legal-clinic', reason: 'legal' });
  });

  it('the dispatch leaves contacts’ one-to-one chats to the contact channel', async () => {
    const before = desk.calls.length;
    const status = await post(bot, {
      type: 'message',
      id: 'contact-activity-1',
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: '29:contact-a' },
      recipient: { id: '28:test-app' },
      conversation: { id: 'a:personal-1', conversationType: 'personal', tenantId: 'test-tenant' },
      text: 'hello',
    });
    expect(status).toBe(200);
    expect(desk.calls.length).toBe(before);
    expect(connector.calls.length).toBeGreaterThan(0);
    expect(connector.calls.every((c) => c.conversationId === 'a:personal-1')).toBe(true);
  });

  it('with token validation on, unsigned staff activities are refused and nothing is called', async () => {
    const c = card();
    const ref = await posted(c, securedDesk);
    expect(await post(secured, submit(ANA, ref, { waypoint: 'claim', handoffId: c.handoffId }))).toBe(401);
    expect(await post(secured, submit(ANA, ref, { waypoint: 'claim', handoffId: c.handoffId }), { authorization: 'Bearer not-a-jwt' })).toBe(401);
    expect(await post(secured, reply(ANA, ref, 'forged'))).toBe(401);
    expect(securedDesk.actions()).toEqual([]);
    expect(securedDesk.card(c.handoffId).state).toBe('queued');
    expect(connector.calls).toEqual([]);
  });

  it('turns Teams HTML into the plain text a contact reads', () => {
    expect(teamsToPlain('<at>Waypoint</at>&nbsp;<p>one</p><p>two &lt;3</p>')).toBe('one\ntwo <3');
  });

  it('never logs staff or contact text, Teams user ids or the staff conversation id', async () => {
    const c = card();
    const ref = await posted(c);
    await post(bot, submit({ platform: 'teams', userId: 'aad-stranger' }, ref, { waypoint: 'claim', handoffId: c.handoffId }));
    await post(bot, submit(ANA, ref, { waypoint: 'claim', handoffId: c.handoffId }));
    await post(bot, reply(ANA, ref, 'zebra-4471 call me'));
    await post(bot, submit(ANA, ref, { waypoint: 'close', handoffId: c.handoffId, outcome: 'other' }));
    await post(bot, reply(ANA, ref, 'zebra-4471 late'));
    await post(secured, reply(ANA, ref, 'zebra-4471 forged'), { authorization: 'Bearer not-a-jwt' });
    const logs = sink.text();
    expect(logs).toContain('staff_action_refused');
    for (const secret of ['zebra-4471', 'passport', CONTACT_PHONE, 'aad-ana', 'aad-stranger', '29:', 'staff-handoffs', 'not-a-jwt']) expect(logs).not.toContain(secret);
  });
});
