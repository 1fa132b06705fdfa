// The one seam between the conversation and the features that act on what its turns emit
// (goflow's shape): subscribers carry out effects in the turn's transaction, and staffEvent tells
// a contact about a staff action. The handoff queue is the one subscriber today.
import type { Effect, EngineEvent, Input, Output, TransferReason } from '../engine/types.ts';
import type { Queryable } from '../store/db.ts';

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

/** What a subscriber's look before a turn decided (the handoff's held replies: src/handoff/held.ts). */
export type TurnGate =
  /** The turn goes on as usual; `released` replies that waited go out first, through the outbox. */
  | { pass: true; released: number }
  /** The message is answered here with `outputs`, never seen by the engine (e.g. a code word try). */
  | { pass: false; released: number; outputs: Output[] };

/**
 * The one seam between the conversation and a feature that acts on what a turn emits (goflow's
 * shape): the service carries out every effect through subscribers, its own (opt-out, opt-in,
 * erase) among them, in the turn's transaction. A subscriber's handlers run before the service's
 * own, so on erase they still see the contact's rows. A subscriber may also look at a message
 * before the turn (`beforeTurn`, under the contact's lock). The handoff queue is one
 * (src/handoff/effects.ts). A feature never reaches into a turn any other way.
 */
export interface ConversationSubscriber {
  /** For logs and errors. */
  readonly name: string;
  readonly effects: EffectHandlers;
  /** Before the engine sees the message: let it through (after releasing what waited), or answer it here. */
  beforeTurn?(q: Queryable, a: { contactKey: string; lang: string; input: Input; now: Date }): Promise<TurnGate>;
}

/**
 * What the conversation offers a feature such as the handoff queue, and all it offers: subscribe
 * to what turns emit, and tell a contact about a staff action as one turn of theirs (input
 * `{type:'staff'}`) inside the caller's transaction, its reply going to the outbox with the
 * given encrypted address.
 */
export interface ConversationSeam {
  subscribe(subscriber: ConversationSubscriber): void;
  staffEvent(q: Queryable, a: StaffEventArgs): Promise<Output[]>;
}

/** A staff action told to a contact: claimed, closed, or an offer to pass the handoff on (the person is asked). */
export interface StaffEventArgs {
  contactKey: string;
  channel: string;
  addressEnc: Buffer | null;
  handoffId?: string;
  event: 'claimed' | 'closed' | 'transfer_offered';
  /** transfer_offered: why, and whether to a group (a coalition). */
  transfer?: { reason: TransferReason; group: boolean };
  now: Date;
}
