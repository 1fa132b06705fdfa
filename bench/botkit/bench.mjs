// The benchmark dialog (../dialog.mjs) on Botkit 4.15: a BotkitConversation started by
// `controller.hears('ayuda')`, on botbuilder's TestAdapter with MemoryStorage, in one process.
// Run by `npm run bench` as a child process when this folder's node_modules exists:
//
//   cd bench/botkit && npm install      # Botkit stays out of Waypoint's own install
//   node bench.mjs [--conversations 2000] [--concurrency 1] [--warmup 50] [--json]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import { TEXT, expectedReplies, sameReplies, userTurns } from '../dialog.mjs';

const require = createRequire(import.meta.url);
const { Botkit, BotkitConversation } = require('botkit');
const { values: opt } = parseArgs({
  options: {
    conversations: { type: 'string', default: '2000' },
    concurrency: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '50' },
    json: { type: 'boolean', default: false },
  },
});
const N = Number(opt.conversations);
const C = Math.max(1, Number(opt.concurrency));
const W = Number(opt.warmup);
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** Replies are filed per conversation and per turn, so each turn can be checked. */
const replies = new Map();
class FilingAdapter extends TestAdapter {
  async sendActivities(context, activities) {
    const turns = replies.get(context.activity.conversation.id);
    for (const a of activities) if (a.type === 'message') turns?.at(-1)?.push(a.text);
    return activities.map((_, k) => ({ id: `${context.activity.conversation.id}:${k}` }));
  }
}

let controller;
const adapter = new FilingAdapter(async (ctx) => controller.handleTurn(ctx));
controller = new Botkit({ adapter, disable_webserver: true, storage: new MemoryStorage() });
await new Promise((resolve) => controller.ready(resolve));

const yes = /^s[ií]\b/i;
const goto = (thread) => async (_answer, convo) => convo.gotoThread(thread);
const dialog = new BotkitConversation('intake', controller);
dialog.ask(TEXT.q1, async () => {}, 'name');
dialog.ask('Gracias, {{vars.name}}. ¿Tu pregunta es sobre tu trabajo? (si/no)', [
  { pattern: yes, handler: goto('work') },
  { default: true, handler: goto('other') },
], 'about_work');
dialog.addQuestion(TEXT.q3work, goto('human'), 'province', 'work');
dialog.addQuestion(TEXT.q3other, goto('human'), 'topic', 'other');
dialog.addQuestion(TEXT.q4, [
  { pattern: yes, handler: goto('person') },
  { default: true, handler: goto('info') },
], 'wants_human', 'human');
dialog.addMessage(TEXT.sayHuman, 'person');
dialog.addAction('more', 'person');
dialog.addMessage(TEXT.sayInfo, 'info');
dialog.addAction('more', 'info');
dialog.addQuestion(TEXT.q5, goto('bye'), 'more', 'more');
dialog.addMessage(TEXT.bye, 'bye');
controller.addDialog(dialog);
controller.hears('ayuda', 'message', async (bot) => bot.beginDialog('intake'));

const lat = [];
async function conversation(i, record) {
  const id = `conv-${i}`;
  const turns = [];
  replies.set(id, turns);
  for (const text of userTurns(i)) {
    turns.push([]);
    const t = now();
    await adapter.processActivity({ type: 'message', text, conversation: { id }, from: { id: `user-${i}`, name: `user-${i}` } });
    if (record) lat.push(now() - t);
  }
}
async function runAll(from, to, record) {
  let next = from;
  const worker = async () => {
    while (next < to) await conversation(next++, record);
  };
  await Promise.all(Array.from({ length: Math.min(C, to - from) }, worker));
}

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
await runAll(-W, 0, false);
const rssBefore = process.memoryUsage().rss;
const t0 = now();
await runAll(0, N, true);
const wallMs = now() - t0;
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss);

let wrong = 0;
for (let i = 0; i < N; i++) {
  const got = replies.get(`conv-${i}`) ?? [];
  const want = expectedReplies(i);
  if (got.length !== want.length || want.some((w, k) => !sameReplies(got[k] ?? [], w))) {
    if (wrong++ < 3) console.error(`conversation ${i}: expected ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }
}
lat.sort((a, b) => a - b);
const q = (p) => lat[Math.min(lat.length - 1, Math.floor(p * lat.length))];
const r = (n, d = 1) => Number(n.toFixed(d));
const result = {
  engine: 'botkit',
  conversations: N,
  concurrency: C,
  turns: lat.length,
  wall_ms: r(wallMs),
  turns_per_s: Math.round(lat.length / (wallMs / 1000)),
  turn_ms_p50: r(q(0.5), 3),
  turn_ms_p95: r(q(0.95), 3),
  turn_ms_p99: r(q(0.99), 3),
  rss_before_mb: r(rssBefore / 2 ** 20),
  rss_peak_sampled_mb: r(peak / 2 ** 20),
  max_rss_mb: r(process.resourceUsage().maxRSS / 1024),
  wrong_conversations: wrong,
  versions: {
    botkit: require('botkit/package.json').version,
    botbuilder: require('botbuilder/package.json').version,
    'botbuilder-dialogs': require('botbuilder-dialogs/package.json').version,
  },
};
if (opt.json) console.log(JSON.stringify(result));
else console.log(result);
process.exitCode = wrong ? 1 : 0;
