// Folding used on both sides of every comparison (choice labels, synonyms, commands):
// case, accents, Arabic vowel marks, digits of other scripts, invisible and bidi controls,
// surrounding punctuation. Marks that are letters in their own script (Devanagari,
// Gurmukhi and Thai vowel signs) are kept: removing them would merge different words.

// eslint-disable-next-line no-misleading-character-class -- ranges of combining marks, on purpose
const LATIN_AND_OTHER_DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const ARABIC_HARAKAT = /[\u064b-\u065f\u0670\u06d6-\u06ed]/g;
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

/** Zero code points of the decimal digit blocks we fold to ASCII. */
const DIGIT_ZEROS = [
  0x0660, // Arabic-Indic
  0x06f0, // Extended Arabic-Indic (Persian, Urdu)
  0x0966, // Devanagari (Hindi, Nepali)
  0x09e6, // Bengali
  0x0a66, // Gurmukhi (Punjabi)
  0x0ae6, // Gujarati
  0x0e50, // Thai
  0x0ed0, // Lao
  0x1040, // Myanmar
  0xff10, // Fullwidth
];

export function foldDigits(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    let folded = ch;
    for (const zero of DIGIT_ZEROS) {
      if (cp >= zero && cp <= zero + 9) {
        folded = String(cp - zero);
        break;
      }
    }
    out += folded;
  }
  return out;
}

/** Printable ASCII: no marks, invisible characters or other digits, and NFD/NFC change nothing. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function normalize(text: string): string {
  // Most replies ("2", "si", "menu") take this path; the result is the same as the full one.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').replace(EDGE_PUNCTUATION, '');
  return foldDigits(
    text
      .normalize('NFD')
      .replace(LATIN_AND_OTHER_DIACRITICS, '')
      .replace(ARABIC_HARAKAT, '')
      .replace(INVISIBLE, '')
      .normalize('NFC')
      .toLowerCase(),
  )
    .replace(/\s+/g, ' ')
    .replace(EDGE_PUNCTUATION, '');
}

/** True for a message of nothing but whitespace and invisible characters (bidi marks, zero-width spaces). */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '').trim() === '';
}

/** "2", "٢", "2." and "2)" all read as 2; anything else is not a number. */
export function asNumber(normalized: string): number | null {
  return /^\d{1,3}$/.test(normalized) ? Number(normalized) : null;
}
