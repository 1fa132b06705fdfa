import type { HandoffRow } from '../store/queries/getHandoff.ts';
import type { HandoffCard, Outcome } from './types.ts';
import type { Roster } from './roster.ts';

/** What a console may show: the row minus everything that points at the contact. */
export function cardOf(row: HandoffRow, roster: Roster, now: Date): HandoffCard {
  const until = row.claimedAt ?? row.closedAt ?? now;
  const claimer = row.claimedBy ? (roster.staff.find((s) => s.id === row.claimedBy)?.displayName ?? row.claimedBy) : undefined;
  return {
    handoffId: row.id,
    handle: row.handle,
    lang: row.lang,
    channel: row.channel,
    topics: row.topics,
    urgent: row.urgent,
    state: row.state,
    ...(claimer ? { claimedBy: claimer } : {}),
    ...(row.outcome ? { outcome: row.outcome as Outcome } : {}),
    waitedMinutes: Math.max(0, Math.floor((until.getTime() - row.createdAt.getTime()) / 60_000)),
  };
}

function MEDIA_NOTE(what: string): string {
  return `The contact sent ${what}. Waypoint reads only text and did not open or keep it. You can ask them to write it, or suggest the helpline's phone line, 1-833-900-1010 (24/7, interpreters).`;
}

/** System notes in a handoff's thread (staff-facing, English like the console words). */
export const SYSTEM_NOTES = {
  erased: 'The contact erased this conversation.',
  cancelled: 'The contact left the line before anyone claimed it.',
  urgent: 'The contact said they are in danger now. They were given 911 and the hotline number.',
  // Replies that wait (src/handoff/held.ts): what happened, never what was said.
  held: 'Held: the contact has not written in 24 hours, so this reply waits, encrypted. It is delivered when they write again. They chose no notice, so nothing is sent before that.',
  held_notice:
    'Held: the contact has not written in 24 hours, so this reply waits, encrypted. They agreed to one neutral notice that a message waits (never 21:00–08:00). It is delivered when they write again.',
  delivered: 'Delivered: a reply that waited has reached the contact.',
  notice_sent: 'A neutral notice (no name, no topic) told the contact that a message waits.',
  notice_failed: 'The notice could not be sent after several tries. The reply still waits until the contact writes again.',
  held_dropped: 'The contact sent STOP: the replies that waited will not be sent.',
  codeword_locked: 'Someone sent 5 wrong code words today from this contact. The waiting replies stay held until tomorrow; a right code word then opens them.',
  // A voice note, photo or file: only its kind. It was not downloaded or kept.
  media_voice: MEDIA_NOTE('a voice note'),
  media_image: MEDIA_NOTE('a photo'),
  media_video: MEDIA_NOTE('a video'),
  media_file: MEDIA_NOTE('a file'),
  media_other: MEDIA_NOTE('something that is not text (a location, a contact card or a sticker)'),
  // Passing it on with the person's consent (src/handoff/transfer.ts).
  transfer_asked: 'The contact was asked, in their language, if their chat may be passed on. Nothing moves until they say yes.',
  transfer_declined: 'The contact said no: the chat stays with you.',
  transfer_failed: 'The contact said yes, but the worker or coalition is no longer on the roster. The chat stays with you.',
} as const;
export type SystemNote = keyof typeof SYSTEM_NOTES | 'claimed' | 'closed' | 'transfer_passed';
/** Every note a thread job may carry (the worker's payload schema). */
const noteNames: SystemNote[] = [...(Object.keys(SYSTEM_NOTES) as (keyof typeof SYSTEM_NOTES)[]), 'claimed', 'closed', 'transfer_passed'];
export const SYSTEM_NOTE_NAMES = noteNames as [SystemNote, ...SystemNote[]];

export function noteText(note: SystemNote, card: HandoffCard | null): string {
  if (note === 'claimed') return `Claimed by ${card?.claimedBy ?? 'a lead worker'}.`;
  if (note === 'transfer_passed') {
    const to = card?.state === 'queued' ? 'the coalition you chose (it waits in line for them)' : (card?.claimedBy ?? 'the worker you chose');
    return `The contact said yes: passed on to ${to}. Your copy of this conversation is deleted and you no longer have access.`;
  }
  if (note === 'closed') return `Closed${card?.outcome ? ` (${card.outcome.replace(/_/g, ' ')})` : ''}. The contact is back with the assistant.`;
  return SYSTEM_NOTES[note];
}

/** Wait-time buckets for the report (minutes from queued to claimed). */
export function waitBucket(minutes: number | null): string {
  if (minutes === null) return 'unclaimed';
  if (minutes < 5) return 'lt5m';
  if (minutes < 15) return '5to15m';
  if (minutes < 60) return '15to60m';
  if (minutes < 240) return '1to4h';
  return 'gt4h';
}
export const WAIT_BUCKETS = ['lt5m', '5to15m', '15to60m', '1to4h', 'gt4h', 'unclaimed'] as const;
