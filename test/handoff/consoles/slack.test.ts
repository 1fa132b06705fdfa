// The Slack staff console on our Express app, against a fake Slack Web API on loopback and a
// fake desk. Requests to /slack/events are signed the way Slack signs them; forged, unsigned
// and stale ones must change nothing.
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
import { createConsoles } from '../../../src/handoff/consoles/index.ts';
import { slackToPlain } from '../../../src/handoff/consoles/slack/blocks.ts';
import type { ConsoleRef, HandoffCard, StaffConsole, StaffIdentity } from '../../../src/handoff/types.ts';
import { SendError } from '../../../src/channels/types.ts';
import { logSink } from '../../channels/contract.ts';
import { eventBody, fakeSlack, interactionBody, slackHeaders, type FakeSlack } from '../../support/fakeSlack.ts';
import { FakeDesk } from './fakeDesk.ts';

const SECRET = 'slack-signing-secret-for-tests';
const TOKEN = 'xoxb-test-token';
const CHANNEL = 'C0HANDOFF';
const ANA: StaffIdentity = { platform: 'slack', userId: 'U0ANA' };
const BEN: StaffIdentity = { platform: 'slack', userId: 'U0BEN' };
const STRANGER = 'U0STRANGER';
/** What a contact's address would look like if it leaked: it must appear nowhere. */
const CONTACT_PHONE = '+15145550123';

describe('Slack staff console', () => {
  let dataDir: string;
  let app: App;
  let slack: FakeSlack;
  let server: Server;
  let url: string;
  let desk: FakeDesk;
  let console_: StaffConsole;
  const sink = logSink();
  let n = 0;

  const card = (over: Partial<HandoffCard> = {}): HandoffCard => {
    n += 1;
    return { handoffId: `h-${n}`, handle: 'K7Q2', lang: 'es', channel: 'sms', topics: ['wages', 'documents'], urgent: false, state: 'queued', waitedMinutes: 3, ...over };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-slack-console-'));
    slack = await fakeSlack({ botToken: TOKEN });
    app = await openApp(
      loadConfig({ DATA_DIR: dataDir, SLACK_SIGNING_SECRET: SECRET, SLACK_BOT_TOKEN: TOKEN, SLACK_HANDOFF_CHANNEL: CHANNEL, SLACK_API_BASE_URL: slack.url }),
      { memoryStore: true, logger: createLogger({ level: 'trace', destination: sink.stream }) },
    );
    desk = new FakeDesk().staff(ANA, 'Ana').staff(BEN, 'Ben');
    const http = express();
    const consoles = createConsoles(app, http, { desk, slackProcessBeforeResponse: true });
    expect(consoles.map((c) => c.name)).toEqual(['slack']);
    console_ = consoles[0]!;
    server = await listen(http, 0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server?.close();
    await slack?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  beforeEach(() => slack.reset());

  async function post(d: { body: string; contentType: string }, headers: Record<string, string> = slackHeaders(SECRET, d.body, d.contentType)): Promise<number> {
    const res = await fetch(`${url}/slack/events`, { method: 'POST', headers, body: d.body });
    await res.arrayBuffer();
    return res.status;
  }

  const press = (who: string, ref: ConsoleRef, action: Record<string, unknown>) =>
    interactionBody({
      type: 'block_actions',
      user: { id: who, username: 'someone', team_id: 'T_TEST' },
      team: { id: 'T_TEST', domain: 'coalition' },
      api_app_id: 'A_TEST',
      container: { type: 'message', message_ts: ref.messageRef, channel_id: ref.channelRef },
      channel: { id: ref.channelRef, name: 'handoffs' },
      message: { ts: ref.messageRef, type: 'message' },
      trigger_id: '1.2.3',
      response_url: 'https://hooks.slack.invalid/actions/1',
      actions: [{ action_ts: '1700000000.1', ...action }],
    });
  const claim = (who: string, ref: ConsoleRef, id: string) => press(who, ref, { type: 'button', action_id: 'claim', block_id: `waypoint_handoff:${id}`, value: id });
  const closeWith = (who: string, ref: ConsoleRef, id: string, outcome: string) =>
    press(who, ref, { type: 'static_select', action_id: 'close', block_id: `waypoint_handoff:${id}`, selected_option: { text: { type: 'plain_text', text: outcome }, value: outcome } });
  const threadReply = (who: string, ref: ConsoleRef, text: string, over: Record<string, unknown> = {}) =>
    eventBody({ type: 'message', channel: ref.channelRef, user: who, text, ts: `${Date.now() / 1000}`, thread_ts: ref.messageRef, channel_type: 'channel', ...over });

  /** A card posted and linked to its handoff, as the worker and desk would do. */
  async function posted(c: HandoffCard, earlier: { from: 'contact' | 'staff'; text: string }[] = []): Promise<ConsoleRef> {
    desk.add(c, earlier);
    const ref = await console_.notify(c, { renotify: false });
    desk.link('slack', ref.messageRef, c.handoffId);
    slack.reset();
    return ref;
  }

  const text = (v: unknown): string => JSON.stringify(v);

  it('notify posts a Block Kit card with the handle, language, channel type, topics and wait, and a Claim button — no address', async () => {
    const c = card();
    // A console gets only HandoffCard fields; even if more came along, none may be shown.
    const ref = await console_.notify({ ...c, address: CONTACT_PHONE } as HandoffCard, { renotify: false });
    expect(ref).toEqual({ console: 'slack', channelRef: CHANNEL, messageRef: expect.stringMatching(/^\d+\.\d+$/) });
    const [call] = slack.of('chat.postMessage');
    expect(call!.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call!.args.channel).toBe(CHANNEL);
    const blocks = call!.args.blocks as { type: string; text?: { text: string }; elements?: { action_id?: string; value?: string; type: string }[] }[];
    expect(blocks[0]!.text!.text).toBe('Contact K7Q2 · Spanish · SMS · topics: wages, documents · waiting 3 min');
    const actions = blocks.find((b) => b.type === 'actions')!;
    expect(actions.elements).toEqual([expect.objectContaining({ type: 'button', action_id: 'claim', value: c.handoffId })]);
    expect(text(slack.calls)).not.toContain(CONTACT_PHONE);
  });

  it('puts URGENT first on an urgent card, and pings the supervisors when asked', async () => {
    await console_.notify(card({ urgent: true }), { renotify: true, mention: 'supervisors' });
    const blocks = slack.of('chat.postMessage')[0]!.args.blocks as { text?: { text: string } }[];
    expect(blocks[0]!.text!.text).toMatch(/^\*URGENT\* · \*Still waiting\* · \*Supervisors\* · Contact K7Q2/);
    expect(slack.of('chat.postMessage')[0]!.args.text).toMatch(/^URGENT · /);
  });

  it('a Claim press calls desk.claim as that Slack user and turns the card into Close… and Hand back', async () => {
    const c = card();
    const ref = await posted(c);
    expect(await post(claim(ANA.userId, ref, c.handoffId))).toBe(200);
    expect(desk.calls.filter((x) => x.method === 'claim').at(-1)).toEqual({ method: 'claim', id: c.handoffId, who: ANA });
    const [upd] = slack.of('chat.update');
    expect(upd!.args).toMatchObject({ channel: CHANNEL, ts: ref.messageRef });
    const blocks = upd!.args.blocks as { type: string; elements?: { type: string; action_id?: string; text?: string; options?: { value: string }[] }[] }[];
    expect(text(blocks)).toContain('Claimed by Ana');
    const controls = blocks.find((b) => b.type === 'actions')!.elements!;
    expect(controls.map((e) => e.action_id)).toEqual(['close', 'hand_back']);
    expect(controls[0]!.options!.map((o) => o.value)).toContain('referral_legal');
    expect(text(blocks)).not.toContain('"claim"');
  });

  it('shows the claimer alone what the contact wrote while waiting', async () => {
    const c = card();
    const ref = await posted(c, [{ from: 'contact', text: 'hola, necesito ayuda' }]);
    expect(await post(claim(ANA.userId, ref, c.handoffId))).toBe(200);
    const [eph] = slack.of('chat.postEphemeral');
    expect(eph!.args).toMatchObject({ channel: CHANNEL, user: ANA.userId, thread_ts: ref.messageRef });
    expect(text(eph!.args)).toContain('hola, necesito ayuda');
    expect(slack.of('chat.postMessage')).toEqual([]);
  });

  it('a second claimer is told, privately, who has it; the card is not touched', async () => {
    const c = card();
    const ref = await posted(c);
    expect(await post(claim(ANA.userId, ref, c.handoffId))).toBe(200);
    slack.reset();
    expect(await post(claim(BEN.userId, ref, c.handoffId))).toBe(200);
    expect(slack.of('chat.update')).toEqual([]);
    const [eph] = slack.of('chat.postEphemeral');
    expect(eph!.args).toMatchObject({ channel: CHANNEL, user: BEN.userId });
    expect(eph!.args.text).toBe('Not claimed: Already claimed by Ana.');
  });

  it('someone not on the roster cannot claim, and is told so', async () => {
    const c = card();
    const ref = await posted(c);
    expect(await post(claim(STRANGER, ref, c.handoffId))).toBe(200);
    expect(slack.of('chat.update')).toEqual([]);
    expect(slack.of('chat.postEphemeral')[0]!.args).toMatchObject({ user: STRANGER, text: 'Not claimed: You are not on the roster of lead workers.' });
    expect(desk.card(c.handoffId).state).toBe('queued');
  });

  it('relays the claimer’s thread replies as plain text; ignores bots, edits, other threads and redeliveries', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    const before = desk.replies.length;
    const reply = threadReply(ANA.userId, ref, 'Hola &lt;3 — see <https://example.org/rights|your rights> <@U0BEN>');
    expect(await post(reply)).toBe(200);
    expect(desk.replies.slice(before)).toEqual([{ id: c.handoffId, who: ANA, text: 'Hola <3 — see your rights (https://example.org/rights)' }]);
    // The same event delivered again (Slack retries) is relayed once.
    expect(await post(reply)).toBe(200);
    // Our own relays, other bots, edits, another thread, another channel, the root itself: nothing.
    await post(threadReply(ANA.userId, ref, 'bot says', { bot_id: 'B_BOT', subtype: 'bot_message' }));
    await post(threadReply(ANA.userId, ref, 'edited', { subtype: 'message_changed' }));
    await post(threadReply(ANA.userId, { ...ref, messageRef: '1600000000.000001' }, 'other thread'));
    await post(threadReply(ANA.userId, { ...ref, channelRef: 'C0OTHER' }, 'other channel'));
    await post(eventBody({ type: 'message', channel: CHANNEL, user: ANA.userId, text: 'top level', ts: '1700000999.000001' }));
    expect(desk.replies.length).toBe(before + 1);
    expect(slack.of('chat.postEphemeral')).toEqual([]);
  });

  it('closes with an outcome from the select, then refuses a reply with a note', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    slack.reset();
    expect(await post(closeWith(ANA.userId, ref, c.handoffId, 'referral_legal'))).toBe(200);
    expect(desk.calls.filter((x) => x.method === 'close').at(-1)).toEqual({ method: 'close', id: c.handoffId, who: ANA, outcome: 'referral_legal' });
    const upd = slack.of('chat.update')[0]!;
    expect(text(upd.args.blocks)).toContain('Closed by Ana · outcome: Referral legal');
    expect((upd.args.blocks as { type: string }[]).some((b) => b.type === 'actions')).toBe(false);

    slack.reset();
    const before = desk.replies.length;
    expect(await post(threadReply(ANA.userId, ref, 'are you still there?'))).toBe(200);
    expect(desk.replies.length).toBe(before);
    const [eph] = slack.of('chat.postEphemeral');
    expect(eph!.args).toMatchObject({ channel: CHANNEL, user: ANA.userId, thread_ts: ref.messageRef, text: 'This conversation is closed; your message was not sent.' });
  });

  it('hands the conversation back to the assistant', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    expect(await post(press(ANA.userId, ref, { type: 'button', action_id: 'hand_back', block_id: `waypoint_handoff:${c.handoffId}`, value: c.handoffId }))).toBe(200);
    expect(desk.calls.at(-1)).toEqual({ method: 'handBack', id: c.handoffId, who: ANA });
  });

  it('only the claimer may close: another lead worker gets the desk’s reason', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    slack.reset();
    expect(await post(closeWith(BEN.userId, ref, c.handoffId, 'other'))).toBe(200);
    expect(slack.of('chat.update')).toEqual([]);
    expect(slack.of('chat.postEphemeral')[0]!.args.text).toBe('Not closed: Only the lead worker who claimed this conversation can do that.');
  });

  it('update shows an erased conversation without controls; postInThread posts plain text in the thread', async () => {
    const c = card();
    const ref = await posted(c);
    await console_.update(ref, { ...c, state: 'erased' });
    const upd = slack.of('chat.update')[0]!;
    expect(text(upd.args.blocks)).toContain('The contact erased this conversation.');
    expect((upd.args.blocks as { type: string }[]).some((b) => b.type === 'actions')).toBe(false);

    await console_.postInThread(ref, { from: 'contact', text: 'my boss has my passport <!channel>' });
    const msg = slack.of('chat.postMessage')[0]!;
    expect(msg.args).toMatchObject({ channel: CHANNEL, thread_ts: ref.messageRef });
    expect(msg.args.text).toBe('New message from the contact'); // the push preview never holds the text
    const blocks = msg.args.blocks as { text?: { type: string; text: string } }[];
    expect(blocks.find((b) => b.text?.text.includes('passport'))!.text!.type).toBe('plain_text');
  });

  it('forged, unsigned, stale and future-dated requests are refused and change nothing', async () => {
    const c = card();
    const ref = await posted(c);
    const calls = desk.calls.length;
    const d = claim(ANA.userId, ref, c.handoffId);
    const now = Math.floor(Date.now() / 1000);
    expect(await post(d, slackHeaders('not-the-secret', d.body, d.contentType))).toBe(401);
    expect(await post(d, { 'content-type': d.contentType })).toBe(401);
    expect(await post(d, slackHeaders(SECRET, d.body, d.contentType, now - 6 * 60))).toBe(401);
    // Signed with the right secret an hour (and six minutes) ahead: replayable until then, so refused.
    expect(await post(d, slackHeaders(SECRET, d.body, d.contentType, now + 3600))).toBe(401);
    expect(await post(d, slackHeaders(SECRET, d.body, d.contentType, now + 6 * 60))).toBe(401);
    // A valid signature over another body.
    const other = claim(BEN.userId, ref, c.handoffId);
    expect(await post(d, slackHeaders(SECRET, other.body, d.contentType))).toBe(401);
    const r = threadReply(ANA.userId, ref, 'forged reply');
    expect(await post(r, slackHeaders('not-the-secret', r.body, r.contentType))).toBe(401);
    expect(desk.calls.length).toBe(calls);
    expect(slack.calls).toEqual([]);
    expect(desk.card(c.handoffId).state).toBe('queued');
  });

  it('never calls auth.test', () => {
    expect(slack.of('auth.test')).toEqual([]);
  });

  it('a Slack refusal is a non-retryable SendError; a failing Slack is retryable', async () => {
    slack.failNext('channel_not_found');
    await expect(console_.notify(card(), { renotify: false })).rejects.toMatchObject({ name: 'SendError', code: 'slack_channel_not_found', retryable: false });
    slack.failNext(503);
    const err = await console_.notify(card(), { renotify: false }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SendError);
    expect((err as SendError).retryable).toBe(true);
  });

  it('turns Slack mrkdwn into the plain text a contact reads', () => {
    expect(slackToPlain('a &amp; b &lt;c&gt; <mailto:x@y.org|x@y.org> <#C123|general> <!here>')).toBe('a & b <c> x@y.org');
  });

  it('never logs staff or contact text, Slack user ids or signatures', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(STRANGER, ref, c.handoffId));
    await post(claim(ANA.userId, ref, c.handoffId));
    await post(threadReply(ANA.userId, ref, 'zebra-4471 call me'));
    await post(closeWith(ANA.userId, ref, c.handoffId, 'no_response'));
    await post(threadReply(ANA.userId, ref, 'zebra-4471 late'));
    const d = claim(BEN.userId, ref, c.handoffId);
    await post(d, slackHeaders('not-the-secret', d.body, d.contentType));
    const logs = sink.text();
    expect(logs).toContain('staff_action_refused');
    for (const secret of ['zebra-4471', 'passport', 'necesito', CONTACT_PHONE, ANA.userId, BEN.userId, STRANGER, SECRET, TOKEN]) expect(logs).not.toContain(secret);
  });
});
