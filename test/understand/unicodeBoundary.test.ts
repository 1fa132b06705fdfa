import { describe, expect, it } from 'vitest';
import { understanding } from './shared.ts';
import { loadDangerLexicons, loadExamples, loadFraming, loadSmallTalk } from '../../src/understand/data.ts';
import { compilePattern, fold, hasAstralWord, lazyPattern } from '../../src/understand/fold.ts';

// Every reviewer's pattern is matched on non-ASCII text by a cheaper form than `compilePattern`'s
// (src/understand/fold.ts, `lazyPattern`): the BMP's letters for `\p{L}`'s, and one lookaround
// where a letter stands beside the `\b`. Checked here against `compilePattern` on every pattern
// of the data files: the same matches, at the same places.

function sources(): string[] {
  const out: string[] = [];
  for (const lex of loadDangerLexicons()) {
    out.push(...lex.patterns, ...lex.not_danger, ...(lex.help_question?.not ?? []));
    for (const c of lex.counts ?? []) out.push(c.includes(' => ') ? c.slice(0, c.lastIndexOf(' => ')) : c);
  }
  for (const f of loadFraming()) {
    out.push(...f.patterns);
    // As danger.ts joins them: one expression for a language's framing.
    out.push(f.patterns.map((p) => `(?:${p})`).join('|'));
  }
  for (const s of loadSmallTalk()) out.push(...s.scope);
  return out;
}

/** Folded lines of every language, and each again glued to letters of other scripts, where the two boundaries part ways if any. */
function lines(): string[] {
  // Topic examples, danger phrases, greetings and thanks: what framing, figures and patterns are about.
  const raw = [
    ...loadExamples().filter((_, i) => i % 80 === 0).map((e) => e.text),
    ...loadDangerLexicons().flatMap((l) => l.phrases.filter((_, i) => i % 24 === 0)).map((t) => t.replace(/[*~]/g, ' ')),
    ...loadSmallTalk().flatMap((s) => [...s.hello, ...s.thanks].filter((_, i) => i % 4 === 0)),
  ];
  const out: string[] = [];
  for (const text of raw) {
    const f = fold(text);
    out.push(f, `ж${f}ع`, f.replace(/ /g, ' ه').replace(/([a-z]) /g, '$1ж '), `${f} ¿ok? 👍🏽`);
  }
  return out.filter((l) => !hasAstralWord(l));
}

const matches = (re: RegExp, text: string): string[] => [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);

describe('the cheaper form of a pattern on non-ASCII text', () => {
  it('matches as compilePattern does, on every pattern of the data files', () => {
    const texts = lines();
    expect(texts.length).toBeGreaterThan(100);
    let compared = 0;
    let matched = 0;
    // Each pattern against a quarter of the lines, a different quarter for the next pattern: every
    // line and every pattern are still compared, in a quarter of the time (the whole product took
    // over a minute on a busy machine as the data files grew).
    for (const [i, source] of sources().entries()) {
      const full = compilePattern(source);
      const cheap = lazyPattern(source)('ж');
      for (const t of texts.filter((_, j) => j % 4 === i % 4)) {
        const found = matches(full, t);
        expect(matches(cheap, t), `${source} on ${t}`).toEqual(found);
        compared++;
        if (found.length > 0) matched++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(matched).toBeGreaterThan(20);
  }, 300_000);

  it('is the full form for a text with a letter outside the BMP', () => {
    expect(hasAstralWord('𝐡𝐞𝐥𝐩 me')).toBe(true);
    expect(hasAstralWord('help 🆘 👍🏽 مساعدة')).toBe(false);
    const source = '\\bhit\\b';
    expect(lazyPattern(source)('𝐡𝐞𝐥𝐩 hit').source).toBe(compilePattern(source).source);
    expect(lazyPattern(source)('ж hit').source).not.toBe(compilePattern(source).source);
    // Glued to a mathematical letter, "hit" is no word of its own, as compilePattern reads it.
    expect(matches(lazyPattern(source)('𝐡hit'), '𝐡hit')).toEqual([]);
  });

  it('leaves a message with such letters read as before', () => {
    const u = understanding();
    expect(u.routeOffline('𝐡𝐞𝐥𝐩 my boss hit me, ¿me ayudas?').danger).toBe(u.routeOffline('help my boss hit me, ¿me ayudas?').danger);
  });
});
