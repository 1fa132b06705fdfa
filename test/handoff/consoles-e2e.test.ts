// The handoff end to end with the real staff consoles (issue 18): a contact on SMS (signed
// Twilio webhooks) asks for a person and consents; the Slack console (a real Bolt app on our
// Express app at POST /slack/events, its Web API a fake Slack on loopback) and the Teams
// console (the contact-facing Teams channel mounted, a fake Bot Connector on loopback) both
// get the card. What the contact writes before a claim reaches no API call; after the claim
// it reaches only the claimer's private conversation (the app's Slack DM with them, or the
// bot's Teams one-to-one chat); a reply sent the new way (Slack: the DM's reply box or the
// modal; Teams: a card's Action.Execute) reaches the contact; after ERASE, and separately
// after the retention sweep, every message the app posted with contact or staff text got a
// delete call, and the cards are blank.
//
// Wired as src/serve.ts wires it, with Slack answering only after its handler ran (the test
// option), and a fixed Teams token instead of a client secret.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openApp, type App } from '../../src/app.ts';
import { createHttpApp, listen } from '../../src/server.ts';
import { createOutbox } from '../../src/channels/index.ts';
import type { Dispatcher } from '../../src/channels/outbox/dispatcher.ts';
import { createLogger } from '../../src/privacy/logger.ts';
import { mountTeams } from '../../src/channels/teams/index.ts';
import { createConsoles } from '../../src/handoff/consoles/index.ts';
import type { HandoffWorker } from '../../src/handoff/worker.ts';
import { fakeTwilio, type FakePlatform } from '../support/fakePlatforms.ts';
import { fakeSlack, interactionBody, slackHeaders, type FakeSlack } from '../support/fakeSlack.ts';
import { fakeTeamsConnector, type FakeConnector } from '../support/fakeTeamsConnector.ts';
import { dumpAllTables } from '../support/app.ts';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';
import { ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL, ROSTER, postSms } from './support.ts';

const PHONE = '+15555550177';
const DIGITS = '5555550177';
/** Written before anyone claimed: it must reach no API call until the claim. */
const MARK = 'zebra-7731 I am Maria, my employer keeps my passport';
const C1 = 'I work at the farm near the river';
const S1 = 'Thank you for telling me. Are you safe right now?';
const S2 = 'Here is what we can do next, step by step.';
const TEXTS = [MARK, C1, S1, S2];
/** Written after the handoff was passed on: it reaches only the new claimer. */
const C2 = 'the new worker should see this line';

const SLACK_SECRET = 'slack-signing-secret-for-e2e';
const SLACK_TOKEN = 'xoxb-e2e-token';
const SLACK_CHANNEL = 'C0HANDOFF';
const TEAMS_STAFF = '19:staff-handoffs@thread.tacv2';
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const TEAMS_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'test-app', exp: 4102444800 })}.x`;
const ANA = 'U_ANA'; // lw-ana in the roster (English)
const BO_AAD = 'aad-bo'; // lw-bo's Teams (Entra object id)
const DM_ANA = `D${ANA}`; // the fake Slack's direct message with Ana

interface Rig {
  app: App;
  url: string;
  twilio: FakePlatform;
  slack: FakeSlack;
  connector: FakeConnector;
  worker: HandoffWorker;
  outbox: Dispatcher;
  logs(): string;
  sms(body: string): Promise<string[]>;
  slackPost(d: { body: string; contentType: string }): Promise<number>;
  teamsPost(activity: object): Promise<{ status: number; body: unknown }>;
  settle(): Promise<void>;
  close(): Promise<void>;
}

async function startRig(server: boolean): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-consoles-e2e-'));
  const rosterFile = join(dir, 'roster.yaml');
  writeFileSync(rosterFile, ROSTER.replace('slack_user_id: U_BO', `slack_user_id: U_BO\n    teams_user_id: ${BO_AAD}`));
  const platform = await fakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
  const slack = await fakeSlack({ botToken: SLACK_TOKEN });
  const connector = await fakeTeamsConnector();
  const chunks: string[] = [];
  const logger = createLogger({
    level: 'debug',
    destination: new Writable({
      write(c, _e, cb) {
        chunks.push(String(c));
        cb();
      },
    }),
  });
  const db = server ? await createDatabase() : null;
  const config = loadConfig({
    DATA_DIR: dir,
    LOG_LEVEL: 'debug',
    ...(db ? { DATABASE_URL: db.url } : {}),
    PUBLIC_BASE_URL,
    TWILIO_ACCOUNT_SID: ACCOUNT_SID,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    TWILIO_FROM_NUMBER: '+15555550100',
    TWILIO_API_BASE_URL: platform.url,
    ROSTER_FILE: rosterFile,
    HANDOFF_RETENTION_DAYS: '0',
    SLACK_SIGNING_SECRET: SLACK_SECRET,
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_HANDOFF_CHANNEL: SLACK_CHANNEL,
    SLACK_API_BASE_URL: slack.url,
    TEAMS_CLIENT_ID: 'test-app',
    TEAMS_HANDOFF_CONVERSATION_ID: TEAMS_STAFF,
    TEAMS_HANDOFF_SERVICE_URL: connector.url,
  });
  const app = await openApp(config, { logger, memoryStore: !db });
  const http = createHttpApp(app);
  const teams = await mountTeams(http, app, { clientId: 'test-app', token: () => TEAMS_TOKEN, insecureSkipAuthForTests: true });
  const consoles = createConsoles(app, http, { desk: app.handoff.desk, teams, slackProcessBeforeResponse: true, teamsToken: () => TEAMS_TOKEN });
  expect(consoles.map((c) => c.name).sort()).toEqual(['slack', 'teams']);
  for (const c of consoles) app.handoff.attachConsole(c);
  const worker = app.handoff.createWorker({ backoff: { baseMs: 1, maxMs: 1, maxAttempts: 8 } });
  const outbox = createOutbox(app);
  const srv: Server = await listen(http, 0);
  const url = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
  return {
    app,
    url,
    twilio: platform,
    slack,
    connector,
    worker,
    outbox,
    logs: () => chunks.join(''),
    sms: (body) => postSms(url, PHONE, body),
    async slackPost(d) {
      const res = await fetch(`${url}/slack/events`, { method: 'POST', headers: slackHeaders(SLACK_SECRET, d.body, d.contentType), body: d.body });
      await res.arrayBuffer();
      return res.status;
    },
    async teamsPost(activity) {
      const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    },
    async settle() {
      for (let i = 0; i < 30; i++) {
        const w = await worker.runOnce();
        const o = await outbox.dispatchOnce();
        if (w.sent + w.retried + w.renotified + w.escalated + o.sent + o.retried === 0) return;
      }
      throw new Error('did not settle');
    },
    async close() {
      await new Promise<void>((r) => {
        srv.closeAllConnections();
        srv.close(() => r());
      });
      await app.close();
      await platform.close();
      await slack.close();
      await connector.close();
      await db?.drop();
    },
  };
}

/** Slack calls whose arguments hold a text. */
const slackWith = (r: Rig, text: string) => r.slack.calls.filter((c) => JSON.stringify(c.args).includes(text));
const teamsWith = (r: Rig, text: string) => r.connector.calls.filter((c) => JSON.stringify(c.activity).includes(text));

/** Every Slack message the app posted (ts and channel) that showed one of the texts. */
function slackPostsWithText(r: Rig): { channel: string; ts: string }[] {
  const out: { channel: string; ts: string }[] = [];
  const posts = r.slack.of('chat.postMessage');
  // The fake answers chat.postMessage with ts = 1700000000 + n, n counting every post and ephemeral.
  for (const c of posts) {
    if (TEXTS.some((t) => JSON.stringify(c.args).includes(t))) out.push({ channel: String(c.args.channel), ts: String((c as { ts?: string }).ts) });
  }
  return out;
}

let activityN = 0;
function teamsActivity(over: Record<string, unknown>): Record<string, unknown> {
  activityN += 1;
  return {
    type: 'message',
    id: `staff-${activityN}`,
    channelId: 'msteams',
    from: { id: `29:${BO_AAD}`, aadObjectId: BO_AAD, name: 'Bo' },
    recipient: { id: '28:test-app', name: 'Waypoint' },
    ...over,
  };
}

async function toQueue(r: Rig): Promise<{ id: string; slackTs: string; teamsCard: string }> {
  expect((await r.sms('hi')).length).toBeGreaterThan(0);
  await r.sms('HUMAN');
  await r.sms('1');
  expect((await r.sms('2')).join('\n')).toContain('You are next in line'); // consent, then no notice
  await r.settle();
  const cards = r.slack.of('chat.postMessage').filter((c) => c.args.channel === SLACK_CHANNEL);
  expect(cards).toHaveLength(1);
  const blocks = cards[0]!.args.blocks as { type: string; elements?: { action_id?: string; value?: string }[] }[];
  const id = blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'claim')!.value!;
  const rows = await r.app.store.query<{ console: string; message_ref: string }>(`select console, message_ref from console_posts where kind = 'card' order by console`);
  expect(rows.rows.map((x) => x.console)).toEqual(['slack', 'teams']);
  // The marked message, before anyone claimed: kept, and sent nowhere.
  expect((await r.sms(MARK)).join('\n')).toContain('saved for the support worker');
  await r.settle();
  expect(slackWith(r, 'zebra-7731')).toEqual([]);
  expect(teamsWith(r, 'zebra-7731')).toEqual([]);
  expect(JSON.stringify(r.slack.calls) + JSON.stringify(r.connector.calls)).not.toContain(DIGITS);
  return { id, slackTs: rows.rows[0]!.message_ref, teamsCard: rows.rows[1]!.message_ref };
}

/** A block_actions press as Slack posts it, in the staff channel or in the DM. */
const press = (channel: string, ts: string, action: Record<string, unknown>, message: Record<string, unknown> = {}) =>
  interactionBody({
    type: 'block_actions',
    user: { id: ANA, username: 'ana', team_id: 'T_TEST' },
    team: { id: 'T_TEST', domain: 'coalition' },
    api_app_id: 'A_TEST',
    container: { type: 'message', message_ts: ts, channel_id: channel },
    channel: { id: channel, name: channel === SLACK_CHANNEL ? 'handoffs' : 'directmessage' },
    message: { ts, type: 'message', ...message },
    trigger_id: '1.2.3',
    response_url: 'https://hooks.slack.invalid/actions/1',
    actions: [{ action_ts: `${Date.now() / 1000}`, ...action }],
  });

/** Ana's submit of a modal the app opened (view_submission), with the values of its inputs. */
const submitModal = (view: { callback_id: string; private_metadata: string }, values: Record<string, unknown>) =>
  interactionBody({
    type: 'view_submission',
    user: { id: ANA, username: 'ana', team_id: 'T_TEST' },
    team: { id: 'T_TEST', domain: 'coalition' },
    api_app_id: 'A_TEST',
    trigger_id: '1.2.4',
    view: { id: 'V_TEST', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values } },
  });

async function claimInSlack(r: Rig, q: { id: string; slackTs: string }): Promise<void> {
  expect(await r.slackPost(press(SLACK_CHANNEL, q.slackTs, { type: 'button', action_id: 'claim', block_id: `waypoint_handoff:${q.id}`, value: q.id }))).toBe(200);
  expect((await r.app.store.query('select state, claimed_by from handoffs')).rows).toEqual([{ state: 'claimed', claimed_by: 'lw-ana' }]);
  await r.settle();
  // The channel card says who has it, and nothing else; the conversation went to Ana's DM.
  const cardUpdates = r.slack.of('chat.update').filter((c) => c.args.channel === SLACK_CHANNEL);
  expect(JSON.stringify(cardUpdates.at(-1)!.args.blocks)).toContain('Claimed by Ana');
  expect(JSON.stringify(cardUpdates.at(-1)!.args.blocks)).not.toContain('"actions"');
  const withMark = slackWith(r, 'zebra-7731');
  expect(withMark.length).toBeGreaterThan(0);
  expect(withMark.every((c) => c.method === 'chat.postMessage' && c.args.channel === DM_ANA)).toBe(true);
  expect(String(withMark[0]!.args.text)).not.toContain('zebra'); // the notification preview
  expect(teamsWith(r, 'zebra-7731')).toEqual([]);
}

for (const server of [false, true]) {
  describe.skipIf(server && !hasServer)(`staff consoles end to end [${server ? 'pg' : 'pglite'}]${server && !hasServer ? ` — ${SERVER_SKIP_REASON}` : ''}`, () => {
    let r: Rig;
    beforeEach(async () => {
      r = await startRig(server);
    }, 120_000); // the rig starts two fake platforms, Bolt and the Teams SDK
    afterEach(async () => r?.close());

    it('Slack: nothing before the claim; after it only Ana\'s DM; replies by the DM box and the modal reach the contact; ERASE deletes every post with text and blanks the cards', async () => {
      const q = await toQueue(r);
      await claimInSlack(r, q);
      const sent = (): string[] => r.twilio.requests.map((x) => String(x.body.Body));
      expect(sent().join('\n')).toContain('A support worker is here now');

      // A new line from the contact: Ana's DM only, with a reply box.
      expect(await r.sms(C1)).toEqual([]);
      await r.settle();
      const c1Posts = slackWith(r, C1);
      expect(c1Posts.map((c) => `${c.method} ${String(c.args.channel)}`)).toEqual([`chat.postMessage ${DM_ANA}`]);
      const c1Blocks = c1Posts[0]!.args.blocks as { type: string; block_id?: string }[];
      const replyBlock = c1Blocks.find((b) => b.type === 'input')!.block_id!;
      const c1Ts = r.slack.posted(c1Posts[0]!)!;

      // Reply 1: typed into the DM's box, Enter (a block_actions payload, not a Slack message of Ana's).
      expect(await r.slackPost(press(DM_ANA, c1Ts, { type: 'plain_text_input', action_id: 'reply', block_id: replyBlock, value: S1 }, { blocks: c1Blocks }))).toBe(200);
      await r.settle();
      expect(sent()).toContain(S1);
      // The box was emptied (the message re-posted with a new block id) and Ana sees her reply in the DM.
      expect(r.slack.of('chat.update').some((c) => c.args.channel === DM_ANA && c.args.ts === c1Ts)).toBe(true);
      expect(slackWith(r, S1).filter((c) => c.method === 'chat.postMessage').map((c) => c.args.channel)).toEqual([DM_ANA]);

      // Reply 2: the larger box (views.open with the click's trigger), sent as view_submission.
      expect(await r.slackPost(press(DM_ANA, c1Ts, { type: 'button', action_id: 'reply_modal', block_id: `waypoint_handoff:${q.id}`, value: q.id }))).toBe(200);
      const modal = r.slack.of('views.open').at(-1)!;
      expect(modal.args.trigger_id).toBe('1.2.3');
      const view = modal.args.view as { callback_id: string; private_metadata: string };
      expect(view.callback_id).toBe('waypoint_reply');
      const submission = submitModal(view, { reply_text: { reply: { type: 'plain_text_input', value: S2 } } });
      expect(await r.slackPost(submission)).toBe(200);
      await r.settle();
      expect(sent()).toContain(S2);
      expect(r.twilio.requests.every((x) => x.body.To === PHONE)).toBe(true);

      // Nothing with text in the staff channel, in Teams, or in any update of the card.
      for (const t of TEXTS) {
        expect(slackWith(r, t).filter((c) => c.args.channel !== DM_ANA), t).toEqual([]);
        expect(teamsWith(r, t), t).toEqual([]);
      }

      // ERASE: every post with text is deleted; the cards are blank.
      const withText = slackPostsWithText(r);
      expect(withText.length).toBeGreaterThanOrEqual(4); // opened (MARK), C1, "You: S1", "You: S2"
      await r.sms('ERASE');
      await r.settle();
      const deletes = r.slack.of('chat.delete').map((c) => `${String(c.args.channel)} ${String(c.args.ts)}`);
      for (const p of withText) expect(deletes).toContain(`${p.channel} ${p.ts}`);
      const blanked = r.slack.of('chat.update').filter((c) => c.args.channel === SLACK_CHANNEL && c.args.ts === q.slackTs).at(-1)!;
      expect(JSON.stringify(blanked.args.blocks)).toContain('Its details were deleted');
      expect(JSON.stringify(blanked.args)).not.toContain(q.id);
      const teamsBlank = r.connector.calls.filter((c) => c.method === 'update' && c.activityId === q.teamsCard).at(-1)!;
      expect(JSON.stringify(teamsBlank.activity)).toContain('Its details were deleted');
      expect(JSON.stringify(teamsBlank.activity)).not.toContain(q.id);
      // The audit log holds no reference a leftover message could be matched to.
      const audit = JSON.stringify((await r.app.store.query('select * from audit_log')).rows);
      for (const ts of [q.slackTs, q.teamsCard, ...withText.map((p) => p.ts)]) expect(audit).not.toContain(ts);
      for (const t of ['handoffs', 'handoff_messages', 'console_posts', 'console_jobs']) {
        expect((await r.app.store.query(`select count(*)::int as n from ${t}`)).rows[0], t).toEqual({ n: 0 });
      }
      const dump = await dumpAllTables(r.app);
      for (const secret of [DIGITS, ...TEXTS]) expect(dump).not.toContain(secret);
      for (const t of [DIGITS, ...TEXTS]) expect(r.logs()).not.toContain(t);
    }, 180_000); // a whole handoff through two consoles: about 30 s alone, several times that on a loaded machine

    it('Slack: Pass on… to Bo, with the contact\'s yes: Bo\'s conversation opens with the whole transcript, Ana\'s private posts are deleted and the desk refuses her; a no, and a pass to a coalition, move only what they say', async () => {
      const q = await toQueue(r);
      await claimInSlack(r, q);
      expect(await r.sms(C1)).toEqual([]);
      await r.settle();
      const anaPosts = slackPostsWithText(r).filter((p) => p.channel === DM_ANA);
      expect(anaPosts.length).toBeGreaterThanOrEqual(2); // opened (MARK), C1
      const c1Ts = r.slack.posted(slackWith(r, C1)[0]!)!;
      const sent = (): string => r.twilio.requests.map((x) => String(x.body.Body)).join('\n');
      const ANA_ID = { platform: 'slack' as const, userId: ANA };

      // Pass on… opens a modal listing who (Bo, who speaks more languages, and the others) and why.
      expect(await r.slackPost(press(DM_ANA, c1Ts, { type: 'button', action_id: 'transfer_modal', block_id: `waypoint_handoff:${q.id}`, value: q.id }))).toBe(200);
      const modal = r.slack.of('views.open').at(-1)!;
      const view = modal.args.view as { callback_id: string; private_metadata: string; blocks: { block_id?: string; element?: { options?: { value: string }[] } }[] };
      expect(view.callback_id).toBe('waypoint_transfer');
      const targets = view.blocks.find((b) => b.block_id === 'transfer_to')!.element!.options!.map((o) => o.value);
      expect(targets).toContain('staff:lw-bo');
      expect(targets).toContain('coalition:west');
      expect(targets).not.toContain('staff:lw-ana');
      const choose = (to: string, reason: string) =>
        submitModal(view, { transfer_to: { to: { type: 'static_select', selected_option: { value: to } } }, transfer_reason: { reason: { type: 'static_select', selected_option: { value: reason } } } });

      // A no: nothing moves, Ana is told.
      expect(await r.slackPost(choose('staff:lw-bo', 'language'))).toBe(200);
      await r.settle();
      expect(sent()).toContain('a support worker who speaks your language');
      expect(sent()).toContain('you do not have to tell your story again');
      expect((await r.sms('no')).join('\n')).toContain('Nothing changes');
      await r.settle();
      expect((await r.app.store.query('select claimed_by, transfer_to from handoffs')).rows).toEqual([{ claimed_by: 'lw-ana', transfer_to: null }]);
      expect(slackWith(r, 'The contact said no').map((c) => c.args.channel)).toEqual([DM_ANA]);

      // A yes: Bo has it, with everything said so far; Ana's copy is deleted and she is refused.
      expect(await r.slackPost(choose('staff:lw-bo', 'legal'))).toBe(200);
      await r.settle();
      expect(sent()).toContain('a support worker at a free legal clinic');
      expect((await r.sms('yes')).join('\n')).toContain('Your chat is passed on');
      await r.settle();
      expect((await r.app.store.query('select state, claimed_by, transfer_to from handoffs')).rows).toEqual([{ state: 'claimed', claimed_by: 'lw-bo', transfer_to: null }]);
      const boOpened = r.slack.of('chat.postMessage').filter((c) => c.args.channel === 'DU_BO');
      expect(JSON.stringify(boOpened)).toContain('zebra-7731');
      expect(JSON.stringify(boOpened)).toContain(C1);
      const deletes = r.slack.of('chat.delete').map((c) => `${String(c.args.channel)} ${String(c.args.ts)}`);
      for (const p of anaPosts) expect(deletes).toContain(`${p.channel} ${p.ts}`);
      expect(slackWith(r, 'you no longer have access').map((c) => c.args.channel)).toEqual([DM_ANA]);
      await expect(r.app.handoff.desk.view(q.id, ANA_ID)).rejects.toMatchObject({ code: 'not_allowed' });
      await expect(r.app.handoff.desk.reply(q.id, ANA_ID, 'still me')).rejects.toMatchObject({ code: 'not_allowed' });
      expect((await r.app.handoff.desk.view(q.id, { platform: 'slack', userId: 'U_BO' })).map((m) => m.text)).toEqual([MARK, C1]);
      // The contact's next words reach Bo only.
      expect(await r.sms(C2)).toEqual([]);
      await r.settle();
      expect(slackWith(r, C2).map((c) => c.args.channel)).toEqual(['DU_BO']);

      // Bo passes it to the coalition: back in line for its workers, with a new card; Bo's copy deleted.
      const BO = { platform: 'slack' as const, userId: 'U_BO' };
      await r.app.handoff.desk.offerTransfer(q.id, BO, { to: 'coalition:west', reason: 'other' });
      await expect(r.app.handoff.desk.offerTransfer(q.id, BO, { to: 'coalition:west', reason: 'other' })).rejects.toMatchObject({ code: 'not_allowed' });
      await r.settle();
      const cardsBefore = r.slack.of('chat.postMessage').filter((c) => c.args.channel === SLACK_CHANNEL).length;
      expect((await r.sms('1')).join('\n')).toContain('Your chat is passed on');
      await r.settle();
      expect((await r.app.store.query('select state, claimed_by, offered_coalition from handoffs')).rows).toEqual([{ state: 'queued', claimed_by: null, offered_coalition: 'west' }]);
      expect(r.slack.of('chat.postMessage').filter((c) => c.args.channel === SLACK_CHANNEL).length).toBe(cardsBefore + 1);
      expect((await r.sms('hello?')).join('\n')).toContain('saved for the support worker');

      // Audited without content: who offered, to whom, why, and the answers.
      const audit = (await r.app.store.query<{ actor: string; action: string; detail: unknown }>(`select actor, action, detail from audit_log where action like 'handoff_transfer%' order by id`)).rows;
      expect(audit.map((a) => `${a.actor} ${a.action}`)).toEqual([
        'lw-ana handoff_transfer_offered',
        'contact handoff_transfer_declined',
        'lw-ana handoff_transfer_offered',
        'contact handoff_transferred',
        'lw-bo handoff_transfer_offered',
        'lw-bo handoff_transfer_offer_refused', // the second offer, while the first waited
        'contact handoff_transferred',
      ]);
      const all = JSON.stringify((await r.app.store.query('select * from audit_log')).rows);
      for (const t of [DIGITS, ...TEXTS, C2]) expect(all).not.toContain(t);
      for (const t of [DIGITS, ...TEXTS, C2]) expect(r.logs()).not.toContain(t);
    }, 180_000);

    it('Slack: close with an outcome from the DM, then the retention sweep deletes every post with text and blanks the cards', async () => {
      const q = await toQueue(r);
      await claimInSlack(r, q);
      expect(await r.sms(C1)).toEqual([]);
      await r.settle();
      const c1 = slackWith(r, C1)[0]!;
      expect(await r.slackPost(press(DM_ANA, r.slack.posted(c1)!, { type: 'static_select', action_id: 'close', block_id: `waypoint_handoff:${q.id}`, selected_option: { text: { type: 'plain_text', text: 'Referral legal' }, value: 'referral_legal' } }))).toBe(200);
      expect((await r.app.store.query('select state, outcome from handoffs')).rows).toEqual([{ state: 'closed', outcome: 'referral_legal' }]);
      const withText = slackPostsWithText(r);
      expect(withText.length).toBeGreaterThanOrEqual(2);
      // HANDOFF_RETENTION_DAYS=0: the worker's rounds send the "closed" card and note, then sweep.
      await r.settle();
      expect(r.twilio.requests.map((x) => String(x.body.Body)).join('\n')).toContain('The support worker closed this chat');
      const deletes = r.slack.of('chat.delete').map((c) => `${String(c.args.channel)} ${String(c.args.ts)}`);
      for (const p of withText) expect(deletes).toContain(`${p.channel} ${p.ts}`);
      expect(JSON.stringify(r.slack.of('chat.update').filter((c) => c.args.ts === q.slackTs).at(-1)!.args.blocks)).toContain('Its details were deleted');
      for (const t of ['handoffs', 'handoff_messages', 'console_posts', 'console_jobs']) {
        expect((await r.app.store.query(`select count(*)::int as n from ${t}`)).rows[0], t).toEqual({ n: 0 });
      }
    }, 180_000); // a whole handoff through two consoles: about 30 s alone, several times that on a loaded machine

    it('Teams: closed with an outcome from the one-to-one chat, then the retention sweep deletes every activity with text and blanks the cards', async () => {
      const q = await toQueue(r);
      const claim = teamsActivity({
        conversation: { id: `${TEAMS_STAFF};messageid=${q.teamsCard}`, conversationType: 'channel', tenantId: 'test-tenant', isGroup: true },
        serviceUrl: r.connector.url,
        replyToId: q.teamsCard,
        value: { waypoint: 'claim', handoffId: q.id },
      });
      expect((await r.teamsPost(claim)).status).toBeLessThan(300);
      await r.settle();
      expect(await r.sms(C1)).toEqual([]);
      await r.settle();
      const chat = `a:1on1-${BO_AAD}`;
      const closed = await r.teamsPost(
        teamsActivity({
          type: 'invoke',
          name: 'adaptiveCard/action',
          conversation: { id: chat, conversationType: 'personal', tenantId: 'test-tenant' },
          serviceUrl: r.connector.url,
          value: { action: { type: 'Action.Execute', verb: 'close', data: { waypoint: 'close', handoffId: q.id, outcome: 'referral_shelter' } } },
        }),
      );
      expect(JSON.stringify(closed.body)).toContain('Closed.');
      const withText = r.connector.calls.filter((c) => c.method === 'create' && TEXTS.some((t) => JSON.stringify(c.activity).includes(t)));
      expect(withText.length).toBeGreaterThanOrEqual(2); // opened (MARK), C1
      expect(withText.every((c) => c.conversationId === chat)).toBe(true);
      // HANDOFF_RETENTION_DAYS=0: the worker's rounds send the "closed" card and note, then sweep.
      await r.settle();
      const deleted = r.connector.calls.filter((c) => c.method === 'delete' && c.conversationId === chat).map((c) => c.activityId);
      for (const c of withText) expect(deleted).toContain(r.connector.created(c));
      expect(JSON.stringify(r.connector.calls.filter((c) => c.method === 'update' && c.activityId === q.teamsCard).at(-1)!.activity)).toContain('Its details were deleted');
      for (const t of ['handoffs', 'handoff_messages', 'console_posts', 'console_jobs']) {
        expect((await r.app.store.query(`select count(*)::int as n from ${t}`)).rows[0], t).toEqual({ n: 0 });
      }
    }, 180_000); // a whole handoff through two consoles: about 30 s alone, several times that on a loaded machine

    it('Teams: a claim in the channel opens Bo\'s one-to-one chat; a card\'s Send reaches the contact; ERASE deletes every activity with text; a failed delete is retried', async () => {
      const q = await toQueue(r);
      const claim = teamsActivity({
        conversation: { id: `${TEAMS_STAFF};messageid=${q.teamsCard}`, conversationType: 'channel', tenantId: 'test-tenant', isGroup: true },
        serviceUrl: r.connector.url,
        replyToId: q.teamsCard,
        value: { waypoint: 'claim', handoffId: q.id },
      });
      expect((await r.teamsPost(claim)).status).toBeLessThan(300);
      expect((await r.app.store.query('select claimed_by from handoffs')).rows).toEqual([{ claimed_by: 'lw-bo' }]);
      await r.settle();
      const chat = `a:1on1-${BO_AAD}`;
      const withMark = teamsWith(r, 'zebra-7731');
      expect(withMark.length).toBeGreaterThan(0);
      expect(withMark.every((c) => c.method === 'create' && c.conversationId === chat)).toBe(true);
      expect(slackWith(r, 'zebra-7731')).toEqual([]);

      expect(await r.sms(C1)).toEqual([]);
      await r.settle();
      expect(teamsWith(r, C1).map((c) => `${c.method} ${c.conversationId}`)).toEqual([`create ${chat}`]);

      // Send on the card: an adaptiveCard/action invoke, not a chat message of Bo's.
      const invoke = await r.teamsPost(
        teamsActivity({
          type: 'invoke',
          name: 'adaptiveCard/action',
          conversation: { id: chat, conversationType: 'personal', tenantId: 'test-tenant' },
          serviceUrl: r.connector.url,
          value: { action: { type: 'Action.Execute', verb: 'reply', data: { waypoint: 'reply', handoffId: q.id, reply: S1 } } },
        }),
      );
      expect(invoke.status).toBe(200);
      expect(JSON.stringify(invoke.body)).toContain('Sent.');
      await r.settle();
      expect(r.twilio.requests.map((x) => String(x.body.Body))).toContain(S1);
      for (const t of TEXTS) expect(slackWith(r, t), t).toEqual([]);
      expect(r.connector.calls.filter((c) => c.conversationId.startsWith(TEAMS_STAFF) && TEXTS.some((t) => JSON.stringify(c.activity).includes(t)))).toEqual([]);

      // ERASE with the Connector failing once: the forget job is retried, every activity with text deleted.
      const withText = r.connector.calls.filter((c) => c.method === 'create' && c.conversationId === chat && TEXTS.some((t) => JSON.stringify(c.activity).includes(t)));
      const ids = withText.map((c) => r.connector.created(c)!);
      expect(ids.length).toBeGreaterThanOrEqual(3); // opened (MARK), C1, "You: S1"
      await r.sms('ERASE');
      r.connector.failNext(503);
      await r.settle();
      const deleted = r.connector.calls.filter((c) => c.method === 'delete' && c.conversationId === chat).map((c) => c.activityId);
      for (const id of ids) expect(deleted).toContain(id);
      expect(JSON.stringify(r.connector.calls.filter((c) => c.method === 'update' && c.activityId === q.teamsCard).at(-1)!.activity)).toContain('Its details were deleted');
      expect((await r.app.store.query(`select count(*)::int as n from console_jobs`)).rows[0]).toEqual({ n: 0 });
    }, 180_000); // a whole handoff through two consoles: about 30 s alone, several times that on a loaded machine
  });
}
