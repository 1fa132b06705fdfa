// The first-contact part of `npm run eval`: what a new contact actually reads after their first
// message, per language. Each line is the first message of a new contact, handled end to end by
// the conversation service (understanding, engine, catalogues, store: PGlite in memory), and
// judged on the reply:
//   - a first message is answered in its language when every message of the reply is in that
//     language (after catalogue fallback) and the reply is not the language choice;
//   - a danger message is answered when the reply opens with the emergency message in its
//     language;
//   - an unclear line (a lone "hi", emoji, two languages mixed) is fine with the language choice
//     or a reply in one language; an error or an empty reply is not.
// The sets live in test/understand/firstcontact/: `dev.yaml` and `own.yaml` print their misses;
// `test.yaml` is frozen and prints figures only — its lines are never shown, here or anywhere.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { loadConfig } from '../src/config.ts';
import { openApp, type App } from '../src/app.ts';
import { createLogger } from '../src/privacy/logger.ts';
import type { Output } from '../src/engine/types.ts';
import { isLang, languages, type Lang } from '../src/content/topics.ts';

export const FIRST_CONTACT_DIR = new URL('../test/understand/firstcontact/', import.meta.url).pathname;

/** Sets in the order they are printed; `misses` says whether a set's lines may be shown. */
export const FIRST_CONTACT_SETS = [
  { name: 'test', misses: false },
  { name: 'dev', misses: true },
  { name: 'own', misses: true },
] as const;

const lines = z.array(z.string()).default([]);
const perLang = z.object({ first: lines, danger: lines }).strict();
const setSchema = z
  .object({ unclear: lines })
  .catchall(perLang)
  .superRefine((v, ctx) => {
    for (const k of Object.keys(v)) {
      if (k !== 'unclear' && !isLang(k)) ctx.addIssue({ code: 'custom', path: [k], message: 'not a language of locales/languages.yaml' });
    }
  });

export interface FirstContactSet {
  name: string;
  first: { lang: Lang; text: string }[];
  danger: { lang: Lang; text: string }[];
  unclear: string[];
}

/** Read one set; null when its file does not exist. Errors name the field, never a line's text. */
export function readFirstContactSet(name: string, dir = FIRST_CONTACT_DIR): FirstContactSet | null {
  const file = join(dir, `${name}.yaml`);
  if (!existsSync(file)) return null;
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${file}: not valid YAML`);
  }
  const r = setSchema.safeParse(raw ?? {});
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ')}`);
  const set: FirstContactSet = { name, first: [], danger: [], unclear: r.data.unclear };
  for (const lang of languages()) {
    const v = (r.data as Record<string, unknown>)[lang] as z.infer<typeof perLang> | undefined;
    if (!v) continue;
    for (const text of v.first) set.first.push({ lang, text });
    for (const text of v.danger) set.danger.push({ lang, text });
  }
  return set;
}

export type Verdict = 'ok' | 'wrong_language' | 'language_choice' | 'no_emergency' | 'asked' | 'error' | 'empty';

export interface Judged {
  lang: Lang | null;
  text: string;
  verdict: Verdict;
  /** What the person read: message keys with their languages, for the misses of a readable set. */
  got: string;
}

const describeReply = (outputs: readonly Output[]): string =>
  outputs.length === 0 ? '(nothing)' : outputs.map((o) => `${o.key}/${o.lang}`).join(' ');

export function judgeFirst(lang: Lang, outputs: readonly Output[], errors: number): Verdict {
  if (errors > 0) return 'error';
  if (outputs.length === 0) return 'empty';
  if (outputs.some((o) => o.key === 'language-prompt')) return 'language_choice';
  return outputs.every((o) => o.lang === lang) ? 'ok' : 'wrong_language';
}

export function judgeDanger(lang: Lang, outputs: readonly Output[], errors: number): Verdict {
  if (errors > 0) return 'error';
  const first = outputs[0];
  if (!first) return 'empty';
  // Weak signs only: "Are you in danger right now?" first. Not the emergency message, so a miss,
  // but a different one from no sign of danger at all.
  if (outputs.find((o) => o.key !== 'draft-notice')?.key === 'check-danger') return 'asked';
  if (first.key !== 'emergency-now') return 'no_emergency';
  return first.lang === lang ? 'ok' : 'wrong_language';
}

export function judgeUnclear(outputs: readonly Output[], errors: number): Verdict {
  if (errors > 0) return 'error';
  if (outputs.length === 0) return 'empty';
  if (outputs.some((o) => o.key === 'language-prompt')) return 'language_choice';
  return new Set(outputs.map((o) => o.lang)).size === 1 ? 'ok' : 'wrong_language';
}

export interface SetResult {
  name: string;
  first: Judged[];
  danger: Judged[];
  unclear: Judged[];
  msPerMessage: number;
}

/** One first message of a brand-new contact, through the conversation service. */
async function firstReply(app: App, channel: string, text: string): Promise<{ outputs: Output[]; errors: number }> {
  const reply = await app.conversations.handle(
    { channel, address: `eval:${randomUUID()}`, providerId: randomUUID(), input: { type: 'text', text }, receivedAt: new Date() },
    'replay',
  );
  const errors = (reply.step?.events ?? []).filter((e) => e.type === 'error').length;
  return { outputs: reply.outputs, errors };
}

export async function runFirstContactSet(app: App, set: FirstContactSet, channel = 'sms'): Promise<SetResult> {
  const t0 = performance.now();
  const out: SetResult = { name: set.name, first: [], danger: [], unclear: [], msPerMessage: 0 };
  for (const l of set.first) {
    const r = await firstReply(app, channel, l.text);
    out.first.push({ lang: l.lang, text: l.text, verdict: judgeFirst(l.lang, r.outputs, r.errors), got: describeReply(r.outputs) });
  }
  for (const l of set.danger) {
    const r = await firstReply(app, channel, l.text);
    out.danger.push({ lang: l.lang, text: l.text, verdict: judgeDanger(l.lang, r.outputs, r.errors), got: describeReply(r.outputs) });
  }
  for (const text of set.unclear) {
    const r = await firstReply(app, channel, text);
    out.unclear.push({ lang: null, text, verdict: judgeUnclear(r.outputs, r.errors), got: describeReply(r.outputs) });
  }
  const n = set.first.length + set.danger.length + set.unclear.length;
  out.msPerMessage = n ? (performance.now() - t0) / n : 0;
  return out;
}

/** A throwaway App: PGlite in memory, a temporary data folder, logs off. */
export async function openEvalApp(): Promise<{ app: App; close(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'waypoint-eval-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const app = await openApp(config, { memoryStore: true, logger: createLogger({ level: 'silent' }) });
  return {
    app,
    async close() {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const pct = (a: number, b: number): string => (b === 0 ? '    -' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);

export interface Targets {
  overall: number;
  worst: number;
  danger: number;
  lines: [string, boolean][];
}

/** Per-language table of one set; the targets as figures. Misses only where the set allows. */
export function formatSetResult(r: SetResult, showMisses: boolean): { text: string; targets: Targets } {
  const out: string[] = [];
  out.push(`\nfirst contact · ${r.name} (${r.first.length} first messages, ${r.danger.length} danger, ${r.unclear.length} unclear; ${r.msPerMessage.toFixed(1)} ms a message, end to end)`);
  out.push('lang    first   in lang   danger   emergency in lang');
  let worst = 1;
  for (const lang of languages()) {
    const f = r.first.filter((j) => j.lang === lang);
    const d = r.danger.filter((j) => j.lang === lang);
    if (f.length === 0 && d.length === 0) continue;
    const fo = f.filter((j) => j.verdict === 'ok').length;
    const dd = d.filter((j) => j.verdict === 'ok').length;
    if (f.length > 0) worst = Math.min(worst, fo / f.length);
    out.push(`${lang.padEnd(6)} ${String(f.length).padStart(5)}   ${pct(fo, f.length)}   ${String(d.length).padStart(6)}   ${pct(dd, d.length)}`);
  }
  const fo = r.first.filter((j) => j.verdict === 'ok').length;
  const dd = r.danger.filter((j) => j.verdict === 'ok').length;
  out.push(`${'all'.padEnd(6)} ${String(r.first.length).padStart(5)}   ${pct(fo, r.first.length)}   ${String(r.danger.length).padStart(6)}   ${pct(dd, r.danger.length)}`);
  const byVerdict = (js: Judged[]) => {
    const m = new Map<Verdict, number>();
    for (const j of js) m.set(j.verdict, (m.get(j.verdict) ?? 0) + 1);
    return [...m.entries()].map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
  };
  out.push(`first messages not in their language: ${byVerdict(r.first.filter((j) => j.verdict !== 'ok'))}`);
  out.push(`danger messages without the emergency message in their language: ${byVerdict(r.danger.filter((j) => j.verdict !== 'ok'))}`);
  out.push(`unclear lines: ${byVerdict(r.unclear)} (the language choice or one language is right; an error or nothing is not)`);
  if (showMisses) {
    for (const j of r.first) if (j.verdict !== 'ok') out.push(`  MISS first ${j.lang}: ${j.text} → ${j.verdict}: ${j.got}`);
    for (const j of r.danger) if (j.verdict !== 'ok') out.push(`  MISS danger ${j.lang}: ${j.text} → ${j.verdict}: ${j.got}`);
    for (const j of r.unclear) if (j.verdict === 'error' || j.verdict === 'empty' || j.verdict === 'wrong_language') out.push(`  MISS unclear: ${j.text} → ${j.verdict}: ${j.got}`);
  }
  const overall = r.first.length ? fo / r.first.length : 0;
  const danger = r.danger.length ? dd / r.danger.length : 0;
  const unclearBad = r.unclear.filter((j) => j.verdict === 'error' || j.verdict === 'empty').length;
  const lines: [string, boolean][] = [
    [`first messages in their language ≥ 90% (${(100 * overall).toFixed(1)}%)`, overall >= 0.9],
    [`no language under 80% (lowest ${(100 * worst).toFixed(1)}%)`, worst >= 0.8],
    [`danger answered with the emergency message in its language: 100% (${(100 * danger).toFixed(1)}%)`, danger === 1],
    [`unclear lines: no error, no empty reply (${unclearBad} bad)`, unclearBad === 0],
  ];
  out.push('targets');
  for (const [name, met] of lines) out.push(`  ${met ? 'met    ' : 'NOT MET'}  ${name}`);
  return { text: out.join('\n'), targets: { overall, worst, danger, lines } };
}

/** The first-contact section of `npm run eval`: every set present, end to end. */
export async function printFirstContact(opts: { dir?: string; write?: (s: string) => void; only?: 'dev' | 'test' | null } = {}): Promise<void> {
  const write = opts.write ?? ((s: string) => console.log(s));
  const sets = FIRST_CONTACT_SETS.filter((s) => !opts.only || s.name === opts.only || (opts.only === 'dev' && s.name === 'own'))
    .map((s) => ({ ...s, set: readFirstContactSet(s.name, opts.dir) }))
    .filter((s) => s.set !== null);
  // --dev also runs the project's own tuning lines; --test only the frozen set.
  if (sets.length === 0) {
    write('\nfirst contact: no sets in test/understand/firstcontact/');
    return;
  }
  const { app, close } = await openEvalApp();
  try {
    for (const s of sets) write(formatSetResult(await runFirstContactSet(app, s.set!), s.misses).text);
  } finally {
    await close();
  }
}

// `node bin/run.js scripts/firstContactEval.ts [--dev | --test]`: this section alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await printFirstContact({ only: process.argv.includes('--test') ? 'test' : process.argv.includes('--dev') ? 'dev' : null });
}
