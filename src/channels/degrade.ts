// Shared rendering helpers: what a channel does when an output does not fit its platform.
// Choices the platform cannot show become numbered lines (the engine already takes "2" as
// the second choice); text that is too long is split on paragraph, line, sentence, word and,
// last, character boundaries, so no part is cut mid-sentence when a sentence fits.
import type { Catalog, Output, OutputChoice } from '../engine/types.ts';
import type { Capabilities } from './types.ts';
import { CHOOSE_NUMBER } from './words.ts';

/** First Strong Isolate / Pop Directional Isolate: keep a number's place in right-to-left text. */
const FSI = '\u2068';
const PDI = '\u2069';

/**
 * The choices as numbered lines under the text, after `hint` ("Reply with a number." in the
 * message's language): prompts never mention numbers, since buttons need no such words; only a
 * channel that numbers the choices says how to answer. Right-to-left: each number is bidi-isolated.
 */
export function numberedText(text: string, choices: readonly OutputChoice[], dir: 'ltr' | 'rtl' = 'ltr', hint = ''): string {
  if (choices.length === 0) return text;
  const lines = choices.map((c, i) => (dir === 'rtl' ? `${FSI}${i + 1}${PDI}. ${c.label}` : `${i + 1}. ${c.label}`));
  const head = [text, hint].filter((t) => t !== '').join('\n');
  return head ? `${head}\n\n${lines.join('\n')}` : lines.join('\n');
}

/** "Reply with a number." in a language, from the catalogues; '' when no catalogue has it. */
export type NumberHint = (lang: string) => string;

export function numberHint(catalog: Pick<Catalog, 'format'>): NumberHint {
  const cache = new Map<string, string>();
  return (lang) => {
    let hint = cache.get(lang);
    if (hint === undefined) cache.set(lang, (hint = catalog.format(lang, CHOOSE_NUMBER)?.text ?? ''));
    return hint;
  };
}

/** No hint: for tests and tools that show numbered choices without words around them. */
export const NO_HINT: NumberHint = () => '';

/**
 * The hint an output's numbered choices need: a list (the menu, the languages, "did you mean")
 * says "Send a number."; a short yes/no question numbered "1. Yes 2. No" needs no words, and its
 * SMS stays within budget.
 */
export function hintFor(o: Output, hint: NumberHint): string {
  const n = o.choices?.length ?? 0;
  return n > 0 && (o.display === 'list' || n > 3) ? hint(o.lang) : '';
}

/** An output as numbered text: its text, the hint it needs, its numbered choices. */
export function numberedOutput(o: Output, dir: 'ltr' | 'rtl', hint: NumberHint): string {
  return numberedText(o.text, o.choices ?? [], dir, hintFor(o, hint));
}

/** How a channel will show an output's choices. */
export type ChoiceRendering = 'none' | 'buttons' | 'list' | 'text';

/**
 * Pick the richest form the platform can show: buttons (unless the flow asked for a list),
 * else a list, else numbered text. `reason` says why it fell back, for a log line.
 */
export function chooseRendering(caps: Capabilities, output: Output): { as: ChoiceRendering; reason?: string } {
  const choices = output.choices ?? [];
  if (choices.length === 0) return { as: 'none' };
  const longest = Math.max(...choices.map((c) => c.label.length));
  const b = caps.buttons;
  if (b && output.display !== 'list' && choices.length <= b.max && longest <= b.titleMax) return { as: 'buttons' };
  const l = caps.list;
  if (l && choices.length <= l.rows && longest <= l.titleMax) return { as: 'list' };
  if (!b && !l) return { as: 'text' };
  const max = Math.max(b?.max ?? 0, l?.rows ?? 0);
  return { as: 'text', reason: choices.length > max ? 'too_many_choices' : 'choice_title_too_long' };
}

type Cut = (text: string) => string[];

const segmenters = new Map<string, { sentence: Intl.Segmenter; word: Intl.Segmenter; grapheme: Intl.Segmenter }>();
function segmentersFor(lang: string): { sentence: Intl.Segmenter; word: Intl.Segmenter; grapheme: Intl.Segmenter } {
  let s = segmenters.get(lang);
  if (!s) {
    let locale = 'en';
    try {
      locale = Intl.Segmenter.supportedLocalesOf([lang])[0] ?? 'en';
    } catch {
      locale = 'en';
    }
    s = {
      sentence: new Intl.Segmenter(locale, { granularity: 'sentence' }),
      // Word boundaries come from ICU's dictionaries: Thai, which has no spaces between words, splits too.
      word: new Intl.Segmenter(locale, { granularity: 'word' }),
      grapheme: new Intl.Segmenter(locale, { granularity: 'grapheme' }),
    };
    segmenters.set(lang, s);
  }
  return s;
}

/** Cut keeping each separator on the piece before it, so joining the pieces gives the text back. */
function cutAfter(re: RegExp): Cut {
  return (text) => {
    const out: string[] = [];
    let last = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].length;
      out.push(text.slice(last, end));
      last = end;
    }
    if (last < text.length) out.push(text.slice(last));
    return out;
  };
}

function levels(lang: string): Cut[] {
  const s = segmentersFor(lang);
  const bySegmenter = (seg: Intl.Segmenter): Cut => (text) => [...seg.segment(text)].map((p) => p.segment);
  return [cutAfter(/\n\s*\n/g), cutAfter(/\n/g), bySegmenter(s.sentence), bySegmenter(s.word), bySegmenter(s.grapheme)];
}

/**
 * Split text into parts that each satisfy `fits`, packing greedily and cutting at the coarsest
 * boundary that works: paragraphs, then lines, then sentences, then words, then characters.
 * Parts are trimmed. A single character that does not fit is returned alone (never dropped).
 */
export function splitWithin(text: string, fits: (part: string) => boolean, lang = 'en'): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (fits(trimmed)) return [trimmed];
  const cuts = levels(lang);
  const split = (piece: string, level: number): string[] => {
    const cut = cuts[level];
    if (!cut) return [piece.trim()].filter((p) => p !== '');
    const out: string[] = [];
    let current = '';
    for (const p of cut(piece)) {
      const candidate = current + p;
      if (fits(candidate.trim())) {
        current = candidate;
        continue;
      }
      if (current.trim() !== '') out.push(current.trim());
      if (fits(p.trim())) {
        current = p;
      } else {
        const sub = split(p, level + 1);
        out.push(...sub.slice(0, -1));
        current = sub.at(-1) ?? '';
      }
    }
    if (current.trim() !== '') out.push(current.trim());
    return out;
  };
  return split(trimmed, 0);
}

/** Split text into parts of at most `max` UTF-16 units (what platforms count; never over for emoji), on the best boundaries. */
export function splitByLength(text: string, max: number, lang = 'en'): string[] {
  return splitWithin(text, (p) => p.length <= max, lang);
}
