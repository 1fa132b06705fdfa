import type { Effect, EngineEvent, Input, Output, StepResult } from '../engine/types.ts';
import type { Queryable } from '../store/db.ts';

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

/** Where an effect is carried out: inside the turn's transaction (or quick exit's). */
export interface EffectContext {
  q: Queryable;
  contactKey: string;
  channel: string;
  /** Encrypted address, for effects that must reply later (a handoff). */
  addressEnc: () => Buffer;
  now: Date;
  /** What the turn's step emitted (none for an erase outside a turn). */
  events: EngineEvent[];
}

/** Carries out one kind of effect. Outputs it returns are said after the turn's own (the person's place in the queue). */
export type EffectHandler<T extends Effect['type'] = Effect['type']> = (effect: Extract<Effect, { type: T }>, ctx: EffectContext) => Promise<Output[] | void>;

/** Handlers by effect type. */
export type EffectHandlers = { [T in Effect['type']]?: EffectHandler<T> };

/**
 * The one seam between the conversation and a feature that acts on what a turn emits (goflow's
 * shape): the service carries out every effect through subscribers, its own (opt-out, opt-in,
 * erase) among them, in the turn's transaction. A subscriber's handlers run before the service's
 * own, so on erase they still see the contact's rows. The handoff queue is one
 * (src/handoff/effects.ts). A feature never reaches into a turn any other way.
 */
export interface ConversationSubscriber {
  /** For logs and errors. */
  readonly name: string;
  readonly effects: EffectHandlers;
}

/**
 * What the conversation offers a feature such as the handoff queue, and all it offers: subscribe
 * to what turns emit, and tell a contact about a staff action as one turn of theirs (input
 * `{type:'staff'}`) inside the caller's transaction, its reply going to the outbox with the
 * given encrypted address.
 */
export interface ConversationSeam {
  subscribe(subscriber: ConversationSubscriber): void;
  staffEvent(
    q: Queryable,
    a: { contactKey: string; channel: string; addressEnc: Buffer | null; event: 'claimed' | 'closed'; now: Date },
  ): Promise<Output[]>;
}
