// Words and character n-grams of folded text. Chinese and Thai have no spaces between words:
// `Intl.Segmenter` (ICU's dictionaries, built into Node) splits them; every other script splits
// on what is not a letter, mark or digit.
import { fold } from './fold.ts';

const SEGMENTED_SCRIPT = /[\p{Script=Han}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const HAN = /\p{Script=Han}/u;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Words of a folded text, in order. */
export function words(folded: string): string[] {
  if (SEGMENTED_SCRIPT.test(folded)) {
    const out: string[] = [];
    for (const s of segmenter.segment(folded)) if (s.isWordLike) out.push(s.segment);
    return out;
  }
  return folded.split(/[^\p{L}\p{M}\p{N}]+/u).filter((w) => w.length > 0);
}

/** Words of raw text: folded, then split. */
export function tokenize(text: string): string[] {
  return words(fold(text));
}

/**
 * Character n-grams of each word, with word boundaries marked, so a typo or another inflection
 * still shares most of them ("pasport" and "passport" share " pa", "pas", "por", "ort", "rt ").
 * Han text gets character unigrams and bigrams instead (one character often is a word).
 */
export function charGrams(ws: readonly string[], n = 3): string[] {
  const out: string[] = [];
  for (const w of ws) {
    const chars = [...w];
    if (HAN.test(w)) {
      for (let i = 0; i < chars.length; i++) {
        out.push(chars[i]!);
        if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
      }
      continue;
    }
    const padded = [' ', ...chars, ' '];
    if (padded.length <= n) {
      out.push(padded.join(''));
      continue;
    }
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n).join(''));
  }
  // Han runs across segment boundaries: bigrams over the whole run too ("拿走了" split badly still matches).
  const joined = ws.join('');
  if (HAN.test(joined)) {
    const chars = [...joined];
    for (let i = 0; i + 1 < chars.length; i++) if (HAN.test(chars[i]!) && HAN.test(chars[i + 1]!)) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}
