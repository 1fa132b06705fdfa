// The handoff's vocabulary, shared by the queue (src/handoff/*.ts) and the staff consoles
// (src/handoff/consoles/slack, src/handoff/consoles/teams). A console is a channel for staff:
// it shows cards and threads, and turns staff clicks and replies into HandoffDesk calls.

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

/** Where a handoff lives in one console: the card message and its thread. */
export interface ConsoleRef {
  console: 'slack' | 'teams';
  /** Slack channel id / Teams conversation id. */
  channelRef: string;
  /** Slack message ts / Teams activity id of the card (the thread root). */
  messageRef: string;
}

/** A staff console. Implementations talk to Slack's or Microsoft's APIs (fakes on loopback in tests). */
export interface StaffConsole {
  readonly name: 'slack' | 'teams';
  /** Post a new card with a Claim button. */
  notify(card: HandoffCard, opts: { renotify: boolean; mention?: 'supervisors' }): Promise<ConsoleRef>;
  /** Show the card's new state everywhere it was posted (claimed by X, closed, erased). */
  update(ref: ConsoleRef, card: HandoffCard): Promise<void>;
  /** Post into the card's thread: a contact's message, or a system note. */
  postInThread(ref: ConsoleRef, post: { from: 'contact' | 'system'; text: string }): Promise<void>;
}

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
      | 'bad_outcome',
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
  /** The queue: supervisors see all; others only what is offered to them or claimed by them. */
  queue(who: StaffIdentity): Promise<HandoffCard[]>;
  /** Find the handoff a console thread belongs to. */
  byConsoleRef(console: 'slack' | 'teams', messageRef: string): Promise<string | null>;
}
