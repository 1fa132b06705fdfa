// Consonant skeletons: one spelling for a word whatever script it is typed in. People write
// Hindi, Punjabi, Nepali and Arabic in Latin letters as often as in their own script, and spell
// them every way ("paisa", "paise", "pesa"; Arabizi "3am yedrabni" for عم يضربني). Vowels are
// where those spellings differ most, and Arabic and Indic scripts mostly leave short vowels
// unwritten, so a word's consonants, mapped to one Latin letter per sound class, are a shared
// key: "malik" and "मालिक" both become "mlk"; "yedrabni" and "يضربني" both "drbn".
//
// Lenient on purpose (s/sh/ص/ش all "s"; q/k/ق/ك all "k"; doubled letters once): a skeleton only
// adds evidence beside the words and n-grams, it never decides alone.

/** Native letters → their consonant class; vowels, vowel signs and semivowels map to nothing. */
const NATIVE: Record<string, string> = {
  // Arabic (folded: أ إ آ → ا, ة → ه, ى → ي happen first)
  ب: 'b', ت: 't', ث: 't', ج: 'j', ح: 'h', خ: 'k', د: 'd', ذ: 'd', ر: 'r', ز: 'z', س: 's', ش: 's',
  ص: 's', ض: 'd', ط: 't', ظ: 'z', ع: '', غ: 'g', ف: 'f', ق: 'k', ك: 'k', ل: 'l', م: 'm', ن: 'n',
  ه: 'h', و: '', ي: '', ا: '', ء: '', ى: '', ة: '', گ: 'g', پ: 'p', چ: 'c', ڤ: 'w',
  // Ukrainian and Russian
  б: 'b', в: 'w', г: 'h', ґ: 'g', д: 'd', ж: 'z', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', п: 'p',
  р: 'r', с: 's', т: 't', ф: 'f', х: 'k', ц: 'c', ч: 'c', ш: 's', щ: 's', а: '', е: '', є: '',
  и: '', і: '', ї: '', й: '', о: '', у: '', ю: '', я: '', ь: '', ъ: '', ы: '', э: '', ё: '',
};

// Devanagari (Hindi, Nepali) and Gurmukhi (Punjabi): consonants by their Latin sound; the same
// table serves both scripts through their parallel code points (Gurmukhi = Devanagari + 0x100).
const INDIC_CONSONANTS: Record<number, string> = {
  0x15: 'k', 0x16: 'k', 0x17: 'g', 0x18: 'g', 0x19: 'n',
  0x1a: 'c', 0x1b: 'c', 0x1c: 'j', 0x1d: 'j', 0x1e: 'n',
  0x1f: 't', 0x20: 't', 0x21: 'd', 0x22: 'd', 0x23: 'n',
  0x24: 't', 0x25: 't', 0x26: 'd', 0x27: 'd', 0x28: 'n',
  0x2a: 'p', 0x2b: 'f', 0x2c: 'b', 0x2d: 'b', 0x2e: 'm',
  0x2f: '', 0x30: 'r', 0x32: 'l', 0x33: 'l', 0x35: 'w',
  0x36: 's', 0x37: 's', 0x38: 's', 0x39: 'h',
  // Nukta letters (precomposed): क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़
  0x58: 'k', 0x59: 'k', 0x5a: 'g', 0x5b: 'z', 0x5c: 'r', 0x5d: 'r', 0x5e: 'f', 0x5f: '',
  // Anusvara and candrabindu: a nasal
  0x02: 'n', 0x01: 'n',
};

function indic(cp: number): string | undefined {
  let off = -1;
  if (cp >= 0x0900 && cp <= 0x097f) off = cp - 0x0900;
  else if (cp >= 0x0a00 && cp <= 0x0a7f) off = cp - 0x0a00;
  if (off < 0) return undefined;
  // Gurmukhi's own nukta letters: ਖ਼ ਗ਼ ਜ਼ ੜ ਫ਼ (0x59–0x5e)
  if (cp >= 0x0a59 && cp <= 0x0a5e) return ({ 0x59: 'k', 0x5a: 'g', 0x5b: 'z', 0x5c: 'r', 0x5e: 'f' } as Record<number, string>)[off] ?? '';
  return INDIC_CONSONANTS[off] ?? '';
}

/** Latin digraphs first, then single letters; Arabizi digits as the sounds they stand for. */
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/kh/g, 'k'],
  [/gh/g, 'g'],
  [/ch/g, 'c'],
  [/sh/g, 's'],
  [/zh/g, 'z'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/bh/g, 'b'],
  [/jh/g, 'j'],
];
const LATIN: Record<string, string> = {
  b: 'b', c: 'k', d: 'd', f: 'f', g: 'g', h: 'h', j: 'j', k: 'k', l: 'l', m: 'm', n: 'n', p: 'p',
  q: 'k', r: 'r', s: 's', t: 't', v: 'w', w: 'w', x: 'k', z: 'z',
  // Arabizi: 2 is mostly the Levantine and Egyptian q (2al, 2alb: ق), so "k" like ق; 3 ayn, no
  // consonant here as in the Arabic table; 5 kh, 7 h, 6 t, 9 q (or s), 8 gh.
  '2': 'k', '3': '', '5': 'k', '7': 'h', '6': 't', '9': 'k', '8': 'g',
};

/**
 * The consonant skeleton of one folded word: "" when it has none (a vowel, a digit-only word).
 * Doubled classes collapse ("passport" → "psprt"); digits are read as Arabizi only inside a word.
 */
export function skeleton(word: string): string {
  let out = '';
  let w = word;
  const latin = /[a-z]/.test(w);
  if (latin) {
    if (/^\d+$/.test(w)) return '';
    for (const [re, to] of LATIN_DIGRAPHS) w = w.replace(re, to === 'c' ? '\u0001' : to);
  }
  for (const ch of w) {
    let c: string | undefined;
    if (ch === '\u0001') c = 'c';
    else if (latin && ch in LATIN) c = LATIN[ch];
    else c = NATIVE[ch] ?? indic(ch.codePointAt(0)!);
    if (!c) continue;
    if (out.at(-1) !== c) out += c;
  }
  return out;
}

/** Scripts whose words a skeleton relates to Latin typing (the rest gain nothing from it). */
const SKELETON_SCRIPT = /[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Gurmukhi}\p{Script=Cyrillic}a-z]/u;

/** Trigrams of the skeletons of words, with word boundaries, like the character n-grams. */
export function skeletonGrams(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of ws) {
    if (!SKELETON_SCRIPT.test(w)) continue;
    const s = skeleton(w);
    if (s.length < 2) continue;
    const padded = ` ${s} `;
    if (padded.length <= 3) {
      out.push(padded);
      continue;
    }
    for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  }
  return out;
}
