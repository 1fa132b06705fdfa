// A Waypoint server as a child process (`node bin/waypoint.js serve`), and a Twilio-signed SMS
// client for it. The child is a separate process so its RSS is its own and it can be killed
// with -9 in the middle of a turn.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twilio from 'twilio';
import { freePort } from '../scripts/pg-cluster.js';
import { nowMs } from './stats.ts';

export const AUTH_TOKEN = 'bench-auth-token-000000000000000';
export const PUBLIC_BASE_URL = 'https://bench.waypoint.invalid';
export const SMS_PATH = '/webhooks/twilio';
const ACCOUNT_SID = 'AC' + '0'.repeat(32);
export const WHATSAPP = { verifyToken: 'bench-verify', appSecret: 'bench-app-secret', accessToken: 'bench-access', phoneNumberId: '100000000000001' };

export interface ServerOptions {
  /** Extra arguments for node (e.g. --cpu-prof to see where a turn's time goes). */
  nodeArgs?: string[];
  /** Real PostgreSQL; PGlite in `dataDir` when absent. */
  databaseUrl?: string;
  /** Reuse a data directory (PGlite files, generated secrets); a fresh one otherwise. */
  dataDir?: string;
  /** The bench dialog (default) or the product's own flows. */
  content?: 'bench' | 'product';
  whatsapp?: boolean;
  port?: number;
  /** More environment for the server (e.g. TURN_QUEUE_LIMIT), over the defaults below. */
  env?: Record<string, string>;
  /** false: without `npm start`'s node flags (to measure what they change). */
  startFlags?: boolean;
}

export interface ServerChild {
  proc: ChildProcess;
  pid: number;
  url: string;
  port: number;
  dataDir: string;
  spawnedAt: number;
  /** Last lines the server printed, for error messages. */
  output(): string;
  exited: Promise<number | null>;
  stop(): Promise<void>;
  kill9(): Promise<void>;
}

/** The node flags of `npm start` (package.json): the bench and the soak measure the server as it is run. */
export function startFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const m = /^node((?: --[\w-]+(?:=\S+)?)*) bin\/waypoint\.js serve$/.exec(pkg.scripts.start);
  if (!m) throw new Error(`package.json's start script is not "node [flags] bin/waypoint.js serve": ${pkg.scripts.start}`);
  return m[1]!.trim().split(' ').filter(Boolean);
}

export async function spawnServer(opts: ServerOptions = {}): Promise<ServerChild> {
  const port = opts.port ?? (await freePort());
  const ownDir = !opts.dataDir;
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  const content = opts.content ?? 'bench';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    CONTACT_KEY_SECRET: 'bench-contact-key-secret-0000000000000000',
    PUBLIC_BASE_URL,
    TWILIO_AUTH_TOKEN: AUTH_TOKEN,
    ...(content === 'bench' ? { FLOWS_DIR: 'bench/flows', LOCALES_DIR: 'bench/locales' } : {}),
    ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : {}),
    ...(opts.whatsapp
      ? {
          WHATSAPP_VERIFY_TOKEN: WHATSAPP.verifyToken,
          WHATSAPP_APP_SECRET: WHATSAPP.appSecret,
          WHATSAPP_ACCESS_TOKEN: WHATSAPP.accessToken,
          WHATSAPP_PHONE_NUMBER_ID: WHATSAPP.phoneNumberId,
          // Sends go nowhere reachable: the outbox retries in the background, as when Meta is down.
          WHATSAPP_GRAPH_API_BASE_URL: 'http://127.0.0.1:9/v21.0',
        }
      : {}),
    ...opts.env,
  };
  const spawnedAt = nowMs();
  const proc = spawn(process.execPath, [...(opts.startFlags === false ? [] : startFlags()), ...(opts.nodeArgs ?? []), 'bin/waypoint.js', 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let tail = '';
  const keep = (b: Buffer): void => void (tail = (tail + b.toString('utf8')).slice(-4000));
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  const cleanup = (): void => {
    if (ownDir) rmSync(dataDir, { recursive: true, force: true });
  };
  const child: ServerChild = {
    proc,
    pid: proc.pid!,
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    spawnedAt,
    output: () => tail,
    exited,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(t);
      cleanup();
    },
    async kill9() {
      proc.kill('SIGKILL');
      await exited;
    },
  };
  return child;
}

/** Wait until /healthz answers 200 (or throw with the server's last words). */
export async function waitHealthy(s: ServerChild, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (s.proc.exitCode !== null) throw new Error(`server exited (${s.proc.exitCode}): ${s.output().slice(-800)}`);
    try {
      const r = await fetch(`${s.url}/healthz`);
      if (r.status === 200) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms: ${s.output().slice(-800)}`);
}

// ---------------------------------------------------------------- the SMS client

/** A Canadian (Toronto) number for contact n: +1 416 then seven digits starting 2–9. */
export const phoneOf = (n: number): string => `+1416${2_000_000 + n}`;

/** A MessageSid unique to this run: SM + 32 hex digits. */
export function sidMaker(): (n: number) => string {
  const run = Math.floor(Math.random() * 0xffffffff).toString(16).padStart(8, '0');
  return (n) => `SM${run}${n.toString(16).padStart(24, '0')}`;
}

export interface SmsResult {
  status: number;
  /** The texts of the TwiML <Message> elements (XML entities decoded). */
  messages: string[];
  ms: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#(\d+));/g, (_, name: string, num?: string) =>
    num ? String.fromCodePoint(Number(num)) : ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name]!,
  );
}

export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => unescapeXml(m[1]!));
}

export function signTwilio(params: Record<string, string>, path = SMS_PATH, token = AUTH_TOKEN): string {
  return twilio.getExpectedTwilioSignature(token, PUBLIC_BASE_URL + path, params);
}

/** POST raw bytes to the server; resolves with status and body (rejects on a network error). */
export function post(
  baseUrl: string,
  path: string,
  body: Buffer | string,
  headers: Record<string, string>,
  method = 'POST',
): Promise<{ status: number; body: string; retryAfter?: number }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${path}`, { method, agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
      const chunks: Buffer[] = [];
      const after = Number(res.headers['retry-after']);
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ...(Number.isFinite(after) && after > 0 ? { retryAfter: after } : {}) }),
      );
      res.on('error', reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

/** One inbound SMS, signed as Twilio signs it. Rejects on a network error (server down). */
export async function sendSms(baseUrl: string, from: string, sid: string, text: string): Promise<SmsResult> {
  const params = { MessageSid: sid, AccountSid: ACCOUNT_SID, From: from, To: '+14165550100', Body: text, NumMedia: '0' };
  const t = nowMs();
  const r = await post(baseUrl, SMS_PATH, new URLSearchParams(params).toString(), {
    'content-type': 'application/x-www-form-urlencoded',
    'x-twilio-signature': signTwilio(params),
  });
  return { status: r.status, messages: r.status === 200 ? twimlMessages(r.body) : [], ms: nowMs() - t };
}

export const smsParams = (from: string, sid: string, text: string): Record<string, string> => ({
  MessageSid: sid,
  AccountSid: ACCOUNT_SID,
  From: from,
  To: '+14165550100',
  Body: text,
  NumMedia: '0',
});
