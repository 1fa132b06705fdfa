// Leave-batch-out measure of the learned topic signal (src/understand/topicModel.ts): trains it
// on the example phrasings and every dev topic line but those of the batches held out, and scores
// the held-out batches' topic lines through the whole understanding — first with the present
// ranking alone (example phrasings and keywords, no signal), then with the signal's own order,
// then with the signal blended in at each weight asked — per language and per batch, top-1 and
// top-3 (as `npm run eval` counts them), the share of lines whose topic is chosen outright (and of
// those, rightly), and the median time a message.
//
// Batches, not random folds: each batch was written by other people, apart from the project, and
// a random fold would leak a writer's habits into the training and flatter the signal. A batch is
// the lines after a comment "(devN)" or "(tN)" in the dev YAML (scripts/dangerModel/batches.ts); a
// line written again in a batch kept for training, or as an example phrasing, is held out all the
// same.
//
//   npm run heldout:topics [-- --hold dev12,dev13,t14,t15,t16] [--blend 1,2,3] [--keep 150000]
//                          [--kind ovr|softmax] [--rate 0.25] [--epochs 12] [--l2 0.000001]
// (the defaults: what train.ts trains with).
//
// Only dev lines are read, never the frozen sets. The "before" column is flattered: the keyword
// lists and example phrasings were written by people who had read the held-out batches.
import { parseArgs } from 'node:util';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { TopicModel } from '../../src/understand/topicModel.ts';
import { bump, offered, type Tally } from '../evalsets/understandScore.ts';
import { allLines, KEEP, modelFile, TRAINING } from './train.ts';
import type { TopicLine } from './lines.ts';
import { readFileSync } from 'node:fs';
import { batchCounts, batchesOf, devFiles, heldOutTexts } from '../dangerModel/batches.ts';

/** Each held-out line's batches (set by main). */
let batchOf = new Map<string, string[]>();

/** Per language, per batch held out and over all, how often the right topic is offered first and in the first three. */
function score(lines: readonly TopicLine[], rank: (text: string) => { offered: string[]; chosen?: string | null }): Column {
  const rows = new Map<string, Tally>();
  const times: number[] = [];
  let chosen = 0;
  let chosenRight = 0;
  for (const l of lines) {
    const t0 = performance.now();
    const r = rank(l.text);
    times.push(performance.now() - t0);
    const o = r.offered;
    const t1 = o[0] === l.topic;
    const t3 = o.slice(0, 3).includes(l.topic);
    bump(rows, l.lang, t1, t3);
    for (const b of batchOf.get(l.text) ?? []) bump(rows, b, t1, t3);
    bump(rows, 'all', t1, t3);
    if (r.chosen) {
      chosen++;
      if (r.chosen === l.topic) chosenRight++;
    }
  }
  times.sort((a, b) => a - b);
  return { rows, ms: times[Math.floor(times.length / 2)] ?? 0, chosen, chosenRight };
}

interface Column {
  rows: Map<string, Tally>;
  ms: number;
  /** Lines whose topic was chosen outright (no "did you mean"), and of those, rightly. */
  chosen: number;
  chosenRight: number;
}

const pct = (a: number, n: number): string => (n === 0 ? '-' : ((100 * a) / n).toFixed(1));

export function main(): void {
  const { values } = parseArgs({
    options: {
      hold: { type: 'string', default: 'dev12,dev13,t14,t15,t16' },
      blend: { type: 'string', default: '0.5,1,2,3' },
      keep: { type: 'string', default: String(KEEP) },
      rate: { type: 'string', default: String(TRAINING.rate) },
      epochs: { type: 'string', default: String(TRAINING.epochs) },
      l2: { type: 'string', default: String(TRAINING.l2) },
      kind: { type: 'string', default: TRAINING.kind ?? 'ovr' },
    },
  });
  const held = values.hold.split(',').map((s) => s.trim()).filter(Boolean);
  const known = batchCounts();
  const out = heldOutTexts(held);
  batchOf = new Map();
  for (const file of devFiles()) for (const [text, bs] of batchesOf(readFileSync(file, 'utf8'))) batchOf.set(text, [...new Set([...(batchOf.get(text) ?? []), ...[...bs].filter((b) => held.includes(b))])]);
  const lines = allLines();
  const train = lines.filter((l) => !out.has(l.text));
  const test = lines.filter((l) => !l.example && out.has(l.text));
  console.log(`held out ${held.filter((b) => known.has(b)).join(', ') || 'nothing'}: ${test.length} topic lines; trained on ${train.length} (example phrasings and the other batches)`);
  if (test.length === 0) return;
  const plain = createUnderstanding({ topicModel: null });
  const t0 = performance.now();
  const file = modelFile(train, plain.topicText, { keep: Number(values.keep), training: { rate: Number(values.rate), epochs: Number(values.epochs), l2: Number(values.l2), kind: values.kind === 'ovr' ? 'ovr' : 'softmax' } });
  const model = new TopicModel(file);
  console.log(`trained in ${((performance.now() - t0) / 1000).toFixed(1)} s; ${file.features.length} features, ${file.weights.length} weights kept`);

  const columns: ({ name: string } & Column)[] = [];
  const routed = (u: typeof plain) => (t: string) => {
    const r = u.routeOffline(t);
    return { offered: offered(r), chosen: r.topic };
  };
  columns.push({ name: 'before', ...score(test, routed(plain)) });
  columns.push({
    name: 'alone',
    ...score(test, (t) => ({ offered: [...model.probabilities(plain.topicText(t))].sort((a, b) => b[1] - a[1]).map(([k]) => k) })),
  });
  for (const b of values.blend.split(',').map(Number)) {
    const u = createUnderstanding({ topicModel: model, topicBlend: b });
    columns.push({ name: `+${b}`, ...score(test, routed(u)) });
  }
  const langs = [...columns[0]!.rows.keys()].filter((k) => k !== 'all' && !held.includes(k)).sort();
  const cell = (t: Tally | undefined): string => (t ? `${pct(t.top1, t.n).padStart(5)} ${pct(t.top3, t.n).padStart(5)}` : ''.padStart(11));
  console.log(`\ntop-1 and top-3 (%) on the held-out lines; "before": the present ranking; "alone": the signal's own order; "+b": the signal blended in at weight b`);
  console.log(`${'lang'.padEnd(5)} ${'n'.padStart(4)} ${columns.map((c) => c.name.padStart(11)).join(' ')}`);
  for (const k of [...langs, ...held.filter((b) => columns[0]!.rows.has(b)), 'all']) console.log(`${k.padEnd(5)} ${String(columns[0]!.rows.get(k)!.n).padStart(4)} ${columns.map((c) => cell(c.rows.get(k))).join(' ')}`);
  console.log(`${'ms'.padEnd(5)} ${''.padStart(4)} ${columns.map((c) => c.ms.toFixed(2).padStart(11)).join(' ')}  (median a message)`);
  console.log(`${'sure'.padEnd(5)} ${''.padStart(4)} ${columns.map((c) => `${pct(c.chosen, test.length).padStart(5)} ${pct(c.chosenRight, c.chosen).padStart(5)}`).join(' ')}  (chosen outright, and of those right, %)`);
  const worst = (c: (typeof columns)[number]): string => {
    const [lang, t] = [...c.rows].filter(([k]) => langs.includes(k)).sort((a, b) => a[1].top3 / a[1].n - b[1].top3 / b[1].n)[0]!;
    return `${lang} ${pct(t.top3, t.n)}`;
  };
  console.log(`lowest top-3: ${columns.map((c) => `${c.name} ${worst(c)}`).join('; ')}`);
}

main();
