// `npm run heldout:danger`: how the learned danger signal does on words nobody here trained it on,
// measured leave-batch-out. Trains the signal exactly as `npm run train:danger` does, on every dev
// line EXCEPT the batches held out (named by their comments, "(dev12)", "(t14)", in
// test/understand/eval/dev/*.yaml and test/understand/firstcontact/dev.yaml: batches.ts), then
// scores the held-out lines through the understanding's own code (routeOffline) twice: with the
// lists alone, and with the lists and that signal. Per language it prints danger lines flagged /
// asked / missed, harmless lines (topic, harmless-but-scary and first messages) newly asked or newly
// alarmed, and danger first messages answered with the emergency message first (flagged or asked:
// on a first message a weak sign puts the emergency message first) in their language; then, for
// thresholds other than the shipped ones, how many held-out danger lines the lists missed and
// harmless lines they let through the signal would reach, would answer alone as an emergency (ADR
// 0016), and, where the lists would ask, would confirm (ADR 0013).
//
// Random k-fold would leak each writer's style into training and flatter; holding out whole
// batches, written apart by people who never saw the project, is how a new writer is met. The
// lists themselves were written reading every dev batch, so the "lists" column is flattered; the
// signal's gain over it is the measure. Never reads the frozen sets.
//
//   node bin/run.js scripts/dangerModel/heldout.ts [--hold dev12,dev13] [--misses]
// --hold     the batches held out (default dev12,dev13); "t14" for the fourteenth training batch
// --misses   also print the held-out danger lines still missed with the signal, and the harmless
//            lines it newly asks about
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { loadExamples, type Example } from '../../src/understand/data.ts';
import { createUnderstanding, type RouteResult, type Understand } from '../../src/understand/understanding.ts';
import { DangerModel, FLAG_CHARS, type DangerSignal } from '../../src/understand/dangerModel.ts';
import { loadEvalSet, type EvalSet } from '../evalsets/understand.ts';
import { readFirstContactSet, type FirstContactSet } from '../firstContactEval.ts';
import { batchCounts, devFiles, heldOutTexts } from './batches.ts';
import { harmlessLines, trainingLines } from './lines.ts';
import { modelFile, type Reader } from './train.ts';

export type Kind = 'danger' | 'harmless' | 'topic' | 'firstDanger' | 'first';

export interface Scored {
  lang: string;
  kind: Kind;
  text: string;
  /** The lists alone, and the lists with the signal trained without the held-out batches. */
  lists: RouteResult;
  signal: RouteResult;
  /** The signal's probability, when the understanding consulted it (the lists found nothing, no small talk). */
  p: number | null;
}

export interface HeldOut {
  held: string[];
  trainedOn: { danger: number; notDanger: number };
  askAt: number;
  confirmAt: number;
  /** Undefined: the file never answers alone. */
  flagAt?: number;
  lines: Scored[];
}

export interface Sources {
  evalRoot?: string;
  firstContactDir?: string;
  dataDir?: string;
  examples?: readonly Example[];
  /** The product's own choices and commands and greetings (default: every catalogue's and every language's social phrases: harmlessLines). */
  replies?: readonly string[];
  /** What the signal reads of a line (default: the understanding's own, framing blanked). */
  read?: Reader;
}

const keep = <T extends { text: string }>(xs: readonly T[], held: Set<string>, inHeld: boolean): T[] => xs.filter((x) => held.has(x.text) === inHeld);

function split(set: EvalSet, fc: FirstContactSet | null, held: Set<string>, inHeld: boolean): { set: EvalSet; fc: FirstContactSet | null } {
  return {
    set: { ...set, topics: keep(set.topics, held, inHeld), danger: keep(set.danger, held, inHeld), notDanger: keep(set.notDanger, held, inHeld) },
    fc: fc && { ...fc, first: keep(fc.first, held, inHeld), danger: keep(fc.danger, held, inHeld), unclear: [] },
  };
}

/** Train without the held-out batches and score them, with the lists alone and with the signal. */
export function measureHeldOut(held: readonly string[], src: Sources = {}): HeldOut {
  const texts = heldOutTexts(held, devFiles(src.evalRoot, src.firstContactDir));
  if (texts.size === 0) throw new Error(`no dev line in batches ${held.join(', ')}`);
  const set = loadEvalSet('dev', src.evalRoot);
  const fc = readFirstContactSet('dev', src.firstContactDir);
  const examples = (src.examples ?? loadExamples(src.dataDir)).filter((e) => !texts.has(e.text));
  const train = split(set, fc, texts, false);
  const lines = trainingLines(train.set, train.fc, examples, src.replies ?? harmlessLines(src.dataDir));
  const file = modelFile(lines, src.read ?? createUnderstanding({ dataDir: src.dataDir, dangerModel: null }).dangerText);
  const model = new DangerModel(file);
  let p: number | null = null;
  const spy: DangerSignal = {
    asks(text, matter) {
      p = model.probability(text);
      return model.asks(text, matter);
    },
    confirms(text) {
      p = model.probability(text);
      return model.confirms(text);
    },
    withdraws(text) {
      p = model.probability(text);
      return model.withdraws(text);
    },
    flags(text, lowered) {
      p = model.probability(text);
      return model.flags(text, lowered);
    },
  };
  const lists = createUnderstanding({ dataDir: src.dataDir, dangerModel: null });
  const signal = createUnderstanding({ dataDir: src.dataDir, dangerModel: spy });
  const score = (u: Understand, text: string): RouteResult => u.routeOffline(text, {});
  const out: Scored[] = [];
  // A held-out text written again in an earlier batch is scored once.
  const seen = new Set<string>();
  const add = (lang: string, kind: Kind, text: string): void => {
    const key = `${kind}\t${lang}\t${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    p = null;
    const withSignal = score(signal, text);
    out.push({ lang, kind, text, lists: score(lists, text), signal: withSignal, p });
  };
  const test = split(set, fc, texts, true);
  for (const l of test.set.danger) add(l.lang, 'danger', l.text);
  for (const l of test.set.notDanger) add(l.lang, 'harmless', l.text);
  for (const l of test.set.topics) add(l.lang, 'topic', l.text);
  for (const l of test.fc?.danger ?? []) add(l.lang, 'firstDanger', l.text);
  for (const l of test.fc?.first ?? []) add(l.lang, 'first', l.text);
  return { held: [...held], trainedOn: file.lines, askAt: file.askAt, confirmAt: file.confirmAt, ...(file.flagAt !== undefined ? { flagAt: file.flagAt } : {}), lines: out };
}

const pct = (a: number, b: number): string => (b === 0 ? '     -' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const num = (n: number, w = 4): string => String(n).padStart(w);

/** A danger line or a danger first message. */
const isDanger = (l: Scored): boolean => l.kind === 'danger' || l.kind === 'firstDanger';

/** What a reader of a result gets: an emergency, a question, or neither. */
const level = (r: RouteResult): 2 | 1 | 0 => (r.danger ? 2 : r.dangerCheck ? 1 : 0);
/** A first message answered with the emergency message first, in its language. */
const emergencyFirst = (r: RouteResult, lang: string): boolean => level(r) > 0 && r.dangerLang === lang;

interface Row {
  danger: number;
  flagged: [number, number];
  asked: [number, number];
  missed: [number, number];
  harmless: number;
  newlyAsked: number;
  newlyAlarmed: number;
  first: number;
  firstNewlyAsked: number;
  firstDanger: number;
  firstEmergency: [number, number];
}

function rowOf(lines: readonly Scored[]): Row {
  const r: Row = { danger: 0, flagged: [0, 0], asked: [0, 0], missed: [0, 0], harmless: 0, newlyAsked: 0, newlyAlarmed: 0, first: 0, firstNewlyAsked: 0, firstDanger: 0, firstEmergency: [0, 0] };
  for (const l of lines) {
    const a = level(l.lists);
    const b = level(l.signal);
    if (isDanger(l)) {
      r.danger++;
      for (const [i, v] of [a, b].entries()) (v === 2 ? r.flagged : v === 1 ? r.asked : r.missed)[i]!++;
    }
    if (l.kind === 'firstDanger') {
      r.firstDanger++;
      if (emergencyFirst(l.lists, l.lang)) r.firstEmergency[0]++;
      if (emergencyFirst(l.signal, l.lang)) r.firstEmergency[1]++;
    }
    if (l.kind === 'harmless' || l.kind === 'topic' || l.kind === 'first') {
      r.harmless++;
      if (b === 1 && a === 0) r.newlyAsked++;
      if (b === 2 && a < 2) r.newlyAlarmed++;
    }
    if (l.kind === 'first') {
      r.first++;
      if (b > 0 && a === 0) r.firstNewlyAsked++;
    }
  }
  return r;
}

/** Thresholds shown beside the shipped one. */
const SWEEP = [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99, 0.995, 0.998, 0.999];
/** Thresholds for the signal answering alone, and for confirming the lists' question. */
const FLAG_SWEEP = [0.9, 0.93, 0.95, 0.97, 0.98, 0.99];
const CONFIRM_SWEEP = [0.75, 0.8, 0.85, 0.9, 0.95];

export function formatHeldOut(h: HeldOut, misses = false): string {
  const out: string[] = [];
  const danger = h.lines.filter(isDanger).length;
  out.push(`held out: ${h.held.join(', ')} (${danger} danger lines and first messages, ${h.lines.length - danger} others); trained on ${h.trainedOn.danger} danger and ${h.trainedOn.notDanger} other lines; asks at ${h.askAt}`);
  out.push('danger: flagged / asked / missed, lists alone → lists and signal; harmless (topic, harmless-but-scary, first messages) newly asked and newly alarmed by the signal;');
  out.push('first: harmless first messages newly given the emergency message first; danger first messages with the emergency message first in their language');
  out.push('lang  danger   flagged      asked       missed     | harmless  asked alarmed | first  asked | 1st danger  emergency first');
  const langs = [...new Set(h.lines.map((l) => l.lang))].sort();
  const line = (name: string, r: Row): string =>
    `${name.padEnd(5)} ${num(r.danger, 5)}  ${num(r.flagged[0])} → ${num(r.flagged[1])}  ${num(r.asked[0])} → ${num(r.asked[1])}  ${num(r.missed[0])} → ${num(r.missed[1])}  | ${num(r.harmless, 7)}  ${num(r.newlyAsked, 5)} ${num(r.newlyAlarmed, 7)} | ${num(r.first, 5)} ${num(r.firstNewlyAsked, 6)} | ${num(r.firstDanger, 10)}  ${pct(r.firstEmergency[0], r.firstDanger)} → ${pct(r.firstEmergency[1], r.firstDanger)}`;
  for (const lang of langs) out.push(line(lang, rowOf(h.lines.filter((l) => l.lang === lang))));
  const all = rowOf(h.lines);
  out.push(line('all', all));
  out.push(
    `all: danger flagged ${pct(all.flagged[0], all.danger)} → ${pct(all.flagged[1], all.danger)}, flagged or asked ${pct(all.flagged[0] + all.asked[0], all.danger)} → ${pct(all.flagged[1] + all.asked[1], all.danger)}; harmless newly asked ${all.newlyAsked} of ${all.harmless} (${pct(all.newlyAsked, all.harmless).trim()}), newly alarmed ${all.newlyAlarmed}`,
  );
  // The signal's reach at other thresholds: danger lines the lists missed that it would ask about
  // (or answer, were it to raise danger), against harmless lines the lists let through.
  const consulted = h.lines.filter((l) => l.p !== null);
  const dangerMissed = consulted.filter((l) => isDanger(l) && level(l.lists) === 0);
  const harmlessLet = consulted.filter((l) => !isDanger(l) && level(l.lists) === 0);
  const firstLet = harmlessLet.filter((l) => l.kind === 'first');
  const harmlessAll = all.harmless;
  out.push(`the signal at other thresholds (consulted on ${dangerMissed.length} danger lines the lists missed and ${harmlessLet.length} harmless lines they let through, ${firstLet.length} of them first messages)`);
  out.push('  p ≥      danger caught   harmless reached (of all harmless)   first messages');
  for (const t of SWEEP) {
    const d = dangerMissed.filter((l) => l.p! >= t).length;
    const f = harmlessLet.filter((l) => l.p! >= t).length;
    const fm = firstLet.filter((l) => l.p! >= t).length;
    out.push(`  ${t.toFixed(3)}   ${num(d, 5)} ${pct(d, dangerMissed.length)}   ${num(f, 5)} ${pct(f, harmlessAll)}   ${num(fm, 5)}`);
  }
  // Where the signal alone answers rather than asks (ADR 0016): what the shipped file answered, and
  // what other thresholds would reach among the lines it was consulted on, 40 characters or more
  // (before what the lists read as taking a harm away, which keeps some of them a question).
  const alone = consulted.filter((l) => level(l.lists) === 0 && l.signal.dangerLearned && [...l.text.trim()].length >= FLAG_CHARS);
  const answered = h.lines.filter((l) => l.signal.danger && l.signal.dangerLearned);
  out.push(
    `the signal alone answering as an emergency: ${answered.filter(isDanger).length} danger lines and ${answered.filter((l) => !isDanger(l)).length} harmless ones with the shipped file (flag at ${h.flagAt ?? 'never'}); at other thresholds, of ${alone.length} lines of ${FLAG_CHARS}+ characters it asked about or answered`,
  );
  out.push('  p ≥      danger   harmless');
  for (const t of FLAG_SWEEP) out.push(`  ${t.toFixed(3)}   ${num(alone.filter((l) => isDanger(l) && l.p! >= t).length, 5)}   ${num(alone.filter((l) => !isDanger(l) && l.p! >= t).length, 7)}`);
  // Where the lists would ask: the lines the signal would answer as an emergency at each threshold.
  const listsAsk = consulted.filter((l) => level(l.lists) === 1);
  out.push(`the lists' question confirmed by the signal (consulted on ${listsAsk.filter(isDanger).length} danger and ${listsAsk.filter((l) => !isDanger(l)).length} harmless lines the lists would ask about; confirms at ${h.confirmAt})`);
  out.push('  p ≥      danger   harmless');
  for (const t of CONFIRM_SWEEP) out.push(`  ${t.toFixed(3)}   ${num(listsAsk.filter((l) => isDanger(l) && l.p! >= t).length, 5)}   ${num(listsAsk.filter((l) => !isDanger(l) && l.p! >= t).length, 7)}`);
  if (misses) {
    for (const l of h.lines) {
      const a = level(l.lists);
      const b = level(l.signal);
      if (isDanger(l) && b === 0) out.push(`  MISSED ${l.lang} p=${l.p?.toFixed(3) ?? '-'} ${l.text}`);
      if (isDanger(l) && b > a) out.push(`  CAUGHT ${l.lang} p=${l.p?.toFixed(3) ?? '-'} ${l.text}`);
      if (!isDanger(l) && b > a) out.push(`  ASKED  ${l.lang} p=${l.p?.toFixed(3) ?? '-'} ${l.text}`);
    }
  }
  return out.join('\n');
}

function main(): void {
  const { values } = parseArgs({ options: { hold: { type: 'string', default: 'dev12,dev13' }, misses: { type: 'boolean', default: false } } });
  const held = values.hold.split(',').map((s) => s.trim()).filter(Boolean);
  const known = batchCounts();
  const unknown = held.filter((b) => !known.has(b));
  if (unknown.length > 0) {
    console.error(`no batch ${unknown.join(', ')} in the dev sets; batches: ${[...known].map(([b, n]) => `${b} (${n})`).join(', ')}`);
    process.exit(1);
  }
  console.log(formatHeldOut(measureHeldOut(held), values.misses));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
