import { createUnderstanding } from '/work/wt/understand/src/understand/understanding.ts';
import { DangerDetector } from '/work/wt/understand/src/understand/danger.ts';
import { loadDangerLexicons } from '/work/wt/understand/src/understand/data.ts';
const u = createUnderstanding();
const d = new DangerDetector(loadDangerLexicons());
for (const t of process.argv.slice(2)) {
  const r = u.routeOffline(t);
  const langs = [r.lang].filter(Boolean) as any;
  console.log(JSON.stringify(t), r.danger ? 'DANGER' : r.dangerCheck ? 'ASK' : '-', r.dangerLang, r.topic, r.candidates.map(c=>c.topic).join(','), d.read(t, langs).found.join(' '));
}
