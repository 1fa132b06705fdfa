// One Waypoint process for the multi-process test (run with `node bin/run.js test/handoff/proc.ts`):
// an App on the shared PostgreSQL database with its own handoff worker, a staff console that
// reports every call to the test's recorder over HTTP, and commands on stdin (one JSON per line):
// {op:'turn', address, text} runs a contact's SMS turn; {op:'claim', id, user} calls the desk.
import { createInterface } from 'node:readline';
import { loadConfig } from '../../src/config.ts';
import { openApp } from '../../src/app.ts';
import { createLogger } from '../../src/privacy/logger.ts';
import { DeskError, type ConsoleRef, type HandoffCard, type StaffConsole } from '../../src/handoff/types.ts';

const recorder = process.env.RECORDER_URL!;
const record = async (call: Record<string, unknown>): Promise<void> => {
  await fetch(recorder, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pid: process.pid, ...call }) });
};
let n = 0;
const console_: StaffConsole = {
  name: 'slack',
  async notify(card: HandoffCard, opts) {
    const ref: ConsoleRef = { console: 'slack', channelRef: 'C_STAFF', messageRef: `${process.pid}.${++n}` };
    await record({ op: 'notify', handoffId: card.handoffId, renotify: opts.renotify, ref });
    return ref;
  },
  async update(ref, card) {
    await record({ op: 'update', handoffId: card.handoffId, state: card.state, ref });
  },
  async postPrivate(to, post) {
    const ref: ConsoleRef = { console: 'slack', channelRef: `D_${to.userId}`, messageRef: `${process.pid}.${++n}` };
    const lines = post.kind === 'opened' ? post.earlier : post.kind === 'line' ? [post.line] : [{ from: 'system', text: post.text }];
    for (const l of lines) await record({ op: 'private', ref, from: l.from, text: l.text });
    return ref;
  },
  async blank(ref) {
    await record({ op: 'blank', ref });
  },
  async remove(ref) {
    await record({ op: 'remove', ref });
  },
};

const config = loadConfig();
const app = await openApp(config, { logger: createLogger({ level: 'warn', destination: 2 }) });
app.handoff.attachConsole(console_);
const worker = app.handoff.createWorker();
worker.start(30);
let seq = 0;
const out = (o: unknown): void => void process.stdout.write(`${JSON.stringify(o)}\n`);
out({ ready: true });

for await (const line of createInterface({ input: process.stdin })) {
  const cmd = JSON.parse(line) as { op: string; tag: string; address?: string; text?: string; id?: string; user?: string };
  try {
    if (cmd.op === 'turn') {
      const r = await app.conversations.handle(
        { channel: 'sms', address: cmd.address!, providerId: `P${process.pid}-${++seq}`, input: { type: 'text', text: cmd.text! }, receivedAt: new Date() },
        'sync',
      );
      out({ tag: cmd.tag, ok: true, keys: r.outputs.map((o) => o.key) });
    } else if (cmd.op === 'claim') {
      const card = await app.handoff.desk.claim(cmd.id!, { platform: 'slack', userId: cmd.user! });
      out({ tag: cmd.tag, ok: true, claimedBy: card.claimedBy });
    }
  } catch (e) {
    out({ tag: cmd.tag, ok: false, code: e instanceof DeskError ? e.code : 'error', message: (e as Error).message });
  }
}
await worker.stop();
await app.close();
