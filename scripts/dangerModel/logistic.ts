// Logistic regression by stochastic gradient descent with AdaGrad steps, over sparse named
// features, each class weighted to count as half. Written here rather than taken from a library:
// it is forty lines, needs to be deterministic (a seeded shuffle) so the same lines give the same
// weights, and the maintained JavaScript learning libraries bring a tensor runtime for it.

export interface Example {
  features: readonly string[];
  /** In the class (a danger line; a line earning or breaching a point). */
  positive: boolean;
  /** The count n of n^-power, when the line had more features than are trained on (default: features.length). */
  count?: number;
}

export interface TrainOptions {
  epochs?: number;
  rate?: number;
  l2?: number;
  seed?: number;
  /** Each feature counts n^-power, n the message's features (0.5: 1/√n). */
  power?: number;
}

export function trainLogistic(examples: readonly Example[], opts: TrainOptions = {}): { bias: number; weights: Map<string, number> } {
  const { epochs = 6, rate = 0.2, l2 = 1e-6, seed = 1, power = 0.5 } = opts;
  const ids = new Map<string, number>();
  const rows = examples.map((e) => ({ x: e.features.map((f) => ids.get(f) ?? (ids.set(f, ids.size), ids.size - 1)), y: e.positive ? 1 : 0, n: e.count ?? e.features.length }));
  const w = new Float64Array(ids.size);
  const g = new Float64Array(ids.size).fill(1e-8);
  let bias = 0;
  let gBias = 1e-8;
  const pos = rows.filter((r) => r.y === 1).length;
  const weightOf = [rows.length / (2 * Math.max(1, rows.length - pos)), rows.length / (2 * Math.max(1, pos))];
  let state = seed;
  const random = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const order = rows.map((_, i) => i);
  for (let e = 0; e < epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const r = rows[i]!;
      // Each feature counts n^-power (1/√n by default), n the message's features: a long message is not more sure.
      const v = r.n > 0 ? r.n ** -power : 0;
      let z = 0;
      for (const k of r.x) z += w[k]!;
      z = bias + z * v;
      const err = (1 / (1 + Math.exp(-z)) - r.y) * weightOf[r.y]!;
      for (const k of r.x) {
        const step = err * v + l2 * w[k]!;
        g[k]! += step * step;
        w[k]! -= (rate * step) / Math.sqrt(g[k]!);
      }
      gBias += err * err;
      bias -= (rate * err) / Math.sqrt(gBias);
    }
  }
  const weights = new Map<string, number>();
  for (const [name, k] of ids) weights.set(name, w[k]!);
  return { bias, weights };
}

/**
 * The shuffles a signal is trained with, one model each, their weights and biases averaged. One
 * shuffle alone moves with any line added anywhere (the order of every step changes): the average
 * keeps what every order learns (docs/adr/0016-*.md, 2026-12-05 addendum).
 */
export const SEEDS: readonly number[] = [1, 2, 3, 4, 5];

/** `trainLogistic` once per seed, weights and bias averaged. */
export function trainAveraged(examples: readonly Example[], opts: TrainOptions = {}, seeds: readonly number[] = SEEDS): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  let bias = 0;
  for (const seed of seeds) {
    const one = trainLogistic(examples, { ...opts, seed });
    bias += one.bias / seeds.length;
    for (const [k, w] of one.weights) weights.set(k, (weights.get(k) ?? 0) + w / seeds.length);
  }
  return { bias, weights };
}
