// Light suffix stripping, on purpose crude: it only has to make "paid"/"pay", "pagan"/"paga",
// "payé"/"paie" meet more often than not. Character trigrams catch most of what it misses.
// Languages without a rule here are left as they are (zh and th are segmented instead; the
// Devanagari, Gurmukhi, Arabic, Cyrillic and Vietnamese words rely on trigrams).

type Rule = { suffixes: string[]; minStem: number };

const RULES: Record<string, Rule> = {
  en: { suffixes: ['ations', 'ation', 'ments', 'ment', 'ing', 'ies', 'ied', 'ers', 'ed', 'es', 'er', 'ly', 's'], minStem: 3 },
  fr: {
    suffixes: ['ements', 'ement', 'ations', 'ation', 'euses', 'euse', 'eurs', 'eur', 'ees', 'ent', 'ait', 'ons', 'ez', 'ee', 'es', 'er', 'e', 's'],
    minStem: 3,
  },
  es: {
    suffixes: ['aciones', 'acion', 'amientos', 'amiento', 'mente', 'ando', 'iendo', 'ados', 'adas', 'idos', 'idas', 'ado', 'ada', 'ido', 'ida', 'an', 'en', 'ar', 'er', 'ir', 'as', 'os', 'es', 'a', 'o', 'e', 's'],
    minStem: 3,
  },
  pt: {
    suffixes: ['acoes', 'acao', 'mente', 'ando', 'endo', 'indo', 'ados', 'adas', 'idos', 'idas', 'ado', 'ada', 'ido', 'ida', 'am', 'em', 'ar', 'er', 'ir', 'as', 'os', 'es', 'a', 'o', 'e', 's'],
    minStem: 3,
  },
};

const TL_PREFIXES = ['pinaka', 'nakaka', 'nagpa', 'magpa', 'ipinag', 'ipag', 'ipa', 'naka', 'maka', 'nag', 'mag', 'pag', 'pa', 'ma', 'na', 'ka'];
const TL_SUFFIXES = ['han', 'hin', 'an', 'in'];
const VOWELS = 'aeiou';

function stemTagalog(word: string): string {
  let w = word.replace(/-/g, '');
  for (const p of TL_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 4) {
      w = w.slice(p.length);
      break;
    }
  }
  // Infix -in-/-um- after the first consonant: binayaran → bayaran, sumulat → sulat.
  const infix = /^([^aeiou])(in|um)([aeiou].{3,})$/.exec(w);
  if (infix) w = infix[1]! + infix[3]!;
  for (const s of TL_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 4) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  // Reduplicated first syllable: babayar → bayar, sasaktan → saktan.
  if (w.length >= 6 && !VOWELS.includes(w[0]!) && VOWELS.includes(w[1]!) && w.slice(0, 2) === w.slice(2, 4)) w = w.slice(2);
  return w;
}

// Arabic: the usual light stemming (Larkey's "light10" idea): a leading conjunction or preposition
// joined to the word, the article, then a pronoun or plural ending.
const AR_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف'];
const AR_SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'يه', 'كم', 'هم', 'نا', 'ني', 'ه', 'ي', 'ك'];

function stemArabic(word: string): string {
  let w = word;
  for (const p of AR_PREFIXES) {
    if (w.startsWith(p) && w.length - p.length >= 3) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of AR_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= 3) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}

// Ukrainian: case and number endings of nouns and adjectives, longest first.
const UK_SUFFIXES = ['ями', 'ами', 'ого', 'ому', 'ими', 'ів', 'ах', 'ях', 'ом', 'ем', 'ою', 'ею', 'ий', 'ій', 'ої', 'ам', 'ям', 'и', 'і', 'а', 'я', 'у', 'ю', 'о', 'е', 'ь'];

// Nepali writes its postpositions joined to the noun ("मालिकले", "एजेन्सीलाई", "कोठामा").
const NE_SUFFIXES = ['हरूलाई', 'हरूको', 'हरूले', 'हरू', 'लाई', 'बाट', 'सँग', 'देखि', 'भन्दा', 'ले', 'को', 'का', 'की', 'मा'];

/** The stem of an already folded word in a language; the word itself when there is no rule. */
export function stem(word: string, lang: string): string {
  if (lang === 'tl') return stemTagalog(word);
  if (lang === 'ar') return stemArabic(word);
  if (lang === 'ne') {
    for (const s of NE_SUFFIXES) if (word.endsWith(s) && [...word].length - [...s].length >= 2) return word.slice(0, -s.length);
    return word;
  }
  if (lang === 'uk') {
    for (const s of UK_SUFFIXES) if (word.endsWith(s) && word.length - s.length >= 3) return word.slice(0, -s.length);
    return word;
  }
  const rule = RULES[lang];
  if (!rule || !/^[a-z]+$/.test(word)) return word;
  for (const s of rule.suffixes) {
    if (word.endsWith(s) && word.length - s.length >= rule.minStem) return word.slice(0, -s.length);
  }
  return word;
}

export const STEMMED_LANGUAGES = ['en', 'fr', 'es', 'pt', 'tl', 'ar', 'uk', 'ne'] as const;
