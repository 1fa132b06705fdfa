// The JSON API of the trainers' page (/rehearse/api/…): request schemas and what each answer
// holds. Every persona message carries `practice: true`; nothing here reads a store.

import { z } from 'zod';
import { MAX_INPUT_CHARS } from '../../engine/types.ts';
import { OUTCOMES, type HandoffCard } from '../../handoff/types.ts';
import type { Debrief } from '../debrief.ts';
import type { RehearsalEvent } from '../session.ts';
import type { RoomView } from '../rooms.ts';
import type { WalkOutput } from '../walk.ts';

const langCode = z.string().regex(/^[a-z]{2,3}$/, 'must be a language code such as "es"');

export const startRequestSchema = z.strictObject({
  persona: z.string().regex(/^[a-z0-9-]{1,100}$/, 'must be a persona id such as "farm-worker-pay-deductions"'),
  /** The persona's first language when absent. */
  lang: langCode.optional(),
});

/** Length and emptiness are the desk's rules (practice.ts), answered with its own words. */
export const replyRequestSchema = z.strictObject({ text: z.string() });

export const closeRequestSchema = z.strictObject({ outcome: z.enum(OUTCOMES) });

/** Walk mode is stateless: the page sends every line so far and the server replays them all. */
export const MAX_WALK_INPUTS = 200;
export const walkRequestSchema = z.strictObject({
  lang: langCode,
  inputs: z.array(z.string().max(MAX_INPUT_CHARS)).max(MAX_WALK_INPUTS),
});

export const roomIdSchema = z.uuid();

/** The first problem of a body that did not validate, naming its field. */
export function invalid(error: z.ZodError): { error: 'invalid_request'; field: string; message: string } {
  const issue = error.issues[0]!;
  const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.map(String).join('.') || 'body';
  const what = issue.code === 'unrecognized_keys' ? 'is not a field here' : issue.message;
  return { error: 'invalid_request', field, message: `${field}: ${what}` };
}

export interface LanguageInfo {
  code: string;
  /** The English name ("Spanish"), as the consoles say it. */
  name: string;
  /** The language's own name ("Español"), from the catalogue. */
  native: string;
  dir: 'ltr' | 'rtl';
}

export interface PersonaInfo {
  id: string;
  name: string;
  scenario: number;
  languages: LanguageInfo[];
  /** The person's own language when it is not one they are rehearsed in. */
  writes?: string;
  channel: string;
}

export interface SetupResponse {
  personas: PersonaInfo[];
  /** Close codes, as the staff consoles offer them. */
  outcomes: readonly { value: string; label: string }[];
  /** Languages walk mode can start in (the catalogue's). */
  languages: LanguageInfo[];
}

/** What the assistant showed the contact (consent, claimed, closed), with its English source. */
export interface ShownMessage {
  type: 'assistant';
  key: string;
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  source: string;
  practice: true;
}

export interface PersonaMessage {
  type: 'persona';
  name: string;
  text: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The same line in English, for the trainer (absent when the line is English). */
  english?: string;
  /** Written by a language model from the persona file. */
  generated?: true;
  practice: true;
}

/** A practice event; a trust change also carries the trust before and after in words. */
export type StepEvent = RehearsalEvent | (Extract<RehearsalEvent, { type: 'trust_changed' }> & { words: [string, string] });

export interface RoomOut extends Omit<RoomView, 'persona'> {
  persona: RoomView['persona'] & { lang: LanguageInfo };
  card: HandoffCard;
  /** The card as a console shows it: summaryLine, stateLine, and URGENT when it is. */
  summary: string;
  state: string | null;
  prefixes: string[];
}

export interface StepResponse {
  room: RoomOut;
  messages: (ShownMessage | PersonaMessage)[];
  events: StepEvent[];
}

export interface CloseResponse extends StepResponse {
  debrief: Debrief;
  /** The same debrief as files, for the page to offer as downloads (built there as Blobs). */
  exports: { markdown: string; html: string; basename: string };
}

export interface WalkResponse {
  turns: { input: string; outputs: (WalkOutput & { dir: 'ltr' | 'rtl' })[]; effects: string[] }[];
}
