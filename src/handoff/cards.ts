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

/** System notes in a handoff's thread (staff-facing, English like the console words). */
export const SYSTEM_NOTES = {
  erased: 'The contact erased this conversation.',
  cancelled: 'The contact left the line before anyone claimed it.',
  urgent: 'The contact said they are in danger now. They were given 911 and the hotline number.',
  transfer_asked: 'The contact was asked, in their language, if their chat may be passed on. Nothing moves until they say yes.',
  transfer_declined: 'The contact said no: the chat stays with you.',
  transfer_failed: 'The contact said yes, but the worker or coalition is no longer on the roster. The chat stays with you.',
} as const;
export type SystemNote = keyof typeof SYSTEM_NOTES | 'claimed' | 'closed' | 'transfer_passed';

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
