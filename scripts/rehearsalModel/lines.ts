// The labelled trainee lines the rehearsal model learns from, each with its language and the batch
// it came in: the dev part (test/rehearsal/eval/dev/), whose batches written apart are marked by a
// comment "(devN)" (or "(tN)") before their first line (the three earlier batches by unnamed comments: "dev-1",
// "dev-2", "dev-3"), and the rules' authors' own tuning lines (eval/own/, batch "own"). Never the
// frozen parts. And the training itself, which also learns from the rules' test lines, each for the
// point it is labelled for (testLines.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { lineFeatures, type RehearsalModelFile } from '../../src/rehearsal/model.ts';
import type { PointId } from '../../src/rehearsal/points.ts';
import { EVAL_DIR, EvalSetError, loadEvalPart, type EvalFile } from '../evalsets/rehearsal.ts';
import { MARK } from '../dangerModel/batches.ts';
import { SEEDS, trainAveraged } from '../dangerModel/logistic.ts';
import type { TestLine } from './testLines.ts';

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

/**
 * Names the lines, their labels and the options trained with (kept in the model file, so a test can
 * tell a model trained on other lines, or with another threshold, from today's).
 */
export function trainedOn(lines: readonly TaggedLine[], tests: readonly TestLine[], opts: ModelOptions): string {
  const h = createHash('sha256');
  h.update(`${JSON.stringify({ ...opts, seeds: SEEDS })}\n`);
  for (const l of lines) h.update(`${l.lang}\t${l.earns.join(',')}\t${l.breaches.join(',')}\t${l.text}\n`);
  for (const l of tests) h.update(`test\t${l.lang}\t${l.point}\t${l.earns}\t${l.text}\n`);
  return h.digest('hex');
}

export interface ModelOptions {
  /** A feature is weighed when at least this many training lines have it. */
  minCount: number;
  /** The points the model may earn. */
  points: readonly PointId[];
  earnAt: number;
  /** The weight decay of training (scripts/dangerModel/logistic.ts; its default when absent). */
  l2?: number;
}

/**
 * Per point, a logistic regression of the lines earning it against all others, and of the rules'
 * test lines labelled for that point (scripts/rehearsalModel/testLines.ts; on other points they
 * carry no label and are not used), over the features of the vocabulary (counted over the labelled
 * lines alone) (each line still counting all its features in 1/√n). Every weight of the
 * vocabulary is kept: cutting the small ones of a trained model left it sure of almost anything
 * (many small negative weights add up against a class), so the vocabulary is cut before training
 * instead. Weights are stored as signed bytes (scaled to the largest), which moved no held-out
 * verdict.
 */
export function modelFile(lines: readonly TaggedLine[], opts: ModelOptions, features: (text: string) => string[] = lineFeatures, tests: readonly TestLine[] = []): RehearsalModelFile {
  const feats = lines.map((l) => features(l.text));
  const testFeats = tests.map((l) => features(l.text));
  const counts = new Map<string, number>();
  for (const f of feats) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  const vocabulary = [...counts].filter(([, n]) => n >= opts.minCount).map(([f]) => f).sort();
  const inVocabulary = new Set(vocabulary);
  const row = (f: string[]) => ({ features: f.filter((x) => inVocabulary.has(x)), count: f.length });
  const rows = feats.map(row);
  const testRows = testFeats.map(row);
  const earn: RehearsalModelFile['earn'] = {};
  for (const p of opts.points) {
    const { bias, weights } = trainAveraged([...rows.map((r, i) => ({ ...r, positive: lines[i]!.earns.includes(p) })), ...testRows.flatMap((r, i) => (tests[i]!.point === p ? [{ ...r, positive: tests[i]!.earns }] : []))], { rate: 1, ...(opts.l2 !== undefined ? { l2: opts.l2 } : {}) });
    const scale = Math.max(1e-9, [...weights.values()].reduce((m, w) => Math.max(m, Math.abs(w)), 0)) / 127;
    const bytes = Int8Array.from(vocabulary, (f) => Math.round((weights.get(f) ?? 0) / scale));
    earn[p] = { bias: Math.round(bias * 1000) / 1000, scale, weights: Buffer.from(bytes.buffer).toString('base64') };
  }
  return {
    about: 'Learned earns for rehearsal (src/rehearsal/model.ts): written by scripts/rehearsalModel/train.ts from the labelled trainee lines. Do not edit by hand.',
    trainedOn: trainedOn(lines, tests, opts),
    lines: lines.length,
    earnAt: opts.earnAt,
    vocabulary: vocabulary.join('\n'),
    earn,
  };
}
