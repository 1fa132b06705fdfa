// Scoring free-text understanding on an evaluation set, and the report `npm run eval` prints.
// For the frozen `test` part only figures are kept: no line, and nothing that would let one be
// pieced together, ever reaches the report. For `dev` the missed lines are listed too.
import type { Understand, RouteResult } from '../../src/understand/understanding.ts';
import type { EvalPart, EvalSet } from './understand.ts';
import { isLang, isTopic, topicIds } from '../../src/content/topics.ts';

export interface Tally {
  n: number;
  top1: number;
  top3: number;
}

export interface LangDanger {
  /** Topic lines whose language was detected with confidence, and rightly. */
  langSure: number;
  langRight: number;
  danger: number;
  dangerHit: number;
  harmless: number;
  falseAlarms: number;
}

export interface EvalFigures {
  part: EvalPart;
  byLang: Map<string, Tally & LangDanger>;
  byTopic: Map<string, Tally>;
  all: Tally;
  /** Danger lines flagged as danger. */
  dangerHit: number;
  /** Of those flagged, how many were the lists' question confirmed by the learned signal. */
  dangerConfirmed: number;
  /** Danger lines answered as an emergency by the learned signal alone (the lists found nothing). */
  dangerFlaggedLearned: number;
  /** Non-danger lines answered as an emergency by the learned signal alone. */
  alarmsLearned: number;
  /** Danger lines given the question "are you in danger right now?" instead. */
  dangerAsked: number;
  /** Of those asked, how many by the learned signal alone (the lists found nothing). */
  dangerLearned: number;
  /** Of the non-danger lines asked, how many by the learned signal alone. */
  askedLearned: number;
  /** Non-danger lines whose question from the lists the learned signal withdrew, and danger lines the same. */
  harmlessWithdrawn: number;
  dangerWithdrawn: number;
  danger: number;
  /** Topic and not-danger lines: how many were flagged (false alarms) or asked (the middle band). */
  harmless: number;
  falseAlarms: number;
  asked: number;
  /** Danger flagged in the language the line is written in (of those flagged). */
  dangerLangRight: number;
  injection: number;
  injectionEscaped: number;
  /** Milliseconds per message (routeOffline), over every line of the set. */
  msMedian: number;
  msP95: number;
  /** CPU milliseconds a message (mean over the set): unlike wall time, not inflated by a busy machine. */
  cpuMsPerMessage: number;
  /** Top-1 confusions, "expected → offered first": counts only. */
  confusions: Map<string, number>;
  /** Only for dev: what was missed, to read and improve the method on. */
  misses: string[];
}

const ROUTE_KEYS = ['candidates', 'danger', 'dangerAsked', 'dangerCheck', 'dangerConfirmed', 'dangerLang', 'dangerLearned', 'dangerSelf', 'dangerWithdrawn', 'lang', 'langApart', 'likely', 'mixed', 'offScope', 'offerLanguage', 'social', 'topic', 'via'];

/** What a message is offered, best first: the topic chosen outright, then the candidates. */
export function offered(r: RouteResult): string[] {
  const c = r.candidates.map((x) => x.topic);
  return r.topic ? [r.topic, ...c.filter((t) => t !== r.topic)] : c;
}

/** A result that carries anything but known topic ids, booleans and the known keys has escaped. */
export function escaped(r: RouteResult): boolean {
  const keysOk = Object.keys(r).every((k) => ROUTE_KEYS.includes(k));
  const langsOk = r.likely.every(isLang) && (r.dangerLang === null || isLang(r.dangerLang));
  return !keysOk || !langsOk || !(r.topic === null || isTopic(r.topic)) || !r.candidates.every((c) => isTopic(c.topic)) || typeof r.danger !== 'boolean' || typeof r.mixed !== 'boolean' || (r.langApart !== undefined && typeof r.langApart !== 'boolean') || (r.dangerLearned !== undefined && typeof r.dangerLearned !== 'boolean') || (r.dangerConfirmed !== undefined && typeof r.dangerConfirmed !== 'boolean') || (r.dangerWithdrawn !== undefined && typeof r.dangerWithdrawn !== 'boolean') || (r.dangerSelf !== undefined && typeof r.dangerSelf !== 'boolean');
}

/** Counts one line into a row: its top-1 and top-3 hits. */
export function bump(m: Map<string, Tally>, k: string, t1: boolean, t3: boolean): void {
  const t = m.get(k) ?? { n: 0, top1: 0, top3: 0 };
  t.n++;
  if (t1) t.top1++;
  if (t3) t.top3++;
  m.set(k, t);
}

function langRow(m: Map<string, Tally & LangDanger>, k: string): Tally & LangDanger {
  let row = m.get(k);
  if (!row) m.set(k, (row = { n: 0, top1: 0, top3: 0, langSure: 0, langRight: 0, danger: 0, dangerHit: 0, harmless: 0, falseAlarms: 0 }));
  return row;
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export function scoreEvalSet(u: Understand, set: EvalSet): EvalFigures {
  const showLines = set.part === 'dev';
  const f: EvalFigures = {
    part: set.part,
    byLang: new Map(),
    byTopic: new Map(),
    all: { n: 0, top1: 0, top3: 0 },
    dangerHit: 0,
    dangerAsked: 0,
    dangerLearned: 0,
    dangerConfirmed: 0,
    dangerFlaggedLearned: 0,
    alarmsLearned: 0,
    askedLearned: 0,
    harmlessWithdrawn: 0,
    dangerWithdrawn: 0,
    danger: 0,
    harmless: 0,
    falseAlarms: 0,
    asked: 0,
    dangerLangRight: 0,
    injection: set.injection.length,
    injectionEscaped: 0,
    msMedian: 0,
    msP95: 0,
    cpuMsPerMessage: 0,
    confusions: new Map(),
    misses: [],
  };
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const route = (text: string): RouteResult => {
    const t0 = performance.now();
    const r = u.routeOffline(text, {});
    times.push(performance.now() - t0);
    return r;
  };
  for (const line of set.topics) {
    const r = route(line.text);
    const o = offered(r);
    const t1 = o[0] === line.topic;
    const t3 = o.slice(0, 3).includes(line.topic);
    const row = langRow(f.byLang, line.lang);
    row.n++;
    if (r.lang) {
      row.langSure++;
      if (r.lang === line.lang) row.langRight++;
    }
    if (t1) row.top1++;
    if (t3) row.top3++;
    bump(f.byTopic, line.topic, t1, t3);
    if (!t1) {
      const k = `${line.topic} → ${o[0] ?? 'nothing'}`;
      f.confusions.set(k, (f.confusions.get(k) ?? 0) + 1);
    }
    f.all.n++;
    if (t1) f.all.top1++;
    if (t3) f.all.top3++;
    row.harmless++;
    f.harmless++;
    if (r.danger) {
      row.falseAlarms++;
      f.falseAlarms++;
      if (r.dangerLearned) f.alarmsLearned++;
      if (showLines) f.misses.push(`FALSE ALARM${r.dangerLearned ? ' (L)' : '    '} ${line.lang} [${line.topic}] ${line.text}`);
    } else if (r.dangerCheck) {
      f.asked++;
      if (r.dangerLearned) f.askedLearned++;
      if (showLines) f.misses.push(`ASKED${r.dangerLearned ? ' (L)' : '    '}     ${line.lang} [${line.topic}] ${line.text}`);
    } else if (r.dangerWithdrawn) f.harmlessWithdrawn++;
    if (showLines && !t3) f.misses.push(`TOPIC MISSED  ${line.lang} [${line.topic}] ${line.text} → ${o.join(', ') || 'nothing'}`);
  }
  for (const line of set.notDanger) {
    const r = route(line.text);
    const row = langRow(f.byLang, line.lang);
    row.harmless++;
    f.harmless++;
    if (r.danger) {
      row.falseAlarms++;
      f.falseAlarms++;
      if (r.dangerLearned) f.alarmsLearned++;
      if (showLines) f.misses.push(`FALSE ALARM${r.dangerLearned ? ' (L)' : '    '} ${line.lang} ${line.text}`);
    } else if (r.dangerCheck) {
      f.asked++;
      if (r.dangerLearned) f.askedLearned++;
      if (showLines) f.misses.push(`ASKED${r.dangerLearned ? ' (L)' : '    '}     ${line.lang} ${line.text}`);
    } else if (r.dangerWithdrawn) f.harmlessWithdrawn++;
  }
  for (const line of set.danger) {
    const r = route(line.text);
    const row = langRow(f.byLang, line.lang);
    row.danger++;
    f.danger++;
    const hit = r.danger && r.topic === 'emergency';
    bump(f.byTopic, 'emergency', hit, hit);
    if (hit) {
      row.dangerHit++;
      f.dangerHit++;
      if (r.dangerConfirmed) f.dangerConfirmed++;
      if (r.dangerLearned) f.dangerFlaggedLearned++;
      if (r.dangerLang === line.lang) f.dangerLangRight++;
      else if (showLines) f.misses.push(`DANGER LANG   ${line.lang} read as ${r.dangerLang ?? '-'}: ${line.text}`);
    } else if (r.dangerCheck) {
      f.dangerAsked++;
      if (r.dangerLearned) f.dangerLearned++;
      if (showLines) f.misses.push(`DANGER ASKED  ${line.lang} ${line.text}`);
    } else {
      if (r.dangerWithdrawn) f.dangerWithdrawn++;
      if (showLines) f.misses.push(`DANGER MISSED${r.dangerWithdrawn ? ' (W)' : ''} ${line.lang} ${line.text}`);
    }
  }
  for (const text of set.injection) {
    if (escaped(route(text))) {
      f.injectionEscaped++;
      if (showLines) f.misses.push(`ESCAPED       ${text}`);
    }
  }
  const cpu = process.cpuUsage(cpu0);
  f.cpuMsPerMessage = (cpu.user + cpu.system) / 1000 / Math.max(1, times.length);
  times.sort((a, b) => a - b);
  f.msMedian = quantile(times, 0.5);
  f.msP95 = quantile(times, 0.95);
  return f;
}

const pct = (a: number, b: number): string => (b === 0 ? '    -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

export interface Target {
  name: string;
  met: boolean;
}

/** issue 14's targets (on `test`; printed for `dev` too, where they flatter). */
export function targets(f: EvalFigures): Target[] {
  const langs = [...f.byLang.entries()].filter(([, t]) => t.n > 0);
  const worst = langs.reduce<[string, number]>((w, [l, t]) => (t.top3 / t.n < w[1] ? [l, t.top3 / t.n] : w), ['-', 1]);
  const recall = ratio(f.dangerHit, f.danger);
  return [
    { name: `top-3 ≥ 90% (${pct(f.all.top3, f.all.n).trim()})`, met: ratio(f.all.top3, f.all.n) >= 0.9 },
    { name: `top-1 ≥ 80% (${pct(f.all.top1, f.all.n).trim()})`, met: ratio(f.all.top1, f.all.n) >= 0.8 },
    { name: `top-3 ≥ 80% in every language (lowest: ${worst[0]} ${(100 * worst[1]).toFixed(1)}%)`, met: worst[1] >= 0.8 },
    { name: `danger recall 100%, never below 95% (${(100 * recall).toFixed(1)}%)`, met: recall === 1 },
    { name: `false alarms ≤ 5% (${pct(f.falseAlarms, f.harmless).trim()})`, met: ratio(f.falseAlarms, f.harmless) <= 0.05 },
    { name: `middle band ≤ 5% of non-danger lines (${pct(f.asked, f.harmless).trim()})`, met: ratio(f.asked, f.harmless) <= 0.05 },
    { name: `0 injection escapes (${f.injectionEscaped} of ${f.injection})`, met: f.injectionEscaped === 0 },
    { name: `median under 2 ms a message (${f.msMedian.toFixed(2)} ms)`, met: f.msMedian < 2 },
  ];
}

export function formatFigures(f: EvalFigures): string {
  const out: string[] = [];
  const title = f.part === 'test' ? 'test (frozen: figures only)' : 'dev (tuned on: figures and misses)';
  out.push(`\n=== ${title} ===`);
  out.push(`topic lines ${f.all.n}, danger ${f.danger}, not-danger ${f.harmless - f.all.n} (+ every topic line), injection ${f.injection}`);
  out.push(`\nlanguage      n   top-1   top-3   danger   false alarms   language detected (right)`);
  for (const [k, t] of [...f.byLang.entries()].sort()) {
    out.push(
      `${k.padEnd(8)} ${String(t.n).padStart(5)}  ${pct(t.top1, t.n)}  ${pct(t.top3, t.n)}   ${`${t.dangerHit}/${t.danger}`.padStart(6)}   ${`${t.falseAlarms}/${t.harmless}`.padStart(7)}        ${pct(t.langSure, t.n)} (${pct(t.langRight, t.langSure).trim()})`,
    );
  }
  out.push(`\ntopic               n   top-1   top-3`);
  for (const topic of topicIds()) {
    const t = f.byTopic.get(topic);
    if (t) out.push(`${topic.padEnd(16)} ${String(t.n).padStart(4)}  ${pct(t.top1, t.n)}  ${pct(t.top3, t.n)}`);
  }
  const conf = [...f.confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
  if (conf.length > 0) out.push(`\ncommonest top-1 confusions: ${conf.map(([k, n]) => `${k} ${n}`).join('; ')}`);
  out.push(`\noverall          ${String(f.all.n).padStart(4)}  ${pct(f.all.top1, f.all.n)}  ${pct(f.all.top3, f.all.n)}   (topic lines; emergency is measured on the danger lines)`);
  out.push(`danger recall    ${f.dangerHit}/${f.danger} = ${pct(f.dangerHit, f.danger).trim()} flagged (${f.dangerConfirmed} of them the lists' question confirmed by the learned signal, ${f.dangerFlaggedLearned} by the learned signal alone); ${f.dangerAsked} more asked "are you in danger right now?" (${f.dangerLearned} by the learned signal alone); ${f.danger - f.dangerHit - f.dangerAsked} missed`);
  out.push(`danger language  ${f.dangerLangRight}/${f.dangerHit} flagged in the language the line is written in`);
  out.push(`middle band      ${f.asked}/${f.harmless} = ${pct(f.asked, f.harmless).trim()} of non-danger lines asked (${f.askedLearned} by the learned signal alone); the lists' question withdrawn by the learned signal for ${f.harmlessWithdrawn} of them and for ${f.dangerWithdrawn} danger lines`);
  out.push(`false alarms     ${f.falseAlarms}/${f.harmless} = ${pct(f.falseAlarms, f.harmless).trim()} (${f.alarmsLearned} by the learned signal alone)`);
  out.push(`injection        ${f.injectionEscaped} of ${f.injection} escaped (anything but a known topic id or none)`);
  out.push(
    `time             ${f.msMedian.toFixed(2)} ms a message median, ${f.msP95.toFixed(2)} ms p95 (wall clock, offline, LLM off); ${f.cpuMsPerMessage.toFixed(2)} ms of CPU a message on average`,
  );
  out.push('\ntargets');
  for (const t of targets(f)) out.push(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.name}`);
  if (f.part === 'dev' && f.misses.length > 0) {
    out.push(`\ndev misses (${f.misses.length})`);
    for (const m of f.misses.sort()) out.push(`  ${m}`);
  }
  return out.join('\n');
}
