// Which of the 14 languages a message is written in, as people really type: short, informal,
// without accents, romanized. Signals, strongest first:
//  1. the script: Gurmukhi is Punjabi, Han Chinese, Thai Thai, Arabic Arabic, Cyrillic Ukrainian
//     (the only Cyrillic language offered); Devanagari is Hindi or Nepali (told apart by words);
//     a word of such a script inside Latin text ("… permit คะ", "… 谢谢") is the writer's own;
//  2. letters only one language uses: Vietnamese ơ ư ă đ and its tone marks, Portuguese ã õ,
//     Spanish ñ ¿ ¡, Kreyòl ò; Arabic in Latin letters (Arabizi) writes sounds as digits
//     ("3andi", "7aga", "sa3dni");
//  3. everyday words (data/language/<lang>.yaml): pronouns, particles, negation, question words,
//     in each language's own script and romanized (Ukrainian, Chinese pinyin and Thai in Latin
//     letters too, when a phone has no keyboard for them) — what tells romanized Hindi ("mujhe", "raha")
//     from Punjabi ("mainu", "ditta") and Nepali ("malai", "chaina"), or Taglish ("po", "ng") and
//     Kreyòl ("mwen", "pa") from English and French. A word several languages use counts a
//     little for each;
//  4. the words of the example phrasings and danger lexicons, more weakly;
//  5. franc (trigram profiles, offline) on longer text only: on a short message it guesses.
// A message is told with confidence only when one language clearly leads on enough evidence;
// otherwise the scores still say which languages are likeliest, for the language question.
import { francAll } from 'franc';
import { languageRank, namedLang, namedLangs, type Lang } from '../content/topics.ts';
import { words } from './tokenize.ts';
import { fold } from './fold.ts';
import type { LanguageWords } from './data.ts';
import { mixedPair, type Claim } from './mixed.ts';
import { NOTHING_KEPT, type Built } from './builtCache.ts';

// Languages are named below for what is known of them (franc's codes, their script, their
// letters); namedLangs checks each against locales/languages.yaml when that is read.
const ISO3: Record<string, Lang> = Object.fromEntries(
  Object.entries({
    eng: 'en', fra: 'fr', spa: 'es', tgl: 'tl', pan: 'pa', hin: 'hi', vie: 'vi', cmn: 'zh',
    arb: 'ar', ukr: 'uk', tha: 'th', npi: 'ne', por: 'pt', hat: 'ht',
  }).map(([franc, code]) => [franc, namedLang(code)]),
);
const LATIN_FRANC = ['eng', 'fra', 'spa', 'tgl', 'vie', 'por', 'hat'];
const FRANC_LANGS = LATIN_FRANC.map((c) => ISO3[c]!);
const LATIN_LANGS = namedLangs(['en', 'fr', 'es', 'tl', 'vi', 'pt', 'ht', 'hi', 'pa', 'ne', 'ar', 'uk', 'zh', 'th']);
const DEVANAGARI_LANGS = namedLangs(['hi', 'ne']);
const ARABIC = namedLang('ar');

/** Letters only one offered language writes (checked on the raw text, before accents are folded). */
const LETTERS: { lang: Lang; re: RegExp; weight: number }[] = [
  // Vietnamese: ă ơ ư đ and the dot-below and hook-above tone marks no other offered language uses.
  { lang: namedLang('vi'), re: /[ăắằẳẵặơớờởỡợưứừửữựđạảấầẩẫậẹẻẽếềểễệỉịọỏốồổỗộụủỳỵỷỹĩũ]/giu, weight: 3 },
  { lang: namedLang('pt'), re: /[ãõ]/giu, weight: 2 },
  { lang: namedLang('es'), re: /[ñ¿¡]/giu, weight: 2 },
  { lang: namedLang('ht'), re: /ò/giu, weight: 1.5 },
];
/**
 * Arabizi: a digit standing for an Arabic sound inside a word ("sa3dni", "ma3ash"), before one
 * ("3andi", "7aga") or, for ain, ha and qaf, after one ("aroo7", "wa9", "sm3"; not "gr8", "mp3").
 */
const ARABIZI_INSIDE = /^\p{L}+[235679]\p{L}+$/u;
const ARABIZI_START = /^[235679]\p{L}{2,}$/u;
const ARABIZI_END = /^\p{L}{2,}[379]$/u;
/** Letters and a digit that are not Arabizi at the end of a word: formats and models ("mp3", "win7"). */
const NOT_ARABIZI_END = /^(mp|win|ps|ios|covid|h|g|f|c|s|iphone|galaxy)[379]$/u;
/** Digits before units and ordinals are not Arabizi ("2nd", "9am", "5h", "3days"). */
const UNITS = /^\d+(st|nd|rd|th|am|pm|h|hr|hrs|hrs|k|x|min|mins|sec|day|days|wk|wks|week|weeks|mo|yr|yrs|year|years|hours|heures|horas|jours|dias|mois|meses|ans|anos|ore|oras)$/u;
function isArabizi(w: string): boolean {
  return ARABIZI_INSIDE.test(w) || (ARABIZI_START.test(w) && !UNITS.test(w)) || (ARABIZI_END.test(w) && !NOT_ARABIZI_END.test(w));
}

/** Weights of the word signals. */
const EVERYDAY = 1;
const EXAMPLE = 0.4;
/**
 * A language named in the message ("pwede po ba Tagalog", "mozhno na russkom", "punjabi ch gal
 * karo"): people ask for the language they read. English is left out: it is named most by
 * those who say they do not read it ("my english is not good").
 */
const NAMED = 2;
/**
 * A word other languages' writers use as it is ("boss", "permit"): a trace of the language it
 * comes from, enough to ask in it when nothing else is known, never to answer in it.
 */
const BORROWED = 0.1;
/** A typical ending or beginning, for a word no list knows. */
const SHAPE = 0.5;
/** franc's share on long text (full from about 80 characters), as votes. */
const FRANC_VOTES = 1.5;

/** Told with confidence when the best language has at least this share of the evidence… */
const CONFIDENT_SHARE = 0.3;
/** …has this many times the next one's… */
const CONFIDENT_RATIO = 1.5;
/**
 * …and at least this many votes: about two everyday words of its own, so a lone "hi", "ok" or
 * "merci" is not enough (the language question is asked in the likeliest languages instead).
 * Hindi or Nepali, once the script says Devanagari, need only one word or ending to tell apart.
 */
const CONFIDENT_VOTES = 1.5;
const CONFIDENT_VOTES_DEVANAGARI = 0.5;
/** With this much evidence (about three words of its own), a smaller lead is enough. */
export const MUCH_EVIDENCE = 3;
const CONFIDENT_RATIO_MUCH = 1.25;

export interface LanguageGuess {
  /** Best guess, or null when there is nothing to go on (digits, emoji). */
  lang: Lang | null;
  /** True when the guess is clear enough to answer in. */
  confident: boolean;
  /** Every language with a non-zero score, best first (scores add up to at most 1). */
  scores: { lang: Lang; score: number }[];
  /** How much evidence the best language has (about one per everyday word of it). */
  evidence?: number;
  /** Two languages mixed in one message (mixed.ts), best first: never confident, ask in both. */
  mixed?: [Lang, Lang];
  /**
   * How many different everyday words (or two-word phrases, or names of the language) of the
   * best language no other language's lists hold: "mainu", "dinda", "ch" are Punjabi alone,
   * "mera", "bachao" Punjabi and Hindi alike.
   */
  ownWords?: number;
  /** How many words no language's lists, examples or word shapes know ("bezkoshtovno", "gwaan"). */
  unknownWords?: number;
  /** How many words (not numbers) the message has. */
  words?: number;
}

type Lexicon = Map<string, Lang[]>;

function addAll(map: Lexicon, lang: Lang, ws: Iterable<string>): void {
  for (const w of ws) {
    if (w === '' || /^\d+$/.test(w)) continue;
    const langs = map.get(w);
    if (!langs) map.set(w, [lang]);
    else if (!langs.includes(lang)) langs.push(lang);
  }
}

export class LanguageDetector {
  private readonly everyday: Lexicon;
  private readonly vocab: Lexicon;
  private readonly names: Lexicon;
  /** Words other languages' writers use as they are ("boss", "permit"): they tell none (data.ts). */
  private readonly borrowed: Lexicon;
  /** Two-word phrases of one language ("k ho", "k cha"): each of their words is shared, together they are not. */
  private readonly pairs: Lexicon;
  private readonly shapes: { lang: Lang; re: RegExp }[] = [];
  /**
   * Shapes of two words running (a pattern with a space): Darija and Egyptian negation written
   * apart, "ma khallasnish", "ma 3tawnich", "mesh 3arfash". Counted as a two-word phrase of the
   * language, whatever the words are.
   */
  private readonly pairShapes: { lang: Lang; re: RegExp }[] = [];

  /** `texts` (or what gives them, asked only when nothing was kept): words of each language. `built`: where the word lists folded at an earlier start are kept (builtCache.ts). */
  constructor(texts: readonly { lang: Lang; text: string }[] | (() => readonly { lang: Lang; text: string }[]), everyday: readonly LanguageWords[] = [], built: Built = NOTHING_KEPT) {
    const lexicons = built.get('language.words', () => {
      const made = { everyday: new Map(), vocab: new Map(), names: new Map(), borrowed: new Map(), pairs: new Map() } satisfies Record<string, Lexicon>;
      for (const l of everyday) {
        for (const w of l.words) {
          const ws = words(fold(w));
          if (ws.length === 2) addAll(made.pairs, l.lang, [ws.join(' ')]);
          else addAll(made.everyday, l.lang, ws);
        }
        for (const w of l.names) addAll(made.names, l.lang, [fold(w)]);
        addAll(made.borrowed, l.lang, l.borrowed.map((w) => fold(w)));
      }
      for (const { lang, text } of typeof texts === 'function' ? texts() : texts) addAll(made.vocab, lang, words(fold(text)));
      return Object.fromEntries(Object.entries(made).map(([k, m]) => [k, [...m]])) as Record<keyof typeof made, [string, Lang[]][]>;
    });
    this.everyday = new Map(lexicons.everyday);
    this.vocab = new Map(lexicons.vocab);
    this.names = new Map(lexicons.names);
    this.borrowed = new Map(lexicons.borrowed);
    this.pairs = new Map(lexicons.pairs);
    for (const l of everyday) {
      for (const p of l.patterns) (p.includes(' ') ? this.pairShapes : this.shapes).push({ lang: l.lang, re: new RegExp(p, 'u') });
    }
  }

  detect(text: string): LanguageGuess {
    const { script, counts } = byScript(text);
    if (script === ARABIC && URDU_LETTERS.test(text)) return shahmukhi(text);
    if (isScriptLang(script)) {
      return { lang: script, confident: true, scores: [{ lang: script, score: 1 }] };
    }
    if (script === 'deva') return this.vote(text, DEVANAGARI_LANGS, false);
    if (script === 'latin') {
      const guess = this.vote(text, LATIN_LANGS, true);
      // English (or another Latin-script language) with a word in a script of its own ("how do I
      // apply … 谢谢", "… permit คะ"): the thanks or the polite particle is typed in the writer's
      // own language, the rest in the one they fall back on. The own one answers; the Latin one
      // stays likely, so the topic is still looked for in its words.
      const own = SCRIPT_LANGS.filter((l) => (counts[l] ?? 0) >= OWN_SCRIPT_LETTERS).sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0))[0];
      if (!own) return guess;
      const rest = guess.scores.filter((s) => s.lang !== own).map((s) => ({ lang: s.lang, score: Math.round(500 * s.score) / 1000 }));
      return { lang: own, confident: true, scores: [{ lang: own, score: 0.5 }, ...rest] };
    }
    return { lang: null, confident: false, scores: [] };
  }

  /**
   * Whether a language's name is also an everyday word of another language the rest of the
   * message is written in: Tagalog "hindi" (no, not) beside "ba", "ng", "ko" is Tagalog's word,
   * not Hindi named ("confidential ba to? hindi ba malalaman ng employer ko"). "do you speak
   * hindi?" still names Hindi, and so does "kya aap hindi me baat kar sakte ho": its "ho" is
   * Tagalog's too, but Hindi's as well, so it says nothing for Tagalog against Hindi.
   */
  private everydayOfAnother(w: string, named: readonly Lang[], ws: readonly string[], langs: readonly Lang[]): boolean {
    const others = (this.everyday.get(w) ?? []).filter((l) => langs.includes(l) && !named.includes(l));
    return others.some((l) =>
      ws.some((o) => {
        const of = this.everyday.get(o) ?? [];
        return o !== w && of.includes(l) && !of.some((x) => named.includes(x));
      }),
    );
  }

  private vote(text: string, langs: readonly Lang[], latin: boolean): LanguageGuess {
    // Each word's evidence, with the languages it counts for; a word several languages share is
    // shared out by the rest of the message below.
    const parts: Part[] = [];
    const add = (ls: readonly Lang[], weight: number, sole?: string): void => {
      const own = ls.filter((l) => langs.includes(l));
      if (own.length > 0) parts.push({ langs: own, weight, ...(sole ? { sole } : {}) });
    };
    // Each word's languages, for telling two languages mixed from one borrowing a word.
    const claims: Claim[] = [];
    const folded = fold(text);
    const ws = words(folded);
    if (latin) {
      const nfc = text.normalize('NFC');
      for (const { lang, re, weight } of LETTERS) {
        re.lastIndex = 0;
        if (re.test(nfc)) add([lang], weight);
      }
    }
    // Words and phrases only one language's everyday lists (or names) hold, by language.
    const alone = new Map<Lang, Set<string>>();
    const sole = (ls: readonly Lang[], w: string): void => {
      if (ls.length === 1) alone.set(ls[0]!, (alone.get(ls[0]!) ?? new Set()).add(w));
    };
    const inPair = new Set<number>();
    // Words no list, example or word shape of any language knows.
    let unknown = 0;
    for (let i = 0; i + 1 < ws.length; i++) {
      const pair = `${ws[i]} ${ws[i + 1]}`;
      const own = (this.pairs.get(pair) ?? [...new Set(this.pairShapes.filter((s) => s.re.test(pair)).map((s) => s.lang))]).filter((l) => langs.includes(l));
      if (!own || own.length === 0) continue;
      add(own, 2 * EVERYDAY);
      sole(own, pair);
      claims.push({ langs: own, weight: 2 * EVERYDAY });
      inPair.add(i).add(i + 1);
    }
    for (const [i, w] of ws.entries()) {
      if (inPair.has(i) || /^\d+$/.test(w)) continue;
      if (latin && isArabizi(w)) {
        add([ARABIC], 1.5);
        continue;
      }
      const named = this.names.get(w)?.filter((l) => langs.includes(l));
      if (named && named.length > 0 && !this.everydayOfAnother(w, named, ws, langs)) {
        add(named, NAMED);
        sole(named, w);
        claims.push({ langs: named, weight: NAMED });
        continue;
      }
      const lent = this.borrowed.get(w);
      if (lent) {
        add(lent, BORROWED, BORROWED_WORD);
        continue;
      }
      const own = this.everyday.get(w)?.filter((l) => langs.includes(l));
      if (own && own.length > 0) {
        add(own, EVERYDAY, own.length === 1 && w.length >= LONE_LENGTH && (this.vocab.get(w) ?? []).every((l) => l === own[0]) ? w : undefined);
        sole(own, w);
        claims.push({ langs: own, weight: EVERYDAY });
        continue;
      }
      const seen = this.vocab.get(w)?.filter((l) => langs.includes(l));
      if (seen && seen.length > 0) {
        add(seen, EXAMPLE);
        claims.push({ langs: seen, weight: EXAMPLE });
        continue;
      }
      const shaped = this.shapes.filter((s) => langs.includes(s.lang) && s.re.test(w)).map((s) => s.lang);
      if (shaped.length > 0) add([...new Set(shaped)], SHAPE);
      else unknown++;
    }
    // Votes with every shared word shared evenly: what ranks the languages and says how clearly
    // one leads. Shared words credited by the rest of the message say only whether the leader has
    // enough words behind it: "mera … kol aa" is Punjabi on three words, not on one and a third.
    const votes = shareOut(parts, 0);
    const credited = shareOut(parts, SHARE_ROUNDS);
    if (latin && folded.length >= 30) {
      // On long text franc knows the Latin-script languages' letter patterns; on short text it
      // guesses. It knows no romanized Hindi, Punjabi, Nepali, Arabic, Ukrainian, Chinese or Thai,
      // so it counts only as much as the words already point to the languages it knows.
      const franc = francAll(text, { only: LATIN_FRANC, minLength: 3 }).filter(([code]) => code !== 'und').slice(0, 3);
      const sum = franc.reduce((s, [, v]) => s + v ** 4, 0);
      const before = [...votes.values()].reduce((a, b) => a + b, 0);
      const known = FRANC_LANGS.reduce((a, l) => a + (votes.get(l) ?? 0), 0);
      const trust = before > 0 ? known / before : 1;
      const weight = FRANC_VOTES * trust * Math.min(1, (folded.length - 20) / 60);
      for (const [code, v] of franc) {
        const l = ISO3[code];
        if (!l || sum === 0 || !langs.includes(l)) continue;
        for (const m of [votes, credited]) m.set(l, (m.get(l) ?? 0) + (weight * v ** 4) / sum);
      }
    }
    const total = [...votes.values()].reduce((a, b) => a + b, 0);
    if (total === 0) return { lang: null, confident: false, scores: [] };
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1] || languageRank(a[0]) - languageRank(b[0]));
    const scores = ranked.map(([lang, v]) => ({ lang, score: Math.round((1000 * v) / total) / 1000 }));
    const [best, next] = ranked;
    const share = best![1] / total;
    const minVotes = latin ? CONFIDENT_VOTES : CONFIDENT_VOTES_DEVANAGARI;
    const lead = best![1] / Math.max(next?.[1] ?? 0, 1e-9);
    // Much evidence may lead by less: Moroccan Arabizi or Hinglish carry French or English loanwords.
    const clear = lead >= CONFIDENT_RATIO || (best![1] >= MUCH_EVIDENCE && lead >= CONFIDENT_RATIO_MUCH);
    const mixed = latin && next ? mixedPair(claims, best![0], next[0]) : null;
    const wordCount = ws.filter((w) => !/^\d+$/.test(w)).length;
    const enough = Math.max(best![1], credited.get(best![0]) ?? 0) >= minVotes || (latin && loneWord(parts, wordCount));
    const confident = share >= CONFIDENT_SHARE && clear && enough && !mixed;
    const ownWords = alone.get(best![0])?.size ?? 0;
    return { lang: best![0], confident, scores, evidence: Math.round(best![1] * 100) / 100, ...(mixed ? { mixed } : {}), ...(ownWords > 0 ? { ownWords } : {}), ...(unknown > 0 ? { unknownWords: unknown } : {}), words: wordCount };
  }
}

/** One word's (or phrase's, or letter's) evidence and the languages it counts for. */
interface Part {
  langs: readonly Lang[];
  weight: number;
  /** An everyday word no other language's words hold, in any list; or a borrowed word. */
  sole?: string;
}

const BORROWED_WORD = '(borrowed)';
/** A word alone tells its language only when it is this long… */
const LONE_LENGTH = 4;
/** …and the message this short. */
const LONE_MESSAGE = 3;

/**
 * A short message of borrowed English and one everyday word that no other language's lists hold
 * at all ("help chahiye", "malai help", "boss zabrav pasport"): told by that word. The word alone
 * ("talab", Nepali to the lists, Hindi too to many), a word no list knows beside it, anything
 * said for another language, or a longer message leave it to the votes.
 */
function loneWord(parts: readonly Part[], words: number): boolean {
  if (words < 2 || words > LONE_MESSAGE) return false;
  const lent = parts.filter((p) => p.sole === BORROWED_WORD).length;
  const said = parts.filter((p) => p.sole !== BORROWED_WORD);
  return said.length === 1 && said[0]!.sole !== undefined && lent + 1 === words;
}

/**
 * How many times a shared word is shared out again by what the rest of the message says. A word
 * Hindi, Punjabi and Nepali share ("mera") counts for the one the message's other words point to
 * ("kol", "aa": Punjabi), as a reader takes it; with nothing else to go on it is shared evenly.
 */
const SHARE_ROUNDS = 2;
/** What every language sharing a word keeps, however little the rest says for it. */
const SHARE_FLOOR = 0.25;

/**
 * Votes per language: a word of one language counts for it; a word several share is shared
 * evenly, then, `rounds` times, in proportion to what the rest of the message says for each.
 */
function shareOut(parts: readonly Part[], rounds: number): Map<Lang, number> {
  const shares = parts.map((p) => p.langs.map(() => 1 / p.langs.length));
  const tally = (): Map<Lang, number> => {
    const votes = new Map<Lang, number>();
    parts.forEach((p, i) => p.langs.forEach((l, j) => votes.set(l, (votes.get(l) ?? 0) + p.weight * shares[i]![j]!)));
    return votes;
  };
  let votes = tally();
  for (let round = 0; round < rounds; round++) {
    parts.forEach((p, i) => {
      if (p.langs.length < 2) return;
      const rest = p.langs.map((l, j) => Math.max(0, (votes.get(l) ?? 0) - p.weight * shares[i]![j]!) + SHARE_FLOOR);
      const sum = rest.reduce((a, b) => a + b, 0);
      shares[i] = rest.map((r) => r / sum);
    });
    votes = tally();
  }
  return votes;
}

type Script = Lang | 'deva' | 'latin' | null;

/** The languages told by their script alone. */
const SCRIPT_LANGS = namedLangs(['pa', 'zh', 'th', 'ar', 'uk']);
function isScriptLang(s: Script): s is Lang {
  return s !== null && SCRIPT_LANGS.includes(s as Lang);
}
/** Letters of such a script inside Latin text that make a word of that language ("谢谢", "คะ"). */
const OWN_SCRIPT_LETTERS = 2;

/**
 * Letters of the Perso-Arabic script that Urdu and Punjabi in Shahmukhi write and Arabic never
 * does: ٹ ڈ ڑ (retroflex), ں (a nasal vowel), ھ (an aspirate), ہ ۂ ۃ, ے ۓ.
 */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1-\u06c3\u06d2\u06d3]/u;
/** Words of Punjabi written in Shahmukhi that Urdu does not use (to, in, of, is, me, you, our, not …). */
const SHAHMUKHI_WORDS = new Set(['نوں', 'وچ', 'دا', 'دی', 'دے', 'اے', 'مینوں', 'تسی', 'تُسی', 'تسیں', 'ساڈا', 'ساڈے', 'ساڈی', 'سانوں', 'نئیں', 'رہیا', 'ہویا', 'کیتا', 'کیتی', 'لئی', 'توں', 'ایہہ', 'اوہ', 'اوہنے', 'ہن', 'ہُن', 'کردا', 'کردی', 'ویلے']);
const PUNJABI = namedLang('pa');
const HINDI = namedLang('hi');

/**
 * Text in Arabic letters with letters Arabic never writes is Urdu or Punjabi in Shahmukhi, not
 * Arabic. Neither is offered: Punjabi words say Punjabi (answered in Gurmukhi, the Punjabi
 * offered), confidently on two of them; otherwise Punjabi and Hindi, the languages its readers
 * speak, are the likely ones and the language question is asked.
 */
function shahmukhi(text: string): LanguageGuess {
  const ws = text.split(/[\s\p{P}]+/u).filter(Boolean);
  const punjabi = ws.filter((w) => SHAHMUKHI_WORDS.has(w)).length;
  if (punjabi >= 2) return { lang: PUNJABI, confident: true, scores: [{ lang: PUNJABI, score: 1 }] };
  return { lang: PUNJABI, confident: false, scores: [{ lang: PUNJABI, score: 0.5 }, { lang: HINDI, score: 0.5 }] };
}

/** The script most letters are in, and how many letters each script has. */
function byScript(text: string): { script: Script; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const ch of text) {
    let s: string | null = null;
    // Most characters are ASCII: a letter is Latin, anything else (digits, spaces, punctuation)
    // no script, without the seven tests below.
    if (ch < '\u0080') s = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ? 'latin' : null;
    else if (/\p{Script=Gurmukhi}/u.test(ch)) s = 'pa';
    else if (/\p{Script=Devanagari}/u.test(ch)) s = 'deva';
    else if (/\p{Script=Han}/u.test(ch)) s = 'zh';
    else if (/\p{Script=Thai}/u.test(ch)) s = 'th';
    else if (/\p{Script=Arabic}/u.test(ch)) s = 'ar';
    else if (/\p{Script=Cyrillic}/u.test(ch)) s = 'uk';
    else if (/\p{Script=Latin}/u.test(ch)) s = 'latin';
    if (s) counts[s] = (counts[s] ?? 0) + 1;
  }
  let best: Script = null;
  let n = 0;
  // Any non-Latin script wins over Latin loanwords in it ("मेरा passport").
  for (const [s, c] of Object.entries(counts)) {
    const weight = s === 'latin' ? c / 4 : c;
    if (weight > n) {
      n = weight;
      best = s as Script;
    }
  }
  return { script: best, counts };
}

