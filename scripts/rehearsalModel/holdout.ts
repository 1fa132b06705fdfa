// Leave-batch-out for the rehearsal model: the batches written apart last are held out (by default
// dev11 and dev12), the model is trained as `npm run train:rehearsal` trains it on every other
// labelled line (earlier dev batches and the rules' authors' own lines), and the held-out lines are
// scored twice — by the rules alone and by the rules with the model's earns added — per point and
// language, as `npm run eval:rehearsal` scores a part. The rules can be those of another commit
// (`--personas DIR`, e.g. `git archive aa61ce5 personas`: the rules as they stood before the
// held-out batches were read), since today's rules were tuned on every dev line.
//
// The rules' test lines (testLines.ts) are trained on too, as train:rehearsal does; --without-tests
// leaves them out (none of them is a held-out line).
//
//   npm run holdout:rehearsal -- [--held dev11,dev12] [--personas DIR] [--earn-at 0.99] [--min-count 3] [--without-tests]
//   npm run holdout:rehearsal -- --sweep [--validate dev10]
// --sweep: choose the thresholds and points on an earlier batch instead: train without it and the
// held-out batches, and print per point the figures of each threshold on it.
import { parseArgs } from 'node:util';
import { loadPersonas } from '../../src/rehearsal/persona.ts';
import { lineFeatures, RehearsalModel, withModel } from '../../src/rehearsal/model.ts';
import { EARNABLE_POINTS, POINT_IDS, type PointId, type Verdict } from '../../src/rehearsal/points.ts';
import type { Reader } from '../../src/rehearsal/signals.ts';
import { cellsShort, formatFigures, ruleVerdicts, scoreFile, type EvalFile, type LangFigures } from '../evalsets/rehearsal.ts';
import { devFiles, modelFile, taggedLines, type ModelOptions, type TaggedLine } from './lines.ts';
import { OPTIONS } from './train.ts';
import { testLines } from './testLines.ts';

const { values } = parseArgs({
  options: {
    held: { type: 'string', default: 'dev11,dev12' },
    validate: { type: 'string', default: 'dev10' },
    personas: { type: 'string' },
    'earn-at': { type: 'string' },
    'min-count': { type: 'string' },
    l2: { type: 'string' },
    sweep: { type: 'boolean', default: false },
    'without-tests': { type: 'boolean', default: false },
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

function score(part: EvalFile[], model: RehearsalModel | null, earnAt?: number): LangFigures[] {
  return part.map((f) => scoreFile(f, personas.get(f.persona)!, 'test', (text, reader) => withModel(rules(text, reader), text, model, earnAt)));
}

const tests = values['without-tests'] ? [] : testLines();
function train(lines: readonly TaggedLine[], opts: ModelOptions): RehearsalModel {
  return new RehearsalModel(modelFile(lines, opts, features, tests));
}

const pct = (a: number, b: number): number => Math.round((100 * a) / Math.max(1, b));

/** Per point over all languages: precision/recall and the language cells short of target; and the good lines breached. */
function summary(figures: LangFigures[], points: readonly PointId[] = POINT_IDS): string {
  const short = figures.flatMap((f) => cellsShort(f).map((c) => c.split(' ')[0]!.split(':')[1]!));
  const breached = figures.reduce((n, f) => n + f.goodBreached, 0);
  const goodLines = figures.reduce((n, f) => n + f.goodLines, 0);
  const pts = points.map((p) => {
    const t = figures.reduce((a, f) => ({ given: a.given + f.points[p].given, right: a.right + f.points[p].right, expected: a.expected + f.points[p].expected }), { given: 0, right: 0, expected: 0 });
    return `${pct(t.right, t.given)}/${pct(t.right, t.expected)} (${short.filter((s) => s === p).length})`.padEnd(13);
  });
  return `cells short ${String(short.length).padStart(3)}, good lines breached ${breached}/${goodLines}; ${pts.join(' ')}`;
}

const heldLines = all.filter((l) => held.has(l.batch));
const opts: ModelOptions = { ...OPTIONS, ...(values['min-count'] ? { minCount: Number(values['min-count']) } : {}), ...(values['earn-at'] ? { earnAt: Number(values['earn-at']) } : {}), ...(values.l2 ? { l2: Number(values.l2) } : {}) };
console.log(`rehearsal model, leave-batch-out: held out ${[...held].join(', ')} (${heldLines.length} lines); rules from ${values.personas ?? 'personas/'}`);
if (values.sweep) {
  const validate = new Set(values.validate.split(','));
  const trainLines = all.filter((l) => !held.has(l.batch) && !validate.has(l.batch));
  // Every point that can be earned, to choose among them.
  const model = train(trainLines, { ...opts, points: EARNABLE_POINTS });
  const part = filesOf(validate);
  console.log(`thresholds and points chosen on ${[...validate].join(', ')}: trained on ${trainLines.length} lines, scored on ${part.reduce((n, f) => n + f.lines.length, 0)}`);
  console.log(`per point: precision/recall (language cells short of target): ${EARNABLE_POINTS.join(' ')}`);
  console.log(`rules alone  ${summary(score(part, null), EARNABLE_POINTS)}`);
  for (const earnAt of [0.999, 0.995, 0.99, 0.97, 0.9]) console.log(`earn at ${earnAt.toFixed(3)} ${summary(score(part, model, earnAt), EARNABLE_POINTS)}`);
} else {
  const trainLines = all.filter((l) => !held.has(l.batch));
  const model = train(trainLines, opts);
  const part = filesOf(held);
  const alone = score(part, null);
  const both = score(part, model);
  console.log(formatFigures(`held out, rules alone`, alone));
  console.log(formatFigures(`held out, rules + model (trained on ${trainLines.length} other lines and ${tests.length} test lines; earns ${opts.points.join(', ')} from ${opts.earnAt}; features in ${opts.minCount}+ lines)`, both));
  console.log(`\nper point: precision/recall (language cells short of target): ${POINT_IDS.join(' ')}`);
  console.log(`rules alone:   ${summary(alone)}\nrules + model: ${summary(both)}`);
}
