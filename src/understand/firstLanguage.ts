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
  /** Two languages mixed (mixed.ts): `likely` holds just those two, to ask in both. */
  mixed: boolean;
}

export function firstLanguage(guess: LanguageGuess, hints: readonly Lang[]): FirstLanguage {
  // Half one language, half another: ask, in both (a hinted one first); a hint settles no mix.
  if (guess.mixed) {
    const pair = guess.mixed;
    return { lang: null, likely: hints[0] === pair[1] ? [pair[1], pair[0]] : [...pair], mixed: true };
  }
  const top = guess.scores[0];
  const second = guess.scores[1]?.score ?? 0;
  let lang: Lang | null = guess.confident ? guess.lang : null;
  if (!lang && top && hints[0] === top.lang && top.score - second >= HINTED_LEAD && top.score >= 0.4) lang = top.lang;
  const fromText = guess.scores.filter((s) => s.score >= LIKELY_SCORE).map((s) => s.lang);
  // Two words or more, one of them only this language's, every word known to some language and
  // no other language in sight ("info porfa", "tanong lang", "hello dai"): too little for a
  // confident guess, but the only one the words allow. A lone word ("trabajo"), a word no list
  // knows ("ce bezkoshtovno", romanized Ukrainian beside a French-looking "ce") or a hint for
  // another language still asks.
  const onlyOne = fromText.length === 1 && fromText[0] === top?.lang && (guess.ownWords ?? 0) >= 1 && !guess.unknownWords && (guess.words ?? 0) >= 2;
  if (!lang && top && onlyOne && (hints.length === 0 || hints[0] === top.lang)) lang = top.lang;
  const likely = [...new Set([...(lang ? [lang] : []), ...fromText, ...hints])].slice(0, LIKELY_AT_MOST);
  return { lang, likely, mixed: false };
}
