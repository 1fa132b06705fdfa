// Word lists a reviewer can read, matched fast against folded text. One term is a word or a
// phrase, with a few marks (data/danger/README.md explains them to reviewers):
//   beat*      a word starting with "beat" (beats, beaten, beating)
//   *ضرب*      a word containing it (Arabic joins prefixes and pronouns to the word)
//   *ni        a word ending with it
//   locked ~ in    "~" stands for up to three other words ("locked me in", "locked us all in")
// Chinese and Thai are written without spaces: their terms match anywhere in the text (spaces
// ignored) and "~" stands for up to six characters.
//
// Every message is matched against every list of every language, so the lookups are by word:
// for each word of the message, its exact form, its beginnings, endings and inner parts are
// looked up in maps built once. About 20 µs for a typical message against ~6,000 terms.
import { fold } from './fold.ts';
import { words } from './tokenize.ts';

const NO_SPACES = /[\p{Script=Han}\p{Script=Thai}]/u;
/** Words a "~" may stand for in spaced scripts, characters in Chinese and Thai. */
export const GAP_WORDS = 3;
export const GAP_CHARS = 6;

type Mode = 'exact' | 'prefix' | 'suffix' | 'infix';
interface Part {
  text: string;
  mode: Mode;
  /** Up to GAP_WORDS words may come before this one. */
  gapBefore: boolean;
}

export interface TermHit {
  /** The list the term belongs to (the caller's id). */
  list: number;
  /** The term as written in the data file. */
  term: string;
}

/** A Chinese or Thai term: its text, or (with a "~") a pattern of its pieces, anchored where it is tried. */
interface UnspacedTerm {
  /** Its place among all the matcher's unspaced terms: hits are reported in this order. */
  order: number;
  list: number;
  term: string;
  text: string | null;
  re: RegExp | null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `fold`, remembering what it folded: for building from many terms whose words recur (folding
 * each word of each term again made building the understanding a third slower). Kept only by the
 * caller, so the memory goes with the build.
 */
export function foldingOnce(): (w: string) => string {
  const folded = new Map<string, string>();
  return (w) => {
    let f = folded.get(w);
    if (f === undefined) folded.set(w, (f = fold(w)));
    return f;
  };
}

/** A term's parts, folded like the text they are compared with. Throws on a term that folds to nothing. */
export function parseTerm(term: string, foldWord: (w: string) => string = fold): Part[] {
  const parts: Part[] = [];
  let gap = false;
  for (const raw of term.trim().split(/\s+/)) {
    if (raw === '~') {
      gap = true;
      continue;
    }
    const pre = raw.startsWith('*');
    const post = raw.endsWith('*') && raw.length > 1;
    const core = raw.replace(/^\*+|\*+$/g, '');
    const ws = words(foldWord(core));
    ws.forEach((w, i) => {
      const first = i === 0;
      const last = i === ws.length - 1;
      const p = first && pre;
      const s = last && post;
      const mode: Mode = p && s ? 'infix' : p ? 'suffix' : s ? 'prefix' : 'exact';
      parts.push({ text: w, mode, gapBefore: first && gap });
    });
    gap = false;
  }
  if (parts.length === 0) throw new Error(`term "${term}" has no words`);
  return parts;
}

function matches(word: string, p: Part): boolean {
  switch (p.mode) {
    case 'exact':
      return word === p.text;
    case 'prefix':
      return word.startsWith(p.text);
    case 'suffix':
      return word.endsWith(p.text);
    default:
      return word.includes(p.text);
  }
}

/** Whether parts[k..] match the words from position i on (a "~" lets up to GAP_WORDS words pass). */
function rest(ws: readonly string[], i: number, parts: readonly Part[], k: number): boolean {
  if (k === parts.length) return true;
  const p = parts[k]!;
  const maxSkip = p.gapBefore ? GAP_WORDS : 0;
  for (let skip = 0; skip <= maxSkip && i + skip < ws.length; skip++) {
    if (matches(ws[i + skip]!, p) && rest(ws, i + skip + 1, parts, k + 1)) return true;
  }
  return false;
}

/**
 * A matcher's terms parsed, as plain JSON: the part of building one that takes time (folding and
 * splitting every term), kept between starts by builtCache.ts. `spaced` is kept as columns, one
 * entry a term: its list, the term as written, and its parts as one string (`encodeParts`).
 * Reading ~100,000 small arrays back from JSON took a quarter of a start; strings read back at a
 * fraction of that, and a term's parts are taken apart only when a message holds its first word.
 * `unspaced` (Chinese and Thai): [list, term, the pieces a "~" joins].
 */
export interface CompiledTerms {
  spaced: { lists: number[]; terms: string[]; parts: string[] };
  unspaced: [number, string, string[]][];
}

/** One letter a mode, in encoded parts. */
const MODE_LETTER: Record<Mode, string> = { exact: 'e', prefix: 'p', suffix: 's', infix: 'i' };
const LETTER_MODE: Record<string, Mode> = { e: 'exact', p: 'prefix', s: 'suffix', i: 'infix' };

/**
 * Parts as one string: each part its mode's letter, 1 or 0 for a gap before it, then its text;
 * parts joined by spaces (a folded word holds none: `words` splits at spaces).
 */
export function encodeParts(parts: readonly Part[]): string {
  return parts.map((p) => `${MODE_LETTER[p.mode]}${p.gapBefore ? 1 : 0}${p.text}`).join(' ');
}

/** The text and mode of a term's first part, from its encoded parts: what the term is looked up by. */
function firstPart(encoded: string): { text: string; mode: Mode } {
  const end = encoded.indexOf(' ');
  return { text: encoded.slice(2, end < 0 ? encoded.length : end), mode: LETTER_MODE[encoded[0]!]! };
}

export function decodeParts(encoded: string): Part[] {
  return encoded.split(' ').map((t) => ({ text: t.slice(2), mode: LETTER_MODE[t[0]!]!, gapBefore: t[1] === '1' }));
}

/** `lists[i]`'s terms parsed (list i), for `new TermMatcher(compiled)`. Throws on a term that folds to nothing. */
export function compileTerms(lists: readonly (readonly string[])[]): CompiledTerms {
  // The same words recur across thousands of terms: each is folded once while building.
  const foldWord = foldingOnce();
  const out: CompiledTerms = { spaced: { lists: [], terms: [], parts: [] }, unspaced: [] };
  lists.forEach((terms, list) => {
    for (const term of terms) {
      const parts = parseTerm(term, foldWord);
      if (parts.some((p) => NO_SPACES.test(p.text))) {
        const pieces = term
          .replace(/\*/g, '')
          .split('~')
          .map((s) => fold(s).replace(/\s+/g, ''))
          .filter(Boolean);
        out.unspaced.push([list, term, pieces]);
      } else {
        out.spaced.lists.push(list);
        out.spaced.terms.push(term);
        out.spaced.parts.push(encodeParts(parts));
      }
    }
  });
  return out;
}

export class TermMatcher {
  /** Terms in spaced scripts, by their place: their list, the term as written, their parts (encoded; taken apart when first tried). */
  private readonly spaced: CompiledTerms['spaced'];
  private readonly decoded: (Part[] | undefined)[];
  /** The places of the terms whose first part is the key, by the first part's mode. */
  private readonly byMode: Record<Mode, Map<string, number[]>> = {
    exact: new Map(),
    prefix: new Map(),
    suffix: new Map(),
    infix: new Map(),
  };
  /** The lengths of the prefix, suffix and infix keys, shortest first: a word is cut only at those. */
  private readonly keyLengths: Record<Exclude<Mode, 'exact'>, number[]> = { prefix: [], suffix: [], infix: [] };
  /**
   * Chinese and Thai terms, matched on the text with its spaces taken out, by the first two
   * characters they open with: a message is looked up at each of its characters instead of
   * searched for each of ~7,000 terms. A term of one character opens no pair and is searched.
   */
  private readonly unspaced: UnspacedTerm[] = [];
  private readonly unspacedByPair = new Map<string, UnspacedTerm[]>();
  private readonly unspacedShort: UnspacedTerm[] = [];

  /** `lists[i]` is the terms of list i; a hit names the list by that index. Or those terms as compileTerms parsed them. */
  constructor(lists: readonly (readonly string[])[] | CompiledTerms) {
    const compiled = Array.isArray(lists) ? compileTerms(lists) : (lists as CompiledTerms);
    this.spaced = compiled.spaced;
    // Filled, not sized: an array made with a length of 100,000 or more is kept as a dictionary.
    this.decoded = Array.from({ length: compiled.spaced.parts.length }, () => undefined);
    compiled.spaced.parts.forEach((encoded, at) => {
      const first = firstPart(encoded);
      const map = this.byMode[first.mode];
      let bucket = map.get(first.text);
      if (!bucket) map.set(first.text, (bucket = []));
      bucket.push(at);
    });
    for (const mode of ['prefix', 'suffix', 'infix'] as const) {
      this.keyLengths[mode] = [...new Set([...this.byMode[mode].keys()].map((k) => k.length))].sort((a, b) => a - b);
    }
    for (const [list, term, pieces] of compiled.unspaced) {
      const opening = pieces[0]!;
      const short = opening.length < 2;
      // Tried where its opening pair stands (sticky), or, opening with one character, searched for.
      const u: UnspacedTerm = pieces.length === 1
        ? { order: this.unspaced.length, list, term, text: opening, re: null }
        : { order: this.unspaced.length, list, term, text: null, re: new RegExp(pieces.map(escapeRe).join(`[^]{0,${GAP_CHARS}}`), short ? 'u' : 'uy') };
      this.unspaced.push(u);
      if (short) {
        this.unspacedShort.push(u);
        continue;
      }
      const pair = opening.slice(0, 2);
      let bucket = this.unspacedByPair.get(pair);
      if (!bucket) this.unspacedByPair.set(pair, (bucket = []));
      bucket.push(u);
    }
  }

  /** Every term found in the text (each at most once). */
  find(text: string): TermHit[] {
    return this.findFolded(fold(text));
  }

  findFolded(folded: string): TermHit[] {
    const ws = words(folded);
    const hits: TermHit[] = [];
    const seen = new Set<number>();
    const { lists, terms, parts } = this.spaced;
    const decoded = this.decoded;
    const tryBucket = (bucket: number[] | undefined, i: number) => {
      if (!bucket) return;
      for (const at of bucket) {
        if (seen.has(at)) continue;
        if (rest(ws, i + 1, (decoded[at] ??= decodeParts(parts[at]!)), 1)) {
          seen.add(at);
          hits.push({ list: lists[at]!, term: terms[at]! });
        }
      }
    };
    const { exact, prefix, suffix, infix } = this.byMode;
    const lengths = this.keyLengths;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      tryBucket(exact.get(w), i);
      for (const k of lengths.prefix) {
        if (k > w.length) break;
        tryBucket(prefix.get(w.slice(0, k)), i);
      }
      for (const k of lengths.suffix) {
        if (k > w.length) break;
        tryBucket(suffix.get(w.slice(w.length - k)), i);
      }
      for (let a = 0; a < w.length; a++) {
        for (const k of lengths.infix) {
          if (a + k > w.length) break;
          tryBucket(infix.get(w.slice(a, a + k)), i);
        }
      }
    }
    if (this.unspaced.length > 0 && NO_SPACES.test(folded)) {
      const compact = folded.replace(/\s+/g, '');
      // Each term found once, and reported in the order of the lists, as a search term by term would.
      const found = new Set<UnspacedTerm>();
      for (const u of this.unspacedShort) if (u.text !== null ? compact.includes(u.text) : u.re!.test(compact)) found.add(u);
      for (let at = 0; at + 2 <= compact.length; at++) {
        const bucket = this.unspacedByPair.get(compact.slice(at, at + 2));
        if (!bucket) continue;
        for (const u of bucket) {
          if (found.has(u)) continue;
          if (u.text !== null) {
            if (compact.startsWith(u.text, at)) found.add(u);
          } else {
            u.re!.lastIndex = at;
            if (u.re!.test(compact)) found.add(u);
          }
        }
      }
      for (const u of [...found].sort((a, b) => a.order - b.order)) hits.push({ list: u.list, term: u.term });
    }
    return hits;
  }
}

/** At most this many spellings of one term come out of its short forms. */
const SHORTHAND_AT_MOST = 16;

/**
 * Terms again with a language's short forms of their words, as typed in messages (Vietnamese
 * "không thở" is also "ko thở", "k thở"; "cứu em" is "cứu e"). Only terms of two words or
 * more: a short form alone ("k", "e") is a letter of every language. `short` maps a word (as
 * written, folded to compare) to its short forms; marks (`*`, `~`) stay where they were. A key
 * of several words stands for one typed as one ("je suis" → "chui", "jsuis"): a term holding
 * those words, as the key spells them, is matched with each such form too.
 */
export function withShorthand(terms: readonly string[], short: Readonly<Record<string, readonly string[]>>): string[] {
  const byWord = new Map(Object.entries(short).map(([w, forms]) => [fold(w), forms]));
  if (byWord.size === 0) return [...terms];
  const joined = Object.entries(short).filter(([w]) => w.includes(' '));
  const out = new Set(terms);
  // The same words open thousands of terms: each is folded once (folding is most of this work).
  const foldOnce = foldingOnce();
  for (const term of terms) {
    const tokens = term.trim().split(/\s+/);
    if (tokens.filter((t) => t !== '~').length < 2) continue;
    let spellings: string[][] = [[]];
    for (const tok of tokens) {
      const core = tok.replace(/^\*+|\*+$/g, '');
      const forms = byWord.get(foldOnce(core)) ?? [];
      const alts = [tok, ...forms.map((f) => tok.replace(core, f))];
      spellings = spellings.flatMap((s) => alts.map((a) => [...s, a])).slice(0, SHORTHAND_AT_MOST);
    }
    for (const s of spellings) out.add(s.join(' '));
    const spaced = ` ${tokens.join(' ')} `;
    for (const [words, forms] of joined) {
      if (!spaced.includes(` ${words} `)) continue;
      for (const f of forms) out.add(spaced.replace(` ${words} `, ` ${f} `).trim());
    }
  }
  return [...out];
}
