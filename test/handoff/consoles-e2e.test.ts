// The handoff end to end with the real staff consoles: a contact on SMS (signed Twilio
// webhooks) asks for a person and consents; the Slack console (a real Bolt app on our Express
// app at POST /slack/events, its Web API a fake Slack on loopback) and the Teams console (the
// contact-facing Teams channel mounted, a fake Bot Connector on loopback) both get the card; a
// roster user claims with a signed block_actions request; two messages go each way (the
// contact's as Slack thread posts, the worker's as signed Slack message events that reach the
// fake Twilio REST API through the outbox); the Close control ends it with an outcome and the
// contact is back with the assistant. Then no phone number and no message text in any table
// outside handoff_messages.body_enc, and after the retention sweep not even that.
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
import { eventBody, fakeSlack, interactionBody, slackHeaders, type FakeSlack } from '../support/fakeSlack.ts';
import { fakeTeamsConnector, type FakeConnector } from '../support/fakeTeamsConnector.ts';
import { dumpAllTables } from '../support/app.ts';
import { createDatabase, hasServer } from '../support/stores.ts';
import { ACCOUNT_SID, AUTH_TOKEN, PUBLIC_BASE_URL, ROSTER, postSms } from './support.ts';

const PHONE = '+15555550177';
const DIGITS = '5555550177';
const C1 = 'my boss kept my passport';
const C2 = 'I work at the farm near the river';
const S1 = 'Thank you for telling me. Are you safe right now?';
const S2 = 'Here is what we can do next, step by step.';

const SLACK_SECRET = 'slack-signing-secret-for-e2e';
const SLACK_TOKEN = 'xoxb-e2e-token';
const SLACK_CHANNEL = 'C0HANDOFF';
const TEAMS_STAFF = '19:staff-handoffs@thread.tacv2';
const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
const TEAMS_TOKEN = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://api.botframework.com', appid: 'test-app', exp: 4102444800 })}.x`;
const ANA = 'U_ANA'; // lw-ana in the roster (English)

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
  settle(): Promise<void>;
  close(): Promise<void>;
}

async function startRig(server: boolean): Promise<Rig> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-consoles-e2e-'));
  const rosterFile = join(dir, 'roster.yaml');
  writeFileSync(rosterFile, ROSTER);
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

for (const server of [false, true]) {
  describe.skipIf(server && !hasServer)(`handoff end to end through the Slack and Teams consoles [${server ? 'pg' : 'pglite'}]`, () => {
    let r: Rig;
    beforeEach(async () => {
      r = await startRig(server);
    });
    afterEach(async () => r?.close());

    it('SMS contact → consent → Slack and Teams cards → claim in Slack → two messages each way → Close… → back with the bot; nothing left in clear, nothing after the sweep', async () => {
      expect((await r.sms('hi')).length).toBeGreaterThan(0);
      await r.sms('HUMAN');
      expect((await r.sms('1')).join('\n')).toContain('You are next in line');
      await r.settle();

      // Both consoles got the card; neither saw the phone number.
      const cards = r.slack.of('chat.postMessage').filter((c) => c.args.channel === SLACK_CHANNEL && !c.args.thread_ts);
      expect(cards).toHaveLength(1);
      const blocks = cards[0]!.args.blocks as { type: string; block_id?: string; elements?: { action_id?: string; value?: string }[] }[];
      const claimButton = blocks.find((b) => b.type === 'actions')!.elements!.find((e) => e.action_id === 'claim')!;
      const id = claimButton.value!;
      expect(id).toBeTruthy();
      const rows = await r.app.store.query<{ console: string; channel_ref: string; message_ref: string }>('select console, channel_ref, message_ref from console_posts order by console');
      expect(rows.rows.map((x) => x.console)).toEqual(['slack', 'teams']);
      const slackTs = rows.rows[0]!.message_ref;
      expect(await r.app.handoff.desk.byConsoleRef('slack', slackTs)).toBe(id);
      const teamsCards = r.connector.calls.filter((c) => c.method === 'create' && c.conversationId === TEAMS_STAFF);
      expect(teamsCards).toHaveLength(1);
      expect(JSON.stringify(teamsCards[0]!.activity)).toContain(id);
      expect(JSON.stringify(r.slack.calls) + JSON.stringify(r.connector.calls)).not.toContain(DIGITS);

      // Claim in Slack: a signed block_actions request from a roster user.
      const press = (action: Record<string, unknown>) =>
        interactionBody({
          type: 'block_actions',
          user: { id: ANA, username: 'ana', team_id: 'T_TEST' },
          team: { id: 'T_TEST', domain: 'coalition' },
          api_app_id: 'A_TEST',
          container: { type: 'message', message_ts: slackTs, channel_id: SLACK_CHANNEL },
          channel: { id: SLACK_CHANNEL, name: 'handoffs' },
          message: { ts: slackTs, type: 'message' },
          trigger_id: '1.2.3',
          response_url: 'https://hooks.slack.invalid/actions/1',
          actions: [{ action_ts: '1700000000.1', block_id: `waypoint_handoff:${id}`, ...action }],
        });
      expect(await r.slackPost(press({ type: 'button', action_id: 'claim', value: id }))).toBe(200);
      const claimed = await r.app.store.query('select state, claimed_by from handoffs');
      expect(claimed.rows).toEqual([{ state: 'claimed', claimed_by: 'lw-ana' }]);
      expect(JSON.stringify(r.slack.of('chat.update').at(-1)!.args.blocks)).toContain('Claimed by Ana');
      await r.settle();
      const sent = (): string[] => r.twilio.requests.map((x) => String(x.body.Body));
      expect(sent().join('\n')).toContain('A support worker is here now');
      expect(r.twilio.requests.every((x) => x.body.To === PHONE)).toBe(true);
      // The Teams card follows the claim.
      expect(JSON.stringify(r.connector.calls.filter((c) => c.method === 'update').at(-1)!.activity)).toContain('Claimed by Ana');

      // Two messages each way: the contact's as thread posts, Ana's as signed thread replies.
      const reply = (text: string) => eventBody({ type: 'message', channel: SLACK_CHANNEL, user: ANA, text, ts: `${Date.now() / 1000}`, thread_ts: slackTs, channel_type: 'channel' });
      expect(await r.sms(C1)).toEqual([]);
      await r.settle();
      expect(await r.slackPost(reply(S1))).toBe(200);
      await r.settle();
      expect(await r.sms(C2)).toEqual([]);
      await r.settle();
      expect(await r.slackPost(reply(S2))).toBe(200);
      await r.settle();
      const threadPosts = r.slack
        .of('chat.postMessage')
        .filter((c) => c.args.thread_ts === slackTs)
        .map((c) => JSON.stringify(c.args.blocks));
      expect(threadPosts.filter((t) => t.includes(C1))).toHaveLength(1);
      expect(threadPosts.filter((t) => t.includes(C2))).toHaveLength(1);
      const teamsThread = r.connector.calls.filter((c) => c.method === 'create' && c.conversationId === `${TEAMS_STAFF};messageid=${rows.rows[1]!.message_ref}`).map((c) => c.activity.text);
      expect(teamsThread).toEqual(expect.arrayContaining([`Contact: ${C1}`, `Contact: ${C2}`]));
      const s1At = sent().indexOf(S1);
      const s2At = sent().indexOf(S2);
      expect(s1At).toBeGreaterThanOrEqual(0);
      expect(s2At).toBeGreaterThan(s1At);
      expect(r.twilio.requests.every((x) => x.body.To === PHONE)).toBe(true);
      expect(await r.app.handoff.desk.view(id, { platform: 'slack', userId: ANA })).toMatchObject([
        { from: 'contact', text: C1 },
        { from: 'staff', text: S1 },
        { from: 'contact', text: C2 },
        { from: 'staff', text: S2 },
      ]);

      // Close with an outcome from the Slack control.
      expect(await r.slackPost(press({ type: 'static_select', action_id: 'close', selected_option: { text: { type: 'plain_text', text: 'Referral legal' }, value: 'referral_legal' } }))).toBe(200);
      const closed = await r.app.store.query('select state, outcome, address_enc from handoffs');
      expect(closed.rows).toEqual([{ state: 'closed', outcome: 'referral_legal', address_enc: null }]);
      expect(JSON.stringify(r.slack.of('chat.update').at(-1)!.args.blocks)).toContain('Closed by Ana · outcome: Referral legal');

      // Before the sweep: the transcript is there, encrypted; nothing else holds a secret.
      expect((await r.app.store.query('select count(*)::int as n from handoff_messages')).rows[0]).toEqual({ n: 4 });
      const bodies = await r.app.store.query<{ body_enc: Uint8Array | null }>('select body_enc from handoff_messages');
      expect(bodies.rows.every((x) => x.body_enc instanceof Uint8Array && x.body_enc.length > 0)).toBe(true);
      // The dump shows bytea as latin1, so clear text anywhere (body_enc included) would show.
      let dump = await dumpAllTables(r.app);
      for (const secret of [DIGITS, C1, C2, S1, S2]) expect(dump).not.toContain(secret);

      // The contact is told, and is back with the assistant: their next message gets the menu.
      await r.settle();
      expect(sent().join('\n')).toContain('The support worker closed this chat');
      const threadsBefore = r.slack.of('chat.postMessage').filter((c) => c.args.thread_ts === slackTs).length;
      const back = (await r.sms('MENU')).join('\n');
      expect(back).toContain('What would you like to know about?');
      expect(back).toContain('Work and pay');
      await r.settle();
      expect(r.slack.of('chat.postMessage').filter((c) => c.args.thread_ts === slackTs)).toHaveLength(threadsBefore); // not relayed
      const teamsUpdates = r.connector.calls.filter((c) => c.method === 'update').map((c) => JSON.stringify(c.activity));
      expect(teamsUpdates.at(-1)).toContain('Closed by Ana');

      // The retention sweep (retention 0, the worker's round): the transcript is gone too.
      await r.worker.runOnce();
      for (const t of ['handoffs', 'handoff_messages', 'console_posts', 'console_jobs']) {
        const n = await r.app.store.query(`select count(*)::int as n from ${t}`);
        expect(n.rows[0], t).toEqual({ n: 0 });
      }
      dump = await dumpAllTables(r.app);
      for (const secret of [DIGITS, C1, C2, S1, S2]) expect(dump).not.toContain(secret);
      expect(r.logs()).not.toContain(DIGITS);
      for (const t of [C1, C2, S1, S2]) expect(r.logs()).not.toContain(t);
    });
  });
}
