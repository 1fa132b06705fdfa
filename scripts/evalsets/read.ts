// What the evaluation-set readers share (understand.ts for `npm run eval`, rehearsal.ts for
// `npm run eval:rehearsal`). The sets live in test/ with the tests that check they are
// well-formed; only these scripts and those tests read them, never the product in src/
// (test/evalsets/imports.test.ts). A part is a folder of `<lang>.yaml` files. A frozen part's
// lines are never shown, not even in an error: YAML's own messages quote the line, so for a
// frozen part only the place is given.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';

/** test/, where every evaluation set lives. */
export const TEST_DIR = new URL('../../test/', import.meta.url).pathname;

export class EvalSetError extends Error {
  readonly code = 'eval_set_invalid';
}

/** Whether a part has been written yet (a frozen part lands with its manifest). */
export function hasPart(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.yaml'));
}

/** A part's YAML files in name order. */
export function partFiles(dir: string): { name: string; file: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => ({ name, file: join(dir, name) }));
}

/** Read one file and check it; `quiet` (a frozen part) keeps YAML's messages, which quote the line, out. */
export function readEvalFile<S extends z.ZodType>(file: string, schema: S, quiet: boolean): z.infer<S> {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new EvalSetError(quiet ? `${file}: not valid YAML${pos ? ` at line ${pos.line}, column ${pos.col}` : ''}` : `${file}: ${(e as Error).message}`);
  }
  const r = schema.safeParse(raw);
  // zod's messages name the place and the expected type, never the value.
  if (!r.success) throw new EvalSetError(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

/** A language file is named after the language it holds. */
export function checkLangName(file: string, name: string, lang: string): void {
  if (name !== `${lang}.yaml`) throw new EvalSetError(`${file}: lang ${lang} does not match the file name`);
}
