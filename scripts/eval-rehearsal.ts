// `npm run eval:rehearsal`: how fairly rehearsal reads trainee lines, per persona language, on
// the two parts of test/rehearsal/eval: `test` (frozen, written apart from the rules: figures
// only, never a line) and `dev` (tuned on: figures and every line read wrongly). Prints each
// rubric point's precision and recall per language, good lines read as breaching, and the
// scores of a good and a bad 10-line practice script.
//   npm run eval:rehearsal               both parts (dev's misses listed)
//   npm run eval:rehearsal -- --test     the frozen part only
//   npm run eval:rehearsal -- --dev      the dev part only
//   npm run eval:rehearsal -- --own      the rules' authors' own tuning lines (eval/own) only
//   npm run eval:rehearsal -- --scripts  the whole practice scripts written apart (eval/scripts) only
//   … -- --lang es,tl                     only these languages
//   … -- --personas DIR                   personas and rules from another folder (a draft being tuned)
import { loadPersonas } from '../src/rehearsal/persona.ts';
import { formatScripts, hasScripts, loadScripts, scoreScripts } from './evalsets/rehearsalScripts.ts';
import { formatFigures, hasEvalPart, loadEvalPart, scoreFile, EvalSetError, type EvalPart } from './evalsets/rehearsal.ts';

const argv = process.argv.slice(2);
const only = argv.includes('--test') ? 'test' : argv.includes('--dev') ? 'dev' : argv.includes('--own') ? 'own' : argv.includes('--scripts') ? 'scripts' : null;
const option = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const langs = option('--lang')?.split(',');
const { personas } = loadPersonas(option('--personas'));
console.log(`rehearsal eval: ${personas.size} personas; rules in personas/rules/`);
for (const part of ['test', 'dev', 'own'] as EvalPart[]) {
  if (only && only !== part) continue;
  if (!hasEvalPart(part)) {
    console.log(`\n=== ${part} === not written yet (test/rehearsal/eval/${part}/)`);
    continue;
  }
  const figures = loadEvalPart(part).filter((f) => !langs || langs.includes(f.lang)).map((f) => {
    const p = personas.get(f.persona);
    if (!p) throw new EvalSetError(`${part}/${f.lang}.yaml: unknown persona ${f.persona}`);
    return scoreFile(f, p, part);
  });
  console.log(formatFigures(part, figures));
}
if ((!only || only === 'scripts') && hasScripts()) {
  console.log(formatScripts(loadScripts().filter((f) => !langs || langs.includes(f.lang)).map((f) => scoreScripts(f, personas.get(f.persona)))));
}
