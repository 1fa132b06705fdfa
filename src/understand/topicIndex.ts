// The offline topic index: BM25 over the example phrasings of every language at once, on two
// fields — stemmed words, and character n-grams (typos, inflections, scripts without a stemmer).
// Every language is searched because people mix them (Taglish, Hinglish, an English "passport" in
// a Vietnamese sentence); phrasings in the languages the message seems to be in weigh a little more.
// Pure and synchronous; retriever.ts puts it behind LangChain's BaseRetriever for callers that want
// that interface. The hot path (a turn) uses this class directly, so a server never loads LangChain
// (about 50 MB of resident memory through the TypeScript loader).
import type { Example } from './data.ts';
import { fold } from './fold.ts';
import { charGrams, words } from './tokenize.ts';
import { stem, STEMMED_LANGUAGES } from './stem.ts';
import { skeletonGrams } from './skeleton.ts';
import type { Lang, TopicId } from './topics.ts';

const K1 = 1.2;
const B = 0.75;
/** Weight of the word field against the n-gram field; the n-grams carry typos and unsegmented scripts. */
const WORD_WEIGHT = 0.55;
/** Phrasings in a language other than the message's count this much. */
const OTHER_LANGUAGE = 0.85;
/** A topic's score: its best phrasing plus this share of its second best. */
const SECOND_SHARE = 0.25;
/**
 * Weight of the consonant-skeleton field (skeleton.ts), which only relates Latin typing to the
 * phrasings written in Arabic, Devanagari, Gurmukhi and Cyrillic script: romanized Hindi,
 * Punjabi, Nepali, Arabizi and Ukrainian in Latin letters.
 */
const SKELETON_WEIGHT = 0.6;
const NATIVE_SCRIPT = /[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Gurmukhi}\p{Script=Cyrillic}]/u;
const LATIN_LETTER = /[a-z]/;

export interface TopicHit {
  topic: TopicId;
  /** 0..~1: how much of the message the topic's best phrasings cover. */
  score: number;
  /** The phrasing that matched best (for tracing; never shown to anyone). */
  example: string;
  lang: Lang;
}

export interface SearchOptions {
  /** Languages the message is probably in, best first; their phrasings weigh fully. */
  langs?: readonly Lang[];
  /** Topics to return at most. */
  limit?: number;
}

class Field {
  readonly df = new Map<string, number>();
  readonly docs: Map<string, number>[] = [];
  readonly lengths: number[] = [];
  avgLength = 0;

  add(terms: string[]): void {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const t of tf.keys()) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.docs.push(tf);
    this.lengths.push(terms.length);
  }

  finish(): void {
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  maxIdf(): number {
    return this.idf('\u0000never');
  }

  termScore(term: string, doc: number): number {
    const tf = this.docs[doc]!.get(term);
    if (!tf) return 0;
    const len = this.lengths[doc]!;
    return (this.idf(term) * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / this.avgLength));
  }
}

/** Stemmed words of a text, as one set of variants per word (one stemmer per language asked). */
function wordVariants(ws: string[], langs: readonly string[]): string[][] {
  return ws.map((w) => [...new Set([w, ...langs.map((l) => stem(w, l))])]);
}

export interface TopicIndexInput {
  examples: Example[];
}

export class TopicIndex {
  private readonly examples: Example[];
  private readonly words = new Field();
  private readonly grams = new Field();
  /** Skeleton trigrams of the phrasings in Arabic, Devanagari, Gurmukhi or Cyrillic script. */
  private readonly skel = new Field();
  private readonly skelDoc: number[] = [];
  private readonly postings = new Map<string, number[]>();

  constructor(fields: TopicIndexInput) {
    this.examples = fields.examples;
    this.examples.forEach((ex, i) => {
      const ws = words(fold(ex.text));
      const stems = ws.map((w) => stem(w, ex.lang));
      this.words.add(stems);
      const gs = charGrams(ws);
      this.grams.add(gs);
      const sk = NATIVE_SCRIPT.test(ex.text) ? skeletonGrams(ws) : [];
      if (sk.length > 0) {
        this.skelDoc[i] = this.skel.docs.length;
        this.skel.add(sk);
      }
      for (const t of new Set([...stems.map((s) => `w:${s}`), ...gs.map((g) => `g:${g}`), ...sk.map((g) => `s:${g}`)])) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = []));
        p.push(i);
      }
    });
    this.words.finish();
    this.grams.finish();
    this.skel.finish();
  }

  get size(): number {
    return this.examples.length;
  }

  /** Topics for a message, best first, each with its score and best phrasing. Synchronous. */
  search(text: string, opts: SearchOptions = {}): TopicHit[] {
    const folded = fold(text);
    const ws = words(folded);
    if (ws.length === 0) return [];
    const langs = opts.langs ?? [];
    const stemLangs = [...new Set([...langs.filter((l) => (STEMMED_LANGUAGES as readonly string[]).includes(l)), 'en'])];
    const variants = wordVariants(ws, stemLangs);
    const gramList = [...new Set(charGrams(ws))];

    // Denominators: what a perfect match of every word (every n-gram) would score.
    const maxIdfW = this.words.maxIdf();
    const maxIdfG = this.grams.maxIdf();
    const wordDenom = variants.reduce((s, vs) => s + Math.max(...vs.map((v) => (this.words.df.has(v) ? this.words.idf(v) : maxIdfW))), 0);
    const gramDenom = gramList.reduce((s, g) => s + (this.grams.df.has(g) ? this.grams.idf(g) : maxIdfG), 0);

    const wordScore = new Map<number, number>();
    for (const vs of variants) {
      const best = new Map<number, number>();
      for (const v of vs) {
        for (const d of this.postings.get(`w:${v}`) ?? []) {
          const s = this.words.termScore(v, d);
          if (s > (best.get(d) ?? 0)) best.set(d, s);
        }
      }
      for (const [d, s] of best) wordScore.set(d, (wordScore.get(d) ?? 0) + s);
    }
    const gramScore = new Map<number, number>();
    for (const g of gramList) {
      for (const d of this.postings.get(`g:${g}`) ?? []) gramScore.set(d, (gramScore.get(d) ?? 0) + this.grams.termScore(g, d));
    }
    // Latin typing against phrasings in the other scripts, by consonant skeleton.
    const skelScore = new Map<number, number>();
    let skelDenom = 0;
    if (LATIN_LETTER.test(folded) && this.skel.docs.length > 0) {
      const skList = [...new Set(skeletonGrams(ws))];
      const maxIdfS = this.skel.maxIdf();
      skelDenom = skList.reduce((s, g) => s + (this.skel.df.has(g) ? this.skel.idf(g) : maxIdfS), 0);
      for (const g of skList) {
        for (const d of this.postings.get(`s:${g}`) ?? []) skelScore.set(d, (skelScore.get(d) ?? 0) + this.skel.termScore(g, this.skelDoc[d]!));
      }
    }

    const langSet = new Set<string>(langs);
    const perTopic = new Map<TopicId, { best: number; second: number; doc: number }>();
    for (const d of new Set([...wordScore.keys(), ...gramScore.keys(), ...skelScore.keys()])) {
      const ex = this.examples[d]!;
      let s =
        (WORD_WEIGHT * (wordScore.get(d) ?? 0)) / Math.max(wordDenom, 1e-9) +
        ((1 - WORD_WEIGHT) * (gramScore.get(d) ?? 0)) / Math.max(gramDenom, 1e-9);
      const sk = skelScore.get(d);
      if (sk) s = Math.max(s, (SKELETON_WEIGHT * sk) / Math.max(skelDenom, 1e-9));
      if (langSet.size > 0 && !langSet.has(ex.lang)) s *= OTHER_LANGUAGE;
      const t = perTopic.get(ex.topic);
      if (!t) perTopic.set(ex.topic, { best: s, second: 0, doc: d });
      else if (s > t.best) perTopic.set(ex.topic, { best: s, second: t.best, doc: d });
      else if (s > t.second) t.second = s;
    }
    return [...perTopic.entries()]
      .map(([topic, t]) => ({
        topic,
        score: Math.round((t.best + SECOND_SHARE * t.second) * 1000) / 1000,
        example: this.examples[t.doc]!.text,
        lang: this.examples[t.doc]!.lang,
      }))
      .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic))
      .slice(0, opts.limit ?? 16);
  }
}
