// Folding for matching free text: the engine's `normalize` (case, accents, Arabic vowel marks,
// digits of other scripts, invisible characters) plus what it leaves for choice labels but
// free text needs: Vietnamese đ (no decomposition exists, so "đập" would stay apart from a
// typed "dap"), Arabic letter variants people type interchangeably, Traditional Chinese
// characters (read as simplified ones: hanzi.ts), and apostrophes.
import { normalize } from '../engine/normalize.ts';
import { simplified } from './hanzi.ts';

// Iraqi and Gulf Arabic write the g of قاعد as گ ("گاعد"); ڤ and پ stand for v and p in loanwords.
const ARABIC_VARIANTS: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ى': 'ي', 'ؤ': 'و', 'ئ': 'ي', 'ـ': '', 'گ': 'ق', 'ڤ': 'ف', 'پ': 'ب' };
const ARABIC_RE = /[أإآٱةىؤئـگڤپ]/g;
// Devanagari and Gurmukhi typed either way: the nukta dot (ज़/ज, ਜ਼/ਜ) is often left out, the
// candrabindu (ँ) written as the anusvara (ं), and Gurmukhi's addak (ੱ, a doubled consonant:
// ਦਿੱਤਾ, ਦਿਤਾ) left out: one form each.
const INDIC_RE = /[\u093c\u0a3c\u0a71\u0901]/g;
const INDIC_VARIANTS: Record<string, string> = { '\u093c': '', '\u0a3c': '', '\u0a71': '', '\u0901': '\u0902' };
/** English contractions are joined ("can't" → "cant", "I'm" → "im"); other apostrophes split words ("l'immigration"). */
const CONTRACTION = /(\p{L})['’‘`´](s|m|t|re|ve|ll|d)(?![\p{L}\p{M}])/gu;
const APOSTROPHE = /['’‘`´]/g;

/**
 * The SOS emoji, any run of it ("🆘🆘🆘"), and SOS spelled with dots ("s.o.s", "S.O.S.") are the
 * word "sos": the emoji would otherwise be dropped with every other symbol.
 */
const SOS = /🆘+|(?<![\p{L}\p{N}])s\.\s?o\.\s?s(?:\.|(?![\p{L}\p{N}]))/giu;

/** Tears of laughter (😂, 🤣, 😆, 😹) are laughter: read as "haha". */
const LAUGHING = /[😂🤣😆😹]+/gu;
/** So is a face typed with two or more brackets (":))", "=)))"; Vietnamese writers laugh so). */
const LAUGHING_FACE = /[:=]-?\){2,}/gu;

/**
 * A location pin (📍) is "live location": sent with "come" or "fast" it is where someone is, sent
 * as a cry, and the lists read it in those words; like every other symbol it would be dropped.
 */
const PIN = /📍+/gu;

/**
 * A knife (🔪, 🗡), a drop of blood (🩸) and an ambulance (🚑) are those words: "🔪 door", "😭🩸 ніж"
 * were read as "door" and "ніж". In English, which every language's lists count beside their own
 * words; the words beside them tell the message's language.
 */
const KNIFE = /(?:🔪|🗡️?)+/gu;
const BLOOD = /🩸+/gu;
const AMBULANCE = /🚑+/gu;

/** The symbols read as words (above), in the order they are replaced. */
const SYMBOL_WORDS: readonly (readonly [RegExp, string])[] = [
  [SOS, ' sos '],
  [LAUGHING, ' haha '],
  [LAUGHING_FACE, ' haha '],
  [PIN, ' live location '],
  [KNIFE, ' knife '],
  [BLOOD, ' blood '],
  [AMBULANCE, ' ambulance '],
];

export function fold(text: string): string {
  const worded = SYMBOL_WORDS.reduce((t, [re, word]) => t.replace(re, word), text);
  return simplified(normalize(worded))
    .replace(/đ/g, 'd')
    .replace(ARABIC_RE, (c) => ARABIC_VARIANTS[c] ?? c)
    .replace(INDIC_RE, (c) => INDIC_VARIANTS[c] ?? c)
    .replace(CONTRACTION, '$1$2')
    .replace(APOSTROPHE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
const LATIN_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff]/g;

/** Accent folding for a regular expression written by a reviewer: marks only, nothing that changes the syntax. */
export function foldPattern(source: string): string {
  return simplified(source.normalize('NFD').replace(LATIN_MARKS, '').normalize('NFC').replace(/đ/g, 'd').replace(ARABIC_RE, (c) => ARABIC_VARIANTS[c] ?? c).replace(INDIC_RE, (c) => INDIC_VARIANTS[c] ?? c));
}

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
/** `\b` in a JavaScript regular expression only knows ASCII; this one knows every script. */
export const UNICODE_BOUNDARY = boundaryOf(WORD_CHAR);

function boundaryOf(word: string): string {
  return `(?:(?<!${word})(?=${word})|(?<=${word})(?!${word}))`;
}

/** Compiles a reviewer's pattern: accents folded, `\b` made Unicode-aware. */
export function compilePattern(source: string): RegExp {
  return new RegExp(unicodeSource(foldPattern(source)), 'gu');
}

function unicodeSource(folded: string, boundary = UNICODE_BOUNDARY): string {
  return folded.replace(/\\b/g, boundary);
}

let bmpBoundary: string | undefined;

/**
 * `UNICODE_BOUNDARY` for a text with no letter, mark or digit outside the Basic Multilingual
 * Plane (nearly every message: emoji are no letters): the same letters, marks and digits, listed
 * as ranges of the BMP. V8 builds the class with the astral ranges of `\p{L}` for each of a
 * boundary's four lookarounds, about 4 ms a pattern on the first two matches (a compile, then
 * its tier-up), which made the first message of a script seconds long; the BMP class takes a
 * fifth of that. Same reading: on such a text the two classes hold the same characters.
 */
function bmpUnicodeBoundary(): string {
  if (bmpBoundary) return bmpBoundary;
  const word = new RegExp(WORD_CHAR, 'u');
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  let start = -1;
  for (let c = 0; c <= 0x10000; c++) {
    const inside = c < 0xd800 || (c > 0xdfff && c < 0x10000) ? word.test(String.fromCharCode(c)) : false;
    if (inside && start < 0) start = c;
    else if (!inside && start >= 0) {
      ranges += start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`;
      start = -1;
    }
  }
  return (bmpBoundary = boundaryOf(`[${ranges}]`));
}

const SURROGATE = /[\ud800-\udfff]/;
const WORD = new RegExp(WORD_CHAR, 'u');

/** Whether a text holds a letter, mark or digit outside the BMP (𝐡𝐞𝐥𝐩 in mathematical letters, rare Han). */
export function hasAstralWord(text: string): boolean {
  if (!SURROGATE.test(text)) return false;
  for (const ch of text) if (ch.length === 2 && WORD.test(ch)) return true;
  return false;
}

/**
 * `compilePattern`, put off until the pattern is first used. Each `\b` made Unicode-aware holds
 * four classes of every letter, mark and digit, which V8 takes about a millisecond to build: the
 * ~400 patterns of the data files cost half a second at every start, though an ASCII message
 * (most of them) never uses one. The syntax is still checked at once, where it is cheap (the
 * pattern with its `\b` as written), so a broken pattern stops start-up as before. The returned
 * function takes the text to match: one without astral letters (see `hasAstralWord`) is matched
 * by the cheaper form built on the BMP's letters (`bmpUnicodeBoundary`), the same reading.
 */
export function lazyPattern(source: string): (text: string) => RegExp {
  const folded = foldPattern(source);
  new RegExp(folded, 'u');
  let bmp: RegExp | undefined;
  let full: RegExp | undefined;
  return (text) => (hasAstralWord(text) ? (full ??= new RegExp(unicodeSource(folded), 'gu')) : (bmp ??= new RegExp(bmpSource(folded), 'gu')));
}

/** One piece of a pattern's source: a `\b`, a literal character, or anything else (an escape, a class, a group's mark). */
type Token = { kind: 'b' | 'char' | 'other'; text: string };

const ESCAPE = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[a-zA-Z]|[pP]\{[^}]*\}|k<[^>]*>|[1-9]\d*|[^])/;
const CLASS = /^\[(?:\\[^]|[^\]\\])*\]/;

function tokens(source: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < source.length; ) {
    const rest = source.slice(i);
    const text = rest.startsWith('\\') ? (ESCAPE.exec(rest)?.[0] ?? '\\') : rest.startsWith('[') ? (CLASS.exec(rest)?.[0] ?? '[') : String.fromCodePoint(rest.codePointAt(0)!);
    out.push({ kind: text === '\\b' ? 'b' : text.length === 1 && !'()[]{}|?*+.^$'.includes(text) ? 'char' : 'other', text });
    i += text.length;
  }
  return out;
}

/**
 * The pattern for the BMP form: each `\b` made Unicode-aware on the BMP's letters, and where a
 * literal letter or digit stands on one side of it (`\bslap`, `hit\b`, most of them), only the
 * other side looked at: that side is a word character already, so the boundary is the other not
 * being one. One lookaround instead of four, the same matches.
 */
function bmpSource(folded: string): string {
  const full = bmpUnicodeBoundary();
  const word = full.slice(full.indexOf('(?<!') + 4, full.indexOf(')(?='));
  const isWord = (t: Token | undefined) => t?.kind === 'char' && WORD.test(t.text);
  const ts = tokens(folded);
  return ts
    .map((t, i) => {
      if (t.kind === 'other' && t.text.startsWith('[')) return t.text.replace(/\\b/g, full);
      if (t.kind !== 'b') return t.text;
      const next = ts[i + 1];
      const after = ts[i + 2]?.text ?? '';
      if (isWord(next) && !'?*+{'.includes(after[0] ?? '|')) return `(?<!${word})`;
      if (isWord(ts[i - 1])) return `(?!${word})`;
      return full;
    })
    .join('');
}

const ASCII = /^[\p{ASCII}]*$/u;

/** Whether a folded text (or a pattern's source) is all ASCII: most messages in Latin script fold to it. */
export function isAscii(s: string): boolean {
  return ASCII.test(s);
}

/**
 * A reviewer's pattern, compiled twice: for ASCII text, where JavaScript's own `\b` is right and
 * several times faster than the Unicode-aware one (on the danger lists the patterns took 0.25 ms
 * of a message's 0.3 ms), and for any other text. A pattern with letters outside ASCII
 * (Devanagari, Arabic …) can never match ASCII text: `needsUnicode` says so, to skip it there.
 */
export interface DualPattern {
  ascii: RegExp;
  /** For (non-ASCII) text like `text`, compiled on first use (see `lazyPattern`). */
  unicode(text: string): RegExp;
  needsUnicode: boolean;
  /** A letter of the pattern's script the text must hold for it to match (null: Latin or none). */
  script: RegExp | null;
}

const SCRIPTS = ['Arabic', 'Devanagari', 'Gurmukhi', 'Han', 'Thai', 'Cyrillic'].map((s) => new RegExp(`\\p{Script=${s}}`, 'u'));

export function compileDual(source: string): DualPattern {
  const folded = foldPattern(source);
  const needsUnicode = !isAscii(folded);
  // A pattern written in one script can only match text that holds a letter of it (checked once
  // per message per script, far cheaper than running the Unicode-aware pattern).
  const script = needsUnicode ? (SCRIPTS.find((re) => re.test(folded)) ?? null) : LATIN_LETTER;
  return { ascii: new RegExp(folded, 'g'), unicode: lazyPattern(source), needsUnicode, script };
}

const LATIN_LETTER = /[a-z]/;
