// `npm run train:topics`: trains the learned topic signal (src/understand/topicModel.ts) on the
// topics' example phrasings (src/understand/data/examples) and the dev sets' topic lines
// (test/understand/eval/dev/), and writes src/understand/data/model/topics.json. Never the frozen
// test sets. The same lines always give the same file (a seeded shuffle).
//
//   node bin/run.js scripts/topicModel/train.ts [--check]
// --check writes nothing and fails when the file was trained on other lines than today's.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA_DIR, loadExamples } from '../../src/understand/data.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { TOPIC_MODEL_PATH, topicFeatures, topicModelFile, type TopicModelFile } from '../../src/understand/topicModel.ts';
import type { TopicId } from '../../src/content/topics.ts';
import { devTopicLines, exampleLines, trainedOn, type TopicLine } from './lines.ts';
import { trainSoftmax, type SoftmaxOptions } from './softmax.ts';

/**
 * How much of a topic's probability is added to its score from the phrasings and keywords.
 * Chosen by scripts/topicModel/heldOut.ts (see there and docs/adr/0012-learned-topic-signal.md).
 */
export const BLEND = 0.4;
/** Weights kept, the largest in size: the rest move a message's scores by next to nothing. */
export const KEEP = 60_000;
/** Training: the step and passes (chosen on the held-out batches, as the blend). */
export const TRAINING: SoftmaxOptions = { rate: 0.5, epochs: 8, l2: 1e-6 };

export function allLines(): TopicLine[] {
  return [...exampleLines(loadExamples()), ...devTopicLines()];
}

/** What the signal reads of a line, as the product reads it (greetings and thanks at its edges taken off). */
export type Reader = (text: string) => string;

export function modelFile(lines: readonly TopicLine[], read: Reader = createUnderstanding().topicText, opts: { blend?: number; keep?: number; training?: SoftmaxOptions } = {}): TopicModelFile {
  const topics = [...new Set(lines.map((l) => l.topic))].sort();
  const index = new Map(topics.map((t, i) => [t, i]));
  const { bias, weights } = trainSoftmax(
    lines.map((l) => ({ features: topicFeatures(read(l.text)), label: index.get(l.topic)! })),
    topics.length,
    opts.training ?? TRAINING,
  );
  const all: [string, number, number][] = [];
  for (const [f, ws] of weights) ws.forEach((w, k) => all.push([f, k, round(w)]));
  const kept = all.filter((x) => x[2] !== 0).sort((a, b) => Math.abs(b[2]) - Math.abs(a[2]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])).slice(0, opts.keep ?? KEEP);
  const byFeature = new Map<string, number[]>();
  for (const [f, k, w] of kept.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]))) {
    const list = byFeature.get(f) ?? [];
    list.push(k, w);
    byFeature.set(f, list);
  }
  return {
    about: 'Learned topic signal (src/understand/topicModel.ts): written by scripts/topicModel/train.ts from the topics\' example phrasings and the dev sets\' topic lines. Do not edit by hand.',
    trainedOn: trainedOn(lines),
    lines: lines.length,
    blend: opts.blend ?? BLEND,
    topics: topics as TopicId[],
    bias: [...bias].map(round),
    weights: Object.fromEntries(byFeature),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const file = join(DEFAULT_DATA_DIR, TOPIC_MODEL_PATH);
  const lines = allLines();
  if (values.check) {
    const now = existsSync(file) ? topicModelFile.parse(JSON.parse(readFileSync(file, 'utf8'))).trainedOn : null;
    if (now !== trainedOn(lines)) {
      console.error(`${file} was trained on other lines than there are now: run npm run train:topics`);
      process.exit(1);
    }
    return console.log(`${file}: trained on today's lines`);
  }
  const model = modelFile(lines);
  mkdirSync(dirname(file), { recursive: true });
  // One feature a line, so a retrained file's change can be read line by line.
  writeFileSync(file, '{\n' + Object.entries(model).map(([k, v]) => k === 'weights' ? ` "weights": {\n${Object.entries(v as Record<string, number[]>).map(([f, w]) => `  ${JSON.stringify(f)}: ${JSON.stringify(w)}`).join(',\n')}\n }` : ` ${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}\n');
  console.log(`${file}: ${model.lines} lines, ${model.topics.length} topics; ${Object.keys(model.weights).length} features kept`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
