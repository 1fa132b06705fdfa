// Danger words of Arabic, Hindi, Punjabi, Nepali and Ukrainian typed in Latin letters, however
// they are spelled. People write these languages in Latin letters as often as in their own
// script, and spell them every way: Arabizi "7aree2", "7ari2", "hareeq" for حريق (fire);
// "bandook", "banduk", "bandooq" for बंदूक (gun); "zamknuly", "zamknuli" for замкнули (locked in). No list can hold every spelling, so each term of these
// lexicons is also kept as its consonant skeleton (skeleton.ts: "7ari2" and "حريق" both "hrk";
// "banduk" and "बंदूक" both "bndk"), and a message typed in Latin letters is matched again,
// word by word, on its skeletons.
//
// Skeletons are lenient (s/sh, k/q, vowels gone), so they are used with care:
//  - only for a message that seems written in that language (Arabic: as the likeliest one, or
//    when it holds Arabizi digits inside words: "3am", "7ari2");
//  - only harm words and phrases (what danger is made of), never the small context words,
//    whose skeletons ("b" for "abhi") would match anything;
//  - never a one-word term whose skeleton is also that of an everyday word of the language
//    that the term itself does not match: سكين (knife) and سكن (housing) are both "skn", so
//    the knife is left to its written spellings ("sekkin", "sikkine") — the everyday words are
//    those of the topic examples and of the lexicon's own context lists;
//  - only terms whose skeleton keeps at least MIN_CONSONANTS consonants: three are shared by
//    too many words, in these languages and in the English mixed into them ("ktf" is خطف,
//    kidnapped, and كتف, shoulder; "gds" is a gandasa and "goods"; "drb" is inside far more
//    words than ضرب).
import { skeleton } from './skeleton.ts';
import { fold } from './fold.ts';
import { words } from './tokenize.ts';
import { TermMatcher } from './terms.ts';
import { namedLang, namedLangs, type Lang } from '../content/topics.ts';

/** Lexicons matched again by skeleton: languages people type in Latin letters in many spellings. */
export const SKELETON_LANGS: ReadonlySet<Lang> = new Set(namedLangs(['ar', 'hi', 'pa', 'ne', 'uk']));
/** Languages whose everyday words a skeleton is checked against (the family typed alike). */
export const SKELETON_KIN: Readonly<Record<string, Lang[]>> = { ar: namedLangs(['ar']), hi: namedLangs(['hi', 'pa', 'ne']), pa: namedLangs(['hi', 'pa', 'ne']), ne: namedLangs(['hi', 'pa', 'ne']), uk: namedLangs(['uk']) };
const ARABIC = namedLang('ar');
/** Consonants a term's skeleton must keep (all its words together). */
export const MIN_CONSONANTS = 4;
/** Arabizi: a digit standing for a sound inside a Latin word ("3am", "7ari2", "ye2telni"). */
const ARABIZI = /[a-z][235679]|[235679][a-z]/;
const LATIN_WORD = /^[a-z0-9]+$/;
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
const SPELLED = /[a-z\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Gurmukhi}\p{Script=Cyrillic}]/u;
/** Scripts whose terms are kept as skeletons: terms typed in Latin letters stay as they are spelled. */
const NATIVE = /^[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Gurmukhi}\p{Script=Cyrillic}\p{M}\s*~]+$/u;

/**
 * A term written as consonant skeletons, keeping its marks ("*ضرب*" → "*drb*", "maar ~ dega" →
 * "mr ~ dg"); null when it is too short to be told apart from other words, or has a word with
 * no consonant at all.
 */
export function skeletonTerm(term: string): string | null {
  if (!NATIVE.test(term)) return null;
  const out: string[] = [];
  let letters = 0;
  let wordsIn = 0;
  for (const raw of term.trim().split(/\s+/)) {
    if (raw === '~') {
      out.push('~');
      continue;
    }
    const pre = raw.startsWith('*');
    const post = raw.endsWith('*') && raw.length > 1;
    const ws = words(fold(raw.replace(/^\*+|\*+$/g, '')));
    if (ws.length === 0 || !ws.every((w) => SPELLED.test(w))) return null;
    const sk = ws.map(skeleton);
    if (sk.some((s) => s === '')) return null;
    // Arabic never writes a consonant twice (a doubled one is a mark, folded away): two letters of
    // one class side by side are two sounds, often a verb and a pronoun ("تحرقك", burns you: ق
    // and ك both "k"), whose skeleton, one "k", is that of other words ("t7r9o", burning).
    if (ws.some((w) => ARABIC_SCRIPT.test(w) && [...w].filter((ch) => skeleton(ch) !== '').length > skeleton(w).length)) return null;
    // One consonant left open at an end ("*يخلص علي*" → "kls l*") begins or ends half the
    // words typed ("khelis el permit"): such a term is left to its written spellings.
    if ((pre || post) && sk.join('').length < 2) return null;
    // Two consonants open at both ends ("*طبيب*" → "*tb*") are inside any word that holds them in
    // that order ("ta3ab", tiredness; "kitab"): such a part is left to its written spellings.
    if (pre && post && sk.join('').length < 3) return null;
    // Words of one consonant ("ما" → "m", "وين" → "n") are in half the sentences typed: they
    // count for nothing towards the consonants a term must keep.
    letters += sk.filter((w) => w.length > 1).join('').length;
    wordsIn += sk.length;
    out.push(`${pre ? '*' : ''}${sk.join(' ')}${post ? '*' : ''}`);
  }
  // A part matched inside or at the end of any word ("*ntrn*", ينطرني, waiting for me) is also
  // inside words it has nothing to do with ("internet"): one more consonant is asked of it.
  const inside = wordsIn === 1 && term.trim().startsWith('*');
  if (letters < MIN_CONSONANTS + (inside ? 1 : 0)) return null;

  return out.join(' ');
}

/**
 * Whether a skeleton is of two words or more of two consonants or fewer each: ਮਾਰ ਦਿਤਾ (killed)
 * is "mr dt", and so is "mera data". Such a form written out from a verb's endings (data.ts
 * `withEndings`), or a term with a gap ("حياتي ~ انهي*" is "ht ~ nh*", "7atta nhar"), is left to
 * its written spellings; one a reviewer wrote in full, without a gap, keeps its skeleton.
 */
export function shortWords(sk: string): boolean {
  const ws = sk.split(' ').filter((w) => w !== '~');
  return ws.length > 1 && ws.every((w) => w.replace(/\*/g, '').length <= 2);
}

/** The Latin-typed words of a folded message as skeletons (other words left out), or null when there are none. */
export function skeletonText(folded: string): string | null {
  const sk = words(folded)
    .filter((w) => LATIN_WORD.test(w) && /[a-z]/.test(w))
    .map(skeleton)
    .filter((s) => s !== '');
  return sk.length > 0 ? sk.join(' ') : null;
}

/**
 * The skeleton lexicons to use for a message: those of the languages it seems written in (Arabic
 * only as the likeliest: a second guess of Arabic for Latin text is mostly English or French),
 * and Arabic for Arabizi digits.
 */
export function skeletonLangs(folded: string, langs: readonly Lang[]): Set<Lang> {
  const out = new Set<Lang>();
  for (const l of langs) if (SKELETON_LANGS.has(l) && (l !== 'ar' || l === langs[0])) out.add(l);
  if (ARABIZI.test(folded)) out.add(ARABIC);
  return out;
}

/** Whether a one-word term, as written (marks and all), matches a folded word. */
export function termMatchesWord(term: string, word: string): boolean {
  const pre = term.startsWith('*');
  const post = term.endsWith('*') && term.length > 1;
  const core = words(fold(term.replace(/^\*+|\*+$/g, '')))[0];
  if (!core) return false;
  if (pre && post) return word.includes(core);
  if (pre) return word.endsWith(core);
  if (post) return word.startsWith(core);
  return word === core;
}

/**
 * The skeleton lists of a lexicon's terms, without the one-word terms an everyday word of the
 * language would also match by skeleton but not as written (see the top). `lists[i]` are the
 * terms of list i as written; the result is their skeletons, list by list.
 */
export function skeletonLists(lists: readonly (readonly string[])[], everyday: Iterable<string>): string[][] {
  const skeletons = lists.map((terms) => {
    const m = new Map<string, string[]>();
    for (const t of terms) {
      const sk = skeletonTerm(t);
      if (!sk) continue;
      const originals = m.get(sk);
      if (originals) originals.push(t);
      else m.set(sk, [t]);
    }
    return m;
  });
  const single = skeletons.map((m) => [...m.keys()].filter((k) => !k.includes(' ')));
  const matcher = new TermMatcher(single);
  const dropped = skeletons.map(() => new Set<string>());
  // A term of short words ("собі вени", cut veins: "sb wn") is the skeleton of everyday phrases
  // too ("щоб він", so that he; "shob vin" typed): such a term is dropped when words side by side
  // in an everyday text have its skeleton but are not the term as written (t72a). Only windows
  // whose first word begins such a term are looked at.
  const shortTerms = skeletons.map((m) => new Set([...m.keys()].filter((k) => k.includes(' ') && !k.includes('~') && !k.includes('*') && shortWords(k))));
  const shortFirst = new Set(shortTerms.flatMap((t) => [...t].map((k) => k.split(' ')[0]!)));
  const skeletonOf = new Map<string, string>();
  const seenPhrase = new Set<string>();
  for (const text of everyday) {
    const ws = words(fold(text)).filter((w) => SPELLED.test(w));
    const sks = ws.map((w) => {
      let sk = skeletonOf.get(w);
      if (sk !== undefined) return sk;
      sk = skeleton(w);
      skeletonOf.set(w, sk);
      // A word first met: a one-word term it shares a skeleton with, not being that word, is dropped.
      if (sk) {
        for (const h of matcher.findFolded(sk)) {
          const originals = skeletons[h.list]!.get(h.term)!;
          if (!originals.some((o) => termMatchesWord(o, w))) dropped[h.list]!.add(h.term);
        }
      }
      return sk;
    });
    for (let i = 0; i < ws.length; i++) {
      if (!shortFirst.has(sks[i]!)) continue;
      for (let n = 2; n <= 3 && i + n <= ws.length; n++) {
        const phrase = ws.slice(i, i + n).join(' ');
        if (seenPhrase.has(phrase) || sks.slice(i, i + n).some((x) => !x)) continue;
        seenPhrase.add(phrase);
        const key = sks.slice(i, i + n).join(' ');
        shortTerms.forEach((terms, li) => {
          if (!terms.has(key)) return;
          const originals = skeletons[li]!.get(key)!;
          if (!originals.some((o) => words(fold(o)).join(' ') === phrase)) dropped[li]!.add(key);
        });
      }
    }
  }
  return skeletons.map((m, i) => [...m.keys()].filter((k) => !dropped[i]!.has(k)));
}
