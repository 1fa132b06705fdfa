// A learned topic signal: logistic regression, one topic against the rest (or a softmax), over a
// message's words, word pairs and letter runs (the features of the learned danger signal,
// dangerModel.ts), trained on the topics' example phrasings and the development sets' topic lines
// (scripts/topicModel/train.ts). Its probabilities are added, times a weight chosen on batches
// held out from training (scripts/topicModel/heldOut.ts), to the scores of the example phrasings
// and the keyword lists (understanding.ts): it reorders and adds topics, never decides danger,
// small talk or a message to the machine. Why: the phrasings and lists match the words their
// authors wrote; letter runs weighed over many lines carry to spellings and words nobody listed
// (measured in docs/adr/0012-learned-topic-signal.md). The weights are data, like the lists:
// regenerated with `npm run train:topics`, never edited by hand.
import { join } from 'node:path';
import { z } from 'zod';
import { dangerFeatures } from './dangerModel.ts';
import { UnderstandDataError } from './data.ts';
import { fold } from './fold.ts';
import { readModelJson } from './modelJson.ts';
import { isTopic, type TopicId } from '../content/topics.ts';

const HAN = /\p{Script=Han}+/gu;

/**
 * What the topic signal reads of a message: the danger signal's features (words, word pairs, runs
 * of 3 to 5 letters), and in Chinese, written without spaces, each character and each pair of
 * characters (`h<one or two>`): a run of three characters is most often a word and what follows.
 */
export function topicFeatures(text: string): string[] {
  const out = dangerFeatures(text);
  const han = fold(text).match(HAN);
  if (!han) return out;
  const seen = new Set<string>();
  for (const run of han) {
    const cs = [...run];
    for (let i = 0; i < cs.length; i++) {
      seen.add(`h${cs[i]}`);
      if (i + 1 < cs.length) seen.add(`h${cs[i]}${cs[i + 1]}`);
    }
  }
  return [...out, ...seen];
}

/**
 * A sentence the features are taken of when the model is trained, kept in its hash: a change in
 * what the features are (dangerModel.ts) then tells the model shipped from the features read.
 */
export const FEATURE_PROBE = 'Mi jefe NO me pagó las horas extra, 3 semanas — मालिकले तलब दिएन';

export const topicModelFile = z.object({
  about: z.string(),
  /** sha256 of the lines it was trained on, in order, with their topics, and of the probe's features. */
  trainedOn: z.string().regex(/^[0-9a-f]{64}$/),
  lines: z.number().int().positive(),
  /** How much of a topic's probability is added to its score from the phrasings and keywords. */
  blend: z.number().min(0).max(4),
  topics: z.array(z.custom<TopicId>(isTopic, 'a topic id')).min(2),
  bias: z.array(z.number()),
  /** 'softmax': the topics' probabilities add up to 1; 'ovr': each topic's own, one against the rest. */
  kind: z.enum(['softmax', 'ovr']).default('softmax'),
  // The weights that move a score, feature by feature: `features[i]` has `counts[i]` weights, the
  // next that many of `topicOf` (a topic's index in `topics`) and `weights`. Flat arrays, checked
  // by the constructor's one loop (not by zod): read at every start, they parse and are checked
  // in a fraction of the time of an object of arrays.
  features: z.custom<string[]>(Array.isArray, 'an array'),
  counts: z.custom<number[]>(Array.isArray, 'an array'),
  topicOf: z.custom<number[]>(Array.isArray, 'an array'),
  weights: z.custom<number[]>(Array.isArray, 'an array'),
});
export type TopicModelFile = z.infer<typeof topicModelFile>;

export const TOPIC_MODEL_PATH = join('model', 'topics.json');

export class TopicModel {
  /** Per feature, its place in `ends`: its weights end there, and start where the previous feature's end. */
  private readonly at: Map<string, number>;
  private readonly ends: Uint32Array;
  private readonly topicOf: Uint8Array;
  private readonly weights: Float32Array;
  private readonly bias: Float64Array;
  readonly topics: readonly TopicId[];
  readonly blend: number;
  private readonly kind: 'softmax' | 'ovr';

  constructor(file: TopicModelFile) {
    const K = file.topics.length;
    if (file.bias.length !== K) throw new UnderstandDataError(`topic model: ${file.bias.length} biases for ${K} topics`);
    if (file.counts.length !== file.features.length) throw new UnderstandDataError(`topic model: ${file.counts.length} counts for ${file.features.length} features`);
    if (file.topicOf.length !== file.weights.length) throw new UnderstandDataError(`topic model: ${file.topicOf.length} topics for ${file.weights.length} weights`);
    if (K > 255) throw new UnderstandDataError(`topic model: ${K} topics, at most 255`);
    this.at = new Map();
    this.ends = new Uint32Array(file.features.length);
    let end = 0;
    for (let i = 0; i < file.features.length; i++) {
      const n = file.counts[i]!;
      if (typeof file.features[i] !== 'string' || !Number.isInteger(n) || n < 1) throw new UnderstandDataError(`topic model: feature ${i}: ${n} weights`);
      this.at.set(file.features[i]!, i);
      this.ends[i] = end += n;
    }
    if (end !== file.weights.length) throw new UnderstandDataError(`topic model: the counts add up to ${end}, not to the ${file.weights.length} weights`);
    this.topicOf = Uint8Array.from(file.topicOf);
    this.weights = Float32Array.from(file.weights);
    for (let j = 0; j < end; j++) {
      if (this.topicOf[j] !== file.topicOf[j] || this.topicOf[j]! >= K) throw new UnderstandDataError(`topic model: no topic ${file.topicOf[j]}`);
      if (typeof file.weights[j] !== 'number' || !Number.isFinite(this.weights[j]!)) throw new UnderstandDataError(`topic model: weight ${j} is not a number`);
    }
    this.bias = Float64Array.from(file.bias);
    this.topics = file.topics;
    this.blend = file.blend;
    this.kind = file.kind;
  }

  /**
   * Reads `model/topics.json` under the data folder: null when the folder has none (a reviewer's
   * own small data folder), an error naming the file when it is broken.
   */
  static load(dataDir: string): TopicModel | null {
    const file = readModelJson(dataDir, TOPIC_MODEL_PATH, topicModelFile);
    try {
      return file && new TopicModel(file);
    } catch (e) {
      throw new UnderstandDataError(`${join(dataDir, TOPIC_MODEL_PATH)}: ${(e as Error).message}`);
    }
  }

  /** Each topic's probability for the message (adding up to 1 for a softmax); empty for a message of no letters. */
  probabilities(text: string): Map<TopicId, number> {
    const features = topicFeatures(text);
    const out = new Map<TopicId, number>();
    if (features.length === 0) return out;
    const z = new Float64Array(this.bias.length);
    for (const f of features) {
      const i = this.at.get(f);
      if (i === undefined) continue;
      for (let j = i === 0 ? 0 : this.ends[i - 1]!, end = this.ends[i]!; j < end; j++) z[this.topicOf[j]!] = z[this.topicOf[j]!]! + this.weights[j]!;
    }
    // Each feature counts 1/√n (as in training): a long message is not surer for its length.
    const v = 1 / Math.sqrt(features.length);
    if (this.kind === 'ovr') {
      // Each topic's own probability, shared out so they add up to 1: a message the signal knows
      // nothing of (every topic about as likely) then adds next to nothing to any topic's score.
      let sum = 0;
      for (let k = 0; k < z.length; k++) sum += z[k] = 1 / (1 + Math.exp(-(this.bias[k]! + z[k]! * v)));
      for (let k = 0; k < z.length; k++) out.set(this.topics[k]!, z[k]! / sum);
      return out;
    }
    let max = -Infinity;
    for (let k = 0; k < z.length; k++) max = Math.max(max, (z[k] = this.bias[k]! + z[k]! * v));
    let sum = 0;
    for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
    for (let k = 0; k < z.length; k++) out.set(this.topics[k]!, z[k]! / sum);
    return out;
  }
}
