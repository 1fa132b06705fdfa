// The engine alone: the benchmark dialog (bench/flows, bench/locales) through step(), in one
// process, sessions kept in memory as JSON text (as botbuilder's MemoryStorage keeps Botkit's
// state), in the form the store keeps ours (src/conversation/sessionState.ts: encodeSession,
// decodeSession; like MemoryStorage, not validated on the way back). Run by `npm run bench` as
// a child process so its RSS is its own; also runnable alone:
//
//   node bin/run.js bench/engine.ts [--conversations 2000] [--concurrency 1] [--warmup 50] [--json]
import { parseArgs } from 'node:util';
import { loadContent } from '../src/bundle.ts';
import { step } from '../src/engine/step.ts';
import { decodeSession, encodeSession, type StoredSession } from '../src/conversation/sessionState.ts';
import { userTurns } from './dialog.mjs';
import { countWrong, measure } from './harness.mjs';
import { latency, nowMs, round } from './stats.ts';

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

const { bundle } = loadContent({ flowsDir: 'bench/flows', localesDir: 'bench/locales' });
const stored = new Map<string, string>();
const replies = new Map<number, string[][]>();
const lat: number[] = [];

async function conversation(i: number, record: boolean): Promise<void> {
  const id = `conv-${i}`;
  const got: string[][] = [];
  for (const text of userTurns(i)) {
    const t = nowMs();
    // One yield per turn, as an awaited store would: with C > 1 the other conversations'
    // turns run here, so latency then includes queueing behind them (as in the baseline).
    await null;
    const raw = stored.get(id);
    const session = raw ? decodeSession(JSON.parse(raw) as StoredSession) : null;
    const r = step(bundle, session, { type: 'text', text });
    stored.set(id, JSON.stringify(encodeSession(r.session)));
    got.push(r.outputs.map((o) => o.text));
    if (record) lat.push(nowMs() - t);
  }
  if (record) replies.set(i, got);
}

const { wallMs, rssBefore, peak } = await measure({ conversation, conversations: N, concurrency: C, warmup: W });
const wrong = countWrong(N, (i) => replies.get(i));
const l = latency(lat);
const result = {
  engine: 'waypoint',
  conversations: N,
  concurrency: C,
  turns: l.count,
  wall_ms: round(wallMs),
  turns_per_s: Math.round(l.count / (wallMs / 1000)),
  turn_ms_p50: round(l.p50, 3),
  turn_ms_p95: round(l.p95, 3),
  turn_ms_p99: round(l.p99, 3),
  rss_before_mb: round(rssBefore / 2 ** 20),
  rss_peak_sampled_mb: round(peak / 2 ** 20),
  max_rss_mb: round(process.resourceUsage().maxRSS / 1024),
  wrong_conversations: wrong,
};
if (opt.json) console.log(JSON.stringify(result));
else console.log(result);
process.exitCode = wrong ? 1 : 0;
