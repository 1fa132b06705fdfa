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
import type { Lang, TopicId } from '../content/topics.ts';

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
const LATIN_LETTERS = /[a-z]/g;
const OTHER_LETTERS = /(?![a-z])\p{L}/gu;

/**
 * The share of a message's letters that are Latin. The skeleton field reads only those: a Latin
 * word or two inside Thai, Chinese or Arabic text ("LMIA", "TRP") must not stand for the whole
 * message, their skeleton matching some phrasing as fully as a whole Latin message would.
 */
function latinShare(folded: string): number {
  const latin = folded.match(LATIN_LETTERS)?.length ?? 0;
  return latin / Math.max(1, latin + (folded.match(OTHER_LETTERS)?.length ?? 0));
}

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

/**
 * One BM25 field: per term, its postings (documents and term frequencies, in parallel arrays) and
 * a cached idf; per document, the length normalization, computed once. A search adds a term's
 * scores into an array indexed by document (about 0.2 ms a message less than looking each
 * frequency up in a per-document map and taking a logarithm per posting).
 */
class Field {
  private readonly postDocs = new Map<string, number[]>();
  private readonly postTfs = new Map<string, number[]>();
  private readonly lengths: number[] = [];
  private readonly idfs = new Map<string, number>();
  private norm: Float64Array = new Float64Array(0);
  size = 0;

  /** Adds a document; returns its index in this field. */
  add(terms: string[]): number {
    const doc = this.size++;
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, n] of tf) {
      let d = this.postDocs.get(t);
      if (!d) {
        this.postDocs.set(t, (d = []));
        this.postTfs.set(t, []);
      }
      d.push(doc);
      this.postTfs.get(t)!.push(n);
    }
    this.lengths.push(terms.length);
    return doc;
  }

  finish(): void {
    const avg = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
    this.norm = Float64Array.from(this.lengths, (len) => K1 * (1 - B + (B * len) / Math.max(avg, 1e-9)));
  }

  has(term: string): boolean {
    return this.postDocs.has(term);
  }

  idf(term: string): number {
    let v = this.idfs.get(term);
    if (v === undefined) {
      const df = this.postDocs.get(term)?.length ?? 0;
      v = Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
      if (df > 0) this.idfs.set(term, v);
    }
    return v;
  }

  maxIdf(): number {
    return this.idf('\u0000never');
  }

  /** Adds the term's BM25 score to `acc[doc]` for each document holding it; calls `seen(doc)` for each. */
  accumulate(term: string, acc: Float64Array, seen: (doc: number) => void): void {
    const docs = this.postDocs.get(term);
    if (!docs) return;
    const tfs = this.postTfs.get(term)!;
    const idf = this.idf(term);
    for (let i = 0; i < docs.length; i++) {
      const d = docs[i]!;
      const tf = tfs[i]!;
      acc[d] = acc[d]! + (idf * tf * (K1 + 1)) / (tf + this.norm[d]!);
      seen(d);
    }
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
  /** Skeleton-field document → example (only examples in another script have one). */
  private readonly skelExample: number[] = [];

  constructor(fields: TopicIndexInput) {
    this.examples = fields.examples;
    this.examples.forEach((ex, i) => {
      const ws = words(fold(ex.text));
      this.words.add(ws.map((w) => stem(w, ex.lang)));
      this.grams.add(charGrams(ws));
      const sk = NATIVE_SCRIPT.test(ex.text) ? skeletonGrams(ws) : [];
      if (sk.length > 0) this.skelExample[this.skel.add(sk)] = i;
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
    const wordDenom = variants.reduce((s, vs) => s + Math.max(...vs.map((v) => (this.words.has(v) ? this.words.idf(v) : maxIdfW))), 0);
    const gramDenom = gramList.reduce((s, g) => s + (this.grams.has(g) ? this.grams.idf(g) : maxIdfG), 0);

    const n = this.examples.length;
    const touched = new Set<number>();
    const touch = (d: number) => touched.add(d);
    // Words: per word, the best of its variants (the word itself, its stems) in each document.
    const wordScore = new Float64Array(n);
    const variantScore = new Float64Array(n);
    for (const vs of variants) {
      let best: Float64Array | null = null;
      for (const v of vs) {
        variantScore.fill(0);
        const hit: number[] = [];
        this.words.accumulate(v, variantScore, (d) => hit.push(d));
        if (hit.length === 0) continue;
        best ??= new Float64Array(n);
        for (const d of hit) if (variantScore[d]! > best[d]!) best[d] = variantScore[d]!;
        for (const d of hit) touch(d);
      }
      if (best) for (const d of touched) wordScore[d] = wordScore[d]! + best[d]!;
    }
    const gramScore = new Float64Array(n);
    for (const g of gramList) this.grams.accumulate(g, gramScore, touch);
    // Latin typing against phrasings in the other scripts, by consonant skeleton.
    let skelScore: Float64Array | null = null;
    let skelDenom = 0;
    if (LATIN_LETTER.test(folded) && this.skel.size > 0) {
      const skList = [...new Set(skeletonGrams(ws))];
      const maxIdfS = this.skel.maxIdf();
      skelDenom = skList.reduce((s, g) => s + (this.skel.has(g) ? this.skel.idf(g) : maxIdfS), 0);
      const bySkelDoc = new Float64Array(this.skel.size);
      const skelTouched = new Set<number>();
      for (const g of skList) this.skel.accumulate(g, bySkelDoc, (d) => skelTouched.add(d));
      skelScore = new Float64Array(n);
      for (const sd of skelTouched) {
        const d = this.skelExample[sd]!;
        skelScore[d] = bySkelDoc[sd]!;
        touch(d);
      }
    }

    const latin = latinShare(folded);
    const langSet = new Set<string>(langs);
    const perTopic = new Map<TopicId, { best: number; second: number; doc: number }>();
    for (const d of touched) {
      const ex = this.examples[d]!;
      let s = (WORD_WEIGHT * wordScore[d]!) / Math.max(wordDenom, 1e-9) + ((1 - WORD_WEIGHT) * gramScore[d]!) / Math.max(gramDenom, 1e-9);
      const sk = skelScore?.[d];
      if (sk) s = Math.max(s, (SKELETON_WEIGHT * latin * sk) / Math.max(skelDenom, 1e-9));
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
