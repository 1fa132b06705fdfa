// Free-text understanding, built once at start and asked once per message:
//   const understand = createUnderstanding();
//   const u = await understand.route(text, { lang: session.lang });
// Order: danger first (fixed rules, every language), then the language (offered, never forced),
// then the topic (offline retriever; an optional LLM may only pick among known topic ids).
import { ASK, DANGER, DangerDetector } from './danger.ts';
import { DEFAULT_DATA_DIR, loadDangerLexicons, loadExamples, loadKeywords, loadSocialPhrases } from './data.ts';
import { TopicKeywords } from './keywords.ts';
import { fold } from './fold.ts';
import { SocialPhrases } from './social.ts';
import { LanguageDetector, type LanguageGuess } from './language.ts';
import { TopicIndex, type TopicHit } from './topicIndex.ts';
import type { TopicRetriever } from './retriever.ts';
import { isLang, type Lang, type TopicId } from './topics.ts';
import type { TopicChooser } from './llm.ts';

/** A topic is chosen outright when its score reaches this… */
export const CONFIDENT_SCORE = 0.45;
/** …and beats the second by this factor. */
export const CONFIDENT_MARGIN = 1.3;
/** Below this nothing is offered: the ordinary re-prompt is better than a wrong guess. */
export const MIN_SCORE = 0.12;
/** Candidates offered ("did you mean") score at least this share of the best. */
export const CANDIDATE_SHARE = 0.5;
/** Keyword evidence (keywords.ts, 0..1) adds up to this much to a topic's retrieval score. */
export const KEYWORD_WEIGHT = 0.3;

export interface RouteResult {
  /** The detected language when confident (only ever offered), else null. */
  lang: Lang | null;
  topic: TopicId | null;
  candidates: { topic: TopicId; score: number }[];
  danger: boolean;
  /**
   * Weak signs of danger (the middle band): ask "Are you in danger right now?" before going on
   * with the topic. Never true together with `danger`.
   */
  dangerCheck: boolean;
  /**
   * The language the danger words were written in, when `danger` or `dangerCheck`: the reply can
   * be given in the language of the message, whatever the contact's language is. Null otherwise.
   */
  dangerLang: Lang | null;
  /** A language to offer switching to: confidently detected and not the contact's language. */
  offerLanguage: Lang | null;
  /** Which part chose the topic. */
  via: 'danger' | 'retriever' | 'llm' | 'none';
}

export interface RouteOptions {
  /** The contact's language so far (their choice or history): a prior, never overridden. */
  lang?: string | null;
}

export interface Understand {
  route(text: string, opts?: RouteOptions): Promise<RouteResult>;
  /** The offline part alone, synchronous (no LLM). */
  routeOffline(text: string, opts?: RouteOptions): RouteResult;
  detectLanguage(text: string): LanguageGuess;
  isDanger(text: string): boolean;
  /** The offline topic index (what a turn uses). */
  readonly index: TopicIndex;
  /** The same index behind LangChain's BaseRetriever; LangChain is loaded on the first call. */
  langchainRetriever(): Promise<TopicRetriever>;
}

export interface UnderstandingOptions {
  /** Folder with examples/<lang>.yaml and danger/<lang>.yaml (default: src/understand/data). */
  dataDir?: string;
  /** Optional topic chooser (an LLM); null or absent = offline only. */
  chooser?: TopicChooser | null;
}

export function createUnderstanding(options: UnderstandingOptions = {}): Understand {
  const dataDir = options.dataDir ?? DEFAULT_DATA_DIR;
  const examples = loadExamples(dataDir);
  const lexicons = loadDangerLexicons(dataDir);
  const danger = new DangerDetector(lexicons);
  const social = new SocialPhrases(loadSocialPhrases(dataDir));
  const keywords = new TopicKeywords(loadKeywords(dataDir));
  const detector = new LanguageDetector([
    ...examples,
    // Danger terms teach the language guess words too (their marks taken off).
    ...lexicons.flatMap((l) => [...l.phrases, ...Object.values(l.concepts).flat()].map((t) => ({ lang: l.lang, text: t.replace(/[*~]/g, ' ') }))),
  ]);
  const langsFor = (guess: LanguageGuess, prior: Lang | null): Lang[] => {
    const top = guess.scores.filter((s) => s.score >= 0.15).slice(0, 2).map((s) => s.lang);
    return [...new Set([...top, ...(prior ? [prior] : [])])];
  };
  const index = new TopicIndex({ examples });
  const guessLangs = (text: string): Lang[] => langsFor(detector.detect(text), null);
  let retriever: Promise<TopicRetriever> | null = null;
  const chooser = options.chooser ?? null;

  function routeOffline(text: string, opts: RouteOptions = {}): RouteResult {
    const prior = isLang(opts.lang) ? opts.lang : null;
    const guess = detector.detect(text);
    const lang = guess.confident ? guess.lang : null;
    const offerLanguage = lang && lang !== prior ? lang : null;
    const langs = langsFor(guess, prior);
    const reading = danger.read(text, langs);
    if (reading.level >= DANGER) {
      return { lang, topic: 'emergency', candidates: [{ topic: 'emergency', score: 1 }], danger: true, dangerCheck: false, dangerLang: reading.lang, offerLanguage, via: 'danger' };
    }
    const dangerCheck = reading.level === ASK;
    const dangerLang = dangerCheck ? reading.lang : null;
    // Greetings and thanks at the edges say nothing about a topic (src/understand/social.ts).
    const rest = social.strip(text);
    if (rest === '') return { lang, topic: null, candidates: [], danger: false, dangerCheck, dangerLang, offerLanguage, via: 'none' };
    const query = rest ?? text;
    const hits = withKeywords(index.search(query, { langs, limit: 8 }), keywords.score(fold(query)));
    return { lang, ...decide(hits), danger: false, dangerCheck, dangerLang, offerLanguage };
  }

  /**
   * The offline result, and, when a model is configured, the model's word on every message the
   * danger lists did not flag: it may raise danger (never lower it), and it picks a known topic id
   * when the offline part had no confident one. Danger the lists found never waits for the model.
   */
  async function route(text: string, opts: RouteOptions = {}): Promise<RouteResult> {
    const offline = routeOffline(text, opts);
    if (!chooser || offline.danger) return offline;
    const picked = await chooser.choose({ text, candidates: offline.candidates.map((c) => c.topic), lang: offline.lang ?? opts.lang ?? null });
    if (!picked) return offline;
    if (picked.danger) {
      const dangerLang = offline.dangerLang ?? offline.lang ?? (isLang(opts.lang) ? opts.lang : null);
      return { ...offline, topic: 'emergency', candidates: [{ topic: 'emergency', score: 1 }], danger: true, dangerCheck: false, dangerLang, via: 'llm' };
    }
    const topic = picked.topic;
    if (!topic || offline.topic) return offline;
    const rest = offline.candidates.filter((c) => c.topic !== topic);
    const score = offline.candidates.find((c) => c.topic === topic)?.score ?? 0;
    return { ...offline, topic, candidates: [{ topic, score }, ...rest].slice(0, 3), via: 'llm' };
  }

  return {
    route,
    routeOffline,
    detectLanguage: (text) => detector.detect(text),
    isDanger: (text) => danger.isDanger(text, guessLangs(text)),
    index,
    langchainRetriever: () => (retriever ??= import('./retriever.ts').then(({ TopicRetriever }) => new TopicRetriever({ index, guessLangs }))),
  };
}

/** Retrieval scores plus keyword evidence, best first. */
function withKeywords(hits: readonly TopicHit[], kw: Map<TopicId, number>): Scored[] {
  const score = new Map<TopicId, number>(hits.map((h) => [h.topic, h.score]));
  for (const [topic, k] of kw) score.set(topic, (score.get(topic) ?? 0) + KEYWORD_WEIGHT * k);
  return [...score.entries()]
    .map(([topic, s]) => ({ topic, score: Math.round(s * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

interface Scored {
  topic: TopicId;
  score: number;
}

function decide(hits: Scored[]): Pick<RouteResult, 'topic' | 'candidates' | 'via'> {
  const top = hits[0];
  if (!top || top.score < MIN_SCORE) return { topic: null, candidates: [], via: 'none' };
  const second = hits[1]?.score ?? 0;
  const candidates = hits
    .filter((h) => h.score >= Math.max(MIN_SCORE, CANDIDATE_SHARE * top.score))
    .slice(0, 3)
    .map((h) => ({ topic: h.topic, score: h.score }));
  const confident = top.score >= CONFIDENT_SCORE && top.score >= CONFIDENT_MARGIN * second;
  return { topic: confident ? top.topic : null, candidates, via: 'retriever' };
}
