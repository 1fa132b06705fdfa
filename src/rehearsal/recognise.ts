// Reading a trainee's line by meaning, from rules a reviewer can read (personas/rules/<lang>.yaml).
//
// A rule file names groups of words that mean one thing (POLICE, MUST, NOT) and writes each
// rubric signal as patterns over them: `MUST .. GO .. POLICE` is "you must go to the police",
// whatever the words between. Negation and modality are part of the reading: a negation word
// just before a match (or just after, in languages that put it last) flips or drops it, so
// "you don't have to go to the police" reads as help not depending on police, and "nobody will
// force you" is its own pattern. The line is folded first (case, accents, Arabic letter
// variants, apostrophes), and so is every word of the rules, so both sides compare alike.
// Labels and blame are said to the person only when they are not mentioned: a label inside
// quotation marks, or after a word of reporting ("he calls you …", "the word …", "people say …",
// the rule file's `mention` groups) in its sentence, is someone else's word, not the trainee's.
// So is an ask for names, addresses or documents after a word of the `offer` groups: "I can send
// you the clinic's address", "keep a photo of your passport for yourself", "the lawyer may ask".
//
// Pattern syntax, kept small on purpose:
//   word            a word (or a phrase in a group); `denunci*` matches any ending, `*شرطة` any start
//   word?           an optional word
//   _               any one word (in scripts without spaces: one to six letters)
//   GROUP           any phrase of the group (capital letters)
//   ( a | b c )     one of these sequences
//   { a | b c }     the same, and the head of the pattern: negation is looked for around it,
//                   wherever it sits ("POLICE .. { MUST }": "the police don't have to be involved"
//                   is negated at "have to", as "you don't have to go to the police" is)
//   ..  / ...       up to 6 / 14 words between (in scripts without spaces: 18 / 40 characters),
//                   never across the end of a sentence, nor over a word of the rule file's
//                   `contrast` groups ("but": what follows it is said apart; a negation before
//                   it does not reach past it either)
//   ^  / $          the start / the end of a sentence or clause (an order: "^ call POLICE")
//   A & B           A and B in the same sentence, in any order ("KEEP & NUMBER"); negation is
//                   looked for around A
//   A & !B          A, in a sentence without B ("… & !( said | told )": not reported speech)
//   A & !!B         A, in a line without B anywhere ("it's your call" is no kind word in a
//                   line about the police or a clinic, whichever sentence names them)
//   A && B          A, in a line with B anywhere, in any sentence ("some call you 'victim'. I
//                   won't.": a label named, and a refusal in the next sentence)
//   ? (alone)       as a part of `&`: the sentence is a question (a question mark, or a word of
//                   the group Q: "ba", "吗", "ไหม"); `!?`: the sentence is not a question
import { fold } from '../understand/fold.ts';

export type Script = 'words' | 'letters';

/** What happens to a signal when a negation word stands before (or after) its match. */
export type Negated = 'keep' | 'drop' | string;

export interface LexiconSpec {
  script: Script;
  /** Proclitics that may be glued to the start of any word (Arabic: و ف ب ل ال …). */
  attach: string[];
  /** Particles dropped from a line before it is read (Tagalog po, ho: "ano po ang nangyari"). */
  fillers?: string[];
  groups: Record<string, string[]>;
  negation: { words: string[]; before: number; after: number; wide?: number; except?: string[]; spaceEndsClause?: boolean };
  /**
   * Words that report or quote what is said ("he said", "the word", "people call it"): a label
   * standing after one in its sentence (within `before` words, or `after` words after it in its
   * clause), or inside quotation marks, is a word mentioned, not one said to the person.
   */
  mention?: Scope;
  /**
   * Words that offer, or give the asking to someone else ("I can send you", "keep … for
   * yourself", "the lawyer may ask"): a question for names, addresses or documents after one in
   * its sentence (or inside quotation marks) is no ask of the trainee's.
   */
  offer?: Scope;
  /**
   * Groups of words that set what follows against what went before ("but"): a gap never runs
   * over one, and a negation does not reach across one ("it's not your fault, but you must go").
   */
  contrast?: string[];
}

/** Words that put what follows them (within `before` words in the sentence, `after` words in the clause) in another voice. */
export interface Scope {
  words: string[];
  before: number;
  after: number;
}

/** Which voice a signal is read for: `mention` (labels, blame) or `offer` (asks for details). */
export type ScopeKind = 'mention' | 'offer';

export interface SignalSpec {
  when: string[];
  negated?: Negated;
  unless?: string[];
  /** `clause`: the signal is taken back (`unless`) only where it never stands in a clause apart from them. */
  apart?: 'clause';
}

/** A compiled pattern: parts that must all match one sentence (the first is the head). */
export interface CompiledPattern {
  /** The pattern as written, to say which one matched. */
  source: string;
  parts: RegExp[];
  /** Parts the sentence must not hold. */
  without: RegExp[];
  /** Parts the whole line must not hold (`!!`). */
  withoutLine: RegExp[];
  /** Parts the whole line must hold, in any sentence (`&&`). */
  withLine: RegExp[];
  question: boolean;
  /** The sentence must not be a question (`!?`). */
  statement: boolean;
}

export interface CompiledSignal {
  signal: string;
  patterns: CompiledPattern[];
  negated: Negated;
  unless: string[];
  /**
   * `clause`: the `unless` signals take it back only if it is nowhere read in a clause of its own
   * without them ("the police aren't required. And no lawyer needed either": help without the
   * police stands beside a lawyer waved off; "no need for a lawyer, go file the report" is no
   * help without the police, which only the two clauses read together seemed to say).
   */
  apart?: 'clause';
  /** A negation anywhere in the clause before cancels it (asks: "I won't ask for your boss's name"). */
  wide?: boolean;
  /**
   * A match in another voice does not count: quoted or reported (`mention`: "he calls you
   * illegal", "the word 'victim'"), or offered or asked by someone else (`offer`: "I can send
   * you the clinic's address", "the lawyer may ask for your boss's name").
   */
  mentioned?: ScopeKind;
}

export class PatternError extends Error {}

const WORD = '[\\p{L}\\p{M}\\p{N}]';
/**
 * A letter of a word inside a pattern, cheaply: anything but spaces and punctuation. Unicode
 * property classes are costly to compile (a regex of 40 bounded words took 0.3 s to compile),
 * so they are used only at the two ends of a pattern, where the boundaries are checked.
 */
const INNER = '[^\\s.,!?;:¿¡"«»“”()。！？؟।،，]';
/** Spaces and quotes between two words of a phrase. */
const SPACE = '[ \\t"«»“”()]';
/** What stands between the words of a gap: spaces, commas of every script, quotes, brackets. */
const GAP_SEP = '[ \\t,:"«»“”()،、，]';
/** Sentence ends: a gap never crosses them. */
const SENTENCE_END = '.!?;。！？؟।\\n';
const SENTENCE_END_CHAR = new RegExp(`[${SENTENCE_END}]`, 'u');
/** Clause ends: negation reaches back (or forward) only within a clause. */
const CLAUSE_END_CHARS = '.!?;:,。！？؟،，；।\\n';
const CLAUSE_END = new RegExp(`[${CLAUSE_END_CHARS}]`, 'u');
/** What splits a line into clauses (`clausesOf`); spaces too where a script puts them for commas. */
const CLAUSE_SPLIT = new RegExp(`[${CLAUSE_END_CHARS}]+`, 'u');
const CLAUSE_SPLIT_SPACES = new RegExp(`[${CLAUSE_END_CHARS}\\s]+`, 'u');

const ENDS_AS_QUESTION = /[?？؟][\s\p{P}\p{S}]*$/u;

/**
 * Single quotation marks around a few words ('victim', ‘ilegal’) and corner brackets (「受害者」)
 * quote as double ones do; the fold would take them for apostrophes and drop them. An
 * apostrophe inside or at the end of a word ("don't", "workers'", "l'adresse") opens nothing.
 */
const SINGLE_QUOTED = /(?<![\p{L}\p{M}\p{N}])['‘]([^'‘’\s][^'‘’]{0,60}?)['’](?![\p{L}\p{M}\p{N}])/gu;

/** The fold used on both sides: the understanding's fold plus hyphens and a few script variants. A final question mark is kept. */
export function foldLine(text: string): string {
  // The modifier letter apostrophe (ʼ, Ukrainian "імʼя") is an apostrophe like ’ and ', not a letter.
  const quoted = text.replace(SINGLE_QUOTED, '"$1"').replace(/[「『]/g, '“').replace(/[」』]/g, '”');
  const folded = fold(quoted.replace(/\u02bc/g, "'"))
    .replace(/[-‐‑–—_/]/g, ' ')
    .replace(/[\u093c\u0a3c]/g, '') // nukta (ज़ = ज), written or not
    .replace(/\u0901/g, '\u0902') // chandrabindu as anusvara (हूँ = हूं)
    .replace(/\u0a70/g, '\u0a02') // Gurmukhi tippi as bindi
    .replace(/\s+/g, ' ')
    .trim();
  return ENDS_AS_QUESTION.test(text) ? `${folded} ?` : folded;
}

const SENTENCE_SPLIT = /(?<=[.!?;。！？؟।\n])\s*/u;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Split a pattern into tokens: words, groups, `..`, `...`, parentheses and bars. */
function tokens(src: string): string[] {
  return src
    .replace(/([(){}|])/g, ' $1 ')
    .split(/\s+/)
    .filter((t) => t.length > 0);
}

export class Lexicon {
  private readonly groupCache = new Map<string, string>();
  private readonly negRe: RegExp | null;
  /** Phrases that start like a negation and are none ("no other way"), as a lookahead that a negation word must not begin. */
  private readonly notExcept: string;
  private readonly exceptRe: RegExp | null;

  private readonly fillerRe: RegExp | null;
  private readonly scopeRe: Record<ScopeKind, RegExp | null>;
  /** A lookahead a word of a gap must pass: it is no word of the `contrast` groups. */
  private readonly notContrast: string;
  private readonly contrastRe: RegExp | null;
  /** Heads (`{ … }`) met in the pattern being compiled: each gets its own named group. */
  private heads = 0;

  constructor(readonly spec: LexiconSpec) {
    const except = (spec.negation.except ?? []).map((g) => this.group(g, 0));
    // A phrase that can match nothing ("na?") would cancel every negation.
    if (except.length && new RegExp(`^(?:${except.join('|')})$`, 'u').test('')) throw new PatternError(`a phrase of ${spec.negation.except!.join(', ')} can be empty`);
    this.notExcept = except.length ? `(?!${except.join('|')})` : '';
    // In scripts without spaces a negation can sit inside such a phrase ("方不方便"): taken out before looking.
    this.exceptRe = except.length ? new RegExp(except.join('|'), 'gu') : null;
    const neg = spec.negation.words.map((g) => this.group(g, 0));
    this.negRe = neg.length ? new RegExp(this.bounded(`(?:${neg.join('|')})`), 'u') : null;
    const fillers = (spec.fillers ?? []).map((f) => escape(foldLine(f)));
    this.fillerRe = fillers.length ? new RegExp(`${this.bounded(`(?:${fillers.join('|')})`)}[ \\t]*`, 'gu') : null;
    const scope = (sc: Scope | undefined): RegExp | null => {
      const words = (sc?.words ?? []).map((g) => this.group(g, 0));
      return words.length ? new RegExp(this.bounded(`(?:${words.join('|')})`), 'u') : null;
    };
    this.scopeRe = { mention: scope(spec.mention), offer: scope(spec.offer) };
    const contrast = (spec.contrast ?? []).map((g) => this.group(g, 0));
    // In a gap every word is followed by a space or a comma: no costly letter class needed to end one.
    this.notContrast = contrast.length ? (this.letters ? `(?!${contrast.join('|')})` : `(?!(?:${contrast.join('|')})${GAP_SEP})`) : '';
    this.contrastRe = contrast.length ? new RegExp(this.bounded(`(?:${contrast.join('|')})`), 'gu') : null;
  }

  /** The line without its particles of politeness, so patterns need not allow for them everywhere. */
  unfill(folded: string): string {
    return this.fillerRe ? folded.replace(this.fillerRe, '').trim() : folded;
  }

  private get letters(): boolean {
    return this.spec.script === 'letters';
  }

  /** Between two adjacent words: spaces (or quotes, brackets); optional in scripts without spaces. */
  private get adjacent(): string {
    return this.letters ? `${SPACE}*` : `${SPACE}+`;
  }

  private gap(long: boolean): string {
    if (this.letters) return this.notContrast ? `(?:${this.notContrast}[^${SENTENCE_END}]){0,${long ? 40 : 18}}?` : `[^${SENTENCE_END}]{0,${long ? 40 : 18}}?`;
    // Commas of every script: a gap runs over a clause break, never over a sentence end (nor a "but").
    const sep = `${GAP_SEP}+`;
    return `${sep}(?:${this.notContrast}[^ \\t${SENTENCE_END}]+${sep}){0,${long ? 14 : 6}}?`;
  }

  /** A whole pattern part (or group) with word boundaries at its two ends; inside, words meet at spaces. */
  private bounded(re: string): string {
    return this.letters ? re : `(?<!${WORD})(?:${re})(?!${WORD})`;
  }

  private get attach(): string {
    return this.spec.attach.length ? `(?:${this.spec.attach.map((a) => escape(foldLine(a))).join('|')})?` : '';
  }

  /** One word of a rule: folded, with `*` at either end for any letters. */
  private word(raw: string): string {
    const start = raw.startsWith('*') && raw.length > 1;
    const end = raw.endsWith('*') && raw.length > 1;
    const core = raw.slice(start ? 1 : 0, end ? -1 : undefined);
    const folded = foldLine(core);
    if (!folded) throw new PatternError(`"${raw}" is empty once folded`);
    // A word may fold into several ("t'as" → "t as"): they stay adjacent.
    const body = folded.split(' ').map(escape).join(this.adjacent);
    return `${this.attach}${start ? `${INNER}*` : ''}${body}${end ? `${INNER}*` : ''}`;
  }

  private group(name: string, depth: number): string {
    const cached = this.groupCache.get(name);
    if (cached) return cached;
    const items = this.spec.groups[name];
    if (!items) throw new PatternError(`unknown group ${name}`);
    if (depth > 4) throw new PatternError(`group ${name} refers to itself`);
    const alts = [...items].sort((a, b) => b.length - a.length).map((i) => this.sequence(tokens(i), depth + 1));
    // A negation group never starts on a phrase that only looks negative ("no other way", "don't wait").
    const re = `${this.spec.negation.words.includes(name) ? this.notExcept : ''}(?:${alts.join('|')})`;
    this.groupCache.set(name, re);
    return re;
  }

  /** A sequence of tokens (no top-level bars), as a regular expression source. */
  private sequence(toks: string[], depth: number): string {
    // Items, and between each two the way they join: adjacent words, a gap, or nothing (anchors).
    const items: { re: string; optional: boolean; anchor: boolean }[] = [];
    const joins: string[] = [];
    let gap: string | null = null;
    const push = (re: string, optional: boolean, anchor: boolean): void => {
      if (items.length > 0) joins.push(anchor || items.at(-1)!.anchor ? (gap ?? '') : (gap ?? this.adjacent));
      items.push({ re, optional, anchor });
      gap = null;
    };
    for (let i = 0; i < toks.length; i += 1) {
      const t = toks[i]!;
      if (t === '..' || t === '...') {
        const g = this.gap(t === '...');
        gap = gap && gap.length > g.length ? gap : g;
      } else if (t === '_') {
        push(this.letters ? '[^\\s.!?;。！？]{1,6}?' : `${INNER}+`, false, false);
      } else if (t === '^') {
        push(`(?<=^|[${SENTENCE_END},:¿¡،，]\\s*)`, false, true);
      } else if (t === '$') {
        push(`(?=\\s*(?:$|[${SENTENCE_END},:،，]))`, false, true);
      } else if (t === '(' || t === '{') {
        const close = t === '(' ? ')' : '}';
        let level = 1;
        let j = i + 1;
        for (; j < toks.length && level > 0; j += 1) {
          if (toks[j] === t) level += 1;
          if (toks[j] === close) level -= 1;
        }
        if (level !== 0) throw new PatternError(`a "${t}" is not closed`);
        const optional = toks[j] === '?';
        const inner = this.alternatives(toks.slice(i + 1, j - 1), depth);
        if (t === '{' && (optional || depth > 0)) throw new PatternError('a head { … } cannot be optional or inside a group');
        push(t === '{' ? `(?<h${(this.heads += 1)}>${inner})` : inner, optional, false);
        i = optional ? j : j - 1;
      } else if (t === ')' || t === '}' || t === '|' || t === '?') {
        throw new PatternError(`unexpected "${t}"`);
      } else {
        const optional = t.endsWith('?') && t.length > 1;
        const bare = optional ? t.slice(0, -1) : t;
        push(/^[A-Z][A-Z0-9_]*$/.test(bare) ? this.group(bare, depth) : this.word(bare), optional, false);
      }
    }
    if (gap !== null) throw new PatternError('a pattern cannot end with ".."');
    if (items.length === 0) throw new PatternError('an empty pattern');
    // An optional item takes the join after it along (or, last, the join before it).
    let out = '';
    const last = items.length - 1;
    for (let i = 0; i <= last; i += 1) {
      const it = items[i]!;
      const before = i > 0 && !(items[i - 1]!.optional && i - 1 < last) ? joins[i - 1]! : '';
      // "sure that? .. will": without the optional word, the gap after it still joins its neighbours.
      const gapAfter = joins[i] !== '' && joins[i] !== this.adjacent;
      if (it.optional && i < last && before && gapAfter) out += `(?:${before}${it.re}${joins[i]!}|${joins[i]!})`;
      // Before an anchor ("( now )? $") nothing joins them: the optional word takes its space along.
      else if (it.optional && i < last && joins[i] !== '') out += `${before}(?:${it.re}${joins[i]!})?`;
      else if (it.optional) out += `(?:${before}${it.re})?`;
      else out += `${before}${it.re}`;
    }
    return out;
  }

  private alternatives(toks: string[], depth: number): string {
    const alts: string[][] = [[]];
    let level = 0;
    for (const t of toks) {
      if (t === '(' || t === '{') level += 1;
      if (t === ')' || t === '}') level -= 1;
      if (t === '|' && level === 0) alts.push([]);
      else alts.at(-1)!.push(t);
    }
    if (alts.some((a) => a.length === 0)) throw new PatternError('an empty alternative');
    return `(?:${alts.map((a) => this.sequence(a, depth)).join('|')})`;
  }

  /** A whole pattern, compiled. Throws PatternError with the reason. */
  compile(src: string): CompiledPattern {
    const [head, ...inLine] = src.split(/\s&&\s/).map((c) => c.trim());
    const conj = head!.split(/\s&\s/).map((c) => c.trim());
    const question = conj.includes('?');
    const statement = conj.includes('!?');
    this.heads = 0;
    const re = (c: string, flags = 'gu'): RegExp => new RegExp(this.bounded(this.alternatives(tokens(c), 0)), flags);
    const kept = conj.filter((c) => c !== '?' && !c.startsWith('!'));
    if (conj.slice(1).some((c) => c.includes('{'))) throw new PatternError('a head { … } belongs in the first part of a pattern');
    // The first part's head is where negation is looked for: its place is read from the match indices.
    const parts = kept.map((c, i) => re(c, i === 0 && c.includes('{') ? 'gud' : 'gu'));
    const without = conj.filter((c) => c.startsWith('!') && !c.startsWith('!!') && c !== '!?').map((c) => re(c.slice(1)));
    const withoutLine = conj.filter((c) => c.startsWith('!!')).map((c) => re(c.slice(2)));
    if (inLine.some((c) => c.length === 0 || /(^|\s)[&!?]/.test(c))) throw new PatternError('a part after "&&" is a plain pattern');
    const withLine = inLine.map((c) => re(c));
    if (parts.length === 0) throw new PatternError('a pattern needs a part that is not "?" or "!…"');
    if (question && statement) throw new PatternError('a pattern cannot ask for "?" and "!?" both');
    return { source: src, parts, without, withoutLine, withLine, question, statement };
  }

  private qRe: RegExp | null | undefined;

  /** A sentence asks something: a question mark, or a question word of the group Q. */
  isQuestion(sentence: string): boolean {
    if (/[?？؟]/.test(sentence)) return true;
    if (this.qRe === undefined) this.qRe = this.spec.groups.Q ? new RegExp(this.bounded(this.group('Q', 0)), 'u') : null;
    return this.qRe !== null && this.qRe.test(sentence);
  }

  /** The units `&` looks in: sentences (a question mark stays with its sentence). */
  sentences(folded: string): string[] {
    return folded.split(SENTENCE_SPLIT).filter((x) => x.length > 0);
  }

  /**
   * Whether a negation word stands in the same clause just before `start` or just after `end`
   * (`wide`: anywhere in the clause's last `negation.wide` words before). Phrases of the
   * `except` groups are not negations: "there is no other way: call the police".
   */
  negatedAt(text: string, start: number, end: number, wide = false): boolean {
    if (!this.negRe) return false;
    const reach = this.spec.negation.wide ?? 10;
    const before = wide ? Math.max(reach, this.spec.negation.before) : this.spec.negation.before;
    // Languages that put the negation after the verb (Hindi, Nepali, Punjabi) look as far after.
    const after = wide && this.spec.negation.after > 0 ? Math.max(reach, this.spec.negation.after) : this.spec.negation.after;
    const clean = (s: string): string => (this.exceptRe ? s.replace(this.exceptRe, ' ~ ') : s);
    let clauseBefore = clean(lastClause(text.slice(0, start)));
    let clauseAfter = clean(firstClause(text.slice(end)));
    if (this.contrastRe) {
      // A negation does not reach over a "but": "it's not your fault, but you must go".
      const cuts = [...clauseBefore.matchAll(this.contrastRe)];
      if (cuts.length) clauseBefore = clauseBefore.slice(cuts.at(-1)!.index + cuts.at(-1)![0].length);
      const after = clauseAfter.search(this.contrastRe);
      if (after >= 0) clauseAfter = clauseAfter.slice(0, after);
    }
    if (this.spec.negation.spaceEndsClause) {
      // Thai puts a space where other scripts put a comma or a full stop.
      clauseBefore = clauseBefore.replace(/^.*\s(?=\S)/su, '');
      clauseAfter = clauseAfter.replace(/(?<=\S)\s.*$/su, '');
    }
    const near = this.letters
      ? [clauseBefore.slice(-before), clauseAfter.slice(0, after)]
      : [lastWords(clauseBefore, before), firstWords(clauseAfter, after)];
    return near.some((s) => s.length > 0 && this.negRe!.test(s));
  }

  /**
   * Whether the words at `start`..`end` are in another voice: inside quotation marks in their
   * sentence, or after a word of the scope's groups in it (within `before` words; `after` words
   * after, in the clause, for languages that put the verb last). `mention`: reported or quoted,
   * not said to the person; `offer`: offered, or asked by someone else, not asked by the trainee.
   */
  mentionedAt(text: string, start: number, end: number, kind: ScopeKind = 'mention'): boolean {
    const sentence = lastSentence(text.slice(0, start));
    // Quoted anywhere in the match: "some call you “victim”" matches from "call", the label is quoted.
    if (insideQuotes(sentence) || insideQuotes(lastSentence(text.slice(0, end)))) return true;
    const re = this.scopeRe[kind];
    const sc = this.spec[kind];
    if (!re || !sc) return false;
    const tail = firstClause(text.slice(end));
    const near = this.letters ? [sentence.slice(-sc.before), tail.slice(0, sc.after)] : [lastWords(sentence, sc.before), firstWords(tail, sc.after)];
    return near.some((s) => s.length > 0 && re.test(s));
  }
}

/** The sentence a text ends in (what stands after its last sentence end). */
function lastSentence(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && !SENTENCE_END_CHAR.test(s[i]!)) i -= 1;
  return s.slice(i + 1);
}

/** Quotation marks a quoted word stands between: an opening one before it not yet closed. */
function insideQuotes(before: string): boolean {
  const straight = (before.match(/"/g) ?? []).length % 2 === 1;
  return straight || before.lastIndexOf('«') > before.lastIndexOf('»') || before.lastIndexOf('“') > before.lastIndexOf('”') || before.lastIndexOf('„') > before.lastIndexOf('“');
}

/** Where the clause holding position `i` starts. */
function clauseStart(s: string, i: number): number {
  let j = i - 1;
  while (j >= 0 && !CLAUSE_END.test(s[j]!)) j -= 1;
  return j + 1;
}

function lastClause(s: string): string {
  let i = s.length - 1;
  while (i >= 0 && !CLAUSE_END.test(s[i]!)) i -= 1;
  return s.slice(i + 1);
}

function firstClause(s: string): string {
  let i = 0;
  while (i < s.length && !CLAUSE_END.test(s[i]!)) i += 1;
  return s.slice(0, i);
}

const lastWords = (s: string, n: number): string => (n <= 0 ? '' : s.trim().split(' ').slice(-n).join(' '));
const firstWords = (s: string, n: number): string => (n <= 0 ? '' : s.trim().split(' ').slice(0, n).join(' '));

/** Where the head (`{ … }`) of a match stands, if its pattern has one. */
function headOf(m: RegExpMatchArray): [number, number] | undefined {
  const groups = m.indices?.groups;
  if (!groups) return undefined;
  for (const span of Object.values(groups)) if (span) return span;
  return undefined;
}

/** How a pattern matches a line: not at all, only where a negation stands beside it, or plainly. */
function matchPattern(folded: string, sentences: string[], lexicon: Lexicon, p: CompiledPattern, checkNegation: boolean, wide: boolean, mention: ScopeKind | undefined): 'none' | 'negated' | 'plain' {
  let negated = false;
  const units = p.parts.length === 1 && !p.question && !p.statement && p.without.length === 0 ? [folded] : sentences;
  const has = (re: RegExp, unit: string): boolean => ((re.lastIndex = 0), re.test(unit));
  if (p.withoutLine.some((re) => has(re, folded)) || !p.withLine.every((re) => has(re, folded))) return 'none';
  for (const unit of units) {
    if (p.question && !lexicon.isQuestion(unit)) continue;
    if (p.statement && lexicon.isQuestion(unit)) continue;
    if (!p.parts.slice(1).every((re) => has(re, unit)) || p.without.some((re) => has(re, unit))) continue;
    // A negation reaches what it coordinates: "we never ask your passport number or your permit number".
    const negatedClauses = new Set<number>();
    for (const m of unit.matchAll(p.parts[0]!)) {
      const clause = clauseStart(unit, m.index);
      const [start, end] = headOf(m) ?? [m.index, m.index + m[0].length];
      if (checkNegation && (negatedClauses.has(clause) || lexicon.negatedAt(unit, start, end, wide))) {
        negated = true;
        negatedClauses.add(clause);
      } else if (!(mention && lexicon.mentionedAt(unit, m.index, m.index + m[0].length, mention))) return 'plain';
      // A mentioned match ("he calls you illegal", "the word 'victim'") is someone else's word: not said.
    }
  }
  return negated ? 'negated' : 'none';
}

/** The clauses of a folded line (commas and sentence ends; spaces too where a script puts them for commas). */
function clausesOf(folded: string, lexicon: Lexicon): string[] {
  const split = lexicon.spec.negation.spaceEndsClause ? CLAUSE_SPLIT_SPACES : CLAUSE_SPLIT;
  return folded.split(split).map((c) => c.trim()).filter((c) => c.length > 0);
}

/**
 * The signals a folded line shows, after `unless`; `why` collects each matching pattern (for
 * reviewers); `whole` is false when one clause of a line is read on its own (for `apart`).
 */
export function matchSignals(folded: string, lexicon: Lexicon, signals: readonly CompiledSignal[], why?: string[], whole = true): Set<string> {
  const found = new Set<string>();
  folded = lexicon.unfill(folded);
  const sentences = lexicon.sentences(folded);
  for (const s of signals) {
    let plain = false;
    let negated = false;
    for (const p of s.patterns) {
      const r = matchPattern(folded, sentences, lexicon, p, s.negated !== 'keep', s.wide === true, s.mentioned);
      if (r !== 'none') why?.push(`${s.signal}${r === 'negated' ? ` (negated → ${s.negated})` : ''}: ${p.source}`);
      if (r === 'plain') {
        plain = true;
        if (!why) break;
      }
      if (r === 'negated') negated = true;
    }
    if (plain) found.add(s.signal);
    else if (negated && s.negated !== 'drop' && s.negated !== 'keep') found.add(s.negated);
  }
  // Each clause read on its own once, and only when a signal that stands apart is taken back.
  let clauses: Set<string>[] | null = null;
  const standsApart = (s: CompiledSignal): boolean =>
    whole &&
    s.apart === 'clause' &&
    (clauses ??= clausesOf(folded, lexicon).map((c) => matchSignals(c, lexicon, signals, undefined, false))).some(
      (inClause) => inClause.has(s.signal) && !s.unless.some((u) => inClause.has(u)),
    );
  for (const s of signals) if (found.has(s.signal) && s.unless.some((u) => found.has(u)) && !standsApart(s)) found.delete(s.signal);
  return found;
}
