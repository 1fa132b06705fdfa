// Handoff practice: the trainee plays the lead worker and a persona plays the contact, under the
// handoff's own rules — the contact agreed to the consent text the flows show, the card reaches
// the console, the worker claims it before writing, replies are relayed under the desk's limits,
// and the worker closes with one of the desk's outcome codes. Pure functions over plain data:
// nothing here opens a store, sends anything or reads a clock.

import { DeskError, MAX_REPLY_CHARS, OUTCOMES, type HandoffCard, type Outcome } from '../handoff/types.ts';
import type { Persona } from './persona.ts';
import { startRehearsal, trainee, type PracticeMessage, type RehearsalEvent, type RehearsalSession } from './session.ts';
import { debrief, type Debrief } from './debrief.ts';

/** A message the assistant showed the contact, in the persona's language, with its English source. */
export interface ShownToContact {
  type: 'assistant';
  key: string;
  text: string;
  lang: string;
  source: string;
  practice: true;
}

/** Formats a catalogue message (the real content) in a language, with the English source. */
export type ContactSaw = (key: string, lang: string) => { text: string; lang: string; source: string };

/** What the contact read before saying yes to a person (flows/person.yaml, node `confirm`). */
export const CONSENT_KEYS = ['person-what-they-see', 'person-deleted', 'person-child', 'person-confirm'] as const;
/**
 * What the contact read after yes, as the handoff was queued (node `request`: the contact said no
 * to the short notice, so nothing is sent until they write). The choice of an interpreter comes
 * here, after consent, not before it.
 */
export const AFTER_YES_KEYS = ['person-requested', 'person-options', 'person-reply-held', 'person-after-hours'] as const;
export const CLAIMED_KEY = 'handoff-claimed';
export const CLOSED_KEY = 'handoff-closed';

export interface Practice {
  rehearsal: RehearsalSession;
  card: HandoffCard;
  /** What the contact was shown before saying yes (consent). */
  consent: ShownToContact[];
  /** What the contact was shown after yes, as the card reached the console. */
  afterYes: ShownToContact[];
  /** The persona's first message waits in the thread until the worker claims. */
  waiting: PracticeMessage[];
  outcome?: Outcome;
}

export interface PracticeStep {
  practice: Practice;
  /** To the contact (system messages, marked practice) and from the persona, in order. */
  messages: (ShownToContact | PracticeMessage)[];
  events: RehearsalEvent[];
}

/** The channel a persona writes from, as a card names it (channel type only). */
export function channelOf(persona: Persona): string {
  const c = persona.channel.toLowerCase();
  if (c.includes('whatsapp')) return 'whatsapp';
  if (c.includes('sms') || c.includes('text message')) return 'sms';
  if (c.includes('teams')) return 'teams';
  return 'web';
}

const shown = (saw: ContactSaw, key: string, lang: string): ShownToContact => ({ type: 'assistant', key, ...saw(key, lang), practice: true });

/** The contact has agreed to talk to a person: the card is queued with the persona's first message. */
export function startPractice(persona: Persona, lang: string, saw: ContactSaw): PracticeStep {
  const { session, replies } = startRehearsal(persona, lang);
  const card: HandoffCard = {
    handoffId: `practice-${persona.id}`,
    handle: 'PRACTICE',
    lang,
    channel: channelOf(persona),
    topics: [],
    urgent: persona.scenario === 13,
    state: 'queued',
    waitedMinutes: 0,
  };
  const consent = CONSENT_KEYS.map((k) => shown(saw, k, lang));
  const afterYes = AFTER_YES_KEYS.map((k) => shown(saw, k, lang));
  return { practice: { rehearsal: session, card, consent, afterYes, waiting: replies }, messages: [...consent, ...afterYes], events: [] };
}

/** The worker claims: the contact is told a person is here, and the waiting message is shown. */
export function claimPractice(p: Practice, saw: ContactSaw): PracticeStep {
  if (p.card.state === 'closed') throw new DeskError('closed', 'This handoff is already closed.');
  if (p.card.state === 'claimed') throw new DeskError('already_claimed', 'You already have this handoff.');
  const practice: Practice = { ...p, card: { ...p.card, state: 'claimed', claimedBy: 'you (practice)' }, waiting: [] };
  return { practice, messages: [shown(saw, CLAIMED_KEY, p.rehearsal.lang), ...p.waiting], events: [] };
}

/** A reply from the worker, under the desk's rules; the persona answers from its rules. */
export function replyPractice(p: Practice, text: string): PracticeStep {
  const body = text.trim();
  if (body === '') throw new DeskError('empty', 'Nothing to send.');
  if (body.length > MAX_REPLY_CHARS) throw new DeskError('empty', `Too long: at most ${MAX_REPLY_CHARS} characters.`);
  if (p.card.state === 'closed') throw new DeskError('closed', 'This handoff is closed: the contact is back with the assistant.');
  if (p.card.state === 'queued') throw new DeskError('not_allowed', 'Claim it first.');
  const r = trainee(p.rehearsal, body);
  return { practice: { ...p, rehearsal: r.session }, messages: r.replies, events: r.events };
}

/** Close with an outcome code, as the desk does; the contact is told they are back with the assistant. */
export function closePractice(p: Practice, outcome: string, saw: ContactSaw): PracticeStep & { debrief: Debrief } {
  if (!(OUTCOMES as readonly string[]).includes(outcome)) throw new DeskError('bad_outcome', `Unknown outcome "${outcome}". One of: ${OUTCOMES.join(', ')}.`);
  if (p.card.state === 'closed') throw new DeskError('closed', 'This handoff is already closed.');
  if (p.card.state === 'queued') throw new DeskError('not_allowed', 'Claim it first.');
  const practice: Practice = { ...p, card: { ...p.card, state: 'closed', outcome: outcome as Outcome }, outcome: outcome as Outcome };
  return { practice, messages: [shown(saw, CLOSED_KEY, p.rehearsal.lang)], events: [], debrief: debrief(practice.rehearsal, { closedAs: outcome as Outcome }) };
}
