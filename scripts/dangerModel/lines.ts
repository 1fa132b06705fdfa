// The lines the learned danger signal is trained on, labelled, in a fixed order, and the hash
// that names them (kept in the model file, so a test can tell a model trained on other lines).
import { createHash } from 'node:crypto';
import type { Example } from '../../src/understand/data.ts';
import type { EvalSet } from '../evalsets/understand.ts';
import type { FirstContactSet } from '../firstContactEval.ts';

export interface Labelled {
  text: string;
  danger: boolean;
}

/**
 * Danger lines are danger; harmless-but-scary lines, topic lines and first messages are not. The
 * example phrasings of the topics (src/understand/data/examples) too: the emergency topic's are
 * danger, every other topic's are not.
 */
export function trainingLines(set: EvalSet, firstContact: FirstContactSet | null, examples: readonly Example[]): Labelled[] {
  return [
    ...set.danger.map((l) => ({ text: l.text, danger: true })),
    ...set.notDanger.map((l) => ({ text: l.text, danger: false })),
    ...set.topics.map((l) => ({ text: l.text, danger: false })),
    ...(firstContact?.danger ?? []).map((l) => ({ text: l.text, danger: true })),
    ...(firstContact?.first ?? []).map((l) => ({ text: l.text, danger: false })),
    ...examples.map((e) => ({ text: e.text, danger: e.topic === 'emergency' })),
  ];
}

export function trainedOn(lines: readonly Labelled[]): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(`${l.danger ? 1 : 0}\t${l.text}\n`);
  return h.digest('hex');
}
