// The benchmark dialog (../dialog.mjs) on Botkit 4.15: a BotkitConversation started by
// `controller.hears('ayuda')`, on botbuilder's TestAdapter with MemoryStorage, in one process.
// Run by `npm run bench` as a child process when this folder's node_modules exists:
//
//   cd bench/botkit && npm install      # Botkit stays out of Waypoint's own install
//   node bench.mjs [--conversations 2000] [--concurrency 1] [--warmup 50] [--json]
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { MemoryStorage, TestAdapter } from 'botbuilder';
import { TEXT, userTurns } from '../dialog.mjs';
import { countWrong, measure } from '../harness.mjs';

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
const { wallMs, rssBefore, peak } = await measure({ conversation, conversations: N, concurrency: C, warmup: W });
const wrong = countWrong(N, (i) => replies.get(`conv-${i}`));
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
