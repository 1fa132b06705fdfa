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
import { TermMatcher } from './terms.ts';
import { words } from './tokenize.ts';
import { fold } from './fold.ts';
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

interface StemLists {
  matcher: TermMatcher;
  /** Per list of this matcher: its topic, and each stemmed term's form as written (a term found both ways counts once). */
  lists: { topic: TopicId; written: Map<string, string> }[];
}

function stemmedText(folded: string, lang: string): string {
  return words(folded)
    .map((w) => stem(w, lang))
    .join(' ');
}

export class TopicKeywords {
  private readonly lists: TopicId[] = [];
  /** Per list: the term → the key it is counted under (its stem when it also matches by stem). */
  private readonly keys: Map<string, string>[] = [];
  private readonly matcher: TermMatcher;
  /** How many topics list each term (folded as written): a term shared by two topics counts half. */
  private readonly shared = new Map<string, number>();
  /** Per stemmed language: its plain terms, stemmed, and the matcher over them. */
  private readonly stemmed = new Map<string, StemLists>();

  constructor(files: readonly KeywordList[]) {
    const terms: string[][] = [];
    for (const f of files) {
      const stemLists: StemLists['lists'] = [];
      const stemTerms: string[][] = [];
      for (const [topic, list] of Object.entries(f.topics) as [TopicId, string[]][]) {
        this.lists.push(topic);
        terms.push(list);
        for (const t of new Set(list)) this.shared.set(t, (this.shared.get(t) ?? 0) + 1);
        const keys = new Map<string, string>();
        this.keys.push(keys);
        if (!STEM_KEYWORDS.has(f.lang)) continue;
        const written = new Map<string, string>();
        for (const t of list) {
          if (/[*~]/.test(t) || NO_SPACES.test(t)) continue;
          const st = stemmedText(fold(t), f.lang);
          if (st === '') continue;
          written.set(st, t);
          // "pago", "pagar" and "pagan" are one word: found by either path, counted once.
          keys.set(t, `${f.lang}:${st}`);
        }
        if (written.size === 0) continue;
        stemLists.push({ topic, written });
        stemTerms.push([...written.keys()]);
      }
      if (stemTerms.length > 0) this.stemmed.set(f.lang, { matcher: new TermMatcher(stemTerms), lists: stemLists });
    }
    this.matcher = new TermMatcher(terms);
  }

  /** Per topic, 0..1: how much keyword evidence the folded text holds (`langs`: the message's likely languages). */
  score(folded: string, langs: readonly string[] = []): Map<TopicId, number> {
    const raw = new Map<TopicId, number>();
    const seen = new Set<string>();
    const count = (topic: TopicId, term: string, as: string) => {
      const key = `${topic}\u0000${as}`;
      if (seen.has(key)) return;
      seen.add(key);
      raw.set(topic, (raw.get(topic) ?? 0) + 1 / (this.shared.get(term) ?? 1));
    };
    for (const h of this.matcher.findFolded(folded)) count(this.lists[h.list]!, h.term, this.keys[h.list]!.get(h.term) ?? h.term);
    for (const lang of new Set(langs)) {
      const s = this.stemmed.get(lang);
      if (!s) continue;
      for (const h of s.matcher.findFolded(stemmedText(folded, lang))) {
        const list = s.lists[h.list]!;
        count(list.topic, list.written.get(h.term) ?? h.term, `${lang}:${h.term}`);
      }
    }
    const out = new Map<TopicId, number>();
    for (const [t, v] of raw) out.set(t, Math.min(1, v / FULL_AT));
    return out;
  }
}
