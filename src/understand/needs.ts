// The literal pieces a pattern cannot match without: a text that holds none of them is not run
// through the pattern at all. The danger lists hold about 1,300 patterns (figures of speech,
// phrases), most of which a message never comes near; a substring search for a word a pattern
// needs is far cheaper than running the pattern, and exact: a pattern is skipped only where it
// could not have matched.
//
// Read from the pattern's syntax tree (@eslint-community/regexpp, the parser ESLint checks
// regular expressions with): a hand-written reading of JavaScript's pattern syntax would have to
// get every escape, class and group form right to stay exact.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A set of exact strings is kept while it stays this small; beyond, only what is needed. */
const MAX_EXACT = 16;

interface Reading {
  /** Every string the node can match, when they are few (null: many, or unknown). */
  exact: string[] | null;
  /** Strings one of which every match holds (null: none known). */
  needs: string[] | null;
}

const NOTHING: Reading = { exact: null, needs: null };
const parser = new RegExpParser({ ecmaVersion: 2025 });

/**
 * Strings one of which any text the pattern matches must hold (the pattern's source as compiled,
 * read in Unicode mode), or null when no such string is known: the pattern is then always run.
 */
export function literalsNeeded(source: string): string[] | null {
  const pattern = parser.parsePattern(source, 0, source.length, { unicode: true });
  return ofAlternatives(pattern.alternatives).needs;
}

/**
 * Many patterns' needed strings, looked for in a text all at once: each distinct string found by
 * the three characters it opens with, at each place of the text (as TermMatcher finds Chinese
 * terms), instead of each pattern searching the text for each of its strings.
 */
export class NeededIndex {
  /** Per pattern, the ids of the strings it needs (null: it is always run). */
  private readonly ids: (Int32Array | null)[];
  private readonly count: number;
  private readonly byOpening = new Map<string, { id: number; s: string }[]>();
  /** Strings of one or two characters, searched for as they are. */
  private readonly short: { id: number; s: string }[] = [];

  constructor(needs: readonly (readonly string[] | null)[]) {
    const idOf = new Map<string, number>();
    this.ids = needs.map((set) => {
      if (set === null) return null;
      return Int32Array.from(set, (s) => {
        let id = idOf.get(s);
        if (id === undefined) {
          idOf.set(s, (id = idOf.size));
          if (s.length < OPENING) this.short.push({ id, s });
          else {
            const key = s.slice(0, OPENING);
            const bucket = this.byOpening.get(key);
            if (bucket) bucket.push({ id, s });
            else this.byOpening.set(key, [{ id, s }]);
          }
        }
        return id;
      });
    });
    this.count = idOf.size;
  }

  /** Which of the patterns could match `text`: `may(i)` is false only where pattern i cannot. */
  reader(text: string): (pattern: number) => boolean {
    const present = new Uint8Array(this.count);
    for (const { id, s } of this.short) if (text.includes(s)) present[id] = 1;
    for (let at = 0; at + OPENING <= text.length; at++) {
      const bucket = this.byOpening.get(text.slice(at, at + OPENING));
      if (!bucket) continue;
      for (const { id, s } of bucket) if (!present[id] && text.startsWith(s, at)) present[id] = 1;
    }
    return (pattern) => {
      const ids = this.ids[pattern];
      if (!ids) return true;
      for (let i = 0; i < ids.length; i++) if (present[ids[i]!]) return true;
      return false;
    };
  }
}

/** How many characters of a needed string it is looked up by. */
const OPENING = 3;

/** The better of two sets of needed strings: the longer shortest string, then the fewer strings. */
function better(a: string[] | null, b: string[] | null): string[] | null {
  if (!a) return b;
  if (!b) return a;
  const la = Math.min(...a.map((s) => s.length));
  const lb = Math.min(...b.map((s) => s.length));
  if (la !== lb) return la > lb ? a : b;
  return a.length <= b.length ? a : b;
}

/** A set usable as needed strings: none of them empty (an empty string is in every text). */
function usable(s: string[] | null): string[] | null {
  return s && s.length > 0 && s.every((x) => x.length > 0) ? s : null;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function ofAlternatives(alternatives: readonly AST.Alternative[]): Reading {
  const rs = alternatives.map(ofSequence);
  let exact: string[] | null = [];
  let needs: string[] | null = [];
  for (const r of rs) {
    exact = exact && r.exact && exact.length + r.exact.length <= MAX_EXACT ? [...exact, ...r.exact] : null;
    needs = needs && r.needs ? [...needs, ...r.needs] : null;
  }
  return { exact: exact && [...new Set(exact)], needs: needs && [...new Set(needs)] };
}

/** Elements one after another: runs of exact pieces joined, the best needed set of any kept. */
function ofSequence(alt: AST.Alternative): Reading {
  let run: string[] | null = [''];
  let allExact = true;
  let best: string[] | null = null;
  const close = () => {
    best = better(best, usable(run));
  };
  for (const el of alt.elements) {
    if (el.type === 'Assertion') {
      // Takes up no text, so the pieces on either side stay joined; what a positive lookaround
      // looks for is in the text too.
      if ((el.kind === 'lookahead' || el.kind === 'lookbehind') && !el.negate) best = better(best, usable(ofAlternatives(el.alternatives).needs));
      continue;
    }
    const r = ofElement(el);
    if (r.exact) {
      const joined: string[] | null = run ? product(run, r.exact) : null;
      if (joined) run = joined;
      else {
        close();
        run = r.exact;
      }
      continue;
    }
    allExact = false;
    close();
    run = null;
    best = better(best, usable(r.needs));
  }
  close();
  return { exact: allExact ? run : null, needs: best };
}

function ofElement(el: AST.Element): Reading {
  switch (el.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(el.value)], needs: null };
    case 'CharacterClass': {
      if (el.negate || el.elements.length > MAX_EXACT || !el.elements.every((e) => e.type === 'Character')) return NOTHING;
      return { exact: el.elements.map((e) => String.fromCodePoint((e as AST.Character).value)), needs: null };
    }
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(el.alternatives);
    case 'Quantifier': {
      const r = ofElement(el.element);
      if (el.min === 0) return { exact: el.max === 1 && r.exact ? [...new Set([...r.exact, ''])] : null, needs: null };
      const needs = better(usable(r.exact), r.needs);
      return { exact: el.min === 1 && el.max === 1 ? r.exact : null, needs };
    }
    default:
      return NOTHING;
  }
}
