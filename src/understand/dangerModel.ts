// A learned danger signal: logistic regression over a message's words, word pairs and letter
// runs (3 to 5 characters, across word edges), trained on the development sets' lines
// (scripts/dangerModel/train.ts). It only ever ASKS ("are you in danger right now?") when the
// concept lists found nothing: it never answers as an emergency and never lowers what the lists
// found. Why: the lists catch what their authors foresaw; on lines written apart from the project
// they missed about one danger line in four, and a model of letter runs carries to spellings and
// words nobody listed (measured in test/understand/README.md). The weights are data, like the
// lists: regenerated with `npm run train:danger`, never edited by hand.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { fold } from './fold.ts';
import { UnderstandDataError } from './data.ts';

/** The letter runs read, by length. */
const RUNS = [3, 4, 5] as const;

/**
 * What the model reads of a message, each once: `w <word>`, `b <word> <next word>` and `c<run>`
 * for each run of 3 to 5 characters of the folded words joined by single spaces (the edges
 * included, so a run can hold the end of one word and the start of the next).
 */
export function dangerFeatures(text: string): string[] {
  const words = fold(text).toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    out.add(`w ${words[i]}`);
    if (i + 1 < words.length) out.add(`b ${words[i]} ${words[i + 1]}`);
  }
  const joined = ` ${words.join(' ')} `;
  for (const n of RUNS) for (let i = 0; i + n <= joined.length; i++) out.add(`c${joined.slice(i, i + n)}`);
  return [...out];
}

export const dangerModelFile = z.object({
  about: z.string(),
  /** sha256 of the lines it was trained on, in order, with their labels, and of the framing lists it read them through. */
  trainedOn: z.string().regex(/^[0-9a-f]{64}$/),
  lines: z.object({ danger: z.number().int().positive(), notDanger: z.number().int().positive() }),
  /** At or above this probability, a message the lists found nothing in is asked about. */
  askAt: z.number().gt(0.5).lt(1),
  bias: z.number(),
  // Checked by a loop, not z.record: zod took 110 ms over the 50,000 weights at every start.
  weights: z.custom<Record<string, number>>(isWeights, 'an object of features, each a finite number'),
});

function isWeights(v: unknown): boolean {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  for (const [k, w] of Object.entries(v)) if (k.length < 2 || typeof w !== 'number' || !Number.isFinite(w)) return false;
  return true;
}
export type DangerModelFile = z.infer<typeof dangerModelFile>;

export const DANGER_MODEL_PATH = join('model', 'danger.json');

/** What the understanding asks of a learned danger signal. */
export interface DangerSignal {
  /** Whether a message the lists found nothing in is to be asked about. */
  asks(text: string): boolean;
}

export class DangerModel implements DangerSignal {
  private readonly weights: Map<string, number>;
  private readonly bias: number;
  readonly askAt: number;

  constructor(file: DangerModelFile) {
    this.weights = new Map(Object.entries(file.weights));
    this.bias = file.bias;
    this.askAt = file.askAt;
  }

  /**
   * Reads `model/danger.json` under the data folder: null when the folder has none (a reviewer's
   * own small data folder), an error naming the file when it is broken.
   */
  static load(dataDir: string): DangerModel | null {
    const file = join(dataDir, DANGER_MODEL_PATH);
    if (!existsSync(file)) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      throw new UnderstandDataError(`${file}: not valid JSON`);
    }
    const parsed = dangerModelFile.safeParse(raw);
    if (!parsed.success) throw new UnderstandDataError(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
    return new DangerModel(parsed.data);
  }

  /** How likely the message shows danger now, from 0 to 1. */
  probability(text: string): number {
    const features = dangerFeatures(text);
    if (features.length === 0) return 0;
    let sum = 0;
    for (const f of features) sum += this.weights.get(f) ?? 0;
    // Each feature counts 1/√n (as in training): a long message is not more sure for its length.
    return 1 / (1 + Math.exp(-(this.bias + sum / Math.sqrt(features.length))));
  }

  /** Whether the message is to be asked about ("are you in danger right now?"). */
  asks(text: string): boolean {
    return this.probability(text) >= this.askAt;
  }
}
