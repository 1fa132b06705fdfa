// Reading an evaluation set: `test/understand/eval/dev` (read and tuned on) or
// `test/understand/eval/test` (frozen, written apart from the project; only ever scored). Both
// have the same shape: `<lang>.yaml` with `lang`, `topics: { <topic id>: [lines] }`, `danger` and
// `not_danger`, plus `injection.yaml` with `lines`. Used by `npm run eval` and by the tests that
// check the sets are well-formed.
//
// A frozen set's lines must never be shown: an error in one of its files names the file and the
// place, never the text (YAML's own messages quote the line, so they are not passed on).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, TOPICS, type Lang, type TopicId } from './topics.ts';

const lang = z.enum(LANGUAGES);
const line = z.string().trim().min(1);
/** Extra keys (a note, who wrote it) are allowed: the set's writer is not held to our habits. */
const langFile = z.looseObject({
  lang,
  topics: z.partialRecord(z.enum(TOPICS), z.array(line).nullable()).nullish(),
  danger: z.array(line).nullish(),
  not_danger: z.array(line).nullish(),
});
const injectionFile = z.looseObject({ lines: z.array(line).min(1) });

export type EvalPart = 'dev' | 'test';

export interface EvalLine {
  lang: Lang;
  text: string;
}

export interface EvalSet {
  part: EvalPart;
  /** Topic lines (the `emergency` topic's lines are danger lines and are listed there instead). */
  topics: (EvalLine & { topic: TopicId })[];
  danger: EvalLine[];
  notDanger: EvalLine[];
  injection: string[];
}

export const EVAL_DIR = new URL('../../test/understand/eval/', import.meta.url).pathname;

export function evalDir(part: EvalPart, root = EVAL_DIR): string {
  return join(root, part);
}

/** Whether a part has been written yet (the frozen part lands with its manifest). */
export function hasEvalSet(part: EvalPart, root = EVAL_DIR): boolean {
  const dir = evalDir(part, root);
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.yaml'));
}

export class EvalSetError extends Error {
  readonly code = 'eval_set_invalid';
}

function read<T>(file: string, schema: z.ZodType<T>, quiet: boolean): T {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new EvalSetError(quiet ? `${file}: not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}` : `${file}: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  if (!r.success) {
    // zod's messages name the place and the expected type, never the value.
    throw new EvalSetError(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return r.data;
}

export function loadEvalSet(part: EvalPart, root = EVAL_DIR): EvalSet {
  const dir = evalDir(part, root);
  const quiet = part === 'test';
  const set: EvalSet = { part, topics: [], danger: [], notDanger: [], injection: [] };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    if (name === 'injection.yaml') {
      set.injection.push(...read(file, injectionFile, quiet).lines);
      continue;
    }
    const f = read(file, langFile, quiet);
    if (name !== `${f.lang}.yaml`) throw new EvalSetError(`${file}: lang ${f.lang} does not match the file name`);
    for (const [topic, texts] of Object.entries(f.topics ?? {}) as [TopicId, string[] | null][]) {
      for (const text of texts ?? []) {
        if (topic === 'emergency') set.danger.push({ lang: f.lang, text });
        else set.topics.push({ lang: f.lang, topic, text });
      }
    }
    for (const text of f.danger ?? []) set.danger.push({ lang: f.lang, text });
    for (const text of f.not_danger ?? []) set.notDanger.push({ lang: f.lang, text });
  }
  return set;
}
