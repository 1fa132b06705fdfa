// The labelled trainee lines the rehearsal model learns from, each with its language and the batch
// it came in: the dev part (test/rehearsal/eval/dev/), whose batches written apart are marked by a
// comment "(devN)" (or "(tN)") before their first line (the three earlier batches by unnamed comments: "dev-1",
// "dev-2", "dev-3"), and the rules' authors' own tuning lines (eval/own/, batch "own"). Never the
// frozen parts. And the training itself: per point, an earn and a breach classifier.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { BREACHABLE, EARNABLE, lineFeatures, REST, type Classifier } from '../../src/rehearsal/model.ts';
import type { PointId } from '../../src/rehearsal/points.ts';
import { EVAL_DIR, EvalSetError, loadEvalPart, type EvalFile } from '../evalsets/rehearsal.ts';
import { MARK } from '../dangerModel/batches.ts';
import { trainLogistic } from '../dangerModel/logistic.ts';

export interface TaggedLine {
  lang: string;
  batch: string;
  text: string;
  earns: PointId[];
  breaches: PointId[];
}

/** Each dev line's batch, in file order: the last "(devN)" comment above it, or the count of unnamed batch comments. */
export function batchesOf(file: string): string[] {
  const seq = parseDocument(readFileSync(file, 'utf8')).get('lines');
  if (!isSeq(seq)) throw new EvalSetError(`${file}: no list of lines`);
  let batch = 'dev-1';
  let unnamed = 1;
  return seq.items.map((item) => {
    const comment = (item as { commentBefore?: string }).commentBefore;
    const named = comment ? MARK.exec(comment) : null;
    if (named) batch = named[1]!;
    else if (comment) batch = `dev-${++unnamed}`;
    return batch;
  });
}

/** The dev part's files, as loaded for the eval, with each line's batch. */
export function devFiles(): { file: EvalFile; batches: string[] }[] {
  return loadEvalPart('dev').map((file) => {
    const batches = batchesOf(join(EVAL_DIR, 'dev', `${file.lang}.yaml`));
    if (batches.length !== file.lines.length) throw new EvalSetError(`dev/${file.lang}.yaml: ${batches.length} batches for ${file.lines.length} lines`);
    return { file, batches };
  });
}

/** Every labelled line: dev (with its batch) and own. */
export function taggedLines(): TaggedLine[] {
  const dev = devFiles().flatMap(({ file, batches }) => file.lines.map((l, i) => ({ lang: file.lang, batch: batches[i]!, text: l.text, earns: l.earns, breaches: l.breaches })));
  const own = loadEvalPart('own').flatMap((f) => f.lines.map((l) => ({ lang: f.lang, batch: 'own', text: l.text, earns: l.earns, breaches: l.breaches })));
  return [...dev, ...own];
}

/** Names the lines and their labels (kept in the model file, so a test can tell a model trained on other lines). */
export function trainedOn(lines: readonly TaggedLine[]): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(`${l.lang}\t${l.earns.join(',')}\t${l.breaches.join(',')}\t${l.text}\n`);
  return h.digest('hex');
}

export interface TrainedModel {
  earn: Partial<Record<PointId, Classifier>>;
  breach: Partial<Record<PointId, Classifier>>;
}

export interface ModelOptions {
  /** Weights kept per classifier, the largest in size. */
  keep: number;
  rate: number;
}

export const MODEL_OPTIONS: ModelOptions = { keep: Infinity, rate: 1 };

const round = (x: number): number => Math.round(x * 1000) / 1000;

/**
 * A logistic regression over every feature of the lines, then cut to its `keep` largest weights.
 * Every feature cut is read as REST, the mean of the weights cut.
 */
function classifier(rows: readonly { features: readonly string[]; positive: boolean }[], opts: ModelOptions): Classifier {
  const { bias, weights } = trainLogistic(rows, { rate: opts.rate });
  const sorted = [...weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
  const cut = sorted.slice(opts.keep);
  const kept = sorted.slice(0, opts.keep).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  if (cut.length > 0) kept.push([REST, cut.reduce((s, [, w]) => s + w, 0) / cut.length]);
  return { bias: round(bias), weights: new Map(kept.map(([k, v]) => [k, round(v)])) };
}

/** Per point, an earn classifier (lines earning it against all others) and a breach classifier. */
export function trainModel(lines: readonly TaggedLine[], opts: ModelOptions = MODEL_OPTIONS, features = new Map<string, string[]>()): TrainedModel {
  const feats = lines.map((l) => features.get(l.text) ?? lineFeatures(l.text));
  const model: TrainedModel = { earn: {}, breach: {} };
  for (const p of EARNABLE) model.earn[p] = classifier(lines.map((l, i) => ({ features: feats[i]!, positive: l.earns.includes(p) })), opts);
  for (const p of BREACHABLE) model.breach[p] = classifier(lines.map((l, i) => ({ features: feats[i]!, positive: l.breaches.includes(p) })), opts);
  return model;
}
