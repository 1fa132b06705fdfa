// A learned danger signal: logistic regression over a message's words, word pairs and letter
// runs (3 to 5 characters, across word edges), each hashed into one of a fixed number of buckets,
// trained on the development sets' lines (scripts/dangerModel/train.ts). Alone it ASKS ("are you
// in danger right now?") when the concept lists found nothing, and answers as an emergency only
// from the file's `flagAt` (0.9) for a message of 40 characters or more; where the lists
// themselves would ask, a reading at the file's `confirmAt` (0.9) or more answers as an emergency
// instead (two weak signs agreeing). It never lowers danger the lists found; where the lists would
// only ask because something around the harm lowered it, a reading under the file's
// `withdrawBelow` of a message of 20 characters or more withdraws their question (two weak signs
// disagreeing; docs/adr/0009-*.md, 0011-*.md, 0013-*.md, 0014-*.md, 0015-*.md, 0016-*.md).
// Why: the lists catch what their authors foresaw; on lines written apart from the project they
// missed about one danger line in four, and a model of letter runs carries to spellings and words
// nobody listed (measured leave-batch-out: scripts/dangerModel/heldout.ts). The weights are data,
// like the lists: regenerated with `npm run train:danger`, never edited by hand.
import { Buffer } from 'node:buffer';
import { join } from 'node:path';
import { z } from 'zod';
import { fold } from './fold.ts';
import { readModelJson } from './modelJson.ts';

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

/** Buckets the features are hashed into: a fixed table, whatever the lines trained on. */
export const BUCKETS = 1 << 16;

/**
 * The bucket of a feature: FNV-1a over its UTF-16 code units. Features that share a bucket share
 * a weight; with 65,536 buckets that costs nothing measurable (scripts/dangerModel/heldout.ts) and
 * keeps every feature's weight, where keeping only the 50,000 largest of 400,000 named weights
 * shifted every message's score.
 */
export function bucketOf(feature: string, buckets = BUCKETS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}

/** The buckets a message's features fall in, each once. */
export function dangerBuckets(text: string, buckets = BUCKETS): number[] {
  return [...new Set(dangerFeatures(text).map((f) => bucketOf(f, buckets)))];
}

/**
 * Each feature of a message counts n^-POWER, n its features (in training as here): a long message
 * is not surer for its length.
 */
export const POWER = 0.65;

/** Weights are kept as 16-bit integers of thousandths: ±32.767. */
export const WEIGHT_SCALE = 1000;

/** A table of weights as the file keeps it: little-endian 16-bit thousandths, in base64. */
export function encodeWeights(weights: ArrayLike<number>): string {
  const buf = Buffer.alloc(weights.length * 2);
  for (let i = 0; i < weights.length; i++) {
    const v = Math.round(weights[i]! * WEIGHT_SCALE);
    if (v > 32767 || v < -32768) throw new RangeError(`weight ${weights[i]} of bucket ${i} out of the file's range`);
    buf.writeInt16LE(v, i * 2);
  }
  return buf.toString('base64');
}

export function decodeWeights(b64: string, buckets: number): Float64Array | null {
  const buf = Buffer.from(b64, 'base64');
  if (buf.length !== buckets * 2) return null;
  const out = new Float64Array(buckets);
  for (let i = 0; i < buckets; i++) out[i] = buf.readInt16LE(i * 2) / WEIGHT_SCALE;
  return out;
}

/** Scripts written without spaces between words: one run of them can be a whole sentence. */
const UNSPACED = /[\p{Script=Thai}\p{Script=Han}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * How many words a message says, for the signal: words with letters, a run of a script written
 * without spaces counting one word for every two letters.
 */
export function wordCount(text: string): number {
  let n = 0;
  for (const w of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (!/\p{L}/u.test(w)) continue;
    n += UNSPACED.test(w) ? Math.max(1, Math.floor([...w.matchAll(/\p{L}/gu)].length / 2)) : 1;
  }
  return n;
}

/**
 * The words a message needs for the signal to ask about it. A number, "no", "menu" — answers at a
 * question — carry two or three features, and one weight shared with danger words makes them sure
 * (measured: "2" 0.9999). Short cries ("help", "sos", "bachao") are the lists' to read.
 */
export const ASK_WORDS = 2;

/**
 * The lists' own question is withdrawn only for a message of this many characters or more: the
 * signal reads short lines ("😰 رجع", he is back) too loosely to be trusted to lower anything, and
 * a word count would make every Chinese or Thai line one word (docs/adr/0015-*.md).
 */
export const WITHDRAW_CHARS = 20;
/**
 * The signal alone answers as an emergency only a message of this many characters or more: short
 * replies ("he left", "ya se fue", "він пішов") read as surely danger held out, and are the end of
 * one (docs/adr/0016-*.md).
 */
export const FLAG_CHARS = 40;
/**
 * Where the lists read something that makes a harm smaller around a message they found no harm in
 * (a habit, a rule asked about, the past, an "if"), the signal answers as an emergency only from
 * this probability, the file's `flagAt` before it was lowered to 0.9 (docs/adr/0016-*.md): "my
 * roommate is drunk every night, can I change rooms?" is asked about, not answered as an emergency.
 */
export const FLAG_WHEN_LOWERED = 0.95;

export const dangerModelFile = z
  .object({
    about: z.string(),
    /** sha256 of the lines it was trained on, in order, with their labels, and of the framing lists it read them through. */
    trainedOn: z.string().regex(/^[0-9a-f]{64}$/),
    lines: z.object({ danger: z.number().int().positive(), notDanger: z.number().int().positive() }),
    /** At or above this probability, a message the lists found nothing in is asked about (as likely danger as not, at the least). */
    askAt: z.number().min(0.5).lt(1),
    /** The same, for a message that names a matter of work or papers (pay, hours, a permit …). */
    askAtBesideMatter: z.number().min(0.5).lt(1),
    /** At or above this probability, a message the lists would ask about is answered as an emergency. */
    confirmAt: z.number().gt(0.5).lt(1),
    /** Below this probability, the question the lists would ask about a long enough message is withdrawn. */
    withdrawBelow: z.number().gt(0).lt(0.5).optional(),
    /**
     * At or above this probability, a long enough message the lists found nothing in (nor anything
     * they read as taking a harm away) is answered as an emergency rather than asked about. Absent: never.
     */
    flagAt: z.number().gt(0.5).lt(1).optional(),
    bias: z.number(),
    /** How many buckets the features are hashed into (a power of two). */
    buckets: z.number().int().min(2).refine((n) => (n & (n - 1)) === 0, 'a power of two'),
    /** One weight a bucket: little-endian 16-bit thousandths, in base64 (encodeWeights). */
    weights: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
  })
  .refine((f) => Buffer.from(f.weights, 'base64').length === f.buckets * 2, { path: ['weights'], message: 'not one 16-bit weight a bucket' });
export type DangerModelFile = z.infer<typeof dangerModelFile>;

export const DANGER_MODEL_PATH = join('model', 'danger.json');

/** What the understanding asks of a learned danger signal. */
export interface DangerSignal {
  /**
   * Whether a message the lists found nothing in is to be asked about ("are you in danger right
   * now?"); `matter`: whether it names a matter of work or papers, where the signal may have to be
   * surer — asked only when the two thresholds differ and the reading lies between them.
   */
  asks(text: string, matter?: () => boolean): boolean;
  /** Whether a message the lists would ask about is sure enough to be answered as an emergency. */
  confirms(text: string): boolean;
  /**
   * Whether the question the lists would ask about a message is withdrawn: the signal reads it as
   * surely unlike those that showed danger (a rule asked, a past event told as over, a work tool).
   * Never lowers danger the lists found, only their question. Absent: nothing is withdrawn.
   */
  withdraws?(text: string): boolean;
  /**
   * Whether a message the lists found nothing in is so surely like those that showed danger that
   * it is answered as an emergency, not asked about. `lowered`: the lists read something around it
   * that makes a harm smaller (a habit, a rule asked, the past): it must then reach
   * `FLAG_WHEN_LOWERED`. Absent: it is only ever asked about.
   */
  flags?(text: string, lowered?: boolean): boolean;
}

export class DangerModel implements DangerSignal {
  private readonly weights: Float64Array;
  private readonly buckets: number;
  private readonly bias: number;
  readonly askAt: number;
  readonly askAtBesideMatter: number;
  readonly confirmAt: number;
  /** Absent from a file (a reviewer's own model): nothing is withdrawn. */
  readonly withdrawBelow: number;
  /** Absent from a file: the signal alone only ever asks. */
  readonly flagAt: number;

  constructor(file: DangerModelFile) {
    this.buckets = file.buckets;
    this.weights = decodeWeights(file.weights, file.buckets)!;
    this.bias = file.bias;
    this.askAt = file.askAt;
    this.askAtBesideMatter = file.askAtBesideMatter;
    this.confirmAt = file.confirmAt;
    this.withdrawBelow = file.withdrawBelow ?? 0;
    this.flagAt = file.flagAt ?? Infinity;
  }

  /**
   * Reads `model/danger.json` under the data folder: null when the folder has none (a reviewer's
   * own small data folder), an error naming the file when it is broken.
   */
  static load(dataDir: string): DangerModel | null {
    const file = readModelJson(dataDir, DANGER_MODEL_PATH, dangerModelFile);
    return file ? new DangerModel(file) : null;
  }

  /** How likely the message shows danger now, from 0 to 1. */
  probability(text: string): number {
    const ids = dangerBuckets(text, this.buckets);
    if (ids.length === 0) return 0;
    let sum = 0;
    for (const k of ids) sum += this.weights[k]!;
    return 1 / (1 + Math.exp(-(this.bias + sum * ids.length ** -POWER)));
  }

  asks(text: string, matter: () => boolean = () => false): boolean {
    if (wordCount(text) < ASK_WORDS) return false;
    const p = this.probability(text);
    if (p < Math.min(this.askAt, this.askAtBesideMatter)) return false;
    if (p >= Math.max(this.askAt, this.askAtBesideMatter)) return true;
    return p >= (matter() ? this.askAtBesideMatter : this.askAt);
  }

  confirms(text: string): boolean {
    return this.reaches(text, this.confirmAt);
  }

  withdraws(text: string): boolean {
    return [...text.trim()].length >= WITHDRAW_CHARS && this.probability(text) < this.withdrawBelow;
  }

  flags(text: string, lowered = false): boolean {
    return [...text.trim()].length >= FLAG_CHARS && this.reaches(text, lowered ? Math.max(this.flagAt, FLAG_WHEN_LOWERED) : this.flagAt);
  }

  /** Whether a message of words enough (`ASK_WORDS`) reads at `at` or more. */
  private reaches(text: string, at: number): boolean {
    return wordCount(text) >= ASK_WORDS && this.probability(text) >= at;
  }
}
