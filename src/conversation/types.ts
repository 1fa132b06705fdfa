import type { Input, Output, StepResult } from '../engine/types.ts';

/** One inbound message, as every channel hands it to the conversation service. */
export interface InboundMessage {
  /** Channel name: sms, whatsapp, whatsapp-linked, teams, web, cli. */
  channel: string;
  /**
   * The platform address (phone number, WhatsApp id, Teams user id, web session id).
   * Used only to compute the contact key and, encrypted, to send a later reply. Never logged, never stored in clear.
   */
  address: string;
  /**
   * What a later send needs, when it is more than the address (Teams: the conversation
   * reference as JSON). Encrypted instead of `address` for async replies and handoffs;
   * the contact key is still computed from `address` alone. Never logged, never stored in clear.
   */
  replyAddress?: string;
  /** The provider's message id: a retried delivery carries the same one. */
  providerId: string;
  input: Input;
  receivedAt: Date;
  /** A language to start in when the conversation is new (web picker, CLI --lang). */
  lang?: string;
  /**
   * Weak hints about the person's language from the platform (Teams' locale, a WhatsApp
   * number's country code, the web page's language), best first. They only order the languages
   * a first reply may ask in and settle a near tie; they are never stored.
   */
  langHints?: string[];
}

/**
 * How a channel delivers replies:
 * - `sync`: in the response to the webhook, one reply per message — a copy gets the reply only
 *   if the delivery that made it never got it out (SMS: a second reply is a second text);
 * - `replay`: in the response, and every copy gets the same stored reply (the web chat and the
 *   terminal, whose clients retry only what they did not receive and show a reply once);
 * - `async`: by a later send, through the outbox.
 */
export type Delivery = 'sync' | 'replay' | 'async';

export interface HandleOptions {
  /**
   * sync: whether this delivery may still answer with a reply (the channel's answer deadline).
   * A copy waiting on another delivery's lease stops waiting when it is false. By default,
   * SYNC_ANSWER_SECONDS from the call.
   */
  inTime?: () => boolean;
  /**
   * sync: called when the message is a copy of one already taken in whose reply another
   * delivery holds, as it starts waiting on that lease. Such a copy makes no turn: the channel
   * waits for it (it stops at `inTime` by itself) rather than answering early.
   */
  onWait?: () => void;
}

export interface Reply {
  contactKey: string;
  outputs: Output[];
  /** True when this provider message was seen before. */
  duplicate: boolean;
  /**
   * Whether this delivery carries the reply. False for a copy of a message whose reply another
   * delivery got out (or is getting out): the channel answers it with nothing. A sync channel
   * calls `conversations.delivered()` once a response with the reply has gone out.
   */
  deliver: boolean;
  /** True when the turn erased the contact: nothing about them remains. */
  erased: boolean;
  /** The contact opted out earlier (STOP) and this message did not opt back in. */
  silenced: boolean;
  /** The engine's full result, for tools that record transcripts (absent on duplicates). */
  step?: StepResult;
}

/**
 * An output as stored (a reply kept for dedupe, an outbox row): message keys and arguments, so
 * it is rendered again from the catalogue, never text. The one exception is text that is not in
 * the catalogue — a lead worker's reply — which is `sealed`: encrypted like the transcript, opened
 * only to send, and deleted from the row once sent or given up.
 */
export interface StoredOutput {
  key: string;
  lang: string;
  args?: Record<string, string | number>;
  choices?: { id: string; key: string }[];
  display?: 'buttons' | 'list';
  /** base64 of encrypt(text) (src/privacy/fieldCrypto.ts). */
  sealed?: string;
}
