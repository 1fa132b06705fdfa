// Right-to-left catalogues (CONTENT.md, "Languages": Arabic bidi-isolates numbers, links and
// commands): every run of digits or Latin letters in a used message sits between First Strong
// Isolate (U+2068) and Pop Directional Isolate (U+2069), so "1-833-900-1010" keeps its order
// inside Arabic text on every phone. A warning: a translator adding text may not type the marks.
import type { Finding, LintContext } from './types.ts';

const FSI = '\u2068';
const PDI = '\u2069';
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** The first run of Latin letters or digits outside an isolate, or null. */
export function unisolatedRun(text: string): string | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === FSI) depth++;
    else if (ch === PDI) depth = Math.max(0, depth - 1);
    else if (depth === 0 && LATIN_OR_DIGIT.test(ch)) return /^[A-Za-z0-9][A-Za-z0-9./:@'’_+ -]*/.exec(text.slice(i))![0].trim();
  }
  return null;
}

export function bidiIsolation(ctx: LintContext): Finding[] {
  const out: Finding[] = [];
  for (const [lang, locale] of ctx.content.locales.locales) {
    if (locale.language.dir !== 'rtl') continue;
    for (const key of ctx.uses.keys()) {
      if (key.startsWith('cmd-') || key.startsWith('language-')) continue;
      const f = ctx.content.catalog.format(lang, key, {});
      if (!f || f.lang !== lang) continue;
      const run = unisolatedRun(f.text);
      if (!run) continue;
      const m = locale.messages.get(key);
      out.push({ rule: 'bidi-isolation', severity: 'warning', file: locale.file, ...(m ? { line: m.line } : {}), key, lang, message: `"${key}" in ${lang} has "${run}" outside a bidi isolate (U+2068 … U+2069): numbers and Latin text can be reordered in right-to-left text` });
    }
  }
  return out;
}
