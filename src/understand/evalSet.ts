// Reading the evaluation set (test/understand/eval): used by `npm run eval` and by the test that
// every line is well-formed and none repeats an example phrasing.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LANGUAGES, TOPICS, type Lang, type TopicId } from './topics.ts';

const lang = z.enum(LANGUAGES);
const line = z.string().min(1);
const topicsFile = z.object({ lang, topics: z.partialRecord(z.enum(TOPICS), z.array(line).min(1)) }).strict();
const moreFile = z.object({ lines: z.array(z.object({ lang, topic: z.enum(TOPICS), text: line }).strict()) }).strict();
const dangerFile = z.partialRecord(lang, z.object({ danger: z.array(line), not_danger: z.array(line) }).strict());
const injectionFile = z.object({ lines: z.array(line).min(1) }).strict();

export interface EvalSet {
  topics: { lang: Lang; topic: TopicId; text: string; file: string }[];
  danger: { lang: Lang; text: string }[];
  notDanger: { lang: Lang; text: string }[];
  injection: string[];
}

export const DEFAULT_EVAL_DIR = new URL('../../test/understand/eval/', import.meta.url).pathname;

function read<T>(file: string, schema: z.ZodType<T>): T {
  const r = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!r.success) throw new Error(`${file}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

export function loadEvalSet(dir = DEFAULT_EVAL_DIR): EvalSet {
  const set: EvalSet = { topics: [], danger: [], notDanger: [], injection: [] };
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    if (name === 'danger.yaml') {
      for (const [l, v] of Object.entries(read(file, dangerFile)) as [Lang, { danger: string[]; not_danger: string[] }][]) {
        for (const text of v.danger) set.danger.push({ lang: l, text });
        for (const text of v.not_danger) set.notDanger.push({ lang: l, text });
      }
    } else if (name === 'injection.yaml') {
      set.injection.push(...read(file, injectionFile).lines);
    } else if (name === 'topics-more.yaml') {
      for (const l of read(file, moreFile).lines) set.topics.push({ ...l, file: name });
    } else if (name.startsWith('topics-')) {
      const f = read(file, topicsFile);
      if (name !== `topics-${f.lang}.yaml`) throw new Error(`${file}: lang ${f.lang} does not match the file name`);
      for (const [topic, texts] of Object.entries(f.topics) as [TopicId, string[]][]) {
        for (const text of texts) set.topics.push({ lang: f.lang, topic, text, file: name });
      }
    } else {
      throw new Error(`${file}: unknown evaluation file`);
    }
  }
  return set;
}
