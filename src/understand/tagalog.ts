// Tagalog builds its verbs from a root with affixes and a repeated first syllable: from sampal (a
// slap) come sinampal (slapped), sinasampal (is slapping), sasampalin (will slap), sumampal,
// nagsasampal, pinagsasampal (slapped again and again), nasampal … No list can hold every form of
// every root, and a form the list did not foresee was a danger missed. So a Tagalog danger term
// may name a root (`@sampal`), and it stands for the forms written out here: the forms that say
// what was done to someone (object focus: -in-, a repeated first syllable, -in, -an, i-, pinag-,
// pina-, ipa-) and naka- (a state: nakatali, tied up). Not the forms that say what the doer did
// (nag-, mag-, -um-: "nagtataga ng kahoy", chopping wood), nor na- (what befell one, often by
// accident: "napaso", burned while cooking; "nalason", food poisoning), nor ma- (what might
// happen: "baka makulong"). The bare root is not one of them either: many roots alone are other
// words (taga, "from"; sunod, "next"; patay, "switched off"), so a list names it itself if it should.
// Roots whose vowel drops before a suffix (sunod → sundan) are written out by hand instead.

const VOWEL = /[aeiou]/;

/** The first syllable, as repeated for aspect: "sampal" → "sa", "bugbog" → "bu", "abuso" → "a". */
function firstSyllable(root: string): string {
  const m = /^([^aeiou]*)([aeiou])/.exec(root);
  return m ? m[1]! + m[2]! : root;
}

/** The root before -in or -an: a final o becomes u ("suntok" → "suntuk-in", "bugbog" → "bugbug-in"). */
function suffixed(root: string, suffix: 'in' | 'an'): string[] {
  const base = root.replace(/o([^aeiou]*)$/, 'u$1');
  // After a vowel, -in and -an take an h ("palo" → "paluin", "paluhin"); both are typed.
  return VOWEL.test(base.at(-1)!) ? [`${base}h${suffix}`, `${base}${suffix}`] : [`${base}${suffix}`];
}

/** An infix after the first consonant ("sampal" → "s-in-ampal"), or before a vowel ("abuso" → "in-abuso"). */
function infixed(word: string, infix: 'in' | 'um'): string[] {
  if (VOWEL.test(word[0]!)) return [`${infix}${word}`];
  const out = [`${word[0]}${infix}${word.slice(1)}`];
  // Before l, y and w, -in- is often a prefix ni- ("lason" → "nilason", "linason").
  if (infix === 'in' && /^[lyw]/.test(word)) out.push(`ni${word}`);
  return out;
}

/** The verb forms of a Tagalog root (lower case, unaccented), without the root alone. */
export function tagalogForms(root: string): string[] {
  const r = root.toLowerCase();
  const redup = firstSyllable(r) + r;
  const stems = [r, redup];
  const out = new Set<string>();
  for (const s of stems) {
    for (const f of infixed(s, 'in')) out.add(f);
    for (const f of suffixed(s, 'in')) out.add(f);
    for (const f of suffixed(s, 'an')) {
      out.add(f);
      for (const g of infixed(f, 'in')) out.add(g);
      out.add(`pinag${f}`);
    }
    for (const p of ['pinag', 'naka', 'pina', 'ipina', 'ipa', 'i']) out.add(p + s);
    for (const f of suffixed(s, 'in')) out.add(`pag${f}`);
  }
  out.delete(r);
  return [...out];
}
