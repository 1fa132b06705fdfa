// Topic keywords: words and short phrases that point to a topic on their own, per language
// (data/keywords/<lang>.yaml): synonyms, colloquial and dialect forms ("paycheque", "cheque",
// "ma3ash", "tankhwah"), the words a message uses when it describes a situation without naming
// the topic ("they take money for the room" is about pay). The example phrasings match a message
// as a whole; keywords add evidence word by word, so a long message that mixes several things
// still finds its topics. Same term forms as the danger lists (terms.ts).
//
// A plain term (no "*", no "~") of a language with a stemmer (stem.ts) also matches its other
// inflections: "desconto" finds "desconta", "payment" finds "pay". That is done by matching the
// term's stems against the message's stems, for the languages the message seems to be in only
// (a Spanish stem looked for in an English message finds nothing but noise).
import type { KeywordList } from './data.ts';
import { stem, STEMMED_LANGUAGES } from './stem.ts';
import { TermMatcher, compileTerms } from './terms.ts';
import { NOTHING_KEPT, type Built } from './builtCache.ts';
import { words } from './tokenize.ts';
import { fold } from './fold.ts';
import { arabicReadings } from './arabic.ts';
import type { TopicId } from '../content/topics.ts';

/** Hits a topic needs for full keyword evidence. */
const FULL_AT = 2;
/** Scripts written without spaces: their terms are matched as written only. */
const NO_SPACES = /[\p{Script=Han}\p{Script=Thai}]/u;

/**
 * Languages whose plain terms also match by stem. Not Arabic: its light stemmer takes the article
 * off, and "الاحد" (Sunday) would become "احد" (someone); its lists mark joined forms with "*".
 */
const STEM_KEYWORDS = new Set<string>(STEMMED_LANGUAGES.filter((l) => l !== 'ar'));

function stemmedText(folded: string, lang: string): string {
  return stemmedWords(folded, lang).join(' ');
}

function stemmedWords(folded: string, lang: string): string[] {
  return words(folded).map((w) => stem(w, lang));
}

/**
 * Vietnamese written with its marks: "có" (there is) and "cò" (a broker), "nó" (it) and "nợ" (a
 * debt) fold to one word. A Vietnamese term then counts only if the message holds it with its
 * marks; a message typed without any counts only terms of two syllables or more ("no" is too
 * often "nó", "vay" too often "vậy").
 */
const VI_MARKED = /[ăâđêôơưĩũàáãèéìíòóõùúý\u1ea0-\u1ef9]/u;

function markedWords(text: string): string {
  return ` ${text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean).join(' ')} `;
}

/** Whether a Vietnamese term's hit stands, `marked` being the message's words with their marks (or null: typed without). */
function viHitStands(term: string, marked: string | null): boolean {
  if (/[*~]/.test(term)) return true;
  if (marked === null) return term.trim().split(/\s+/).length >= 2;
  return marked.includes(markedWords(term));
}

/**
 * Romanized Hindi and Punjabi "fir", "phir", "fer" (again) before a verb of coming ("wo fir aa
 * gaya", "oh fer aaya", "phir se aagya"): someone come back, not the police report (FIR) the
 * police list holds. Blanked before the lists are read.
 */
const AGAIN_COMING = /\b(?:fir|phir|fer)(?= +(?:se +|to +|wapas +|vapas +|wapis +)?(?:aa|a|aaya|aya|aayi|ayi|aai|ai|aaye|aye|aagaya|agaya|aagya|agya|aagayi|agayi|aagyi|agyi|aagaye|agaye|aagye|agye|aagea|agea|aagia|agia|aata|ata|aati|ati|aate|aaunda|aundi|aunde|aayega|ayega|aayegi|ayegi|aayenge|ayenge|aaega|aaegi|aake|aakar|aaja|aajata|aajati)\b)/g;

function withoutAgainComing(folded: string): string {
  return /\b(?:fir|phir|fer)\b/.test(folded) ? folded.replace(AGAIN_COMING, (m) => ' '.repeat(m.length)) : folded;
}

/** A term's identity inside a list: folded, its marks kept ("médico" and "medico" are one term). */
function termKey(term: string): string {
  // A stand-in for the wildcard that folding leaves alone (split/join: no control character in a regex).
  return fold(term.split('*').join('\u0001')).split('\u0001').join('*');
}

/** A plain term (no marks, in a spaced script): one that also matches by stem. */
function isPlain(term: string): boolean {
  return !/[*~]/.test(term) && !NO_SPACES.test(term);
}

interface Stemmed {
  topic: TopicId;
  /** The term as written (for the shared count). */
  term: string;
  /** The stems of its words after the first (empty for a one-word term). */
  rest: string[];
}

export class TopicKeywords {
  private readonly lists: TopicId[] = [];
  /** The language of each list. */
  private readonly listLang: string[] = [];
  private readonly matcher: TermMatcher;
  /**
   * Terms (by termKey) listed under more than one topic, and how many topics: such a term counts
   * 1/n for each. (Only those: a map of every term would hold some 12,000 entries for nothing.)
   */
  private readonly shared = new Map<string, number>();
  /**
   * Per stemmed language, its plain terms by the stem of their first word ("pag" → wages). Kept
   * this small on purpose: a second TermMatcher over the stemmed terms took about 4 MB.
   */
  private readonly stemmed = new Map<string, Map<string, Stemmed[]>>();
  /** A found plain term's stemmed form, by language and term: stemmed once, when first found, not on every message. */
  private readonly stemOfHit = new Map<string, string>();

  /** `built`: where the terms folded at an earlier start are kept (builtCache.ts). */
  constructor(files: readonly KeywordList[], built: Built = NOTHING_KEPT) {
    for (const f of files) {
      for (const topic of Object.keys(f.topics) as TopicId[]) {
        this.lists.push(topic);
        this.listLang.push(f.lang);
      }
    }
    const { kept, shared, matcher } = built.get('keywords', () => {
      const kept: string[][] = [];
      // The topics each term is listed under: "trp" or "passport" listed for one topic in every
      // language is one topic's term, not one shared by fourteen.
      const topicsOf = new Map<string, Set<TopicId>>();
      for (const f of files) {
        for (const [topic, list] of Object.entries(f.topics) as [TopicId, string[]][]) {
          // Spellings that fold to one term (accented and not) are one term.
          const unique = new Map<string, string>();
          for (const t of list) {
            const key = termKey(t);
            if (unique.has(key)) continue;
            unique.set(key, t);
            const at = topicsOf.get(key);
            if (at) at.add(topic);
            else topicsOf.set(key, new Set([topic]));
          }
          kept.push([...unique.values()]);
        }
      }
      const shared = [...topicsOf].filter(([, topics]) => topics.size > 1).map(([t, topics]): [string, number] => [t, topics.size]);
      return { kept, shared, matcher: compileTerms(kept) };
    });
    for (const [t, n] of shared) this.shared.set(t, n);
    this.matcher = new TermMatcher(matcher);
    let list = 0;
    for (const f of files) {
      const byStem = STEM_KEYWORDS.has(f.lang) ? new Map<string, Stemmed[]>() : null;
      for (const topic of Object.keys(f.topics) as TopicId[]) {
        const terms = kept[list++]!;
        if (!byStem) continue;
        const stems = new Set<string>();
        for (const t of terms) {
          if (!isPlain(t)) continue;
          const [first, ...rest] = stemmedWords(fold(t), f.lang);
          const joined = [first, ...rest].join(' ');
          if (!first || stems.has(joined)) continue;
          stems.add(joined);
          const at = byStem.get(first);
          if (at) at.push({ topic, term: t, rest });
          else byStem.set(first, [{ topic, term: t, rest }]);
        }
      }
      if (byStem && byStem.size > 0) this.stemmed.set(f.lang, byStem);
    }
  }

  /**
   * Per topic, 0..1: how much keyword evidence the folded text holds (`langs`: the message's likely
   * languages; `text`: the text before folding, for the Vietnamese marks).
   */
  score(folded: string, langs: readonly string[] = [], text: string = folded): Map<TopicId, number> {
    folded = withoutAgainComing(folded);
    let marked: string | null | undefined;
    const raw = new Map<TopicId, number>();
    const seen = new Set<string>();
    const add = (topic: TopicId, as: string, share: number) => {
      const key = `${topic}\u0000${as}`;
      if (seen.has(key)) return;
      seen.add(key);
      raw.set(topic, (raw.get(topic) ?? 0) + 1 / share);
    };
    // Terms found as written, by term: "wakil" is an agent in Arabic and a lawyer in Nepali.
    const found = new Map<string, { lang: string; topic: TopicId; term: string }[]>();
    // Arabic is read again without the small words it joins in front (arabic.ts); only plain
    // Arabic terms count in those readings (one with "*" finds the joined forms as it is).
    const hits = arabicReadings(folded, langs.includes('ar')).flatMap((reading, i) =>
      this.matcher.findFolded(reading).filter((h) => i === 0 || (this.listLang[h.list] === 'ar' && !/[*~]/.test(h.term))),
    );
    for (const h of hits) {
      const lang = this.listLang[h.list]!;
      if (lang === 'vi') {
        if (marked === undefined) marked = VI_MARKED.test(text.normalize('NFC').toLowerCase()) ? markedWords(text) : null;
        if (!viHitStands(h.term, marked)) continue;
      }
      const term = h.term;
      const key = termKey(term);
      const at = found.get(key);
      if (at?.some((x) => x.lang === lang && x.topic === this.lists[h.list])) continue;
      const hit = { lang, topic: this.lists[h.list]!, term };
      if (at) at.push(hit);
      else found.set(key, [hit]);
    }
    // A term found as written in several languages' lists of one topic counts once. Listed for
    // several topics, it counts for those of the message's languages when it is in their lists
    // (the Arabic agent in an Arabic message), shared among them, else among all.
    const written = new Set<string>();
    for (const [key, all] of found) {
      const own = all.filter((h) => langs.includes(h.lang));
      const hits = own.length > 0 ? own : all;
      const share = new Set(hits.map((h) => h.topic)).size;
      for (const { lang, topic, term } of hits) {
        const once = `${topic}\u0000${key}`;
        if (written.has(once)) continue;
        written.add(once);
        // "pago", "pagar" and "pagan" are one word: found by either path, counted once.
        const asStem = STEM_KEYWORDS.has(lang) && isPlain(term);
        add(topic, asStem ? this.stemKey(lang, term) : term, share);
      }
    }
    for (const lang of new Set(langs)) {
      const byStem = this.stemmed.get(lang);
      if (!byStem) continue;
      const ws = stemmedWords(folded, lang);
      ws.forEach((w, i) => {
        for (const x of byStem.get(w) ?? []) {
          if (!x.rest.every((r, k) => ws[i + 1 + k] === r) || written.has(`${x.topic}\u0000${termKey(x.term)}`)) continue;
          add(x.topic, `${lang}:${[w, ...x.rest].join(' ')}`, this.shared.get(termKey(x.term)) ?? 1);
        }
      });
    }
    const out = new Map<TopicId, number>();
    for (const [t, v] of raw) out.set(t, Math.min(1, v / FULL_AT));
    return out;
  }

  /** The key a plain term is counted under in a stemmed language: found as written or by stem, it counts once. */
  private stemKey(lang: string, term: string): string {
    const id = `${lang}\u0000${term}`;
    let key = this.stemOfHit.get(id);
    if (key === undefined) {
      key = `${lang}:${stemmedText(fold(term), lang)}`;
      this.stemOfHit.set(id, key);
    }
    return key;
  }
}
