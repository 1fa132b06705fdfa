import { createUnderstanding } from '../src/understand/understanding.ts';
import { loadEvalSet } from '../src/understand/evalSet.ts';
import { DangerDetector } from '../src/understand/danger.ts';
import { loadDangerLexicons, loadExamples } from '../src/understand/data.ts';
import { LanguageDetector } from '../src/understand/language.ts';
const u = createUnderstanding();
const set = loadEvalSet('dev');
const lines = [...set.topics, ...set.danger, ...set.notDanger].map((l) => l.text);
const d = new DangerDetector(loadDangerLexicons());
const time = (name: string, f: (t: string) => unknown) => {
  for (const t of lines) f(t);
  const ts: number[] = [];
  for (let k = 0; k < 3; k++) for (const t of lines) { const a = performance.now(); f(t); ts.push(performance.now() - a); }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(12), 'median', ts[Math.floor(ts.length / 2)]!.toFixed(3), 'p95', ts[Math.floor(ts.length * 0.95)]!.toFixed(3), 'max', ts.at(-1)!.toFixed(2));
};
time('route', (t) => u.routeOffline(t));
time('danger', (t) => d.read(t));
time('detect', (t) => u.detectLanguage(t));
time('search', (t) => u.index.search(t, { limit: 5 }));
const slow: [number, string][] = [];
for (const t of lines) { const a = performance.now(); for (let k=0;k<5;k++) d.read(t); slow.push([(performance.now() - a)/5, t]); }
slow.sort((a, b) => b[0] - a[0]);
for (const [ms, t] of slow.slice(0, 8)) console.log(ms.toFixed(2), t.slice(0, 70));
