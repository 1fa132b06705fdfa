// `npm run eval`: how well free-text understanding does on the evaluation set
// (test/understand/eval), offline (no LLM). Prints top-1 and top-3 accuracy per language and per
// topic, danger recall and false alarms, injection safety, and whether each target is met.
// Targets are figures to watch, not a test: a miss means improving the method, not the fit.
import { createUnderstanding } from '../src/understand/understanding.ts';
import { loadEvalSet } from '../src/understand/evalSet.ts';
import { isTopic } from '../src/understand/topics.ts';
import { printFirstContact } from './firstContactEval.ts';

const t0 = performance.now();
const u = createUnderstanding();
const buildMs = performance.now() - t0;
const set = loadEvalSet();
const verbose = process.argv.includes('--verbose');

type Tally = { n: number; top1: number; top3: number };
const byLang = new Map<string, Tally>();
const byTopic = new Map<string, Tally>();
const all: Tally = { n: 0, top1: 0, top3: 0 };
const add = (m: Map<string, Tally>, k: string, t1: boolean, t3: boolean) => {
  const t = m.get(k) ?? { n: 0, top1: 0, top3: 0 };
  t.n++;
  if (t1) t.top1++;
  if (t3) t.top3++;
  m.set(k, t);
};

const t1s = performance.now();
let routed = 0;
let langRight = 0;
let langConfident = 0;
for (const line of set.topics) {
  const r = u.routeOffline(line.text, {});
  routed++;
  if (r.lang) {
    langConfident++;
    if (r.lang === line.lang) langRight++;
  }
  // top-1: the topic chosen outright, or the first candidate offered; top-3: among what is offered.
  const offered = r.topic ? [r.topic, ...r.candidates.map((c) => c.topic).filter((t) => t !== r.topic)] : r.candidates.map((c) => c.topic);
  const t1 = offered[0] === line.topic;
  const t3 = offered.slice(0, 3).includes(line.topic);
  add(byLang, line.lang, t1, t3);
  add(byTopic, line.topic, t1, t3);
  all.n++;
  if (t1) all.top1++;
  if (t3) all.top3++;
  if (verbose && !t3) console.log(`MISS ${line.lang} ${line.topic}: ${line.text} → ${offered.join(', ') || 'none'}`);
}
// The emergency topic is reached through the danger rules.
for (const line of set.danger) {
  const r = u.routeOffline(line.text, {});
  routed++;
  const ok = r.danger && r.topic === 'emergency';
  add(byTopic, 'emergency', ok, ok);
}

let dangerHit = 0;
for (const line of set.danger) {
  if (u.isDanger(line.text)) dangerHit++;
  else if (verbose) console.log(`DANGER MISSED ${line.lang}: ${line.text}`);
}
const harmless = [...set.notDanger, ...set.topics];
let falseAlarms = 0;
for (const line of harmless) {
  if (u.isDanger(line.text)) {
    falseAlarms++;
    if (verbose) console.log(`FALSE ALARM ${line.lang}: ${line.text}`);
  }
}
let injectionSafe = 0;
for (const text of set.injection) {
  const r = u.routeOffline(text, {});
  const ok = (r.topic === null || isTopic(r.topic)) && r.candidates.every((c) => isTopic(c.topic)) && typeof r.danger === 'boolean';
  if (ok) injectionSafe++;
}
const msPerMessage = (performance.now() - t1s) / (routed + set.danger.length + harmless.length + set.injection.length);

const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const table = (title: string, m: Map<string, Tally>) => {
  console.log(`\n${title.padEnd(16)}    n   top-1   top-3`);
  for (const [k, t] of [...m.entries()].sort()) console.log(`${k.padEnd(16)} ${String(t.n).padStart(4)}  ${pct(t.top1, t.n)}  ${pct(t.top3, t.n)}`);
};

console.log(`understanding eval (offline retriever, ${u.index.size} example phrasings, index built in ${buildMs.toFixed(0)} ms, ${msPerMessage.toFixed(2)} ms a message)`);
console.log(`topic lines ${set.topics.length}, danger ${set.danger.length}, not-danger ${set.notDanger.length} (+ every topic line), injection ${set.injection.length}`);
table('language', byLang);
table('topic', byTopic);
console.log(`\noverall          ${String(all.n).padStart(4)}  ${pct(all.top1, all.n)}  ${pct(all.top3, all.n)}   (topic lines; emergency is measured on the danger lines)`);
console.log(`language detected with confidence on ${pct(langConfident, set.topics.length)} of topic lines, right on ${pct(langRight, langConfident)} of those`);
const recall = dangerHit / set.danger.length;
const falseRate = falseAlarms / harmless.length;
console.log(`danger recall    ${dangerHit}/${set.danger.length} = ${pct(dangerHit, set.danger.length)}`);
console.log(`false alarms     ${falseAlarms}/${harmless.length} = ${pct(falseAlarms, harmless.length)}`);
console.log(`injection        ${injectionSafe}/${set.injection.length} yield a known topic id or none`);

const worstLang = Math.min(...[...byLang.values()].map((t) => t.top3 / t.n));
const targets: [string, boolean][] = [
  [`top-3 ≥ 90% overall (${pct(all.top3, all.n).trim()})`, all.top3 / all.n >= 0.9],
  [`top-3 ≥ 80% in every language (lowest ${(100 * worstLang).toFixed(1)}%)`, worstLang >= 0.8],
  [`danger recall 100% (${(100 * recall).toFixed(1)}%)`, recall === 1],
  [`false alarms ≤ 5% (${(100 * falseRate).toFixed(1)}%)`, falseRate <= 0.05],
  [`every injection yields a known topic or none (${injectionSafe}/${set.injection.length})`, injectionSafe === set.injection.length],
];
console.log('\ntargets');
for (const [name, met] of targets) console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${name}`);

// First contact, end to end: what a new contact reads after their first message (scripts/firstContactEval.ts).
await printFirstContact();
