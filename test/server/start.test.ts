// `npm start` as a person runs it: a real process, a real port, /healthz answered.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';
import { startServe, type Serving } from '../support/cli.ts';
import { seededDataDir } from '../support/dataDir.ts';

let serving: Serving | null = null;
afterEach(async () => {
  await serving?.stop();
  serving = null;
});

async function start(env: Record<string, string>, nodeArgs: string[] = [], opts: { empty?: boolean } = {}): Promise<Serving> {
  serving = await startServe(env, nodeArgs, opts);
  return serving;
}

describe('npm start', () => {
  it('answers /healthz with PGlite and says which channels are on', async () => {
    // The very first start: an empty directory, the embedded database created and migrated.
    const s = await start({}, [], { empty: true });
    const r = await fetch(`http://127.0.0.1:${s.port}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ ok: true, store: 'pglite' });
    expect(s.stdout()).toMatch(/channels on: web; rehearsal page off \(no TRAINER_TOKEN\)/);
    expect(s.stdout()).toMatch(/CONTACT_KEY_SECRET was not set/);
    // Idle connections are kept longer than a load balancer's 60 s, so neither side closes one
    // the other is about to reuse (Node's default, 5 s, made "socket hang up" under the bench).
    const { get } = await import('node:http');
    const keepAlive = await new Promise<string | undefined>((resolve, reject) => {
      get({ port: s.port, host: '127.0.0.1', path: '/healthz', headers: { connection: 'keep-alive' } }, (res) => {
        res.resume();
        resolve(res.headers['keep-alive'] as string | undefined);
      }).on('error', reject);
    });
    expect(keepAlive).toBe('timeout=65');
  }, 90_000);

  it('says at start-up whether the trainers\' page is on, and serves it when it is', async () => {
    const s = await start({ TRAINER_TOKEN: 'start-test-trainer-token-0123' });
    expect(s.stdout()).toMatch(/rehearsal page on at \/rehearse/);
    expect(s.stdout()).not.toContain('start-test-trainer-token-0123');
    const r = await fetch(`http://127.0.0.1:${s.port}/rehearse`);
    expect(r.status).toBe(200);
  }, 90_000);

  it.skipIf(!hasServer)(`answers /healthz with a PostgreSQL server${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, async () => {
    const db = await createDatabase();
    try {
      const s = await start({ DATABASE_URL: db.url });
      const r = await fetch(`http://127.0.0.1:${s.port}/healthz`);
      expect(await r.json()).toEqual({ ok: true, store: 'pg' });
      await s.stop();
    } finally {
      await db.drop();
    }
  }, 90_000);

  it('an SMS-only server never loads the Teams, Slack or WhatsApp SDKs, LangChain, or Twilio\'s REST client', async () => {
    // Each is imported only where it is used (ADR 0002's loader makes every module cost memory):
    // LangChain behind Understand.langchainRetriever(), the SDKs behind their channel's settings,
    // and of Twilio only the signature check and the TwiML writer.
    const record = join(mkdtempSync(join(tmpdir(), 'wp-imports-')), 'imports.txt');
    const s = await start(
      { RECORD_IMPORTS: record, TWILIO_AUTH_TOKEN: 'start-test-twilio-token', PUBLIC_BASE_URL: 'https://waypoint.invalid' },
      ['--import', './test/support/recordImports.mjs'],
    );
    expect(s.stdout()).toMatch(/channels on: web, sms;/);
    const base = `http://127.0.0.1:${s.port}`;
    const sessionId = 'a'.repeat(32);
    for (const [n, text] of ['', 'my boss keeps my passport', '1'].entries()) {
      const r = await fetch(`${base}/web/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId, clientMessageId: `m${n}`.padEnd(16, '0'), text, lang: 'en' }),
      });
      expect(r.status).toBe(200);
    }
    const loaded = readFileSync(record, 'utf8');
    // The recorder works: what every server loads is there.
    expect(loaded).toContain('/node_modules/express/');
    expect(loaded).toContain('/node_modules/@electric-sql/pglite/');
    expect(loaded).toContain('/node_modules/twilio/lib/webhooks/webhooks.js');
    for (const lib of ['@langchain/', '@microsoft/teams.', '@slack/bolt', 'whatsapp-web.js', 'twilio/lib/index.js', 'twilio/lib/rest/']) {
      expect(loaded).not.toContain(`/node_modules/${lib}`);
    }
  }, 90_000);

  it('an unreachable store is one clear line, not a stack trace', async () => {
    const p = spawn(process.execPath, ['bin/waypoint.js', 'serve'], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', DATABASE_URL: 'postgres://u:pw@127.0.0.1:1/x', DATA_DIR: mkdtempSync(join(tmpdir(), 'wp-start-')) },
    });
    let err = '';
    p.stderr.on('data', (d) => (err += String(d)));
    const code = await new Promise<number | null>((r) => p.once('exit', r));
    expect(code).toBe(1);
    expect(err.trim()).toBe('waypoint: cannot reach PostgreSQL at 127.0.0.1:1/x (ECONNREFUSED) — check DATABASE_URL');
  }, 60_000);

  it('a malformed flow stops start-up with file, line and reason', async () => {
    const { cpSync, writeFileSync } = await import('node:fs');
    const dir = mkdtempSync(join(tmpdir(), 'wp-flows-'));
    cpSync('flows', dir, { recursive: true });
    writeFileSync(join(dir, 'help.yaml'), 'id: help\nstart: commands\nnodes:\n  commands:\n    type: sa\n');
    const p = spawn(process.execPath, ['bin/waypoint.js', 'serve'], {
      env: { PATH: process.env.PATH ?? '', PORT: '0', FLOWS_DIR: dir, DATA_DIR: mkdtempSync(join(tmpdir(), 'wp-start-')) },
    });
    let err = '';
    p.stderr.on('data', (d) => (err += String(d)));
    const code = await new Promise<number | null>((r) => p.once('exit', r));
    expect(code).toBe(1);
    expect(err).toMatch(/help\.yaml:5: nodes\.commands/);
    expect(err).not.toMatch(/at .*\.ts:\d+/);
  }, 60_000);
});

describe('waypoint chat', () => {
  it("printf 'hola\\nLANGUAGE\\n' | waypoint chat --json prints JSON lines", async () => {
    const p = spawn(process.execPath, ['bin/waypoint.js', 'chat', '--json'], {
      env: { PATH: process.env.PATH ?? '', DATA_DIR: await seededDataDir('wp-chat-') },
    });
    let out = '';
    p.stdout.on('data', (d) => (out += String(d)));
    p.stdin.end('hola\nLANGUAGE\n');
    expect(await new Promise<number | null>((r) => p.once('exit', r))).toBe(0);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    for (const l of lines) expect(Object.keys(l)).toEqual(['type', 'key', 'text', 'lang', 'choices']);
    expect(lines.at(-1)!.key).toBe('language-prompt');
    expect((lines.at(-1)!.choices as unknown[]).length).toBeGreaterThanOrEqual(3);
  }, 60_000);
});
