// English readability per message: the Flesch–Kincaid grade level,
//   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59,
// with syllables counted by the usual vowel-group rule (silent final e, -le, -ed, -es).
// Legal and program terms a message explains ("permit", "immigration") are on a short
// allow-list and count as two syllables: CONTENT.md asks to explain them, not to avoid them.

/** Terms that stay because a message explains them; counted as two syllables. */
export const EXPLAINED_TERMS = new Set([
  'immigration', 'temporary', 'resident', 'permit', 'permits', 'employer', 'employers', 'employment',
  'compensation', 'agreement', 'recruitment', 'recruiter', 'recruiters', 'trafficking', 'trafficker',
  'hotline', 'interpreter', 'insurance', 'standards', 'provincial', 'province', 'territory', 'territories',
  'officer', 'application', 'apply', 'vulnerable', 'canada', 'deported', 'deport', 'consulate',
  'ontario', 'alberta', 'saskatchewan', 'manitoba', 'quebec', 'columbia', 'brunswick', 'newfoundland',
  'labrador', 'nova', 'scotia', 'prince', 'edward', 'yukon', 'northwest', 'nunavut', 'waypoint',
  'ircc', 'esdc', 'trp', 'owp', 'biometrics', 'canadian', 'citizenship', 'refugee', 'humanitarian',
  'criminal', 'deduction', 'deductions', 'overtime', 'police', 'emergency', 'information', 'federal',
]);

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (EXPLAINED_TERMS.has(w)) return Math.min(2, countVowelGroups(w));
  if (w.length <= 3) return 1;
  return countVowelGroups(w);
}

function countVowelGroups(w: string): number {
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Numbers, addresses and command words in capitals are read as they are, not scored. */
export function readability(text: string): Readability {
  const clean = text
    .replace(/https?:\/\/\S+|\b\S+\.(ca|com|org)\S*/gi, ' ')
    .replace(/\b[A-Z]{2,}\b/g, ' ')
    .replace(/[\d-]{3,}/g, ' ');
  const words = clean.match(/[A-Za-z']+/g) ?? [];
  const sentences = Math.max(1, (text.match(/[.!?]+(\s|$)/g) ?? []).length);
  const syl = words.reduce((n, w) => n + syllables(w), 0);
  if (words.length === 0) return { words: 0, sentences, syllables: 0, grade: 0 };
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
  return { words: words.length, sentences, syllables: syl, grade: Math.round(grade * 10) / 10 };
}
