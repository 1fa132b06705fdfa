// What both consoles say about a handoff, in the staff's language (English for now): the
// card's one-line summary and the notes shown when the desk refuses an action. Only the
// fields of HandoffCard reach a console, so no address can be shown by construction.
import { DeskError, OUTCOMES, type HandoffCard, type Outcome } from '../types.ts';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });
const CHANNELS: Record<string, string> = { sms: 'SMS', whatsapp: 'WhatsApp', web: 'web chat', teams: 'Teams' };

export function languageName(lang: string): string {
  try {
    return languageNames.of(lang) ?? lang;
  } catch {
    return lang;
  }
}

export function channelName(channel: string): string {
  return CHANNELS[channel] ?? channel;
}

export function topicName(topic: string): string {
  return topic.replace(/[_-]+/g, ' ');
}

export function outcomeName(outcome: Outcome): string {
  const words = outcome.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const OUTCOME_CHOICES: readonly { value: Outcome; label: string }[] = OUTCOMES.map((o) => ({ value: o, label: outcomeName(o) }));

export function isOutcome(v: unknown): v is Outcome {
  return typeof v === 'string' && (OUTCOMES as readonly string[]).includes(v);
}

/** "Contact K7Q2 · Spanish · SMS · topics: wages, documents · waiting 3 min" */
export function summaryLine(card: HandoffCard): string {
  const parts = [`Contact ${card.handle}`, languageName(card.lang), channelName(card.channel)];
  if (card.topics.length > 0) parts.push(`topics: ${card.topics.map(topicName).join(', ')}`);
  if (card.state === 'queued') parts.push(`waiting ${Math.max(0, Math.round(card.waitedMinutes))} min`);
  return parts.join(' · ');
}

/** The card's state in a few words; null while it waits (the Claim button says it all). */
export function stateLine(card: HandoffCard): string | null {
  switch (card.state) {
    case 'queued':
      return null;
    case 'claimed':
      return `Claimed by ${card.claimedBy ?? 'a lead worker'}`;
    case 'closed':
      return `Closed${card.claimedBy ? ` by ${card.claimedBy}` : ''}${card.outcome ? ` · outcome: ${outcomeName(card.outcome)}` : ''}`;
    case 'erased':
      return 'The contact erased this conversation.';
  }
}

/** The heads-up before the summary: urgency, a repeat, supervisors. */
export function prefixes(card: HandoffCard, opts: { renotify?: boolean; mention?: 'supervisors' }): string[] {
  const out: string[] = [];
  if (card.urgent) out.push('URGENT');
  if (opts.renotify && card.state === 'queued') out.push('Still waiting');
  if (opts.mention === 'supervisors') out.push('Supervisors');
  return out;
}

/** What a staff member reads when the desk refused an action. */
export function refusal(action: 'claim' | 'close' | 'hand_back', err: DeskError): string {
  const verb = action === 'claim' ? 'Not claimed' : action === 'close' ? 'Not closed' : 'Not handed back';
  if (err.code === 'bad_outcome') return `${verb}: pick an outcome first.`;
  return `${verb}: ${err.message}`;
}

/** What a staff member reads when an offer to pass a handoff on was not made. */
export function transferRefusal(err: DeskError): string {
  return `Not asked: ${err.message}`;
}

/** What a staff member reads when their thread reply did not reach the contact. */
export function replyRefusal(err: DeskError): string {
  if (err.code === 'closed' || err.code === 'erased') return 'This conversation is closed; your message was not sent.';
  if (err.code === 'empty') return 'Nothing to send: your message was empty.';
  return `${err.message} Your message was not sent.`;
}

export function isDeskError(e: unknown): e is DeskError {
  return e instanceof DeskError;
}
