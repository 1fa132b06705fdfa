// `npm run train:danger`: trains the learned danger signal (src/understand/dangerModel.ts) on the
// development sets — test/understand/eval/dev/ (danger lines; harmless-but-scary and topic lines)
// and test/understand/firstcontact/dev.yaml (danger first messages; other first messages) — and
// writes src/understand/data/model/danger.json. Never the frozen test sets. The same lines always
// give the same file (a seeded shuffle), so a changed file means changed lines.
//
//   node bin/run.js scripts/dangerModel/train.ts [--check]
// --check writes nothing and fails when the file was trained on other lines than today's.
import { writeFileSync, readFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA_DIR, loadExamples } from '../../src/understand/data.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { DANGER_MODEL_PATH, dangerFeatures, dangerModelFile, type DangerModelFile } from '../../src/understand/dangerModel.ts';
import { loadEvalSet } from '../evalsets/understand.ts';
import { readFirstContactSet } from '../firstContactEval.ts';
import { framingText, trainingLines, trainedOn, type Labelled } from './lines.ts';
import { trainLogistic } from './logistic.ts';

/** Weights kept, the largest in size: the rest move a message's score by next to nothing. */
const KEEP = 50_000;
/**
 * Asked about from this probability. Chosen on the dev sets by 5-fold cross-validation (each fifth
 * scored by a model trained on the other four): at 0.97, 31 of the 84 dev danger lines the lists
 * missed were asked about, and 24 of 7,762 harmless lines and example phrasings (0.3%) were newly
 * asked (0.95: 37 and 34; 0.99: 20 and 11).
 */
const ASK_AT = 0.97;
/** The step of the descent: features count 1/√n each, so steps are larger than for counts of 1. */
const RATE = 1;

export function devLines(): Labelled[] {
  return trainingLines(loadEvalSet('dev'), readFirstContactSet('dev'), loadExamples());
}

/** What the signal reads of a line, as the product reads it (framing blanked). */
export type Reader = (text: string) => string;

export function modelFile(lines: readonly Labelled[], read: Reader = createUnderstanding().dangerText): DangerModelFile {
  const { bias, weights } = trainLogistic(
    lines.map((l) => ({ features: dangerFeatures(read(l.text)), positive: l.danger })),
    { rate: RATE },
  );
  const kept = [...weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP);
  return {
    about: 'Learned danger signal (src/understand/dangerModel.ts): written by scripts/dangerModel/train.ts from the dev sets. Do not edit by hand.',
    trainedOn: trainedOn(lines, framingText(DEFAULT_DATA_DIR)),
    lines: { danger: lines.filter((l) => l.danger).length, notDanger: lines.filter((l) => !l.danger).length },
    askAt: ASK_AT,
    bias: round(bias),
    weights: Object.fromEntries(kept.sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([k, v]) => [k, round(v)])),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const file = join(DEFAULT_DATA_DIR, DANGER_MODEL_PATH);
  const lines = devLines();
  if (values.check) {
    const now = existsSync(file) ? dangerModelFile.parse(JSON.parse(readFileSync(file, 'utf8'))).trainedOn : null;
    if (now !== trainedOn(lines, framingText(DEFAULT_DATA_DIR))) {
      console.error(`${file} was trained on other lines or framing lists than there are now: run npm run train:danger`);
      process.exit(1);
    }
    return console.log(`${file}: trained on today's dev lines`);
  }
  const model = modelFile(lines);
  mkdirSync(dirname(file), { recursive: true });
  // One weight a line, so a retrained file's change can be read line by line.
  writeFileSync(file, JSON.stringify(model, null, 1) + '\n');
  console.log(`${file}: ${model.lines.danger} danger and ${model.lines.notDanger} other lines; ${Object.keys(model.weights).length} weights kept`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
