// What a trainee's line can show, recognised by the rules in personas/rules/<lang>.yaml.
// Good practice (CONTENT.md "Voice and tone", "Safety behaviours") raises the person's trust;
// labels, blame, police first, promises and questions about status lower it.

import { normalize } from '../engine/normalize.ts';
import type { CompiledRule } from './persona.ts';

export const SIGNALS = [
  // good practice
  'introduced',
  'privacy',
  'safety',
  'language',
  'person_first',
  'no_police',
  'legal',
  'next_steps',
  'no_promise',
  // harm
  'police_push',
  'label',
  'blame',
  'status_ask',
  'promise',
  'employer_name',
  /** Asks for the person's name, address or where they live: details that identify them. */
  'identifying_ask',
] as const;

export type Signal = (typeof SIGNALS)[number];

/** Trust gained the first time a good signal shows, lost each time a harmful one does. */
export const DEFAULT_WEIGHTS: Record<Signal, number> = {
  introduced: 1,
  privacy: 2,
  safety: 2,
  language: 1,
  person_first: 1,
  no_police: 2,
  legal: 1,
  next_steps: 1,
  no_promise: 1,
  police_push: -2,
  label: -3,
  blame: -3,
  status_ask: -2,
  promise: -1,
  employer_name: -2,
  identifying_ask: -2,
};

export const GOOD: ReadonlySet<Signal> = new Set(['introduced', 'privacy', 'safety', 'language', 'person_first', 'no_police', 'legal', 'next_steps', 'no_promise']);

/** Trust at or above which asking for the employer's name is no longer "early". */
export const EMPLOYER_NAME_OK_AT = 4;

/** The signals a line shows, in SIGNALS order (so a replay is the same whatever the rule order). */
export function signalsOf(line: string, rules: readonly CompiledRule[]): Signal[] {
  const folded = normalize(line);
  const found = new Set<Signal>();
  for (const r of rules) {
    if (found.has(r.signal)) continue;
    if (r.any.some((k) => folded.includes(k)) || r.regex.some((re) => re.test(folded))) found.add(r.signal);
  }
  for (const r of rules) if (found.has(r.signal) && r.unless.some((s) => found.has(s))) found.delete(r.signal);
  return SIGNALS.filter((s) => found.has(s));
}
