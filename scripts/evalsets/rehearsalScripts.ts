// Whole practice scripts written apart from the rules (test/rehearsal/eval/scripts/): per persona
// language a good and a bad 10-line practice, each with the points its writer says it earns and
// breaches overall. Replayed like any practice and debriefed: the good one should score at least
// 8 of 11, the bad one at most 3. Frozen like `test`: only figures and point ids are printed,
// never a line.
import { join } from 'node:path';
import { z } from 'zod';
import { debrief } from '../../src/rehearsal/debrief.ts';
import type { Persona } from '../../src/rehearsal/persona.ts';
import { POINT_IDS } from '../../src/rehearsal/points.ts';
import { replay } from '../../src/rehearsal/session.ts';
import { checkLangName, EvalSetError, hasPart, partFiles, readEvalFile } from './read.ts';
import { EVAL_DIR, TARGETS } from './rehearsal.ts';

export const SCRIPTS_DIR = join(EVAL_DIR, 'scripts');

const point = z.enum(POINT_IDS);
const script = z.strictObject({ lines: z.array(z.string().trim().min(1)).length(10), earns: z.array(point).default([]), breaches: z.array(point).default([]) });
const fileSchema = z.strictObject({ lang: z.string().regex(/^[a-z]{2,3}$/), persona: z.string().regex(/^[a-z0-9-]+$/), good: script, bad: script });
type ScriptsFile = z.infer<typeof fileSchema>;

export interface ScriptFigures {
  lang: string;
  good: number;
  bad: number;
  max: number;
  /** The writer's expected points the debrief did not give, as `point:got` (ids only). */
  disagreements: string[];
  expected: number;
}

export function hasScripts(dir = SCRIPTS_DIR): boolean {
  return hasPart(dir);
}

export function loadScripts(dir = SCRIPTS_DIR): ScriptsFile[] {
  return partFiles(dir).map(({ name, file }) => {
    const f = readEvalFile(file, fileSchema, true);
    checkLangName(file, name, f.lang);
    return f;
  });
}

export function scoreScripts(f: ScriptsFile, persona: Persona | undefined): ScriptFigures {
  if (!persona) throw new EvalSetError(`scripts/${f.lang}.yaml: unknown persona ${f.persona}`);
  const out: ScriptFigures = { lang: f.lang, good: 0, bad: 0, max: 0, disagreements: [], expected: 0 };
  for (const kind of ['good', 'bad'] as const) {
    const d = debrief(replay(persona, f.lang, f[kind].lines).session);
    out[kind] = d.score;
    out.max = d.max;
    const status = new Map(d.items.map((i) => [i.id, i.status]));
    const want = [...f[kind].earns.map((p) => [p, 'passed'] as const), ...f[kind].breaches.map((p) => [p, 'breached'] as const)];
    out.expected += want.length;
    for (const [p, s] of want) if (status.get(p) !== s) out.disagreements.push(`${kind}:${p} ${status.get(p) ?? 'none'}, not ${s}`);
  }
  return out;
}

export function formatScripts(figures: ScriptFigures[]): string {
  const out = [`\n=== scripts === ${figures.length} languages, a good and a bad 10-line practice each (frozen: figures only)`, 'lang  good   bad   writer\'s points not given'];
  for (const f of figures) out.push(`${f.lang.padEnd(4)} ${`${f.good}/${f.max}`.padStart(5)} ${`${f.bad}/${f.max}`.padStart(5)}   ${f.disagreements.join('; ') || '—'}`);
  const goodOk = figures.filter((f) => f.good >= TARGETS.goodScript).length;
  const badOk = figures.filter((f) => f.bad <= TARGETS.badScript).length;
  const expected = figures.reduce((n, f) => n + f.expected, 0);
  const missed = figures.reduce((n, f) => n + f.disagreements.length, 0);
  out.push(`good scripts ≥ ${TARGETS.goodScript}: ${goodOk}/${figures.length}; bad scripts ≤ ${TARGETS.badScript}: ${badOk}/${figures.length}; the writers' expected points given: ${expected - missed}/${expected}`);
  return out.join('\n');
}
