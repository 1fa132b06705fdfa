// English readability per message: the Flesch–Kincaid grade level,
//   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59,
// with syllables from `syllable` (a maintained English syllable counter, with its own list of
// exceptions), not a home-made rule: an earlier hand-made counter scored about 70 "explained
// terms" as at most two syllables and so reported no message above grade 6, where the standard
// count put 16 of 104 messages above it (fees-province 9.1, police-status 8.6, status-lawyer 8.2).
//
// What is read as it is, not scored: web addresses, phone numbers and other numbers, and the
// command words a message tells people to send (MENU, ERASE): a person copies those, they do not
// read them as prose. Everything else counts, legal terms included: explain them in short words.
import { syllable } from 'syllable';

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export interface ReadabilityOptions {
  /** Words sent as commands (the catalogue's `cmd-*` values), left out of the count. */
  commandWords?: ReadonlySet<string>;
}

const ADDRESS = /https?:\/\/\S+|\b[\w.-]+\.(?:ca|com|org|net|gc\.ca)\b\S*/gi;
const NUMBER = /\d[\d\s/.,:-]*/g;

/** The words of a message that are read as prose. */
export function proseWords(text: string, opts: ReadabilityOptions = {}): string[] {
  const clean = text.replace(ADDRESS, ' ').replace(NUMBER, ' ');
  const words = clean.match(/[A-Za-z][A-Za-z']*/g) ?? [];
  const commands = opts.commandWords;
  return commands ? words.filter((w) => !commands.has(w)) : words;
}

export function readability(text: string, opts: ReadabilityOptions = {}): Readability {
  const words = proseWords(text, opts);
  const sentences = Math.max(1, (text.replace(ADDRESS, ' ').match(/[.!?]+(\s|$)/g) ?? []).length);
  const syl = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  if (words.length === 0) return { words: 0, sentences, syllables: 0, grade: 0 };
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
  return { words: words.length, sentences, syllables: syl, grade: Math.round(grade * 10) / 10 };
}
