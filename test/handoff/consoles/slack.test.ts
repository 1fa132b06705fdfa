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

  it('a Claim press calls desk.claim as that Slack user and turns the card into "Claimed by Ana": no controls, no content', async () => {
    const c = card();
    const ref = await posted(c);
    expect(await post(claim(ANA.userId, ref, c.handoffId))).toBe(200);
    expect(desk.calls.filter((x) => x.method === 'claim').at(-1)).toEqual({ method: 'claim', id: c.handoffId, who: ANA });
    const [upd] = slack.of('chat.update');
    expect(upd!.args).toMatchObject({ channel: CHANNEL, ts: ref.messageRef });
    const blocks = upd!.args.blocks as { type: string }[];
    expect(text(blocks)).toContain('Claimed by Ana');
    expect(blocks.some((b) => b.type === 'actions')).toBe(false);
    // The conversation is not shown here: the worker posts it to Ana's DM (postPrivate).
    expect(slack.of('chat.postEphemeral')).toEqual([]);
    expect(slack.of('chat.postMessage')).toEqual([]);
  });

  it('postPrivate opens the DM with the claimer and posts there: plain text, no content in the notification, a reply box and the controls', async () => {
    const c = { ...card(), state: 'claimed' as const, claimedBy: 'Ana' };
    const ref = await console_.postPrivate(ANA, { kind: 'opened', card: c, earlier: [{ from: 'contact', text: 'hola, necesito ayuda <!channel>' }] });
    expect(slack.of('conversations.open')[0]!.args).toMatchObject({ users: ANA.userId });
    expect(ref).toMatchObject({ console: 'slack', channelRef: `D${ANA.userId}` });
    const msg = slack.of('chat.postMessage')[0]!;
    expect(msg.args.channel).toBe(`D${ANA.userId}`);
    expect(msg.args.text).toBe('Contact K7Q2 is yours now');
    const blocks = msg.args.blocks as { type: string; block_id?: string; text?: { type: string; text: string }; elements?: { action_id?: string }[] }[];
    expect(blocks.find((b) => b.text?.text.includes('necesito'))!.text!.type).toBe('plain_text');
    expect(blocks.find((b) => b.type === 'input')!.block_id).toBe(`waypoint_reply:${c.handoffId}:0`);
    expect(blocks.find((b) => b.type === 'actions')!.elements!.map((e) => e.action_id)).toEqual(['reply_modal', 'close', 'hand_back', 'transfer_modal']);
    // A second post to Ana reuses the DM.
    await console_.postPrivate(ANA, { kind: 'line', card: c, line: { from: 'contact', text: 'otra cosa' } });
    expect(slack.of('conversations.open')).toHaveLength(1);
    expect(slack.of('chat.postMessage')[1]!.args.text).toBe('New message from Contact K7Q2');
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

  const DM = (who: StaffIdentity): ConsoleRef => ({ console: 'slack', channelRef: `D${who.userId}`, messageRef: '1700000500.000100' });
  const typed = (who: StaffIdentity, id: string, value: string, actionTs: string) =>
    press(who.userId, DM(who), { type: 'plain_text_input', action_id: 'reply', block_id: `waypoint_reply:${id}:0`, value, action_ts: actionTs });

  it('the DM reply box and the modal reach desk.reply as typed; a redelivery once; nothing from the staff channel', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    const before = desk.replies.length;
    const r1 = typed(ANA, c.handoffId, 'Hola <3 — see https://example.org/rights', '1700000600.1');
    expect(await post(r1)).toBe(200);
    expect(await post(r1)).toBe(200); // Slack retried the same action
    expect(desk.replies.slice(before)).toEqual([{ id: c.handoffId, who: ANA, text: 'Hola <3 — see https://example.org/rights' }]);
    // The same box pressed from the staff channel: not a private conversation, ignored.
    expect(await post(press(ANA.userId, ref, { type: 'plain_text_input', action_id: 'reply', block_id: `waypoint_reply:${c.handoffId}:0`, value: 'x', action_ts: '1700000600.2' }))).toBe(200);
    expect(desk.replies.length).toBe(before + 1);
    // The larger box: views.open with the click's trigger, then view_submission.
    expect(await post(press(ANA.userId, DM(ANA), { type: 'button', action_id: 'reply_modal', block_id: `waypoint_handoff:${c.handoffId}`, value: c.handoffId }))).toBe(200);
    const view = slack.of('views.open')[0]!.args.view as { callback_id: string; private_metadata: string };
    expect(slack.of('views.open')[0]!.args.trigger_id).toBe('1.2.3');
    const submit = (value: string) =>
      interactionBody({ type: 'view_submission', user: { id: ANA.userId }, team: { id: 'T_TEST' }, view: { id: 'V1', callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: { reply_text: { reply: { type: 'plain_text_input', value } } } } } });
    expect(await post(submit('a longer answer,\non two lines'))).toBe(200);
    expect(desk.replies.at(-1)).toEqual({ id: c.handoffId, who: ANA, text: 'a longer answer,\non two lines' });
    expect(slack.of('chat.postEphemeral')).toEqual([]);
  });

  it('closes with an outcome from the DM, then refuses a reply with a note; a refused modal says why in the box', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    slack.reset();
    expect(await post(closeWith(ANA.userId, DM(ANA), c.handoffId, 'referral_legal'))).toBe(200);
    expect(desk.calls.filter((x) => x.method === 'close').at(-1)).toEqual({ method: 'close', id: c.handoffId, who: ANA, outcome: 'referral_legal' });
    // From the staff channel, a close is not read (the channel card has no controls).
    expect(await post(closeWith(ANA.userId, ref, c.handoffId, 'other'))).toBe(200);
    expect(desk.calls.filter((x) => x.method === 'close')).toHaveLength(1);

    slack.reset();
    const before = desk.replies.length;
    expect(await post(typed(ANA, c.handoffId, 'are you still there?', '1700000700.1'))).toBe(200);
    expect(desk.replies.length).toBe(before);
    expect(slack.of('chat.postEphemeral')[0]!.args).toMatchObject({ channel: `D${ANA.userId}`, user: ANA.userId, text: 'This conversation is closed; your message was not sent.' });
    const res = await fetch(`${url}/slack/events`, {
      method: 'POST',
      ...(() => {
        const d = interactionBody({ type: 'view_submission', user: { id: ANA.userId }, team: { id: 'T_TEST' }, view: { id: 'V1', callback_id: 'waypoint_reply', private_metadata: c.handoffId, state: { values: { reply_text: { reply: { type: 'plain_text_input', value: 'late' } } } } } });
        return { headers: slackHeaders(SECRET, d.body, d.contentType), body: d.body };
      })(),
    });
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { reply_text: 'This conversation is closed; your message was not sent.' } });
  });

  it('hands the conversation back to the assistant from the DM', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    expect(await post(press(ANA.userId, DM(ANA), { type: 'button', action_id: 'hand_back', block_id: `waypoint_handoff:${c.handoffId}`, value: c.handoffId }))).toBe(200);
    expect(desk.calls.at(-1)).toEqual({ method: 'handBack', id: c.handoffId, who: ANA });
  });

  it('only the claimer may close: another lead worker gets the desk’s reason', async () => {
    const c = card();
    const ref = await posted(c);
    await post(claim(ANA.userId, ref, c.handoffId));
    slack.reset();
    expect(await post(closeWith(BEN.userId, DM(BEN), c.handoffId, 'other'))).toBe(200);
    expect(slack.of('chat.update')).toEqual([]);
    expect(slack.of('chat.postEphemeral')[0]!.args.text).toBe('Not closed: Only the lead worker who claimed this conversation can do that.');
  });

  it('blank leaves a card with no code name, language, topics or ids; remove deletes, and a message already gone counts as deleted', async () => {
    const c = card();
    const ref = await posted(c);
    await console_.blank(ref);
    const upd = slack.of('chat.update')[0]!;
    expect(upd.args).toMatchObject({ channel: CHANNEL, ts: ref.messageRef, text: 'A handoff was here. Its details were deleted.' });
    for (const gone of ['K7Q2', 'Spanish', 'wages', c.handoffId, 'waypoint_']) expect(text(upd.args)).not.toContain(gone);
    const dm = await console_.postPrivate(ANA, { kind: 'note', card: { ...c, state: 'claimed' }, text: 'A note.' });
    await console_.remove(dm);
    await console_.remove(dm); // the fake answers message_not_found the second time
    expect(slack.of('chat.delete').map((x) => x.args)).toEqual([
      { channel: dm.channelRef, ts: dm.messageRef },
      { channel: dm.channelRef, ts: dm.messageRef },
    ]);
    slack.failNext(503);
    await expect(console_.remove(dm)).rejects.toMatchObject({ retryable: true });
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
