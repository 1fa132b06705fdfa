// A learned second opinion beside the rules: per point, a logistic regression for "earns" and one
// for "breaches", over the same words, word pairs and letter runs as the danger signal
// (src/understand/dangerModel.ts), trained on labelled trainee lines (scripts/rehearsalModel/).
// It only speaks where the rules gave a point no verdict, and only when it is very sure; it never
// reverses a rule's verdict. Measured so far by leave-batch-out (scripts/rehearsalModel/holdout.ts);
// not yet read in a practice.
import { dangerFeatures } from '../understand/dangerModel.ts';
import { POINTS, type PointId, type Verdict } from './points.ts';

/** The same features as the danger signal: folded words, word pairs and runs of 3 to 5 characters. */
export const lineFeatures = dangerFeatures;

/** The weight of every feature a classifier did not keep, each counted (see scripts/rehearsalModel/lines.ts). */
export const REST = '*';

/** One classifier: a bias and the weights of the features it kept. */
export interface Classifier {
  bias: number;
  weights: Record<string, number> | Map<string, number>;
}

/** Which classifiers a point can have: an earn one where the point can be earned, a breach one where it can be breached. */
export const EARNABLE: readonly PointId[] = POINTS.filter((p) => p.earn).map((p) => p.id);
export const BREACHABLE: readonly PointId[] = POINTS.filter((p) => p.breach.length > 0).map((p) => p.id);

export interface Thresholds {
  /** From this probability an earn is added where the rules gave no verdict. */
  earnAt: number;
  /** From this probability a breach is added where the rules gave no verdict (1 or more: never). */
  breachAt: number;
}

/** How likely a line's features are to be in the class, 1/√n scaling as in training. */
export function probability(c: Classifier, features: readonly string[]): number {
  if (features.length === 0) return 0;
  const get = c.weights instanceof Map ? (f: string) => (c.weights as Map<string, number>).get(f) : (f: string) => (c.weights as Record<string, number>)[f];
  const rest = get(REST) ?? 0;
  let sum = 0;
  for (const f of features) sum += get(f) ?? rest;
  return 1 / (1 + Math.exp(-(c.bias + sum / Math.sqrt(features.length))));
}

/**
 * The rules' verdicts with the model's added: on a point the rules left without a verdict, a
 * breach when the breach classifier is at least `breachAt` sure, else an earn when the earn
 * classifier is at least `earnAt` sure. A rule's verdict always stands.
 */
export function withModel(
  rules: ReadonlyMap<PointId, Verdict>,
  features: readonly string[],
  model: { earn: Partial<Record<PointId, Classifier>>; breach: Partial<Record<PointId, Classifier>> },
  at: Thresholds,
): Map<PointId, Verdict> {
  const out = new Map(rules);
  for (const p of POINTS) {
    if (out.has(p.id)) continue;
    const b = model.breach[p.id];
    if (b && at.breachAt < 1 && probability(b, features) >= at.breachAt) {
      out.set(p.id, 'breached');
      continue;
    }
    const e = model.earn[p.id];
    if (e && probability(e, features) >= at.earnAt) out.set(p.id, 'earned');
  }
  return out;
}
