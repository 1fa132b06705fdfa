// The rehearsal's evaluation set (test/rehearsal/eval): per persona language, trainee lines with
// the points each should earn or breach, and a good and a bad 10-line practice script. `dev` is
// read and tuned on; `test` is frozen, written apart from the rules, and only ever scored: no
// line of it is ever shown, in a report or in an error (an error names the file and the place).
//
// A line is read as the first line of a practice with its file's persona (so a question about
// names or addresses is an early one), and each point gets one verdict: earned, breached or
// none. Per point and language: precision = right verdicts / verdicts given, recall = right
// verdicts / verdicts expected. A script is replayed whole and scored like any debrief.

import { join } from 'node:path';
import { z } from 'zod';
import { debrief } from '../../src/rehearsal/debrief.ts';
import type { Persona } from '../../src/rehearsal/persona.ts';
import { lineVerdicts, POINT_IDS, type PointId, type Verdict } from '../../src/rehearsal/points.ts';
import { foldLine } from '../../src/rehearsal/recognise.ts';
import { withModel } from '../../src/rehearsal/model.ts';
import { replay } from '../../src/rehearsal/session.ts';
import { readLine, type Reader } from '../../src/rehearsal/signals.ts';
import { checkLangName, EvalSetError, hasPart, partFiles, readEvalFile, TEST_DIR } from './read.ts';

export { EvalSetError };

/** `own`: more tuning lines, written by the rules' authors in their own words (so not an independent measure). */
export type EvalPart = 'dev' | 'test' | 'own';
export const EVAL_DIR = join(TEST_DIR, 'rehearsal', 'eval');

const point = z.enum(POINT_IDS);
const fileSchema = z.looseObject({
  lang: z.string().regex(/^[a-z]{2,3}$/),
  persona: z.string().regex(/^[a-z0-9-]+$/),
  lines: z.array(z.looseObject({ text: z.string().trim().min(1), earns: z.array(point).default([]), breaches: z.array(point).default([]) })).min(1),
  scripts: z.looseObject({ good: z.array(z.string().min(1)).min(1), bad: z.array(z.string().min(1)).min(1) }).optional(),
});
export type EvalFile = z.infer<typeof fileSchema>;

export function hasEvalPart(part: EvalPart, root = EVAL_DIR): boolean {
  return hasPart(join(root, part));
}

/** Every language file of a part. Errors in `test` never quote the file's text. */
export function loadEvalPart(part: EvalPart, root = EVAL_DIR): EvalFile[] {
  const dir = join(root, part);
  const quiet = part === 'test';
  return partFiles(dir).map(({ name, file }) => {
    const f = readEvalFile(file, fileSchema, quiet);
    checkLangName(file, name, f.lang);
    return f;
  });
}

export interface PointTally {
  /** Verdicts given, right ones, verdicts expected. */
  given: number;
  right: number;
  expected: number;
  /** How the wrong ones went: an expected earn or breach not read, read but not expected, read the other way round. */
  missedEarn: number;
  missedBreach: number;
  extraEarn: number;
  extraBreach: number;
  reversed: number;
}

const emptyTally = (): PointTally => ({ given: 0, right: 0, expected: 0, missedEarn: 0, missedBreach: 0, extraEarn: 0, extraBreach: 0, reversed: 0 });

export interface LangFigures {
  lang: string;
  persona: string;
  lines: number;
  points: Record<PointId, PointTally>;
  /** Lines expected to breach nothing that were read as breaching something. */
  goodBreached: number;
  goodLines: number;
  scripts: { good: number; bad: number; max: number };
  /** dev only: each line read wrongly, with what was expected and what was read. */
  misses: { text: string; expected: string; got: string }[];
  /** dev only: how each script's points went. */
  scriptMisses: { kind: 'good' | 'bad'; items: string }[];
}

/** Verdicts a set of labels asks for. */
function expectedOf(earns: PointId[], breaches: PointId[]): Map<PointId, Verdict> {
  const m = new Map<PointId, Verdict>();
  for (const e of earns) m.set(e, 'earned');
  for (const b of breaches) m.set(b, 'breached');
  return m;
}

const show = (m: Map<PointId, Verdict>): string => [...m].map(([p, v]) => `${v === 'breached' ? '✗' : '✓'}${p}`).join(' ') || '—';

/** The rules' verdict on each point for one line, read as the first line of a practice. */
export function ruleVerdicts(text: string, reader: Reader): Map<PointId, Verdict> {
  return lineVerdicts(readLine(foldLine(text), reader).signals);
}

/** What reads a line for scoring: the rules by default; the rules with a second opinion in scripts/rehearsalModel/. */
export type LineReader = (text: string, reader: Reader) => Map<PointId, Verdict>;

/** As a practice reads a line: the rules, and the persona's learned second opinion where they gave no verdict. */
const asPracticed =
  (persona: Persona): LineReader =>
  (text, reader) => {
    const reading = readLine(foldLine(text), reader);
    return withModel(lineVerdicts(reading.signals), text, persona.model, undefined, reading.quiet);
  };

export function scoreFile(f: EvalFile, persona: Persona, part: EvalPart, read: LineReader = asPracticed(persona)): LangFigures {
  const compiled = persona.compiled[f.lang];
  if (!compiled) throw new EvalSetError(`${f.lang}: persona ${persona.id} is not written in ${f.lang}`);
  const points = Object.fromEntries(POINT_IDS.map((p) => [p, emptyTally()])) as Record<PointId, PointTally>;
  const out: LangFigures = { lang: f.lang, persona: persona.id, lines: f.lines.length, points, goodBreached: 0, goodLines: 0, scripts: { good: 0, bad: 0, max: 0 }, misses: [], scriptMisses: [] };
  for (const line of f.lines) {
    const want = expectedOf(line.earns, line.breaches);
    const got = read(line.text, compiled.reader);
    let wrong = false;
    for (const p of POINT_IDS) {
      const w = want.get(p);
      const g = got.get(p);
      if (w) points[p].expected += 1;
      if (g) points[p].given += 1;
      if (w && g === w) points[p].right += 1;
      if (w === 'earned' && !g) points[p].missedEarn += 1;
      if (w === 'breached' && !g) points[p].missedBreach += 1;
      if (g === 'earned' && !w) points[p].extraEarn += 1;
      if (g === 'breached' && !w) points[p].extraBreach += 1;
      if (w && g && g !== w) points[p].reversed += 1;
      if (w !== g) wrong = true;
    }
    if (line.breaches.length === 0) {
      out.goodLines += 1;
      if ([...got.values()].includes('breached')) out.goodBreached += 1;
    }
    if (wrong && part !== 'test') out.misses.push({ text: line.text, expected: show(want), got: show(got) });
  }
  for (const kind of ['good', 'bad'] as const) {
    if (!f.scripts) continue;
    const d = debrief(replay(persona, f.lang, f.scripts[kind]).session);
    out.scripts[kind] = d.score;
    out.scripts.max = d.max;
    if (part !== 'test') out.scriptMisses.push({ kind, items: d.items.map((i) => `${i.status === 'passed' ? '✓' : i.status === 'breached' ? '✗' : '·'}${i.id}`).join(' ') });
  }
  return out;
}

export const TARGETS = { precision: 0.9, recall: 0.85, goodScript: 8, badScript: 3 } as const;

const pct = (a: number, b: number): string => (b === 0 ? '  –  ' : `${Math.round((100 * a) / b)}%`.padStart(5));

/** The language × point cells of a language short of target, each with its precision/recall. */
export function cellsShort(f: LangFigures): string[] {
  return POINT_IDS.filter((p) => {
    const t = f.points[p];
    return (t.given > 0 && t.right / t.given < TARGETS.precision) || (t.expected > 0 && t.right / t.expected < TARGETS.recall);
  }).map((p) => `${f.lang}:${p} ${pct(f.points[p].right, f.points[p].given).trim()}/${pct(f.points[p].right, f.points[p].expected).trim()}`);
}

/** The report: per language a row of precision/recall per point, the script scores, and what falls short. */
export function formatFigures(part: string, figures: LangFigures[]): string {
  const out: string[] = [`\n=== ${part} === ${figures.length} languages, ${figures.reduce((n, f) => n + f.lines, 0)} lines; per point: precision/recall (verdicts right of given / of expected)`];
  const short = (id: string): string => id.replace('identifying_details', 'ident').replace('no_status_ask', 'no_status').replace('person_first', 'person').replace('next_steps', 'next').replace('no_promise', 'no_prom').replace('introduced', 'intro');
  out.push(`lang ${POINT_IDS.map((p) => short(p).padEnd(11)).join(' ')} good bad  good-lines-breached`);
  const below: string[] = [];
  const total = Object.fromEntries(POINT_IDS.map((p) => [p, emptyTally()])) as Record<PointId, PointTally>;
  for (const f of figures) {
    const cells = POINT_IDS.map((p) => {
      const t = f.points[p];
      total[p].given += t.given;
      total[p].right += t.right;
      total[p].expected += t.expected;
      total[p].missedEarn += t.missedEarn;
      total[p].missedBreach += t.missedBreach;
      total[p].extraEarn += t.extraEarn;
      total[p].extraBreach += t.extraBreach;
      total[p].reversed += t.reversed;
      return `${pct(t.right, t.given)}/${pct(t.right, t.expected)}`.padEnd(11);
    });
    below.push(...cellsShort(f));
    const scripts = f.scripts.max ? `${String(f.scripts.good).padStart(2)}/${f.scripts.max} ${String(f.scripts.bad).padStart(2)}/${f.scripts.max}` : '  –     –  ';
    out.push(`${f.lang.padEnd(4)} ${cells.join(' ')} ${scripts}  ${f.goodBreached}/${f.goodLines}`);
    if (f.scripts.max && f.scripts.good < TARGETS.goodScript) below.push(`${f.lang}: good script ${f.scripts.good}/${f.scripts.max}`);
    if (f.scripts.max && f.scripts.bad > TARGETS.badScript) below.push(`${f.lang}: bad script ${f.scripts.bad}/${f.scripts.max}`);
    if (f.goodBreached > 0) below.push(`${f.lang}: ${f.goodBreached} good line(s) breached`);
  }
  out.push(`all  ${POINT_IDS.map((p) => `${pct(total[p].right, total[p].given)}/${pct(total[p].right, total[p].expected)}`.padEnd(11)).join(' ')}`);
  // Figures only, so the frozen part can say where recognition goes wrong without showing a line.
  const kinds = POINT_IDS.filter((p) => total[p].missedEarn + total[p].missedBreach + total[p].extraEarn + total[p].extraBreach + total[p].reversed > 0).map(
    (p) => `${short(p)} ${total[p].missedEarn}/${total[p].missedBreach}/${total[p].extraEarn}/${total[p].extraBreach}/${total[p].reversed}`,
  );
  out.push(`wrong verdicts, all languages (earn missed/breach missed/earn not expected/breach not expected/reversed): ${kinds.join(', ') || 'none'}`);
  out.push(
    `targets: every point ≥ ${TARGETS.precision * 100}% precision and ≥ ${TARGETS.recall * 100}% recall in every language; no good line breached; good scripts ≥ ${TARGETS.goodScript}, bad ≤ ${TARGETS.badScript}`,
    below.length ? `short of target (${below.length}): ${below.join('; ')}` : 'all targets met',
  );
  for (const f of figures) {
    if (f.misses.length === 0 && f.scriptMisses.length === 0) continue;
    out.push(`\n--- ${f.lang} (${f.persona}): ${f.misses.length} line(s) read wrongly`);
    for (const m of f.misses) out.push(`  want ${m.expected.padEnd(30)} got ${m.got.padEnd(30)} ${m.text}`);
    for (const s of f.scriptMisses) out.push(`  script ${s.kind}: ${s.items}`);
  }
  return out.join('\n');
}
