// Arabic joins its small words to the word after them: و (and), ف (so), ب (with, in), ل (to),
// ك (like), ع (on, before the article) and the article ال ("وبالفلوس", and with the money). The
// danger lists (danger.ts) and the topic keywords (keywords.ts) both read a message again without
// them, so that a term is written once, bare; this file is the one place that says which they are.
//
// Arabizi, Arabic typed in Latin letters, joins the article as "l", alone or after "and", "with",
// "in", "of" ("lpaspor", "wlflous", "blkhedma", "dlkhedma"), and "my" as "i" or "y" at the end
// ("flousi", "basbori"): the topic keywords read such words again without them.

const LETTERS = '[\\u0621-\\u064a]';
/**
 * "And" alone (a term may hold a word with its own ب: "انا بامان", I am safe), and before مش (not),
 * the one short word it is taken off ("ومش عارفة فين", and I don't know where): other short words
 * stay whole ("ولا", nor).
 */
const CONJUNCTION = new RegExp(`(^|\\s)و(?=${LETTERS}{3,}|مش(?:\\s|$))`, 'g');
/** "And" or "so", then "with", "to" or "like"; or "on" before the article. */
const PROCLITIC = new RegExp(`(^|\\s)(?:[وف]?[بلك]|[وف]|[وف]?ع(?=ال))(?=${LETTERS}{3,})`, 'g');
/**
 * The same, the article with them (ل + ال is written لل): "بالفلوس", "للفلوس", "عالفلوس", "والفلوس";
 * the first group is the article when there is one. One word's beginning is taken off once.
 */
const JOINED = new RegExp(`(^|\\s)(?:[وف]?[بكع]?(ال)|[وف]?ل(ل)|[وف]?[بلك]|[وف]|[وف]?ع(?=ال))(?=${LETTERS}{3,})`, 'g');
const ARABIC_JOINABLE = /[وفبلكع]/;

/**
 * A folded text as written, without "and", and without every small word joined in front of a word
 * that keeps three letters after it ("لمكان ما اعرفه" is also read "مكان ما اعرفه"). The article
 * stays: a term says whether it holds one.
 */
export function withoutProclitics(t: string): string[] {
  if (!ARABIC_JOINABLE.test(t)) return [t];
  CONJUNCTION.lastIndex = 0;
  PROCLITIC.lastIndex = 0;
  return [...new Set([t, t.replace(CONJUNCTION, '$1'), t.replace(PROCLITIC, '$1')])];
}

/** Arabizi: the article joined as "l", alone or after w, b, f, d ("lpaspor", "wlflous", "dlkhedma"). */
const LATIN_ARTICLE = /(^|\s)[wbfd]?l(?=[a-km-z0-9][a-z0-9]{3,}(?:\s|$))/g;
/** Arabizi: "my" at the end of a word ("flousi", "basbori", "awra2i"). */
const LATIN_MY = /(?<=(?:^|\s)[a-z0-9]{4,})[iy](?=\s|$)/g;
/** A Latin word holding an Arabizi digit for a sound ("3am", "7ari2", "ma3ash"). */
const ARABIZI = /[a-z][235679]|[235679][a-z]/;

/**
 * A folded text read again for the topic keywords: as written; in Arabic letters, without the
 * small words joined in front (keeping the article, then without it too: "وبالراتب" is also read
 * "الراتب" and "راتب"); in Latin letters, when the message seems Arabic (`arabic`) or holds
 * Arabizi digits, without the article joined as "l" and without a final "my". The first reading
 * is the text itself.
 */
export function arabicReadings(t: string, arabic: boolean): string[] {
  const out = new Set<string>([t]);
  if (ARABIC_JOINABLE.test(t) && /[\u0621-\u064a]/.test(t)) {
    CONJUNCTION.lastIndex = 0;
    out.add(t.replace(CONJUNCTION, '$1'));
    // The small words taken off, the article kept ("وبالراتب" as "الراتب"), then the article too ("راتب").
    JOINED.lastIndex = 0;
    out.add(t.replace(JOINED, (_m, edge: string, al?: string, ll?: string) => (al || ll ? `${edge}ال` : edge)));
    JOINED.lastIndex = 0;
    out.add(t.replace(JOINED, '$1'));
  }
  if ((arabic || ARABIZI.test(t)) && /[a-z]/.test(t)) {
    LATIN_ARTICLE.lastIndex = 0;
    LATIN_MY.lastIndex = 0;
    const bare = t.replace(LATIN_ARTICLE, '$1');
    out.add(bare);
    out.add(bare.replace(LATIN_MY, ''));
  }
  return [...out];
}
