// Which language a first message is answered in. Only a confident detection decides; a
// platform's hint (Teams' locale, a WhatsApp number's country) is weak: it orders the likely
// languages the language question is asked in, and settles a near tie in its favour, never
// more. Nothing here is stored.
import type { LanguageGuess } from './language.ts';
import type { Lang } from '../content/topics.ts';

/** At most this many languages are offered at once. */
export const LIKELY_AT_MOST = 3;
/** A language scoring at least this is worth asking in. */
const LIKELY_SCORE = 0.15;
/** A hinted language that leads by this much, though not confidently, is taken. */
const HINTED_LEAD = 0.1;

export interface FirstLanguage {
  /** The language to answer in, or null: ask. */
  lang: Lang | null;
  /** The likeliest languages, best first (hints after what the text said). */
  likely: Lang[];
}

export function firstLanguage(guess: LanguageGuess, hints: readonly Lang[]): FirstLanguage {
  const top = guess.scores[0];
  const second = guess.scores[1]?.score ?? 0;
  let lang: Lang | null = guess.confident ? guess.lang : null;
  if (!lang && top && hints[0] === top.lang && top.score - second >= HINTED_LEAD && top.score >= 0.4) lang = top.lang;
  const fromText = guess.scores.filter((s) => s.score >= LIKELY_SCORE).map((s) => s.lang);
  const likely = [...new Set([...(lang ? [lang] : []), ...fromText, ...hints])].slice(0, LIKELY_AT_MOST);
  return { lang, likely };
}
