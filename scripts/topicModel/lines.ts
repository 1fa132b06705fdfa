// The lines the learned topic signal is trained on, each with its topic and the batch it came in,
// in a fixed order, and the hash that names them (kept in the model file, so a test can tell a
// model trained on other lines).
//
// Batches: the dev YAML marks each batch written apart from the project by a comment naming it
// ("(dev12)", "(t14)") before its lines, in each topic's list; lines before any such comment are
// the project's own ("own"). A comment holds until the next one or the next topic.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Example } from '../../src/understand/data.ts';
import { isLang, isTopic, namedTopic, type Lang, type TopicId } from '../../src/content/topics.ts';
import { FEATURE_PROBE, topicFeatures } from '../../src/understand/topicModel.ts';
import { partFiles } from '../evalsets/read.ts';
import { evalDir } from '../evalsets/understand.ts';

export interface TopicLine {
  lang: Lang;
  topic: TopicId;
  text: string;
  /** "own", "example" (a topic's example phrasing) or the batch named in the dev YAML ("dev12", "t14"). */
  batch: string;
}

/** The emergency topic is the danger path's: the topic signal never ranks it. */
export const EMERGENCY = namedTopic('emergency');

const BATCH = /\(((?:dev|t)\d+)\)/;

/** The dev sets' topic lines (test/understand/eval/dev/<lang>.yaml), each with its batch. Never the frozen part. */
export function devTopicLines(dir = evalDir('dev')): TopicLine[] {
  const out: TopicLine[] = [];
  for (const { name, file } of partFiles(dir)) {
    if (name === 'injection.yaml') continue;
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const lang = doc.get('lang');
    const topics = doc.get('topics', true);
    if (!isLang(lang) || !isMap(topics)) continue;
    for (const pair of topics.items) {
      const topic = isScalar(pair.key) ? pair.key.value : null;
      if (!isTopic(topic) || topic === EMERGENCY || !isSeq(pair.value)) continue;
      let batch = 'own';
      for (const item of pair.value.items) {
        const named = isScalar(item) ? BATCH.exec(item.commentBefore ?? '') : null;
        if (named) batch = named[1]!;
        if (isScalar(item) && typeof item.value === 'string' && item.value.trim()) out.push({ lang, topic, text: item.value.trim(), batch });
      }
    }
  }
  return out;
}

/** The topics' example phrasings (src/understand/data/examples), but the emergency topic's. */
export function exampleLines(examples: readonly Example[]): TopicLine[] {
  return examples.filter((e) => e.topic !== EMERGENCY).map((e) => ({ ...e, batch: 'example' }));
}

/** The lines, and the features of a fixed sentence: a change in either changes the hash. */
export function trainedOn(lines: readonly TopicLine[]): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(`${l.topic}\t${l.text}\n`);
  h.update(topicFeatures(FEATURE_PROBE).join('\n'));
  return h.digest('hex');
}
