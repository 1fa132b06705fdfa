// Two Waypoint processes (separate OS processes, each with its own handoff worker) on one
// PostgreSQL database: one card per handoff, one claim winner, no duplicated relay.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';
import { ROSTER } from './support.ts';

interface Proc {
  child: ChildProcess;
  send(cmd: Record<string, unknown>): Promise<Record<string, unknown>>;
}

interface Call {
  pid: number;
  op: string;
  handoffId?: string;
  renotify?: boolean;
  from?: string;
  text?: string;
  ref: { messageRef: string };
}

const until = async (cond: () => boolean, ms = 15_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
};

describe.skipIf(!hasServer)(`two processes on one PostgreSQL${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, () => {
  let db: { url: string; drop(): Promise<void> };
  let recorder: Server;
  const calls: Call[] = [];
  const procs: Proc[] = [];

  function start(env: Record<string, string>): Promise<Proc> {
    const child = spawn(process.execPath, ['bin/run.js', 'test/handoff/proc.ts'], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    const waiting = new Map<string, (v: Record<string, unknown>) => void>();
    let ready: () => void;
    const isReady = new Promise<void>((r) => (ready = r));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = JSON.parse(line) as Record<string, unknown>;
      if (m.ready) return ready();
      waiting.get(String(m.tag))?.(m);
    });
    let tag = 0;
    const proc: Proc = {
      child,
      send(cmd) {
        const t = `${++tag}`;
        return new Promise((resolve) => {
          waiting.set(t, resolve);
          child.stdin!.write(`${JSON.stringify({ ...cmd, tag: t })}\n`);
        });
      },
    };
    return isReady.then(() => proc);
  }

  beforeAll(async () => {
    db = await createDatabase();
    recorder = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        calls.push(JSON.parse(body) as Call);
        res.end('ok');
      });
    });
    await new Promise<void>((r) => recorder.listen(0, '127.0.0.1', () => r()));
    const dir = mkdtempSync(join(tmpdir(), 'wp-multi-'));
    writeFileSync(join(dir, 'roster.yaml'), ROSTER);
    const env = {
      DATABASE_URL: db.url,
      DATA_DIR: dir,
      ROSTER_FILE: join(dir, 'roster.yaml'),
      CONTACT_KEY_SECRET: randomBytes(32).toString('hex'),
      DATA_ENCRYPTION_KEY: `k1:${randomBytes(32).toString('base64')}`,
      RECORDER_URL: `http://127.0.0.1:${(recorder.address() as AddressInfo).port}/`,
      LOG_LEVEL: 'warn',
    };
    procs.push(...(await Promise.all([start(env), start(env)])));
  }, 60_000);

  afterAll(async () => {
    for (const p of procs) {
      p.child.stdin!.end();
      await new Promise((r) => p.child.once('exit', r));
    }
    recorder?.close();
    await db?.drop();
  }, 30_000);

  it('two OS processes', () => {
    expect(new Set(procs.map((p) => p.child.pid)).size).toBe(2);
  });

  it('one card per handoff, one claim winner, each contact message posted once', async () => {
    const [a, b] = procs as [Proc, Proc];
    const contacts = ['+15555550181', '+15555550182', '+15555550183', '+15555550184'];
    // Each contact reaches the queue through alternating processes.
    for (const [i, address] of contacts.entries()) {
      for (const text of ['hi', 'HUMAN', '1', '2']) await (i % 2 ? a : b).send({ op: 'turn', address, text });
    }
    await until(() => new Set(calls.filter((c) => c.op === 'notify').map((c) => c.handoffId)).size === contacts.length);
    await new Promise((r) => setTimeout(r, 500)); // time for a duplicate to show, if there were one
    const notify = calls.filter((c) => c.op === 'notify');
    expect(notify).toHaveLength(contacts.length);
    const ids = notify.map((c) => c.handoffId!);

    // Both processes claim every handoff at the same moment, as different lead workers.
    const results = await Promise.all(ids.map((id) => Promise.all([a.send({ op: 'claim', id, user: 'U_ANA' }), b.send({ op: 'claim', id, user: 'U_BO' })])));
    for (const pair of results) {
      expect(pair.filter((r) => r.ok)).toHaveLength(1);
      expect(pair.filter((r) => !r.ok).map((r) => r.code)).toEqual(['already_claimed']);
    }

    // Contacts write through both processes; every message reaches its thread exactly once.
    const texts: string[] = [];
    for (const [i, address] of contacts.entries()) {
      for (const p of [a, b]) {
        const text = `note ${i} via ${p === a ? 'a' : 'b'}`;
        texts.push(text);
        await p.send({ op: 'turn', address, text });
      }
    }
    await until(() => calls.filter((c) => c.op === 'private' && c.from === 'contact').length >= texts.length);
    await new Promise((r) => setTimeout(r, 500));
    const posted = calls.filter((c) => c.op === 'private' && c.from === 'contact').map((c) => c.text);
    expect(posted.sort()).toEqual(texts.sort());
    // Which process's worker posts a card or a message is a race (one may take every job while
    // the other waits), so it is not asserted: that each is posted exactly once, whichever posts
    // it, is what matters; that both processes took turns and answered claims is asserted above.
  }, 60_000);
});
