// The measuring both sides of the engine comparison share (bench/engine.ts and
// bench/botkit/bench.mjs), so the two differ only in the conversation they run: warm-up,
// then `conversations` conversations with `concurrency` in flight, RSS sampled every 5 ms,
// and every reply checked against the script afterwards.
import { expectedReplies, sameReplies } from './dialog.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * Runs conversation(i, record) for i in [-warmup, 0) unrecorded, then [0, conversations)
 * recorded. Returns the recorded part's wall time and the process RSS before and at its peak.
 */
export async function measure({ conversation, conversations, concurrency, warmup }) {
  const runAll = async (from, to, record) => {
    let next = from;
    const worker = async () => {
      while (next < to) await conversation(next++, record);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, to - from) }, worker));
  };
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  await runAll(-warmup, 0, false);
  const rssBefore = process.memoryUsage().rss;
  const t0 = now();
  await runAll(0, conversations, true);
  const wallMs = now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { wallMs, rssBefore, peak };
}

/** Conversations whose replies differ from the script (the first three are printed). */
export function countWrong(conversations, repliesOf) {
  let wrong = 0;
  for (let i = 0; i < conversations; i++) {
    const got = repliesOf(i) ?? [];
    const want = expectedReplies(i);
    if (got.length !== want.length || want.some((w, k) => !sameReplies(got[k] ?? [], w))) {
      if (wrong++ < 3) console.error(`conversation ${i}: expected ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
    }
  }
  return wrong;
}
