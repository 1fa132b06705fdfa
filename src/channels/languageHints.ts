// What a platform says about a person's language, as weak hints only: the web browser's
// Accept-Language, Teams' `locale`, a WhatsApp number's country code. They order the languages
// a first reply may ask in and settle a near tie (src/understand/firstLanguage.ts); they never
// decide alone, and nothing here is stored. The conversation's language comes from the person.

/** Language tags that are one of ours under another name. */
const ALIASES: Record<string, string> = { fil: 'tl', tgl: 'tl', pan: 'pa', hin: 'hi', nep: 'ne', ukr: 'uk', vie: 'vi', hat: 'ht' };

/**
 * The offered language an Accept-Language header (or a single locale tag such as Teams' "es-MX")
 * prefers most, or null. Malformed parts are skipped.
 */
export function pickLanguage(header: string | undefined, offered: ReadonlySet<string>): string | null {
  if (!header || header.length > 1000) return null;
  const ranked = header
    .split(',')
    .slice(0, 30)
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([01](\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((p) => /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/.test(p.tag) && p.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    const base = tag.split('-')[0]!;
    const code = ALIASES[base] ?? base;
    if (offered.has(code)) return code;
  }
  return null;
}

/**
 * Languages people of a country often write in, by calling code (ITU E.164), for the countries
 * temporary foreign workers and newcomers most often come from. North America (+1) gives no
 * hint: its numbers say nothing about a person's language.
 */
const COUNTRY_LANGUAGES: Record<string, readonly string[]> = {
  // Spanish-speaking America and Spain
  '52': ['es'], '502': ['es'], '503': ['es'], '504': ['es'], '505': ['es'], '506': ['es'], '507': ['es'],
  '51': ['es'], '53': ['es'], '54': ['es'], '56': ['es'], '57': ['es'], '58': ['es'], '591': ['es'],
  '593': ['es'], '595': ['es'], '598': ['es'], '34': ['es'],
  // Portuguese
  '55': ['pt'], '351': ['pt'], '244': ['pt'], '258': ['pt'], '238': ['pt'],
  // The Philippines, India, Nepal, Vietnam, China, Thailand, Ukraine, Haiti
  '63': ['tl', 'en'], '91': ['hi', 'pa', 'en'], '977': ['ne'], '84': ['vi'], '86': ['zh'], '852': ['zh'],
  '853': ['zh'], '886': ['zh'], '66': ['th'], '380': ['uk'], '509': ['ht', 'fr'],
  // Arabic-speaking countries (French beside Arabic in the Maghreb and Lebanon)
  '212': ['ar', 'fr'], '213': ['ar', 'fr'], '216': ['ar', 'fr'], '961': ['ar', 'fr'], '20': ['ar'], '218': ['ar'],
  '249': ['ar'], '962': ['ar'], '963': ['ar'], '964': ['ar'], '965': ['ar'], '966': ['ar'], '968': ['ar'],
  '970': ['ar'], '971': ['ar'], '973': ['ar'], '974': ['ar'],
  // French- and English-speaking
  '33': ['fr'], '32': ['fr'], '41': ['fr'], '221': ['fr'], '225': ['fr'], '237': ['fr'], '243': ['fr'],
  '44': ['en'], '61': ['en'], '64': ['en'], '233': ['en'], '234': ['en'], '254': ['en'], '27': ['en'], '353': ['en'],
};

/** Hints from a phone number's calling code (digits, with or without "+"): longest code first. */
export function countryLanguages(phone: string, offered: ReadonlySet<string>): string[] {
  const digits = phone.replace(/^\+/, '');
  if (!/^\d{6,20}$/.test(digits)) return [];
  for (const n of [3, 2, 1]) {
    const langs = COUNTRY_LANGUAGES[digits.slice(0, n)];
    if (langs) return langs.filter((l) => offered.has(l));
  }
  return [];
}
