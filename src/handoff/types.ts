// The handoff's vocabulary, shared by the queue (src/handoff/*.ts) and the staff consoles
// (src/handoff/consoles/slack, src/handoff/consoles/teams). A console is a channel for staff:
// it shows cards and threads, and turns staff clicks and replies into HandoffDesk calls.
import type { TransferReason } from '../engine/types.ts';

/** bot → requested (consent, in the flows) → queued → claimed → closed → bot. */
export type HandoffState = 'queued' | 'claimed' | 'closed';

export const OUTCOMES = [
  'information_given',
  'referral_legal',
  'referral_shelter',
  'referral_health',
  'referral_labour_standards',
  'referral_hotline',
  'referral_police_at_request',
  'no_response',
  'other',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The longest staff reply accepted (the channel renderers split it for SMS and WhatsApp). */
export const MAX_REPLY_CHARS = 4000;

export type StaffRole = 'lead_worker' | 'supervisor' | 'trainer';

/** A person on the roster (config/roster.yaml), known by their platform ids. */
export interface StaffMember {
  /** Roster id: what the audit log records (never a platform id). */
  id: string;
  displayName: string;
  role: StaffRole;
  languages: string[];
  /** Topic ids they take; empty = all. */
  topics: string[];
  coalition: string;
  slackUserId?: string;
  teamsUserId?: string;
}

/** Who is acting, as a console knows them. Resolved against the roster; unknown → refused. */
export interface StaffIdentity {
  platform: 'slack' | 'teams';
  userId: string;
}

/** What a console shows about a handoff: a pseudonymous handle, never an address. */
export interface HandoffCard {
  handoffId: string;
  /** "K7Q2": shown as "Contact K7Q2". */
  handle: string;
  lang: string;
  /** Channel type only (sms, whatsapp, web, teams). */
  channel: string;
  topics: string[];
  urgent: boolean;
  state: HandoffState | 'erased';
  claimedBy?: string;
  outcome?: Outcome;
  /** Minutes waited so far (for the card). */
  waitedMinutes: number;
}

/** A message the app posted in one console: a card, or a private post. */
export interface ConsoleRef {
  console: 'slack' | 'teams';
  /** Slack channel id (C… for the staff channel, D… for a direct message) / Teams conversation id. */
  channelRef: string;
  /** Slack message ts / Teams activity id. */
  messageRef: string;
}

/** A line of the conversation as its claimer sees it. */
export interface ConversationLine {
  from: 'contact' | 'staff';
  text: string;
}

/**
 * A post in the claimer's private conversation (Slack: the app's direct message with them;
 * Teams: the bot's one-to-one chat). The only place a console shows what a contact wrote.
 */
export type PrivatePost =
  /**
   * Just claimed: the card's summary, the conversation so far and the controls. `targets`: who
   * the claimer may pass it on to (consoles whose controls list them in the post itself).
   */
  | { kind: 'opened'; card: HandoffCard; earlier: ConversationLine[]; targets?: TransferTarget[] }
  /** One new line: the contact's (with a reply box) or the claimer's own reply, shown back. */
  | { kind: 'line'; card: HandoffCard; line: ConversationLine; targets?: TransferTarget[] }
  /** A system note (urgent, closed). */
  | { kind: 'note'; card: HandoffCard; text: string };

/** A staff console. Implementations talk to Slack's or Microsoft's APIs (fakes on loopback in tests). */
export interface StaffConsole {
  readonly name: 'slack' | 'teams';
  /** Post a new card with a Claim button in the shared channel. Never a word of the contact. */
  notify(card: HandoffCard, opts: { renotify: boolean; mention?: 'supervisors' }): Promise<ConsoleRef>;
  /** Show the card's new state everywhere it was posted (claimed by X, closed). */
  update(ref: ConsoleRef, card: HandoffCard): Promise<void>;
  /** Post into the claimer's private conversation; where it went, so it can be deleted. */
  postPrivate(to: StaffIdentity, post: PrivatePost): Promise<ConsoleRef>;
  /** Replace a card with the content-free one: no code name, language, topics, ids or controls. */
  blank(ref: ConsoleRef): Promise<void>;
  /** Delete a message the app posted. One already gone counts as deleted. */
  remove(ref: ConsoleRef): Promise<void>;
}

/** Where a handoff may be passed on to: `staff:<roster id>` or `coalition:<id>`, with a label for the console. */
export interface TransferTarget {
  to: string;
  label: string;
}

/** Why it is passed on, as the console offers it; the person is told what the new worker can do. */
export const TRANSFER_CHOICES: readonly { value: TransferReason; label: string }[] = [
  { value: 'language', label: 'Speaks their language' },
  { value: 'shelter', label: 'A safe place to stay' },
  { value: 'legal', label: 'Legal help (a free legal clinic)' },
  { value: 'health', label: 'Health care' },
  { value: 'other', label: 'Can help better (other)' },
];

/** A staff action that could not be done, with a reason to show in the console. */
export class DeskError extends Error {
  constructor(
    readonly code:
      | 'unknown_staff'
      | 'not_allowed'
      | 'not_found'
      | 'already_claimed'
      | 'closed'
      | 'erased'
      | 'empty'
      | 'bad_outcome'
      | 'bad_target',
    message: string,
  ) {
    super(message);
    this.name = 'DeskError';
  }
}

/** What consoles call. Every call is audited (who, what, when — no content). */
export interface HandoffDesk {
  claim(id: string, who: StaffIdentity): Promise<HandoffCard>;
  reply(id: string, who: StaffIdentity, text: string): Promise<void>;
  close(id: string, who: StaffIdentity, outcome: Outcome): Promise<HandoffCard>;
  /** Give the conversation back to the assistant without an outcome visit to the queue. */
  handBack(id: string, who: StaffIdentity): Promise<HandoffCard>;
  /** The messages of a claimed handoff, for its claimer only (decrypted on demand, audited as a view). */
  view(id: string, who: StaffIdentity): Promise<{ from: 'contact' | 'staff'; text: string; at: Date }[]>;
  /**
   * Offer to pass a claimed handoff on (claimer only): the person is asked in their language,
   * and nothing moves until they say yes. `to` is a value from transferTargets.
   */
  offerTransfer(id: string, who: StaffIdentity, offer: { to: string; reason: TransferReason }): Promise<void>;
  /** Who the claimer may pass it on to: workers first (those who speak the person's language first), then coalitions. */
  transferTargets(id: string, who: StaffIdentity): Promise<TransferTarget[]>;
  /** The queue: supervisors see all; others only what is offered to them or claimed by them. */
  queue(who: StaffIdentity): Promise<HandoffCard[]>;
  /** Find the handoff a console thread belongs to. */
  byConsoleRef(console: 'slack' | 'teams', messageRef: string): Promise<string | null>;
}
