// A learned second opinion beside the rules (docs/adr/0010-learned-rehearsal-earns.md): per point,
// a logistic regression for "earns", over the same words, word pairs and letter runs as the danger
// signal (src/understand/dangerModel.ts), trained on the labelled trainee lines by
// scripts/rehearsalModel/train.ts. It only speaks where the rules gave a point no verdict, only
// when it is very sure, and only to earn: it never reverses a rule's verdict and never reads a
// line as breaching. The weights are data (personas/model.json), regenerated with
// `npm run train:rehearsal`, never edited by hand.
import { join } from 'node:path';
import { z } from 'zod';
import { dangerFeatures } from '../understand/dangerModel.ts';
import { readModelJson } from '../understand/modelJson.ts';
import { POINT_IDS, type PointId, type Verdict } from './points.ts';

/** The same features as the danger signal: folded words, word pairs and runs of 3 to 5 characters. */
export const lineFeatures = dangerFeatures;

const classifierSchema = z.object({
  bias: z.number(),
  /** One weight per feature of the vocabulary, in its order: signed bytes, base64, times `scale`. */
  weights: z.string(),
  scale: z.number().positive(),
});

export const rehearsalModelFile = z.object({
  about: z.string(),
  /** sha256 of the lines it was trained on, with their labels (scripts/rehearsalModel/lines.ts). */
  trainedOn: z.string().regex(/^[0-9a-f]{64}$/),
  lines: z.number().int().positive(),
  /** From this probability a point the rules left without a verdict is earned. */
  earnAt: z.number().gt(0.5).lt(1),
  /** The features weighed, one a line: those seen in enough training lines. */
  vocabulary: z.string(),
  earn: z.partialRecord(z.enum(POINT_IDS), classifierSchema),
});
export type RehearsalModelFile = z.infer<typeof rehearsalModelFile>;

/** Where the model is read from, beside the rules: personas/model.json. */
export const MODEL_FILE = 'model.json';

export class RehearsalModelError extends Error {
  readonly code = 'rehearsal_model_invalid';
}

export class RehearsalModel {
  private readonly index: Map<string, number>;
  private readonly earners: { point: PointId; bias: number; scale: number; weights: Int8Array }[];
  readonly earnAt: number;

  constructor(file: RehearsalModelFile) {
    const vocabulary = file.vocabulary.split('\n');
    this.index = new Map(vocabulary.map((f, i) => [f, i]));
    this.earnAt = file.earnAt;
    this.earners = POINT_IDS.flatMap((point) => {
      const c = file.earn[point];
      if (!c) return [];
      const bytes = Buffer.from(c.weights, 'base64');
      if (bytes.length !== vocabulary.length) throw new RehearsalModelError(`earn.${point}: ${bytes.length} weights for ${vocabulary.length} features`);
      return [{ point, bias: c.bias, scale: c.scale, weights: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length) }];
    });
  }

  /** personas/model.json under the personas folder: null when there is none, an error naming the file when it is broken. */
  static load(personasDir: string): RehearsalModel | null {
    const data = readModelJson(personasDir, MODEL_FILE, rehearsalModelFile, (m) => new RehearsalModelError(m));
    if (!data) return null;
    try {
      return new RehearsalModel(data);
    } catch (e) {
      throw new RehearsalModelError(`${join(personasDir, MODEL_FILE)}: ${(e as Error).message}`);
    }
  }

  /** How likely the line earns each point the model reads, from 0 to 1. */
  probabilities(text: string): Map<PointId, number> {
    const all = lineFeatures(text);
    const known = all.map((f) => this.index.get(f)).filter((i): i is number => i !== undefined);
    // Each feature counts 1/√n, n all the line's features (as in training).
    const v = all.length > 0 ? 1 / Math.sqrt(all.length) : 0;
    const out = new Map<PointId, number>();
    for (const c of this.earners) {
      let sum = 0;
      for (const i of known) sum += c.weights[i]!;
      out.set(c.point, 1 / (1 + Math.exp(-(c.bias + sum * c.scale * v))));
    }
    return out;
  }

  /** Points earned where the rules gave no verdict, except those the rules ask it to leave alone (`quiet`). */
  earns(text: string, rules: ReadonlyMap<PointId, Verdict>, earnAt = this.earnAt, quiet: readonly PointId[] = []): PointId[] {
    const out: PointId[] = [];
    for (const [point, p] of this.probabilities(text)) if (!rules.has(point) && !quiet.includes(point) && p >= earnAt) out.push(point);
    return out;
  }
}

/** The rules' verdicts with the model's earns added. */
export function withModel(rules: ReadonlyMap<PointId, Verdict>, text: string, model: RehearsalModel | null | undefined, earnAt?: number, quiet: readonly PointId[] = []): Map<PointId, Verdict> {
  const out = new Map(rules);
  if (model) for (const p of model.earns(text, rules, earnAt, quiet)) out.set(p, 'earned');
  return out;
}
