import { fold } from '../src/understand/fold.ts';
import { loadDangerLexicons } from '../src/understand/data.ts';
import { TermMatcher } from '../src/understand/terms.ts';
import { DangerDetector } from '../src/understand/danger.ts';
const lex = loadDangerLexicons();
const m = new TermMatcher(lex.flatMap((l) => [l.phrases, ...Object.values(l.concepts)]));
const d = new DangerDetector(lex);
for (const text of ['mujhe kal naukri se nikal diya', 'the boss did not pay me']) {
  const t = fold(text);
  for (let r = 0; r < 4; r++) { const a = performance.now(); for (let i = 0; i < 200; i++) m.findFolded(t); const b = performance.now(); for (let i = 0; i < 200; i++) d.read(text); console.log(text.slice(0,12), ((b - a) / 200).toFixed(4), 'ms terms', ((performance.now() - b) / 200).toFixed(4), 'ms read'); }
}
