// Leave-batch-out for the rehearsal model: the batches written apart last are held out (by default
// dev11 and dev12), the model is trained on every other labelled line (earlier dev batches and the
// rules' authors' own lines), and the held-out lines are scored twice — by the rules alone and by
// the rules with the model's verdicts added — per point and language, as `npm run eval:rehearsal`
// scores a part. The rules can be those of another commit (`--personas`, e.g. the rules as they
// stood before the held-out batches were read), since today's rules were tuned on every dev line.
//
//   npm run holdout:rehearsal -- [--held dev11,dev12] [--personas DIR] [--earn-at 0.99]
//        [--breach-at 1] [--sweep]
// --sweep: instead, choose thresholds on an earlier batch (--validate, dev10 by default): train
// without it and the held-out batches, and print the figures of each pair of thresholds on it.
import { parseArgs } from 'node:util';
import { loadPersonas } from '../../src/rehearsal/persona.ts';
import { lineFeatures, withModel, type Thresholds } from '../../src/rehearsal/model.ts';
import type { PointId, Verdict } from '../../src/rehearsal/points.ts';
import { POINT_IDS } from '../../src/rehearsal/points.ts';
import type { Reader } from '../../src/rehearsal/signals.ts';
import { cellsShort, formatFigures, ruleVerdicts, scoreFile, type EvalFile, type LangFigures } from '../evalsets/rehearsal.ts';
import { devFiles, taggedLines, trainModel, type TaggedLine, type TrainedModel } from './lines.ts';
import { THRESHOLDS } from './train.ts';

const { values } = parseArgs({
  options: {
    held: { type: 'string', default: 'dev11,dev12' },
    validate: { type: 'string', default: 'dev10' },
    personas: { type: 'string' },
    'earn-at': { type: 'string' },
    'breach-at': { type: 'string' },
    sweep: { type: 'boolean', default: false },
  },
});
const held = new Set(values.held.split(','));
const { personas } = loadPersonas(values.personas);
const files = devFiles();
const all = taggedLines();

/** The dev files cut down to the lines of some batches, without scripts. */
function filesOf(batches: ReadonlySet<string>): EvalFile[] {
  return files
    .map(({ file, batches: of }) => ({ ...file, scripts: undefined, lines: file.lines.filter((_, i) => batches.has(of[i]!)) }))
    .filter((f) => f.lines.length > 0);
}

// Each line is read by the rules and cut into features once.
const ruleCache = new Map<string, Map<PointId, Verdict>>();
const rules = (text: string, reader: Reader): Map<PointId, Verdict> => {
  let v = ruleCache.get(text);
  if (!v) ruleCache.set(text, (v = ruleVerdicts(text, reader)));
  return v;
};
const featureCache = new Map<string, string[]>();
const features = (text: string): string[] => {
  let f = featureCache.get(text);
  if (!f) featureCache.set(text, (f = lineFeatures(text)));
  return f;
};

function score(part: EvalFile[], model: TrainedModel | null, at: Thresholds): LangFigures[] {
  return part.map((f) => scoreFile(f, personas.get(f.persona)!, 'test', model ? (text, reader) => withModel(rules(text, reader), features(text), model, at) : rules));
}

function train(lines: readonly TaggedLine[]): TrainedModel {
  for (const l of lines) features(l.text);
  return trainModel(lines, undefined, featureCache);
}

/** One line of figures: cells short, good lines breached, and per point precision/recall over all languages. */
function summary(figures: LangFigures[]): string {
  const cells = figures.reduce((n, f) => n + cellsShort(f).length, 0);
  const breached = figures.reduce((n, f) => n + f.goodBreached, 0);
  const goodLines = figures.reduce((n, f) => n + f.goodLines, 0);
  const pts = POINT_IDS.map((p) => {
    const t = figures.reduce((a, f) => ({ given: a.given + f.points[p].given, right: a.right + f.points[p].right, expected: a.expected + f.points[p].expected }), { given: 0, right: 0, expected: 0 });
    return `${Math.round((100 * t.right) / Math.max(1, t.given))}/${Math.round((100 * t.right) / Math.max(1, t.expected))}`;
  });
  return `cells short ${String(cells).padStart(3)}, good lines breached ${breached}/${goodLines}; ${pts.join(' ')}`;
}

const heldLines = all.filter((l) => held.has(l.batch));
console.log(`rehearsal model, leave-batch-out: held out ${[...held].join(', ')} (${heldLines.length} lines); rules from ${values.personas ?? 'personas/'}`);
console.log(`per point in the summaries (${POINT_IDS.join(' ')}): precision/recall`);
if (values.sweep) {
  const validate = new Set(values.validate.split(','));
  const trainLines = all.filter((l) => !held.has(l.batch) && !validate.has(l.batch));
  const model = train(trainLines);
  const part = filesOf(validate);
  console.log(`thresholds chosen on ${[...validate].join(', ')}: trained on ${trainLines.length} lines, scored on ${part.reduce((n, f) => n + f.lines.length, 0)}`);
  console.log(`rules alone                    ${summary(score(part, null, THRESHOLDS))}`);
  for (const breachAt of [1, 0.99, 0.97])
    for (const earnAt of [0.99, 0.97, 0.95, 0.9, 0.8, 0.7]) console.log(`earn at ${earnAt.toFixed(2)}, breach at ${breachAt === 1 ? 'never' : breachAt.toFixed(2)}  ${summary(score(part, model, { earnAt, breachAt }))}`);
} else {
  const at: Thresholds = { earnAt: Number(values['earn-at'] ?? THRESHOLDS.earnAt), breachAt: Number(values['breach-at'] ?? THRESHOLDS.breachAt) };
  const trainLines = all.filter((l) => !held.has(l.batch));
  const model = train(trainLines);
  const part = filesOf(held);
  const alone = score(part, null, at);
  const both = score(part, model, at);
  console.log(formatFigures(`held out, rules alone`, alone));
  console.log(formatFigures(`held out, rules + model (trained on ${trainLines.length} other lines; earn at ${at.earnAt}, breach at ${at.breachAt >= 1 ? 'never' : at.breachAt})`, both));
  console.log(`\nrules alone:   ${summary(alone)}\nrules + model: ${summary(both)}`);
}
