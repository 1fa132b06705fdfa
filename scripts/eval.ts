// `npm run eval`: how well free-text understanding does, offline (no LLM), on the two parts of
// test/understand/eval: `test` (frozen, written apart from the project: figures only, never a
// line) and `dev` (tuned on: figures and every miss). Prints top-1 and top-3 per language and
// per topic, danger recall, the middle band's rate, false alarms, injection escapes, the time a
// message takes, and issue 14's targets. A miss on dev is a reason to improve the method, not to
// copy the line into the data; `test` is only ever scored.
//   npm run eval               both parts (dev's misses listed)
//   npm run eval -- --test     the frozen part only
//   npm run eval -- --dev      the dev part only
// Then the first-contact section (the same --test / --dev apply).
import { createUnderstanding } from '../src/understand/understanding.ts';
import { hasEvalSet, loadEvalSet, type EvalPart } from './evalsets/understand.ts';
import { formatFigures, scoreEvalSet } from './evalsets/understandScore.ts';
import { printFirstContact } from './firstContactEval.ts';

const only = process.argv.includes('--test') ? 'test' : process.argv.includes('--dev') ? 'dev' : null;
const t0 = performance.now();
const u = createUnderstanding();
const buildMs = performance.now() - t0;
console.log(`understanding eval (offline, ${u.index.size} example phrasings, built in ${buildMs.toFixed(0)} ms)`);

// Warm up on every dev line, twice, so the first part measured does not pay for the JIT.
if (hasEvalSet('dev')) {
  const dev = loadEvalSet('dev');
  for (let i = 0; i < 2; i++) for (const l of [...dev.topics, ...dev.danger, ...dev.notDanger]) u.routeOffline(l.text, {});
}

for (const part of ['test', 'dev'] as EvalPart[]) {
  if (only && only !== part) continue;
  if (!hasEvalSet(part)) {
    console.log(`\n=== ${part} === not written yet (test/understand/eval/${part}/)`);
    continue;
  }
  console.log(formatFigures(scoreEvalSet(u, loadEvalSet(part))));
}

// First contact, end to end: what a new contact reads after their first message, per language
// (scripts/firstContactEval.ts; its own sets in test/understand/firstcontact/).
await printFirstContact({ only });
