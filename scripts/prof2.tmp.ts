import { loadDangerLexicons } from '../src/understand/data.ts';
import { compilePattern, fold } from '../src/understand/fold.ts';
import { TermMatcher } from '../src/understand/terms.ts';
const lex = loadDangerLexicons();
const texts = ['mujhe kal naukri se nikal diya', 'як отримати відкритий дозвіл для вразливих працівників', '我躲在厕所里他在门外'];
for (const text of texts) {
  const t = fold(text);
  const res: [number, string][] = [];
  for (const l of lex) for (const p of [...l.patterns, ...l.not_danger]) {
    const re = compilePattern(p);
    const a = performance.now(); for (let k = 0; k < 20; k++) { re.lastIndex = 0; t.replace(re, ' '); } res.push([(performance.now() - a) / 20, l.lang + ' ' + p]);
  }
  res.sort((a, b) => b[0] - a[0]);
  console.log(text.slice(0, 30), res.slice(0, 3).map(([ms, p]) => ms.toFixed(3) + ' ' + p).join(' | '));
  const m = new TermMatcher(lex.flatMap((l) => [l.phrases, ...Object.values(l.concepts)]));
  const a = performance.now(); for (let k = 0; k < 20; k++) m.findFolded(t); console.log('  terms', ((performance.now() - a) / 20).toFixed(3));
}
