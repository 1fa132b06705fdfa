// Logistic regression over several classes, one against the rest (a logistic regression a class:
// the signal shipped) or multinomial (softmax: the classes' probabilities add up to 1), by
// stochastic gradient descent with AdaGrad steps, over sparse named features each counting 1/√n
// (n the line's features), as the learned danger signal's training (scripts/dangerModel/) for
// two. Deterministic: a seeded shuffle, so the same lines give the same weights.

export interface Example {
  features: readonly string[];
  /** Index of the line's topic. */
  label: number;
}

export interface RegressionOptions {
  /** 'softmax' (the classes compete: probabilities add up to 1) or 'ovr' (one logistic regression a class, one against the rest). */
  kind?: 'softmax' | 'ovr';
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
}

export interface Regression {
  bias: Float64Array;
  /** Per feature, a weight per class. */
  weights: Map<string, Float64Array>;
}

export function trainRegression(examples: readonly Example[], classes: number, opts: RegressionOptions = {}): Regression {
  const { epochs = 12, rate = 0.25, l2 = 1e-6, seed = 1, kind = 'ovr' } = opts;
  const ids = new Map<string, number>();
  const rows = examples.map((e) => ({ x: e.features.map((f) => ids.get(f) ?? (ids.set(f, ids.size), ids.size - 1)), y: e.label }));
  const K = classes;
  const w = new Float64Array(ids.size * K);
  const g = new Float64Array(ids.size * K).fill(1e-8);
  const bias = new Float64Array(K);
  const gBias = new Float64Array(K).fill(1e-8);
  const z = new Float64Array(K);
  const shuffled = seededShuffler(rows.length, seed);
  for (let e = 0; e < epochs; e++) {
    for (const i of shuffled()) {
      const r = rows[i]!;
      if (r.x.length === 0) continue;
      const v = 1 / Math.sqrt(r.x.length);
      z.fill(0);
      for (const f of r.x) for (let k = 0; k < K; k++) z[k] = z[k]! + w[f * K + k]!;
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, (z[k] = bias[k]! + z[k]! * v));
      let sum = 0;
      if (kind === 'softmax') for (let k = 0; k < K; k++) sum += z[k] = Math.exp(z[k]! - max);
      else for (let k = 0; k < K; k++) z[k] = 1 / (1 + Math.exp(-z[k]!));
      for (let k = 0; k < K; k++) {
        const err = (kind === 'softmax' ? z[k]! / sum : z[k]!) - (k === r.y ? 1 : 0);
        for (const f of r.x) {
          const at = f * K + k;
          const step = err * v + l2 * w[at]!;
          g[at]! += step * step;
          w[at]! -= (rate * step) / Math.sqrt(g[at]!);
        }
        gBias[k]! += err * err;
        bias[k]! -= (rate * err) / Math.sqrt(gBias[k]!);
      }
    }
  }
  const weights = new Map<string, Float64Array>();
  for (const [name, f] of ids) weights.set(name, w.slice(f * K, f * K + K));
  return { bias, weights };
}

/** Each call, the numbers 0 to n-1 in a new order, the same orders for the same seed (a linear congruential generator). */
export function seededShuffler(n: number, seed: number): () => readonly number[] {
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = Array.from({ length: n }, (_, i) => i);
  return () => {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
}
