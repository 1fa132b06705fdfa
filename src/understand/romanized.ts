// Hindi, Punjabi and Nepali typed in Latin letters follow no one spelling: a long vowel is doubled
// or not ("maarega", "marega"; "peecha", "picha"; "khoon", "khun"), the h of an aspirate is
// written or dropped ("bhaag", "baag"; "chhod", "chod"; "bandh", "band"), w and v, z and j, q and k
// stand for one sound ("zinda", "jinda"; "woh", "vo"), a consonant is doubled or not ("kutt",
// "kut"). A danger term written one way must match the others, and writing every spelling of
// every form is what let new ones slip through. So the Latin terms of these lexicons, and the
// Latin words of a message that seems written in one of these languages, are both read in one
// canonical spelling (`romanCanon`), and matched again in it.
//
// Stricter than a consonant skeleton (dangerSkeleton.ts): the vowels stay, only their length
// goes, so it serves short words ("maare", "kuta") that a skeleton could not tell apart.
import { namedLangs, type Lang } from '../content/topics.ts';
import { words } from './tokenize.ts';

/** Lexicons whose Latin terms are matched again in canonical spelling. */
export const ROMAN_LANGS: ReadonlySet<Lang> = new Set(namedLangs(['hi', 'pa', 'ne']));
/** Thai typed in Latin letters, matched again in a canonical spelling of its own (`thaiCanon`). */
export const THAI_ROMAN: ReadonlySet<Lang> = new Set(namedLangs(['th']));

/** A folded Latin word in one canonical spelling (others left as they are). */
export type Canon = (word: string) => string;

const LATIN_WORD = /^[a-z0-9]+$/;
/** "Not" as people type it. */
const NOT: ReadonlySet<string> = new Set(['nahi', 'nahin', 'nai', 'nhi', 'nhin', 'nahee', 'nahii', 'nahe', 'nehi']);

/**
 * One folded Latin word in canonical spelling: ph → f, the h of an aspirate dropped (bh kh gh ch
 * jh th dh sh → b k g c j t d s), w → v, z → j, q → k, ee → i, oo → u, doubled letters once
 * (aa → a, tt → t), a y between vowels dropped ("gayi", "gai"), a final h after a vowel dropped
 * ("rah", "ra"), Nepali's x for छ as its ch ("xu", "chahanxu"; "chhu", "chahanchhu"), and "not"
 * one way ("nahi", "nahin", "nai", "nhi", "nahee"; not "ni", also Nepali's "too"). Other words are
 * left as they are.
 */
export function romanCanon(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  if (NOT.has(word)) return 'nahi';
  return word
    .replace(/x/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/([bcdgjkpts])h+/g, '$1')
    .replace(/w/g, 'v')
    .replace(/z/g, 'j')
    .replace(/q/g, 'k')
    .replace(/ee/g, 'i')
    .replace(/oo/g, 'u')
    .replace(/(.)\1+/g, '$1')
    .replace(/([aeiou])y(?=[aeiou])/g, '$1')
    .replace(/([aeiou])h$/, '$1');
}

/**
 * Thai typed in Latin letters follows no one spelling either: the h of an aspirate is written or
 * not ("khon", "kon"; "phuean", "puean"; "thee", "tee"), จ as j or ch ("jai", "chai"), ก as g or k
 * ("glua", "klua"), a long vowel doubled or not ("yoo", "yu"; "baan", "ban"), the vowel of เลือด
 * as "uea", "eua", "ue" or "eu" ("luead", "leuad", "lued"), an r after a vowel written for its
 * length ("ork", "ok"; "torn", "ton"), a final d, b or g for the t, p or k heard ("yud", "yut";
 * "kub", "kap"). One canonical spelling for all of them: bp → p, dt → t, kh ph th ch → k p t c,
 * j → c, g → k, an h after another consonant or inside a word after a vowel dropped ("yhud", "dohn"),
 * the vowels of เลือด and เธอ → ue, oo → u, ee → i, aa → a, an r after a vowel and before a
 * consonant or at the end dropped, a final h after a vowel dropped, ay → ai at the end, uay →
 * uai, aw → ao, oy → oi, a final w → o, a letter doubled once (never a digit: "911"), then a
 * final d → t and b → p.
 */
export function thaiCanon(word: string): string {
  if (!LATIN_WORD.test(word)) return word;
  return word
    .replace(/bp/g, 'p')
    .replace(/dt/g, 't')
    .replace(/([kptc])h/g, '$1')
    .replace(/([bdfjlmnrsvwyz])h|(?<=[aeiou])h(?=[a-z])/g, '$1')
    .replace(/j/g, 'c')
    .replace(/g/g, 'k')
    .replace(/uea|eua|ue|eu|oe/g, 'U')
    .replace(/oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/aa/g, 'a')
    .replace(/([aeiouU])r+(?![aeiouU])/g, '$1')
    .replace(/([aeiouU])h$/, '$1')
    .replace(/ay$/, 'ai')
    .replace(/uay/g, 'uai')
    .replace(/aw/g, 'ao')
    .replace(/oy/g, 'oi')
    .replace(/w$/, 'o')
    .replace(/([a-zU])\1+/g, '$1')
    .replace(/d$/, 't')
    .replace(/b$/, 'p')
    .replace(/U/g, 'ue');
}

/**
 * A term of Latin letters in canonical spelling, its marks kept ("maar+v" is written out before:
 * "maarega" → "marega", "*chhod*" → "*cod*"); null for a term in another script.
 */
export function romanTerm(term: string, canon: Canon = romanCanon): string | null {
  const out: string[] = [];
  for (const raw of term.trim().split(/\s+/)) {
    if (raw === '~') {
      out.push(raw);
      continue;
    }
    const core = raw.replace(/^\*+|\*+$/g, '');
    const ws = words(core.toLowerCase());
    if (ws.length === 0 || !ws.every((w) => LATIN_WORD.test(w))) return null;
    const spelt = ws.map(canon).join(' ');
    out.push(`${raw.startsWith('*') ? '*' : ''}${spelt}${raw.endsWith('*') && raw.length > 1 ? '*' : ''}`);
  }
  return out.join(' ');
}

/** A folded message with its Latin words in canonical spelling (others as they are), or null when it has none. */
export function romanText(folded: string, canon: Canon = romanCanon): string | null {
  const ws = words(folded);
  if (!ws.some((w) => LATIN_WORD.test(w))) return null;
  return ws.map(canon).join(' ');
}
