// `npm run train:danger`: trains the learned danger signal (src/understand/dangerModel.ts) on the
// development sets — test/understand/eval/dev/ (danger lines; harmless-but-scary and topic lines)
// and test/understand/firstcontact/dev.yaml (danger first messages; other first messages), and the
// catalogues' choices and commands and every language's greetings and goodbyes (harmless: lines.ts harmlessLines) — and
// writes src/understand/data/model/danger.json. Never the frozen test sets. The same lines always
// give the same file (a seeded shuffle), so a changed file means changed lines.
//
//   node bin/run.js scripts/dangerModel/train.ts [--check]
// --check writes nothing and fails when the file was trained on other lines than today's.
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTrainedOn } from '../trainedOnCheck.ts';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA_DIR, loadExamples } from '../../src/understand/data.ts';
import { createUnderstanding } from '../../src/understand/understanding.ts';
import { BUCKETS, POWER, DANGER_MODEL_PATH, dangerBuckets, dangerModelFile, encodeWeights, type DangerModelFile } from '../../src/understand/dangerModel.ts';
import { loadEvalSet } from '../evalsets/understand.ts';
import { readFirstContactSet } from '../firstContactEval.ts';
import { framingText, harmlessLines, trainingLines, trainedOn, type Labelled } from './lines.ts';
import { SEEDS, trainAveraged } from './logistic.ts';

/**
 * Asked about from this probability: as likely danger as not. Chosen on four batches written apart
 * and each scored, before anyone read it, at the build it met (t63a to t66a: the signal trained
 * without them): of their 32 danger lines neither flagged nor asked, 6 read 0.5 to 0.7 with no
 * matter named, for 5 of their 2,240 harmless lines (docs/adr/0018-*.md; it was 0.7, ADR 0014).
 */
const ASK_AT = 0.5;
/**
 * Asked about from this probability when the message names a matter of work or papers: a question
 * about pay or hours reads higher than one without a matter. On the same four batches 0.6 reached
 * 3 more danger lines for 1 harmless line, but put the frozen set's middle band over its 5%
 * target (36/692): it stays 0.7 (docs/adr/0018-*.md; ADR 0014).
 */
const ASK_AT_BESIDE_MATTER = 0.7;
/**
 * Where the lists would ask, answered as an emergency from this probability: chosen leave-batch-out
 * as the lowest that newly alarms no harmless line of seven batches held out (0.95 before, the
 * highest that newly alarmed none of t14 to t18: docs/adr/0013-*.md, last section).
 */
const CONFIRM_AT = 0.9;
/**
 * Where the lists would ask, the question withdrawn under this probability (for a message of
 * WITHDRAW_CHARS or more): chosen leave-batch-out as withdrawing no held-out danger line's question
 * of six batches, t26 to t28 among them, with a margin (docs/adr/0015-*.md).
 */
const WITHDRAW_BELOW = 0.02;
/**
 * Where the lists found nothing, answered as an emergency from this probability (a message of
 * FLAG_CHARS or more, nothing that makes a harm smaller): chosen leave-batch-out on seven batches,
 * 135 danger lines flagged for 6 harmless ones alarmed (docs/adr/0016-*.md) at 0.97; lowered to
 * 0.95 when six later folds of fourteen batches gave 369 danger lines for 8 harmless ones, against
 * 299 for 5 at 0.97 (the ADR's 2026-12-04 addendum); to 0.9 when seven folds of sixteen batches
 * gave 543 danger lines for 22 harmless ones, against 489 for 17 at 0.93 and 430 for 10 at 0.95
 * (the second 2026-12-04 addendum).
 */
const FLAG_AT = 0.9;
/** The step of the descent: features count 1/√n each, so steps are larger than for counts of 1. */
const RATE = 1;

/**
 * What the file is trained through besides its lines: the framing lists it reads them through and
 * the settings it is trained and shipped with. Named in its `trainedOn` hash, so a threshold
 * changed here without `npm run train:danger` fails the --check and the test that runs it.
 */
export function trainedThrough(dataDir = DEFAULT_DATA_DIR): string {
  const settings = { seeds: SEEDS, askAt: ASK_AT, askAtBesideMatter: ASK_AT_BESIDE_MATTER, confirmAt: CONFIRM_AT, withdrawBelow: WITHDRAW_BELOW, flagAt: FLAG_AT, rate: RATE, power: POWER, buckets: BUCKETS };
  return `${framingText(dataDir)}\n${JSON.stringify(settings)}`;
}

export function devLines(): Labelled[] {
  return trainingLines(loadEvalSet('dev'), readFirstContactSet('dev'), loadExamples(), harmlessLines());
}

/** What the signal reads of a line, as the product reads it (framing blanked). */
export type Reader = (text: string) => string;

export function modelFile(lines: readonly Labelled[], read: Reader = createUnderstanding({ dangerModel: null }).dangerText): DangerModelFile {
  const examples = lines.map((l) => ({ features: dangerBuckets(read(l.text)).map(String), positive: l.danger }));
  // Averaged over SEEDS (logistic.ts): one training moved with any line added.
  const { bias, weights } = trainAveraged(examples, { rate: RATE, power: POWER });
  const table = new Float64Array(BUCKETS);
  for (const [k, w] of weights) table[Number(k)] = w;
  return {
    about: 'Learned danger signal (src/understand/dangerModel.ts): written by scripts/dangerModel/train.ts from the dev sets. Do not edit by hand.',
    trainedOn: trainedOn(lines, trainedThrough()),
    lines: { danger: lines.filter((l) => l.danger).length, notDanger: lines.filter((l) => !l.danger).length },
    askAt: ASK_AT,
    askAtBesideMatter: ASK_AT_BESIDE_MATTER,
    confirmAt: CONFIRM_AT,
    withdrawBelow: WITHDRAW_BELOW,
    flagAt: FLAG_AT,
    bias: round(bias),
    buckets: BUCKETS,
    weights: encodeWeights(table),
  };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function main(): void {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const file = join(DEFAULT_DATA_DIR, DANGER_MODEL_PATH);
  const lines = devLines();
  if (values.check) return checkTrainedOn(file, dangerModelFile, trainedOn(lines, trainedThrough()), 'lines, framing lists and settings', 'npm run train:danger');
  const model = modelFile(lines);
  mkdirSync(dirname(file), { recursive: true });
  // The weights are one line of base64: small, and parsed at start-up in a millisecond.
  writeFileSync(file, JSON.stringify(model, null, 1) + '\n');
  console.log(`${file}: ${model.lines.danger} danger and ${model.lines.notDanger} other lines; ${model.buckets} weights`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
