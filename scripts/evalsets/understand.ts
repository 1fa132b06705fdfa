// Reading an evaluation set: `test/understand/eval/dev` (read and tuned on) or
// `test/understand/eval/test` (frozen, written apart from the project; only ever scored). Both
// have the same shape: `<lang>.yaml` with `lang`, `topics: { <topic id>: [lines] }`, `danger` and
// `not_danger`, plus `injection.yaml` with `lines`. Used by `npm run eval` and by the tests that
// check the sets are well-formed.
//
// A frozen set's lines must never be shown: an error in one of its files names the file and the
// place, never the text (read.ts).
import { join } from 'node:path';
import { z } from 'zod';
import { lang, topicId, type Lang, type TopicId } from '../../src/content/topics.ts';
import { checkLangName, hasPart, partFiles, readEvalFile, TEST_DIR } from './read.ts';

export { EvalSetError } from './read.ts';

const line = z.string().trim().min(1);
/** Extra keys (a note, who wrote it) are allowed: the set's writer is not held to our habits. */
const langFile = z.looseObject({
  lang,
  topics: z.partialRecord(topicId, z.array(line).nullable()).nullish(),
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

export const EVAL_DIR = join(TEST_DIR, 'understand', 'eval');

export function evalDir(part: EvalPart, root = EVAL_DIR): string {
  return join(root, part);
}

/** Whether a part has been written yet (the frozen part lands with its manifest). */
export function hasEvalSet(part: EvalPart, root = EVAL_DIR): boolean {
  return hasPart(evalDir(part, root));
}

export function loadEvalSet(part: EvalPart, root = EVAL_DIR): EvalSet {
  const dir = evalDir(part, root);
  const quiet = part === 'test';
  const set: EvalSet = { part, topics: [], danger: [], notDanger: [], injection: [] };
  for (const { name, file } of partFiles(dir)) {
    if (name === 'injection.yaml') {
      set.injection.push(...readEvalFile(file, injectionFile, quiet).lines);
      continue;
    }
    const f = readEvalFile(file, langFile, quiet);
    checkLangName(file, name, f.lang);
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
