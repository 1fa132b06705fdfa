// Two languages mixed in one message ("my boss is not paying me, no me paga el overtime"): neither
// is the person's language more than the other, so the language question is asked, in both.
// Told apart from a message in one language that borrows a word or two ("mi jefe no me paga el
// overtime", "hello, mi jefe…"): each language must have words of its own — words the other
// language's lists do not have — and neither may have less than half the other's.
// Only pairs of languages that are mixed as two languages: Taglish, Hinglish, romanized Punjabi or
// Nepali, and Arabizi carry English as part of how they are written (their own register, answered
// in that language); Spanish and Portuguese, and Kreyòl and French, share too many words for a
// word of the other to mean a second language.
import type { Lang } from '../content/topics.ts';

/** One word's evidence: the languages whose lists have it, and how much it counts. */
export interface Claim {
  langs: readonly Lang[];
  weight: number;
}

/** Languages mixed with one another as two languages. */
const MIXABLE: readonly string[] = ['en', 'fr', 'es', 'pt', 'vi', 'ht'];
/** Pairs whose shared words make a "mix" the same language written loosely. */
const CLOSE: readonly (readonly [string, string])[] = [
  ['es', 'pt'],
  ['fr', 'ht'],
];
/** Each language needs at least this much of its own: about two everyday words. */
const OWN_AT_LEAST = 2;
/** The lesser language has at least this share of the greater one's own words. */
const BALANCE = 0.5;

/** The two languages when the message mixes them, best first; null when it does not. */
export function mixedPair(claims: readonly Claim[], a: Lang, b: Lang): [Lang, Lang] | null {
  if (!MIXABLE.includes(a) || !MIXABLE.includes(b)) return null;
  if (CLOSE.some(([x, y]) => (x === a && y === b) || (x === b && y === a))) return null;
  let ownA = 0;
  let ownB = 0;
  for (const c of claims) {
    const hasA = c.langs.includes(a);
    const hasB = c.langs.includes(b);
    if (hasA && !hasB) ownA += c.weight;
    else if (hasB && !hasA) ownB += c.weight;
  }
  const less = Math.min(ownA, ownB);
  return less >= OWN_AT_LEAST && less >= BALANCE * Math.max(ownA, ownB) ? [a, b] : null;
}
