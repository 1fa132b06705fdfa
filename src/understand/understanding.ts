// Free-text understanding, built once at start and asked once per message:
//   const understand = createUnderstanding();
//   const u = await understand.route(text, { lang: session.lang });
// Order: danger first (fixed rules, every language), then the language (offered, never forced),
// then the topic (offline retriever; an optional LLM may only pick among known topic ids).
import { ASK, DANGER, DangerDetector, HARMS, LOWERS, SELF_PARTS, TAKES_HARM_AWAY, foundKinds, onlyHarm, terseOrInPieces, type DangerReading } from './danger.ts';
import { DEFAULT_DATA_DIR, loadUnderstandData, understandDataKey } from './data.ts';
import { defaultCacheDir } from './dataCache.ts';
import { BuiltCache, builtKey } from './builtCache.ts';
import { DangerModel, type DangerSignal } from './dangerModel.ts';
import { TopicModel } from './topicModel.ts';
import { TopicKeywords } from './keywords.ts';
import { fold } from './fold.ts';
import { SocialPhrases } from './social.ts';
import { SmallTalk, type SmallTalkKind } from './smalltalk.ts';
import { firstLanguage } from './firstLanguage.ts';
import { LanguageDetector, MUCH_EVIDENCE, type LanguageGuess } from './language.ts';
import { TopicIndex, type TopicHit } from './topicIndex.ts';
import type { TopicRetriever } from './retriever.ts';
import { isLang, namedLang, namedTopic, type Lang, type TopicId } from '../content/topics.ts';
import type { TopicChooser } from './llm.ts';
import type { Understanding } from '../engine/types.ts';

/**
 * What the lists read around a message that keeps the learned signal from answering it as an
 * emergency below 0.95 (FLAG_WHEN_LOWERED, src/understand/dangerModel.ts): a habit ("drunk every
 * night"), a rule asked about ("can I change rooms?"), the past, the work's tools or ordinary.
 */
const FLAG_LOWERED_BY = ['habit', 'general', 'past', 'tool', 'routine'] as const;

/** What a question of the lists is never withdrawn beside: a cry, coded or not, a call for help, haste, silence. */
const NEVER_WITHDRAWN = ['covert', 'cry', 'help', 'urgent', 'silenced'] as const;

/** Danger is answered with the emergency topic, whatever else the message is about. */
const EMERGENCY = namedTopic('emergency');

/** Languages that share greetings and a script, the first read by the second's speakers too. */
const SHARED_GREETING: readonly (readonly [Lang, Lang])[] = [[namedLang('hi'), namedLang('ne')]];

/** A topic is chosen outright when its score reaches this… */
export const CONFIDENT_SCORE = 0.45;
/** …and beats the second by this factor. */
export const CONFIDENT_MARGIN = 1.3;
/** Different words of its own that tell a language apart from those sharing most of its words. */
export const OWN_WORDS_APART = 3;
/** Below this nothing is offered: the ordinary re-prompt is better than a wrong guess. */
export const MIN_SCORE = 0.12;
/** Candidates offered ("did you mean") score at least this share of the best. */
export const CANDIDATE_SHARE = 0.5;
/** Keyword evidence (keywords.ts, 0..1) adds up to this much to a topic's retrieval score. */
export const KEYWORD_WEIGHT = 0.3;

export interface RouteResult {
  /** The detected language when confident: a new conversation starts in it; later it is offered. */
  lang: Lang | null;
  /** When `lang` is null: the likeliest languages, best first (at most three; hints included). */
  likely: Lang[];
  /** Two languages mixed half and half: `likely` holds just the two, and the question is asked in both. */
  mixed: boolean;
  /**
   * `lang` is told by words of its own (at least `OWN_WORDS_APART` that no other language's
   * lists hold), not only by leaning: romanized Punjabi with "mainu", "dinda" and "ch" is not
   * Hindi, while "meri madad karo" may be either.
   */
  langApart?: boolean;
  /** A message of small talk only (thanks, a greeting, "ok"), or someone saying they are back. */
  social: SmallTalkKind | null;
  /** The message talks to the machine (its instructions, its prompt): no topic is guessed. */
  offScope: boolean;
  topic: TopicId | null;
  candidates: { topic: TopicId; score: number }[];
  danger: boolean;
  /**
   * Weak signs of danger (the middle band): ask "Are you in danger right now?" before going on
   * with the topic. Never true together with `danger`.
   */
  dangerCheck: boolean;
  /**
   * The language the danger was written in, when `danger`, `dangerCheck` or `leaving`: the reply is given in
   * the language of the message, whatever the contact's language is. The language told from the
   * whole message when it can be, else the one whose danger words matched. Null otherwise.
   */
  dangerLang: Lang | null;
  /**
   * With `danger`: the message asks how to get emergency help ("who do I call if something
   * happens at night?"), and the emergency reply is followed by the line that answers it.
   */
  dangerAsked?: boolean;
  /**
   * With `danger` or `dangerCheck` from the lists: what they read is someone wanting to die or to
   * hurt themselves, and the emergency message (or the danger question) comes with the suicide
   * crisis line, 9-8-8.
   */
  dangerSelf?: boolean;
  /**
   * Without `danger` or `dangerCheck`: leave-taking or giving up said once and nothing to make it
   * smaller (the lists' `leaving`). Nothing in a conversation; a first message that is only this
   * is asked about (src/engine/step.ts).
   */
  leaving?: boolean;
  /**
   * With `dangerCheck`: asked because the learned signal read the message as like those that
   * showed danger, where the lists found nothing (src/understand/dangerModel.ts). With `danger`:
   * the signal read it as surely so, and it was answered as an emergency (docs/adr/0016-*.md).
   */
  dangerLearned?: boolean;
  /**
   * With `danger`: the lists found only a weak sign (they would have asked), and the learned signal
   * read the message as surely like those that showed danger: two weak signs agreeing.
   */
  dangerConfirmed?: boolean;
  /**
   * Without `dangerCheck`: the lists found a weak sign and would have asked, and the learned signal
   * read the message as surely unlike those that showed danger: the question was withdrawn.
   */
  dangerWithdrawn?: boolean;
  /** A language to offer switching to: confidently detected and not the contact's language. */
  offerLanguage: Lang | null;
  /** Which part chose the topic. */
  via: 'danger' | 'retriever' | 'llm' | 'none';
}

export interface RouteOptions {
  /** The contact's language so far (their choice or history): a prior, never overridden. */
  lang?: string | null;
  /**
   * Weak hints from the platform (Teams' locale, a WhatsApp number's country), best first: they
   * order the likely languages and break a near tie; alone they never decide. Never stored.
   */
  hints?: readonly string[];
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
  /** Builds the parts built on first use (the danger lists' spellings), ahead of the first message. */
  warm(): void;
  /** The same in slices of about `sliceMs`, the event loop let run between them (a listening server); stops once `signal` is aborted. */
  warmInSlices(opts?: { sliceMs?: number; signal?: AbortSignal }): Promise<void>;
  /** What the learned danger signal reads of a message: folded, what is written around it blanked. */
  dangerText(text: string): string;
  /** What the learned topic signal reads of a message: the greetings and thanks at its edges taken off. */
  topicText(text: string): string;
}

export interface UnderstandingOptions {
  /** Folder with examples/<lang>.yaml and danger/<lang>.yaml (default: src/understand/data). */
  dataDir?: string;
  /** Optional topic chooser (an LLM); null or absent = offline only. */
  chooser?: TopicChooser | null;
  /**
   * The learned danger signal to read with, in place of the data folder's (null: none). For
   * measuring a signal trained on part of the lines (scripts/dangerModel/heldout.ts).
   */
  dangerModel?: DangerSignal | null;
  /**
   * The learned topic signal to blend in, instead of the data folder's `model/topics.json` (null:
   * none). For measuring a model trained on part of the lines (scripts/topicModel/heldOut.ts).
   */
  topicModel?: TopicModel | null;
  /** How much of the topic signal's probability is added, instead of the model file's `blend`. */
  topicBlend?: number;
}

/** What the offline understanding is made of: data only, never changed once built. */
interface Parts {
  danger: DangerDetector;
  social: SocialPhrases;
  smallTalk: SmallTalk;
  keywords: TopicKeywords;
  detector: LanguageDetector;
  index: TopicIndex;
  /**
   * The learned danger signal; null in a data folder without one. Read on first use: an
   * understanding given its own (training, measuring) never reads the file.
   */
  model: () => DangerModel | null;
  /** The learned topic signal; null in a data folder without one. */
  topicModel: TopicModel | null;
}

/**
 * Parts built in this process, by what their data files hold: every understanding made on the
 * same data shares them (an app with an LLM chooser, a test's own, the evaluation's), where each
 * spent most of a second building its own. A changed file changes the key.
 */
const built = new Map<string, Parts>();
const KEEP = 2;

function partsOf(dataDir: string): Parts {
  const key = understandDataKey(dataDir);
  const known = key ? built.get(key) : undefined;
  if (known) return known;
  const parts = buildParts(dataDir, key);
  if (key) {
    built.set(key, parts);
    for (const k of built.keys()) if (built.size > KEEP) built.delete(k);
  }
  return parts;
}

function buildParts(dataDir: string, key: string | null): Parts {
  const { examples, lexicons, keywords: keywordLists, languageWords, social: socialLists, smallTalk: smallTalkLists, framing } = loadUnderstandData(dataDir, { key });
  // What an earlier start on the same data and code built of it (builtCache.ts).
  const cacheDir = key ? defaultCacheDir() : null;
  const built = new BuiltCache(cacheDir, key ? builtKey(key) : null);
  // The everyday words of each language (examples, topic keywords, the words that tell a language)
  // keep a danger word's lenient skeleton from standing for one of them (dangerSkeleton.ts).
  // Gathered only when first needed: a start that finds its build kept never does.
  const everyday = once(() => [
    ...examples,
    ...keywordLists.flatMap((k) => Object.values(k.topics).flatMap((ts) => (ts ?? []).map((t) => ({ lang: k.lang, text: t.replace(/[*~]/g, ' ') })))),
    ...languageWords.flatMap((l) => l.words.map((text) => ({ lang: l.lang, text }))),
  ]);
  const danger = new DangerDetector(lexicons, everyday, framing, built);
  const social = new SocialPhrases(socialLists);
  const smallTalk = new SmallTalk(smallTalkLists, social);
  const keywords = new TopicKeywords(keywordLists, built);
  const detector = new LanguageDetector(() => [
    ...examples,
    // Danger terms teach the language guess words too (their marks taken off).
    ...lexicons.flatMap((l) => [...l.phrases, ...Object.values(l.concepts).flat()].map((t) => ({ lang: l.lang, text: t.replace(/[*~]/g, ' ') }))),
    // Greetings and thanks of one word ("merci", "salamat"); in longer ones ("hi ji", "sorry po")
    // the other language's word would count for this one.
    ...[...socialLists.flatMap((l) => l.phrases.map((text) => ({ lang: l.lang, text }))), ...smallTalkLists.flatMap((l) => [...l.thanks, ...l.hello, ...l.back].map((text) => ({ lang: l.lang, text })))].filter(
      (p) => !/\s/.test(p.text.trim()),
    ),
  ], languageWords, built);
  built.save();
  return { danger, social, smallTalk, keywords, detector, index: new TopicIndex({ examples }), model: once(() => DangerModel.load(dataDir)), topicModel: TopicModel.load(dataDir) };
}

function once<T>(make: () => T): () => T {
  let made: { v: T } | null = null;
  return () => (made ??= { v: make() }).v;
}

export function createUnderstanding(options: UnderstandingOptions = {}): Understand {
  const parts = partsOf(options.dataDir ?? DEFAULT_DATA_DIR);
  const { danger, social, smallTalk, keywords, detector, index } = parts;
  const model = options.dangerModel === undefined ? parts.model() : options.dangerModel;
  const topicModel = options.topicModel === undefined ? parts.topicModel : options.topicModel;
  const topicBlend = options.topicBlend ?? topicModel?.blend ?? 0;
  const langsFor = (guess: LanguageGuess, prior: Lang | null): Lang[] => {
    // The best guess, and the second when it is close: a far second (one shared word) would only
    // bring in another language's context words.
    const best = guess.scores[0]?.score ?? 0;
    const top = guess.scores.filter((s) => s.score >= 0.15 && s.score >= best / 2).slice(0, 2).map((s) => s.lang);
    return [...new Set([...top, ...(prior ? [prior] : [])])];
  };
  const guessLangs = (text: string): Lang[] => langsFor(detector.detect(text), null);
  let retriever: Promise<TopicRetriever> | null = null;
  const chooser = options.chooser ?? null;

  function routeOffline(text: string, opts: RouteOptions = {}): RouteResult {
    const prior = isLang(opts.lang) ? opts.lang : null;
    const guess = detector.detect(text);
    const { lang, likely, mixed } = firstLanguage(guess, (opts.hints ?? []).filter(isLang));
    const offerLanguage = lang && lang !== prior && sureEnoughToOffer(guess) ? lang : null;
    const langs = langsFor(guess, prior);
    const read = danger.read(text, langs);
    // A cry that is danger, written in short pieces or in a few words with a call to come quickly,
    // beside no matter of work or papers and one word at most of any other ("tulong po. kwarto 3.
    // bilis", "help quick room 12", "sos. police"): the room, the floor, the police are where and
    // who, and it stays danger. Two words of housing ("help, room heater broken") are that matter.
    let whole: ReadonlyMap<TopicId, number> | null = null;
    const scored = () => (whole ??= keywords.score(fold(text), langs, text));
    const where = read.level >= DANGER && terseOrInPieces(text, read.found) && placeOnly(scored());
    const matter = (matters?: ReadonlySet<TopicId>) => !where && namesMatter(scored(), matters);
    const reading = cryForMatter(read, matter) ? { ...read, level: 0 } : askedBesideMatter(read, text, matter) ? { ...read, level: ASK } : read;
    const langApart = lang !== null && lang === guess.lang && (guess.ownWords ?? 0) >= OWN_WORDS_APART;
    const base = { lang, likely, mixed, ...(langApart ? { langApart } : {}), offerLanguage, social: null, offScope: false };
    // Danger is answered in the language it was written in: the one told from the whole
    // message when it could be, else the one whose danger words matched, else the best guess.
    const writtenIn = lang ?? reading.lang ?? guess.lang;
    // Wanting to die read by the lists (not by the learned signal alone, which tells no kind).
    const self = reading.self && reading.level > 0 ? { dangerSelf: true } : {};
    const emergency = (why: Pick<RouteResult, 'dangerAsked' | 'dangerConfirmed' | 'dangerLearned'>): RouteResult => ({ ...base, topic: EMERGENCY, candidates: [{ topic: EMERGENCY, score: 1 }], danger: true, dangerCheck: false, dangerLang: writtenIn, ...why, ...(why.dangerLearned ? {} : self), via: 'danger' });
    if (reading.level >= DANGER) return emergency(reading.asked ? { dangerAsked: true } : {});
    // A fear about a matter of work or papers ("afraid my permit expires") goes to its topic, and
    // so does a cry for help beside one and nothing else ("pls help me with my pay").
    // Someone saying they themselves are back ("main phir se aa gaya", "toi quay lai roi", "it's
    // me again") is welcomed back: the "he's back" reading of the same words is not asked about.
    const kind: SmallTalkKind | null = smallTalk.kind(text);
    const selfBack = kind === 'back' && onlyReturned(reading.found);
    // Someone at the door, outside or in the room beside the fear ("scared, the boss's man is
    // outside my room", "the boss comes into my room at night") makes the room a place and the
    // night a time, not a matter of housing or hours; something that is a harm beside
    // another (a child and someone not answering) makes it no worry about a matter ("my daughter
    // left with the boss's son 3 hours ago and doesn't answer, I'm scared": hours are a time).
    const kinds = foundKinds(reading.found);
    const nearSomeone = kinds.has('near') && kinds.has('person');
    const harmsFound = HARMS.filter((h) => kinds.has(h));
    const harmBeside = harmsFound.length >= 2 || harmsFound.some((h) => h !== 'child' && h !== 'unresponsive');
    // Nothing found by the lists, no small talk, yet a message like those that showed danger
    // (src/understand/dangerModel.ts): asked about, never answered as an emergency. It reads the
    // text the lists' reading blanked the framing of; whether the message names a matter of work or
    // papers is found only where the model's two thresholds would differ on it (they are both 0.7
    // now: docs/adr/0014-*.md).
    const unframed = (): string => read.unframed ?? danger.withoutFraming(text, langs);
    const learned = read.level === 0 && !kind && model !== null && model.asks(unframed(), () => matter());
    // The same, read as surely danger (the file's `flagAt`, 0.9; 40 characters or more), with
    // nothing the lists read as taking a harm away (a joke, an event told as over, a rule asked
    // about, the news, asking what it is called): answered as an emergency. Held out over seven
    // folds of later batches, 514 danger lines and 14 harmless ones so (with 0.95 beside a habit,
    // below), against 427 and 8 at 0.95 throughout (docs/adr/0016-*.md).
    // Beside a habit, a rule asked, the past or the work's tools, only from 0.95
    // (FLAG_WHEN_LOWERED); an "if" or a place far away is how threats are told. Never beside a
    // figure of speech the lists blanked (`figure`): the signal read the words they took away.
    if (learned && !read.figure && !TAKES_HARM_AWAY.some((k) => kinds.has(k)) && (model.flags?.(unframed(), FLAG_LOWERED_BY.some((k) => kinds.has(k))) ?? false)) return emergency({ dangerLearned: true });
    const listsAsk = reading.level === ASK && !(reading.worry === 'fear' && !harmBeside && matter(nearSomeone ? NOT_PLACE_OR_TIME : NOT_TIME)) && !selfBack;
    // A weak sign the lists would ask about, which the learned signal reads as surely danger
    // ("i'm afraid, he is drunk again" in words it learned from): answered as an emergency. Held
    // out, this newly alarmed no harmless line of five batches (docs/adr/0013-*.md).
    // Not a cry the lists themselves took down to a question ("sos help me with this form").
    const signalOnListsQuestion = listsAsk && read.level === ASK && !kind && model !== null;
    // A cut with the work's own blade and nothing more ("I cut my finger with the knife cutting
    // the meat at the butcher's"), no cry, no call for help, no threat, stays a question: the
    // signal learned knives and cuts from threats, and a cut that bleeds badly or leaves someone
    // unconscious is a harm of its own the lists find (`critical`).
    const cutAtWork = kinds.has('tool') && harmsFound.every((h) => h === 'injury' || h === 'weapon') && !kinds.has('kill') && !NEVER_WITHDRAWN.some((k) => kinds.has(k));
    // What a means would do, asked and nothing more ("what happens if someone takes the whole
    // bottle of sleeping pills?"), stays the question the lists ask: the signal learned such words
    // from lines that also gave up or took leave, which the lists read as danger themselves.
    const meansAsked = kinds.has('means') && kinds.has('outcome') && !kinds.has('done') && !SELF_PARTS.some((k) => k !== 'means' && kinds.has(k));
    if (signalOnListsQuestion && !cutAtWork && !meansAsked && model.confirms(unframed())) return emergency({ dangerConfirmed: true });
    // The same weak sign, lowered to a question by what the lists read around it (a rule asked, an
    // event told as over, a work tool, a joke, the news), which the learned signal reads as surely
    // unlike danger (under 0.02, a message of 20 characters or more): the question is withdrawn.
    // Held out, this withdrew the questions of 24 of 104 harmless lines and of none of 96 danger
    // lines (docs/adr/0015-*.md). Never a coded cry or a cry (they are meant to look harmless),
    // nor a call for help, something urgent or someone unable to talk; never danger the lists found.
    const lowered = LOWERS.some((k) => kinds.has(k)) && !NEVER_WITHDRAWN.some((k) => kinds.has(k));
    const withdrawn = signalOnListsQuestion && lowered && (model.withdraws?.(unframed()) ?? false);
    const dangerCheck = (listsAsk && !withdrawn) || learned;
    // Leave-taking said once, not inside a figure of speech the lists blanked ("this job will kill
    // me, I've no strength left"). Asked about already (by the learned signal: "I just wanted to
    // say goodbye"), it is someone who may want to die: the crisis line comes with the question.
    const tookLeave = read.leaving === true && !read.figure;
    const leaving = tookLeave && !dangerCheck;
    const dangerLang = dangerCheck || leaving ? writtenIn : null;
    const signalFlag = { ...(learned ? { dangerLearned: true } : withdrawn ? { dangerWithdrawn: true } : {}), ...(listsAsk && !withdrawn ? self : {}), ...(dangerCheck && tookLeave ? { dangerSelf: true } : {}), ...(leaving ? { leaving: true } : {}) };
    const none = { topic: null, candidates: [], danger: false, dangerCheck, dangerLang, ...signalFlag, via: 'none' as const };
    if (kind === 'back' && !lang) return { ...base, ...none, social: kind, ...backLanguage(text, guess, prior) };
    if (kind && !lang) return { ...base, ...none, social: kind, ...greetingLanguage(text, guess, prior) };
    if (kind) return { ...base, ...none, social: kind };
    if (smallTalk.offScope(text)) return { ...base, ...none, offScope: true };
    // Greetings and thanks at the edges say nothing about a topic (src/understand/social.ts).
    const rest = social.strip(text);
    if (rest === '') return { ...base, ...none };
    const query = rest ?? text;
    const folded = fold(query);
    const kw = keywords.score(folded, langs, query);
    // Leave-taking that names no topic's words ("paalam na po sa lahat. salamat po sa inyo") has
    // none: its likeness to a topic's phrasings ("paalam" and "alam", to know: privacy) is chance,
    // and a topic would keep a first message's last words from being asked about.
    if (tookLeave && kw.size === 0) return { ...base, ...none };
    // Every topic's retrieval score, not only the best few: a topic the keywords name (a permit
    // ending, in Ukrainian) keeps its own score to add them to, however low it ranked.
    const scoredHits = withKeywords(index.search(query, { langs, limit: Infinity }), kw);
    const learnedHits = topicModel && topicBlend > 0 ? withLearned(scoredHits, topicModel.probabilities(query), topicBlend) : scoredHits;
    const hits = namedTopicLeads(learnedHits, kw, folded);
    // A topic the phrasings and keywords alone would offer stays offered beside the signal's lead.
    const kept = learnedHits === scoredHits ? lenders(kw) : new Set([...lenders(kw), ...offeredOf(namedTopicLeads(scoredHits, kw, folded))]);
    return { ...base, ...decide(hits, kept), danger: false, dangerCheck, dangerLang, ...signalFlag };
  }

  /**
   * "volvi", "ana rj3t": too short to tell a language by, but someone saying they are back in a
   * phrase of one language's list (or of several, one of which the words point to) writes that
   * language, and is welcomed back in it.
   */
  function backLanguage(text: string, guess: LanguageGuess, prior: Lang | null): Pick<RouteResult, 'lang' | 'likely' | 'offerLanguage'> | null {
    const langs = smallTalk.backLanguages(text);
    const lang = langs.length === 1 ? langs[0]! : guess.scores.find((s) => langs.includes(s.lang))?.lang;
    if (!lang) return null;
    return { lang, likely: [lang], offerLanguage: lang !== prior ? lang : null };
  }

  /**
   * "hola", "bonjou", "salam", "hi po good evening": a greeting of one language's own (English
   * ones are typed in every language and name none) says which language the person writes. A
   * greeting several languages share is read as the one the words point to; a Hindi and Nepali
   * one ("namaste") as Hindi, which Nepali readers read too (the reply says how to change).
   */
  function greetingLanguage(text: string, guess: LanguageGuess, prior: Lang | null): Pick<RouteResult, 'lang' | 'likely' | 'offerLanguage'> | null {
    const langs = smallTalk.greetingLanguages(text);
    const ranked = guess.scores.filter((s) => langs.includes(s.lang));
    const ahead = ranked.length > 0 && (ranked[1]?.score ?? 0) < ranked[0]!.score ? ranked[0]!.lang : null;
    const lang = langs.length === 1 ? langs[0]! : (ahead ?? SHARED_GREETING.find(([a, b]) => langs.length === 2 && langs.includes(a) && langs.includes(b))?.[0]);
    if (!lang) return null;
    return { lang, likely: [lang], offerLanguage: lang !== prior ? lang : null };
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
      return { ...offline, topic: EMERGENCY, candidates: [{ topic: EMERGENCY, score: 1 }], danger: true, dangerCheck: false, dangerLang, via: 'llm' };
    }
    const topic = picked.topic;
    // A greeting, thanks or a message to the machine stays what it is: the menu, never a topic.
    if (!topic || offline.topic || offline.social || offline.offScope) return offline;
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
    warm: () => danger.warm(),
    warmInSlices: (opts) => danger.warmInSlices(opts),
    dangerText: (text) => danger.withoutFraming(text, guessLangs(text)),
    topicText: (text) => social.strip(text) ?? text,
  };
}

/**
 * A conversation already in a language is offered another only on real evidence: about three
 * words of the other language's own, and no language close behind (the conversation's language
 * is often not known here: the engine checks the offer is another). A short question in the
 * conversation's language around an English acronym ("que es la TRP", "que es la PR") leans to a
 * neighbour on one shared word; offering a switch then tells the person they wrote in a language
 * they did not. A script tells its language outright.
 */
function sureEnoughToOffer(guess: LanguageGuess): boolean {
  if (guess.evidence === undefined) return true;
  if (guess.evidence < MUCH_EVIDENCE) return false;
  const [best, next] = guess.scores;
  return (next?.score ?? 0) < (best?.score ?? 0) / 2;
}

/**
 * The topics of matters of work and papers: a fear whose words name one of them ("scared my
 * permit expires", "tengo miedo de que no me paguen") is a worry about that matter, answered on
 * its topic, not asked "are you in danger right now?".
 */
const MATTERS = new Set<TopicId>(
  ['wages', 'hours', 'fees-debt', 'documents', 'housing', 'change-employer', 'status', 'trp', 'complaint', 'coerced-debt', 'privacy', 'police'].map(namedTopic),
);

/**
 * Whether the only harm found is `harm`, raised by nothing more than a call for help: no call to
 * come quickly, no one drunk or angry, no phrase of danger. Someone come back (`returned`) so
 * raised beside a matter is that matter; someone here or coming now (`presence`), which a cry
 * for help makes a harm, is asked about.
 */
function onlyHarmWithHelp(found: readonly string[], harm: 'returned' | 'presence'): boolean {
  const kinds = foundKinds(found);
  return onlyHarm(kinds, harm) && !kinds.has('urgent') && !kinds.has('anger') && !kinds.has('phrase');
}

/** Whether the only harm found is someone come back (`returned`), with nothing else at all. */
function onlyReturned(found: readonly string[]): boolean {
  return onlyHarm(foundKinds(found), 'returned');
}

/** Whether the message names a matter (of `matters`, else any of work, papers, home or privacy). */
type NamesMatter = (matters?: ReadonlySet<TopicId>) => boolean;

/**
 * Whether what raised danger is no more than a call for help beside a matter, and so is that
 * matter: someone come back with a plain "help" ("he came back from vacation, please help me with
 * my pay"), a cry written as a worry, or a phrase that is a cry alone, not in short pieces, with
 * no harm, no one raging, no call to come quickly and no cry made quietly ("ayúdenme con mi pago",
 * "sos, my visa expires next week", "socorro, meu chefe não me pagou").
 */
function cryForMatter(read: DangerReading, matter: NamesMatter): boolean {
  if (read.level <= 0) return false;
  const cry = onlyHarmWithHelp(read.found, 'returned') || read.worry === 'cry' || (read.cryPhrase === true && !read.pieces && cryAlone(read.found));
  return cry && matter();
}

/**
 * Whether danger beside a matter is asked about rather than answered as an emergency: someone here
 * with no more than a cry beside a matter ("help, the boss is here and wants me to sign for my
 * hours"); short pieces, one a cry, beside a matter of pay or papers ("help, overtime"); a phrase
 * that is a cry alone asking help with something no matter names ("I need help now with my taxes").
 */
function askedBesideMatter(read: DangerReading, text: string, matter: NamesMatter): boolean {
  // Not someone who comes for the person (`alone_with`: "me está obligando a acostarme con él… está
  // aquí en la casa"): what he wants is no matter of papers, whatever he threatens with (t70a).
  if (read.level >= DANGER && onlyHarmWithHelp(read.found, 'presence') && !foundKinds(read.found).has('alone_with') && matter()) return true;
  if (read.pieces && matter(WORK_MATTERS)) return true;
  return read.level >= DANGER && read.cryPhrase === true && cryAlone(read.found) && HELP_WITH.test(fold(text));
}

/** Help asked with something ("help now with", "ayuda con", "ajuda com", "aide avec"): a thing to do, not a cry. */
const HELP_WITH = /\b(help|sos|ayuda|auxilio|socorro|ajuda|aide|secours)( (now|please|pls|plz|ahora|ya|agora|svp|stp|maintenant))?( (me|us|nos|moi))? (with|con|com|avec)\b/;

/**
 * Whether nothing was found beside a cry for help that makes it more than one: no harm, no one
 * drunk or raging, no call to come quickly, no cry made quietly, no fear, and nothing here or at
 * the door (`near`: with a cry, "sos my boss is here" is someone here).
 */
function cryAlone(found: readonly string[]): boolean {
  const kinds = foundKinds(found);
  return !['urgent', 'anger', 'silenced', 'fear', 'covert', 'near'].some((k) => kinds.has(k)) && HARMS.every((h) => !kinds.has(h));
}

/** Whether the matters named are no matter of work or papers, and each but one word (a place, the police). */
function placeOnly(kw: ReadonlyMap<TopicId, number>): boolean {
  for (const [t, v] of kw) if (WORK_MATTERS.has(t) || (MATTERS.has(t) && v >= 1)) return false;
  return true;
}

/**
 * The matters of work and papers but housing and hours: with someone at the door or in the room,
 * the room is a place and the night a time ("the boss comes into my room at night").
 */
const NOT_PLACE_OR_TIME = new Set<TopicId>([...MATTERS].filter((t) => t !== namedTopic('housing') && t !== namedTopic('hours')));

/**
 * The matters a fear can be about, but hours: their words are the times of a day ("tonight",
 * "esta noche", "mamayang gabi"), and "i'm scared, tonight he comes back" is no worry about a
 * shift. A fear about one's hours alone is asked about, the safer way to be wrong.
 */
const NOT_TIME = new Set<TopicId>([...MATTERS].filter((t) => t !== namedTopic('hours')));

/** The matters of pay, work and papers alone (not housing, privacy or the police). */
const WORK_MATTERS = new Set<TopicId>(['wages', 'hours', 'fees-debt', 'documents', 'change-employer', 'status', 'trp', 'complaint', 'coerced-debt'].map(namedTopic));

function namesMatter(kw: ReadonlyMap<TopicId, number>, matters: ReadonlySet<TopicId> = MATTERS): boolean {
  for (const t of kw.keys()) if (matters.has(t)) return true;
  return false;
}

/** The engine's view of a result: what it routes on (src/engine/types.ts, Understanding). */
export function asUnderstanding(r: RouteResult): Understanding {
  return {
    lang: r.lang,
    likely: r.likely,
    offerLanguage: r.offerLanguage,
    ...(r.mixed ? { mixed: true } : {}),
    ...(r.langApart ? { langApart: true } : {}),
    dangerLang: r.dangerLang,
    social: r.social,
    offScope: r.offScope,
    topic: r.topic,
    candidates: r.candidates,
    danger: r.danger,
    dangerCheck: r.dangerCheck,
    ...(r.dangerAsked ? { dangerAsked: true } : {}),
    ...(r.dangerSelf ? { dangerSelf: true } : {}),
    ...(r.leaving ? { leaving: true } : {}),
  };
}

/**
 * Pairs of topics whose words often come together, the first being what such a message is about:
 * "they take the rent from my pay" is about pay, not housing; "14 hours and paid for 8" about pay;
 * "the police asked for my passport" about the police; "is there a permit for people forced to
 * work, my visa ran out" about the TRP; "I need an interpreter at the doctor's" about talking to a
 * person; "they take the recruiter's fee from my pay" about the fee. When the first has keyword
 * evidence, the second's is counted for the first too: the first leads, the second stays among
 * the candidates.
 * (Measured on dev: explaining away the second's evidence instead lost as much top-3 as it won top-1.)
 */
export const EXPLAINS: readonly (readonly [TopicId, TopicId])[] = [
  [namedTopic('wages'), namedTopic('housing')],
  [namedTopic('wages'), namedTopic('hours')],
  [namedTopic('trp'), namedTopic('status')],
  [namedTopic('trp'), namedTopic('trafficking')],
  [namedTopic('police'), namedTopic('documents')],
  [namedTopic('trafficking'), namedTopic('status')],
  [namedTopic('trafficking'), namedTopic('wages')],
  [namedTopic('change-employer'), namedTopic('status')],
  [namedTopic('talk-to-person'), namedTopic('health-safety')],
  [namedTopic('fees-debt'), namedTopic('wages')],
];
/** Keyword evidence (0..1) the first topic of a pair needs: one term of its own. */
const EXPLAIN_AT = 0.5;

/** Keyword evidence, the second topic of each pair found lending its evidence to the first. */
function explained(kw: Map<TopicId, number>): Map<TopicId, number> {
  const out = new Map(kw);
  for (const [a, b] of EXPLAINS) {
    const lent = kw.get(b);
    if (lent !== undefined && (kw.get(a) ?? 0) >= EXPLAIN_AT) out.set(a, out.get(a)! + lent);
  }
  return out;
}

/**
 * The topics whose keyword evidence another topic took (the second of a pair in EXPLAINS, the
 * first found too): "they take 500 a month for a bed from my pay" is about pay, and the bed
 * stays offered however far pay leads.
 */
function lenders(kw: Map<TopicId, number>): Set<TopicId> {
  const out = new Set<TopicId>();
  for (const [a, b] of EXPLAINS) if (kw.has(b) && (kw.get(a) ?? 0) >= EXPLAIN_AT) out.add(b);
  return out;
}

/** Retrieval scores plus keyword evidence, best first. */
function withKeywords(hits: readonly TopicHit[], found: Map<TopicId, number>): Scored[] {
  const kw = explained(found);
  const score = new Map<TopicId, number>(hits.map((h) => [h.topic, h.score]));
  for (const [topic, k] of kw) score.set(topic, (score.get(topic) ?? 0) + KEYWORD_WEIGHT * k);
  return [...score.entries()]
    .map(([topic, s]) => ({ topic, score: Math.round(s * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/**
 * Scores from the phrasings and keywords, each topic's probability from the learned topic signal
 * times `blend` added (topicModel.ts), best first. A topic only the signal finds is added. The
 * pairs of EXPLAINS lend their keyword evidence only: lending the signal's probability too lost
 * 2.8 points of top-1 on the batches held out (docs/adr/0012-learned-topic-signal.md).
 */
function withLearned(hits: readonly Scored[], probabilities: ReadonlyMap<TopicId, number>, blend: number): Scored[] {
  const score = new Map<TopicId, number>(hits.map((h) => [h.topic, h.score]));
  for (const [topic, p] of probabilities) score.set(topic, (score.get(topic) ?? 0) + blend * p);
  return [...score.entries()]
    .map(([topic, s]) => ({ topic, score: Math.round(s * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score || a.topic.localeCompare(b.topic));
}

/** A message of at most this many words that names one topic only ("what is a TRP") is about it. */
export const NAMING_WORDS = 5;

/**
 * A short message whose keywords name one topic and no other ("what is a TRP", "que es la TRP",
 * "open permit?") is a question about that topic: the question words around the name ("what is
 * a") would otherwise pull toward the examples that share them ("what trafficking means"). That
 * topic then leads, confidently; a longer message, or one naming two topics, is left as scored.
 */
function namedTopicLeads(hits: Scored[], kw: Map<TopicId, number>, folded: string): Scored[] {
  if (kw.size !== 1 || wordCount(folded) > NAMING_WORDS) return hits;
  const [named] = kw.keys();
  const rest = hits.filter((h) => h.topic !== named);
  const own = hits.find((h) => h.topic === named)?.score ?? 0;
  const lead = Math.max(own, CONFIDENT_SCORE, CONFIDENT_MARGIN * (rest[0]?.score ?? 0));
  return [{ topic: named!, score: Math.ceil(lead * 1000) / 1000 }, ...rest];
}

// Words as ICU tells them: Chinese and Thai write none of the spaces a split would need.
const words = new Intl.Segmenter('und', { granularity: 'word' });
function wordCount(text: string): number {
  let n = 0;
  for (const s of words.segment(text)) if (s.isWordLike) n++;
  return n;
}

interface Scored {
  topic: TopicId;
  score: number;
}

/** The topics `decide` would offer for these scores. */
function offeredOf(hits: Scored[]): TopicId[] {
  return decide(hits).candidates.map((c) => c.topic);
}

/** `kept`: topics offered whenever they score at least MIN_SCORE, however far the best leads. */
function decide(hits: Scored[], kept: ReadonlySet<TopicId> = new Set()): Pick<RouteResult, 'topic' | 'candidates' | 'via'> {
  const top = hits[0];
  if (!top || top.score < MIN_SCORE) return { topic: null, candidates: [], via: 'none' };
  const second = hits[1]?.score ?? 0;
  const candidates = hits
    .filter((h) => h.score >= (kept.has(h.topic) ? MIN_SCORE : Math.max(MIN_SCORE, CANDIDATE_SHARE * top.score)))
    .slice(0, 3)
    .map((h) => ({ topic: h.topic, score: h.score }));
  const confident = top.score >= CONFIDENT_SCORE && top.score >= CONFIDENT_MARGIN * second;
  return { topic: confident ? top.topic : null, candidates, via: 'retriever' };
}
