// Shared by the handoff tests: a roster file, a recording fake StaffConsole, and an App with
// SMS on (fake Twilio REST on loopback), PGlite in memory or a fresh database on the server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import twilio from 'twilio';
import { loadConfig } from '../../src/config.ts';
import { openApp, type App } from '../../src/app.ts';
import { createHttpApp, listen } from '../../src/server.ts';
import { createOutbox } from '../../src/channels/index.ts';
import type { Dispatcher } from '../../src/channels/outbox/dispatcher.ts';
import { createLogger } from '../../src/privacy/logger.ts';
import type { HandoffWorker } from '../../src/handoff/worker.ts';
import type { ConsoleRef, HandoffCard, PrivatePost, StaffConsole, StaffIdentity } from '../../src/handoff/types.ts';
import { fakeTwilio, type FakePlatform } from '../support/fakePlatforms.ts';
import { createDatabase } from '../support/stores.ts';

export const ROSTER = `coalitions:
  - id: west
    time_zone: America/Vancouver
    hours:
      mon: ['00:00-24:00']
      tue: ['00:00-24:00']
      wed: ['00:00-24:00']
      thu: ['00:00-24:00']
      fri: ['00:00-24:00']
      sat: ['00:00-24:00']
      sun: ['00:00-24:00']
staff:
  - id: lw-ana
    display_name: Ana
    role: lead_worker
    languages: [en]
    coalition: west
    slack_user_id: U_ANA
  - id: lw-bo
    display_name: Bo
    role: lead_worker
    languages: [en, es]
    coalition: west
    slack_user_id: U_BO
  - id: lw-eva
    display_name: Eva
    role: lead_worker
    languages: [es]
    coalition: west
    slack_user_id: U_EVA
  - id: sup-sam
    display_name: Sam
    role: supervisor
    languages: [en]
    coalition: west
    slack_user_id: U_SAM
`;

export const ANA = { platform: 'slack', userId: 'U_ANA' } as const;
export const BO = { platform: 'slack', userId: 'U_BO' } as const;
export const EVA = { platform: 'slack', userId: 'U_EVA' } as const;
export const SAM = { platform: 'slack', userId: 'U_SAM' } as const;

export type ConsoleCall =
  | { op: 'notify'; card: HandoffCard; renotify: boolean; mention?: string; ref: ConsoleRef }
  | { op: 'update'; ref: ConsoleRef; card: HandoffCard }
  | { op: 'private'; to: StaffIdentity; post: PrivatePost; ref: ConsoleRef }
  | { op: 'blank'; ref: ConsoleRef }
  | { op: 'remove'; ref: ConsoleRef };

/** The text lines a private post shows (the conversation so far, one line, or a note). */
export function privateTexts(post: PrivatePost): { from: 'contact' | 'staff' | 'system'; text: string }[] {
  if (post.kind === 'opened') return post.earlier;
  if (post.kind === 'line') return [post.line];
  return [{ from: 'system', text: post.text }];
}

/** A StaffConsole that records every call (and can be told to fail). */
export class FakeConsole implements StaffConsole {
  readonly name = 'slack' as const;
  calls: ConsoleCall[] = [];
  failures = 0;
  private n = 0;
  private check(): void {
    if (this.failures > 0) {
      this.failures -= 1;
      throw Object.assign(new Error('fake console down'), { code: 'fake_down', retryable: true });
    }
  }
  private nextTs(): string {
    return `1700000000.${String(++this.n).padStart(6, '0')}`;
  }
  async notify(card: HandoffCard, opts: { renotify: boolean; mention?: 'supervisors' }): Promise<ConsoleRef> {
    this.check();
    const ref: ConsoleRef = { console: 'slack', channelRef: 'C_STAFF', messageRef: this.nextTs() };
    this.calls.push({ op: 'notify', card, renotify: opts.renotify, ...(opts.mention ? { mention: opts.mention } : {}), ref });
    return ref;
  }
  async update(ref: ConsoleRef, card: HandoffCard): Promise<void> {
    this.check();
    this.calls.push({ op: 'update', ref, card });
  }
  async postPrivate(to: StaffIdentity, post: PrivatePost): Promise<ConsoleRef> {
    this.check();
    const ref: ConsoleRef = { console: 'slack', channelRef: `D_${to.userId}`, messageRef: this.nextTs() };
    this.calls.push({ op: 'private', to, post, ref });
    return ref;
  }
  async blank(ref: ConsoleRef): Promise<void> {
    this.check();
    this.calls.push({ op: 'blank', ref });
  }
  /** Set: every delete is refused for good (the platform said no). */
  refuseRemoves = false;
  async remove(ref: ConsoleRef): Promise<void> {
    this.check();
    if (this.refuseRemoves) throw Object.assign(new Error('refused'), { code: 'slack_cant_delete_message', retryable: false });
    this.calls.push({ op: 'remove', ref });
  }
  /** Every line the private posts showed, in order. */
  privateLines(): { from: string; text: string }[] {
    return this.calls.flatMap((c) => (c.op === 'private' ? privateTexts(c.post) : []));
  }
}

export const ACCOUNT_SID = 'AC00000000000000000000000000000000';
export const AUTH_TOKEN = 'test-auth-token-0000000000000000';
export const PUBLIC_BASE_URL = 'https://waypoint.example.org';

export interface Harness {
  app: App;
  url: string;
  twilio: FakePlatform;
  console: FakeConsole;
  worker: HandoffWorker;
  outbox: Dispatcher;
  logs(): string;
  /** A signed Twilio webhook; returns the TwiML bodies. */
  sms(from: string, body: string): Promise<string[]>;
  /** Run the worker and the outbox until nothing more happens. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

let seq = 0;

/** A Twilio-signed SMS webhook to the app at `url`; the TwiML replies' texts, unescaped. */
export async function postSms(url: string, from: string, body: string): Promise<string[]> {
  const params = {
    MessageSid: `SM${(Date.now().toString(16) + (++seq).toString(16).padStart(8, '0')).padStart(32, '0')}`,
    AccountSid: ACCOUNT_SID,
    From: from,
    To: '+15555550100',
    Body: body,
    NumMedia: '0',
  };
  const signature = twilio.getExpectedTwilioSignature(AUTH_TOKEN, `${PUBLIC_BASE_URL}/webhooks/twilio`, params);
  const res = await fetch(`${url}/webhooks/twilio`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
    body: new URLSearchParams(params).toString(),
  });
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  const xml = await res.text();
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => m[1]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
}

export async function startHarness(opts: { server?: boolean; env?: Record<string, string> } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'wp-handoff-'));
  const rosterFile = join(dir, 'roster.yaml');
  writeFileSync(rosterFile, ROSTER);
  const platform = await fakeTwilio({ accountSid: ACCOUNT_SID, authToken: AUTH_TOKEN });
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
  const db = opts.server ? await createDatabase() : null;
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
    ...opts.env,
  });
  const app = await openApp(config, { logger, memoryStore: !db });
  const fake = new FakeConsole();
  app.handoff.attachConsole(fake);
  const worker = app.handoff.createWorker({ backoff: { baseMs: 1, maxMs: 1, maxAttempts: 8 } });
  const outbox = createOutbox(app);
  const server: Server = await listen(createHttpApp(app), 0);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    app,
    url,
    twilio: platform,
    console: fake,
    worker,
    outbox,
    logs: () => chunks.join(''),
    sms: (from, body) => postSms(url, from, body),
    async settle() {
      for (let i = 0; i < 30; i++) {
        const w = await worker.runOnce();
        const o = await outbox.dispatchOnce();
        if (w.sent + w.retried + w.renotified + w.escalated + o.sent + o.retried === 0) return;
      }
      throw new Error('did not settle');
    },
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await app.close();
      await platform.close();
      await db?.drop();
    },
  };
}

/** Every row of every table, bytea as latin1 (so clear text inside would show). */
export async function dumpTables(app: App): Promise<string> {
  const tables = await app.store.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const parts: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await app.store.query(`select * from ${table_name}`);
    parts.push(`${table_name}: ${JSON.stringify(rows.rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v))}`);
  }
  return parts.join('\n');
}
