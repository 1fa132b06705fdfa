// What a trainee's line can show, recognised by the rules in personas/rules/<lang>.yaml.
// Good practice (CONTENT.md "Voice and tone", "Safety behaviours") raises the person's trust;
// labels, blame, police first, promises, questions about status and early questions about
// identifying details lower it. Intents are what the line asks, so the persona can answer it;
// they are not scored.

import { POINT_IDS, POINTS, type PointId } from './points.ts';
import { foldLine, matchSignals, type CompiledSignal, type Lexicon } from './recognise.ts';

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
  /** Asks early for the employer's (or the company's, the farm's) name. */
  'employer_name',
  /** Asks early for details that identify someone: a name, an address, documents or their photos. */
  'identifying_ask',
  /**
   * Says the conversation or the person's details will be recorded, or passed on to someone
   * (the employer, a supervisor, immigration, a file), or asks to do so: "I'll save this chat and
   * forward it to our partner agency", "this call is recorded", "can I record this?".
   */
  'record_share',
  /**
   * Says the conversation leaves no trace: "this chat disappears when you close it, nothing stays
   * anywhere". The phone keeps its own copy, so the person is told something untrue about what
   * others may find.
   */
  'vanish_claim',
  /**
   * Refuses language help or offers the wrong kind: "we only answer in English", "we have no
   * interpreter", an interpreter from the person's own community who knows their family.
   */
  'language_refused',
  /** Says a lawyer is needless: "no need for a lawyer, just file it yourself". */
  'lawyer_dismissed',
  /**
   * Says the worker will call or write to the person unasked, at a time the worker picks ("I'll
   * call you in five minutes", "I'll text you tomorrow morning"), or to keep writing whoever is
   * near: a call or a message may come when someone else holds or watches the phone.
   */
  'contact_unasked',
  /** Refuses to say who is writing: "doesn't matter who I am, just tell me what happened". */
  'identity_withheld',
  /**
   * Gives a step as an order, with no choice: "go to the clinic tomorrow, then call; that's what
   * you need to do", "you have to leave tonight and go to the shelter".
   */
  'step_ordered',
] as const;

export type Signal = (typeof SIGNALS)[number];

/** What a line asks or does that the persona answers, unscored. */
export const INTENTS = [
  /** "What worries you?", "Are you afraid of …?" */
  'ask_fears',
  /** "What happened?", "Tell me more", "How much do they pay you?" */
  'ask_story',
  /** "What would help?", "What do you want to do?" */
  'ask_wants',
  /** An apology: "sorry", "I should not have said that". */
  'sorry',
] as const;

export type Intent = (typeof INTENTS)[number];

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
  record_share: -2,
  // The person believes it and is reassured: no trust lost, but the point is breached.
  vanish_claim: 0,
  language_refused: -1,
  // Believed like a claim that the chat vanishes: the point is breached, trust unmoved.
  lawyer_dismissed: 0,
  contact_unasked: -2,
  identity_withheld: -1,
  step_ordered: -1,
};

export const GOOD: ReadonlySet<Signal> = new Set(['introduced', 'privacy', 'safety', 'language', 'person_first', 'no_police', 'legal', 'next_steps', 'no_promise']);

/**
 * Asking for names, addresses or documents is no longer "early" once there is trust (at least
 * this much: more than an introduction and a safety check give) and need (the person has
 * shared at least DETAILS_OK_FACTS things about their situation).
 */
export const DETAILS_OK_AT = 8;
export const DETAILS_OK_FACTS = 2;

/** What a negation does to each signal unless a rule file says otherwise. */
export const DEFAULT_NEGATED: Partial<Record<Signal | Intent, string>> = {
  police_push: 'no_police',
  /** "I won't call you a victim": refusing the label is a person-first line. */
  label: 'person_first',
  blame: 'drop',
  status_ask: 'drop',
  promise: 'drop',
  employer_name: 'drop',
  identifying_ask: 'drop',
  /** "We don't record this chat", "I will never pass it on to your employer": privacy said. */
  record_share: 'privacy',
  /** "It won't just disappear: your phone keeps a copy" is no claim. */
  vanish_claim: 'drop',
  /** "You don't have to write in English" is no refusal. */
  language_refused: 'drop',
  lawyer_dismissed: 'drop',
  /** "I won't call you unless you ask" is no unasked call. */
  contact_unasked: 'drop',
  identity_withheld: 'drop',
  step_ordered: 'drop',
};

/**
 * Asks a negation anywhere earlier in the clause cancels: "you don't have to give me the farm's
 * name", "I will never ask about your papers"; and labels, refused the same way ("I'm not going
 * to call you a victim"); and recording or passing on, refused ("nothing you tell me is ever
 * passed to your employer"). Other signals look only a few words back.
 */
export const WIDE_NEGATION: ReadonlySet<Signal> = new Set(['status_ask', 'employer_name', 'identifying_ask', 'label', 'record_share']);

/**
 * Harms said only when not mentioned: a label or a blame inside quotation marks or reported
 * ("your boss calls you illegal", "some people use the word victim", "he says it's your fault")
 * is someone else's word, not the trainee's (rule files name the reporting words: `mention`).
 */
export const MENTIONED: ReadonlySet<Signal> = new Set(['label', 'blame']);

/**
 * Asks read only when not offered or asked by someone else: "I can send you the clinic's
 * address", "keep a photo of your passport just for you", "the lawyer may ask for your boss's
 * name later" ask the person for nothing (rule files name the words: `offer`).
 */
export const OFFERED: ReadonlySet<Signal> = new Set(['identifying_ask', 'employer_name']);

/** Rules for one language, ready to read lines with. */
export interface Reader {
  lexicon: Lexicon;
  signals: CompiledSignal[];
  /** Points the learned second opinion stays silent about on a line these match (rule files' `quiet`). */
  quiet?: CompiledSignal[];
  /** For languages not written in Latin letters: English rules for a line written in English. */
  english?: Reader;
}

export interface Reading {
  signals: Signal[];
  intents: Intent[];
  /** Points the learned second opinion must leave alone on this line (`Reader.quiet`). */
  quiet: PointId[];
}

/** What a line shows and asks, each in a fixed order (so a replay is the same whatever the rule order). */
/** Mostly Latin letters: a line written in English in a practice in Arabic, Chinese, Thai or Ukrainian. */
function mostlyLatin(folded: string): boolean {
  const letters = folded.match(/\p{L}/gu) ?? [];
  return letters.length > 0 && letters.filter((c) => c >= 'a' && c <= 'z').length / letters.length > 0.6;
}

export function readLine(folded: string, reader: Reader, why?: string[]): Reading {
  const quietIn = (r: Reader): Set<string> => matchSignals(folded, r.lexicon, r.quiet ?? []);
  const found = matchSignals(folded, reader.lexicon, reader.signals, why);
  const quiet = quietIn(reader);
  // A line in English read with English's rules gets English's quiet rules too.
  if (reader.english && mostlyLatin(folded)) {
    for (const s of matchSignals(folded, reader.english.lexicon, reader.english.signals, why)) found.add(s);
    for (const p of quietIn(reader.english)) quiet.add(p);
  }
  // A signal that takes another back (`unless`: an unasked call takes back a next step, a lawyer
  // waved off help without the police) has had the rules' word on that one's point: "I'll call you
  // tomorrow on this number, whoever answers" offers no step, and the second opinion leaves next
  // steps alone too.
  for (const s of reader.signals) {
    const point = POINTS.find((p) => p.earn === s.signal);
    if (point && !found.has(s.signal) && s.unless.some((u) => found.has(u))) quiet.add(point.id);
  }
  return { signals: SIGNALS.filter((s) => found.has(s)), intents: INTENTS.filter((s) => found.has(s)), quiet: POINT_IDS.filter((p) => quiet.has(p)) };
}

/** The signals of a line as written (folded here). */
export function signalsOf(line: string, reader: Reader): Signal[] {
  return readLine(foldLine(line), reader).signals;
}

/** Which patterns a line matches, one per line of text: for reviewers tuning a rule file. */
export function explain(line: string, reader: Reader): string[] {
  const why: string[] = [];
  readLine(foldLine(line), reader, why);
  return why;
}
