// The lines the learned topic signal is trained on, each with its topic, in a fixed order, and
// the hash that names them (kept in the model file, so a test can tell a model trained on other
// lines). Which batch a dev line came in is read by scripts/dangerModel/batches.ts.
import { createHash } from 'node:crypto';
import type { Example } from '../../src/understand/data.ts';
import { namedTopic, type Lang, type TopicId } from '../../src/content/topics.ts';
import { FEATURE_PROBE, topicFeatures } from '../../src/understand/topicModel.ts';
import type { EvalSet } from '../evalsets/understand.ts';

export interface TopicLine {
  lang: Lang;
  topic: TopicId;
  text: string;
  /** A topic's example phrasing (src/understand/data/examples), not a dev line. */
  example?: boolean;
}

/** The emergency topic is the danger path's: the topic signal never ranks it. */
export const EMERGENCY = namedTopic('emergency');

/** The topics' example phrasings (but the emergency topic's), then the dev sets' topic lines. */
export function topicLines(examples: readonly Example[], dev: EvalSet): TopicLine[] {
  return [
    ...examples.filter((e) => e.topic !== EMERGENCY).map((e) => ({ lang: e.lang, topic: e.topic, text: e.text, example: true })),
    ...dev.topics.map((l) => ({ lang: l.lang, topic: l.topic, text: l.text })),
  ];
}

/**
 * The lines, the features of a fixed sentence and how it was trained (`settings`): a change in any
 * changes the hash.
 */
export function trainedOn(lines: readonly TopicLine[], settings = ''): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(`${l.topic}\t${l.text}\n`);
  h.update(topicFeatures(FEATURE_PROBE).join('\n'));
  h.update(settings);
  return h.digest('hex');
}
