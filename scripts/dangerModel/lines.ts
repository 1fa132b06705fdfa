// The lines the learned danger signal is trained on, labelled, in a fixed order, and the hash
// that names them (kept in the model file, so a test can tell a model trained on other lines).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, loadSocialPhrases, type Example } from '../../src/understand/data.ts';
import { loadLocales } from '../../src/i18n/load.ts';
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
export function trainingLines(set: EvalSet, firstContact: FirstContactSet | null, examples: readonly Example[], replies: readonly string[] = []): Labelled[] {
  return [
    ...set.danger.map((l) => ({ text: l.text, danger: true })),
    ...set.notDanger.map((l) => ({ text: l.text, danger: false })),
    ...set.topics.map((l) => ({ text: l.text, danger: false })),
    ...(firstContact?.danger ?? []).map((l) => ({ text: l.text, danger: true })),
    ...(firstContact?.first ?? []).map((l) => ({ text: l.text, danger: false })),
    ...examples.map((e) => ({ text: e.text, danger: e.topic === 'emergency' })),
    ...replies.map((text) => ({ text, danger: false })),
  ];
}

/**
 * Choices and commands the product offers (their words and synonyms, in every catalogue): what
 * people type back at a question ("not now", "no thanks", "the second"), harmless by what they
 * are. Without them the signal had almost no short harmless line to learn from, and a reply such
 * as "no not right now" read as surely as a cry. Not the emergency command, HELP, nor the names
 * of the topics about violence: those words are danger's or the lists'.
 */
export function replyLines(localesDir = LOCALES_DIR): string[] {
  const out = new Set<string>();
  const { locales } = loadLocales(localesDir);
  for (const code of [...locales.keys()].sort()) {
    const { bundle, messages } = locales.get(code)!;
    for (const [key, m] of [...messages].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      if (!m.attributes.includes('synonyms') || NOT_REPLIES.has(key)) continue;
      const msg = bundle.getMessage(key);
      if (!msg) continue;
      const said = [msg.value ? bundle.formatPattern(msg.value, {}, []) : '', ...bundle.formatPattern(msg.attributes.synonyms!, {}, []).split(',')];
      for (const t of said.map((x) => x.replace(/[\u2068\u2069]/g, '').trim()).filter(Boolean)) out.add(t);
    }
  }
  return [...out];
}

/**
 * Greetings, thanks and goodbyes of every language (data/social), harmless by what they are: the
 * batches' last words say "thanks for everything" and "goodbye" often enough that, without them,
 * the signal asked about "thanks for everything, bye" (t61a's retraining).
 */
function socialLines(dataDir = DEFAULT_DATA_DIR): string[] {
  return [...new Set(loadSocialPhrases(dataDir).flatMap((l) => l.phrases))];
}

/** What people type that is harmless by what it is: the product's replies and the social phrases. */
export function harmlessLines(dataDir = DEFAULT_DATA_DIR): string[] {
  return [...replyLines(), ...socialLines(dataDir)];
}

const NOT_REPLIES = new Set(['cmd-emergency', 'cmd-help', 'menu-safety', 'topic-abuse-threats', 'topic-report-crime', 'topic-family-violence']);
const LOCALES_DIR = new URL('../../locales/', import.meta.url).pathname;

/** The lines, and what the signal reads them through (the framing files' text: see `framingText`). */
export function trainedOn(lines: readonly Labelled[], through: string): string {
  const h = createHash('sha256');
  for (const l of lines) h.update(`${l.danger ? 1 : 0}\t${l.text}\n`);
  h.update(through);
  return h.digest('hex');
}

/** Every framing file's text, in name order: a changed framing list changes what the signal reads. */
export function framingText(dataDir: string): string {
  const dir = join(dataDir, 'framing');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`)
    .join('\n');
}
