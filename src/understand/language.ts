// Which of the 14 languages a message is written in. Three signals, cheapest first:
//  1. the script: Gurmukhi is Punjabi, Han Chinese, Thai Thai, Arabic Arabic, Cyrillic Ukrainian
//     (the only Cyrillic language offered); Devanagari is Hindi or Nepali;
//  2. franc (trigram profiles of 187 languages, offline, no model download), restricted to ours;
//  3. the words of our own example phrasings and danger lexicons, which know what franc cannot:
//     romanized Hindi and Punjabi, Vietnamese typed without accents, Taglish.
// The result is only ever used to OFFER a switch: the contact's language stays until they choose.
import { francAll } from 'franc';
import { LANGUAGES, type Lang } from './topics.ts';
import { words } from './tokenize.ts';
import { fold } from './fold.ts';

const ISO3: Record<string, Lang> = {
  eng: 'en', fra: 'fr', spa: 'es', tgl: 'tl', pan: 'pa', hin: 'hi', vie: 'vi', cmn: 'zh',
  arb: 'ar', ukr: 'uk', tha: 'th', npi: 'ne', por: 'pt', hat: 'ht',
};
const LATIN_FRANC = ['eng', 'fra', 'spa', 'tgl', 'vie', 'por', 'hat'];

export interface LanguageGuess {
  /** Best guess, or null when there is nothing to go on (digits, emoji). */
  lang: Lang | null;
  /** True when the guess is clear enough to offer a switch on. */
  confident: boolean;
  /** Every language with a non-zero score, best first (scores add up to at most 1). */
  scores: { lang: Lang; score: number }[];
}

/** Languages whose words a vote can come from, built from the example and lexicon texts. */
export class LanguageDetector {
  private readonly vocab = new Map<string, Set<Lang>>();

  constructor(texts: readonly { lang: Lang; text: string }[]) {
    for (const { lang, text } of texts) {
      for (const w of words(fold(text))) {
        if (/^\d+$/.test(w)) continue;
        let set = this.vocab.get(w);
        if (!set) this.vocab.set(w, (set = new Set()));
        set.add(lang);
      }
    }
  }

  detect(text: string): LanguageGuess {
    const folded = fold(text);
    const script = byScript(text);
    if (script === 'pa' || script === 'zh' || script === 'th' || script === 'ar' || script === 'uk') {
      return { lang: script, confident: true, scores: [{ lang: script, score: 1 }] };
    }
    if (script === 'deva') return this.combine(text, folded, ['hin', 'npi'], ['hi', 'ne']);
    if (script === 'latin') return this.combine(text, folded, LATIN_FRANC, ['en', 'fr', 'es', 'tl', 'vi', 'pt', 'ht', 'hi', 'pa']);
    return { lang: null, confident: false, scores: [] };
  }

  private combine(text: string, folded: string, only: string[], langs: Lang[]): LanguageGuess {
    const score = new Map<Lang, number>(langs.map((l) => [l, 0]));
    // franc: its scores are 1 for the best and lower for the rest; keep the top few, normalised.
    const franc = francAll(text, { only, minLength: 3 }).filter(([code]) => code !== 'und');
    const francTop = franc.slice(0, 3);
    const francSum = francTop.reduce((s, [, v]) => s + v ** 4, 0);
    // Short text makes franc unreliable: weigh it by length (full weight from ~40 characters).
    const francWeight = Math.min(1, folded.length / 40) * 0.5;
    for (const [code, v] of francTop) {
      const l = ISO3[code];
      if (l && francSum > 0) score.set(l, (score.get(l) ?? 0) + (francWeight * v ** 4) / francSum);
    }
    // Word votes: each known word splits one vote among the languages that use it.
    const ws = words(folded).filter((w) => !/^\d+$/.test(w));
    let known = 0;
    const votes = new Map<Lang, number>();
    for (const w of ws) {
      const set = this.vocab.get(w);
      if (!set) continue;
      const mine = [...set].filter((l) => score.has(l));
      if (mine.length === 0) continue;
      known++;
      for (const l of mine) votes.set(l, (votes.get(l) ?? 0) + 1 / mine.length);
    }
    const voteWeight = 1 - francWeight;
    if (known > 0) for (const [l, v] of votes) score.set(l, (score.get(l) ?? 0) + (voteWeight * v) / known);
    else if (francSum > 0) for (const [l, v] of score) score.set(l, v / francWeight);
    const scores = [...score.entries()]
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([lang, s]) => ({ lang, score: Math.round(s * 1000) / 1000 }));
    const top = scores[0];
    if (!top) return { lang: null, confident: false, scores };
    const second = scores[1]?.score ?? 0;
    const coverage = ws.length ? known / ws.length : 0;
    const confident = ws.length >= 3 && top.score >= 0.5 && top.score - second >= 0.2 && coverage >= 0.5;
    return { lang: top.lang, confident, scores };
  }
}

type Script = Lang | 'deva' | 'latin' | null;

/** The script most letters are in. */
function byScript(text: string): Script {
  const counts: Record<string, number> = {};
  for (const ch of text) {
    let s: string | null = null;
    if (/\p{Script=Gurmukhi}/u.test(ch)) s = 'pa';
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
  return best;
}

export { LANGUAGES };
