import type { Understand } from '../understand/index.ts';
import { asUnderstanding } from '../understand/understanding.ts';
import { MAX_INPUT_CHARS } from '../engine/types.ts';
import type { Bundle, Effect, Input, Output } from '../engine/types.ts';
import { step } from '../engine/step.ts';
import { newSession } from '../engine/session.ts';
import type { Queryable, Store } from '../store/db.ts';
import type { Logger } from '../privacy/logger.ts';
import { contactKey } from '../privacy/contactKey.ts';
import { encrypt, type Keys } from '../privacy/fieldCrypto.ts';
import { beginTurn } from '../store/queries/beginTurn.ts';
import { endTurn } from '../store/queries/endTurn.ts';
import { lockSession } from '../store/queries/lockSession.ts';
import { saveSession } from '../store/queries/saveSession.ts';
import { getInboxReply } from '../store/queries/getInboxReply.ts';
import { takeReplyLease } from '../store/queries/takeReplyLease.ts';
import { markReplyDelivered } from '../store/queries/markReplyDelivered.ts';
import { releaseReplyLease } from '../store/queries/releaseReplyLease.ts';
import { replyToOutbox } from '../store/queries/replyToOutbox.ts';
import { RetryLaterError, SYNC_ANSWER_SECONDS } from '../retryLater.ts';
import { insertOutbox } from '../store/queries/insertOutbox.ts';
import { addCounters } from '../store/queries/addCounters.ts';
import { eraseContact } from '../store/queries/eraseContact.ts';
import { setOptedOut } from '../store/queries/setOptedOut.ts';
import { setCodeword } from '../store/queries/setCodeword.ts';
import { hashCodeword } from '../privacy/codeword.ts';
import { countersFor } from './counters.ts';
import { encodeSession, parseSession } from './sessionState.ts';
import { fromStored, toStored } from './storedReply.ts';
import type { Delivery, HandleOptions, InboundMessage, Reply, StoredOutput } from './types.ts';
import type { ConversationSeam, ConversationSubscriber, EffectContext, EffectHandler, StaffEventArgs, TurnGate } from './seam.ts';

/**
 * How long the delivery that made a reply (or took it over) holds it: longer than it may take to
 * answer, with room for marking it delivered, so no copy sends it while it may still go out.
 */
export const REPLY_LEASE_SECONDS = 20;
const REDELIVERY_POLL_MS = 150;

export interface ConversationDeps {
  store: Store;
  bundle: Bundle;
  contactSecret: Buffer;
  encryptionKeys: Keys;
  logger: Logger;
  /** Features that act on what turns emit; more can subscribe later (the handoff queue does). */
  subscribers?: readonly ConversationSubscriber[];
  /** Free-text understanding (src/understand): the engine routes on what it returns. */
  understand?: Pick<Understand, 'route'>;
}

/**
 * The only caller of step(). One database transaction per inbound message:
 * contact → dedupe by provider id → lock the session → step → save session, reply,
 * outbox and counters → carry out effects. A retried delivery changes nothing and
 * gets the same reply.
 */
export class ConversationService implements ConversationSeam {
  private readonly subscribers: ConversationSubscriber[];

  constructor(private readonly deps: ConversationDeps) {
    this.subscribers = [...(deps.subscribers ?? [])];
  }

  subscribe(subscriber: ConversationSubscriber): void {
    this.subscribers.push(subscriber);
  }

  /** The service's own effects (opt-out, opt-in, the code word, erase), carried out after every subscriber's. */
  private readonly own: ConversationSubscriber = {
    name: 'conversation',
    effects: {
      opt_out: (_e, ctx) => setOptedOut(ctx.q, { contactKey: ctx.contactKey, optedOut: true }),
      opt_in: (_e, ctx) => setOptedOut(ctx.q, { contactKey: ctx.contactKey, optedOut: false }),
      // A code word is never stored as it is: a salted hash, deleted with the contact.
      codeword_set: async (e, ctx) => setCodeword(ctx.q, { contactKey: ctx.contactKey, ...(await hashCodeword(e.word)), now: ctx.now }),
      // Invariant 4: every row about the contact goes, in this same transaction.
      erase: (_e, ctx) => eraseContact(ctx.q, { contactKey: ctx.contactKey }),
    },
  };

  /**
   * Before the turn, under the contact's lock: each subscriber that looks (the handoff's held
   * replies) may release what waited, or answer the message itself; the first that answers wins.
   */
  private async gate(q: Queryable, a: { contactKey: string; lang: string; input: Input; now: Date }): Promise<TurnGate> {
    let released = 0;
    for (const s of this.subscribers) {
      if (!s.beforeTurn) continue;
      const g = await s.beforeTurn(q, a);
      released += g.released;
      if (!g.pass) return { ...g, released };
    }
    return { pass: true, released };
  }

  /** Carry out effects in order, each by every subscriber and then by the service; what they say comes after the turn's outputs. */
  private async carryOut(effects: readonly Effect[], ctx: EffectContext): Promise<Output[]> {
    const said: Output[] = [];
    for (const effect of effects) {
      for (const s of [...this.subscribers, this.own]) {
        const handler = s.effects[effect.type] as EffectHandler | undefined;
        const out = handler ? await handler(effect, ctx) : undefined;
        if (out) said.push(...out);
      }
    }
    return said;
  }

  get bundle(): Bundle {
    return this.deps.bundle;
  }

  keyOf(channel: string, address: string): string {
    return contactKey(this.deps.contactSecret, channel, address);
  }

  async handle(msg: InboundMessage, delivery: Delivery, opts: HandleOptions = {}): Promise<Reply> {
    const { store, bundle, logger } = this.deps;
    const until = Date.now() + SYNC_ANSWER_SECONDS * 1000;
    const inTime = opts.inTime ?? ((): boolean => Date.now() < until);
    msg = await this.understood(msg);
    const key = this.keyOf(msg.channel, msg.address);
    const now = msg.receivedAt;
    const reply = await store.tx(async (q): Promise<Reply> => {
      // One round trip: contact upserted (its row lock serializes the contact's turns), message
      // id claimed, then the session read and locked — in that order (migration 0004).
      const begun = await beginTurn(q, { key, channel: msg.channel, providerId: msg.providerId, now });
      const inboxId = begun.inboxId;
      if (!inboxId) {
        const stored = await getInboxReply(q, { channel: msg.channel, providerId: msg.providerId });
        const outputs = fromStored(bundle.catalog, (stored?.reply as StoredOutput[] | null) ?? []);
        return { contactKey: key, outputs, duplicate: true, deliver: delivery === 'replay', erased: false, silenced: false };
      }
      const row = begun.session;
      let session = row ? parseSession(row.state) : null;
      if (row && !session) logger.warn({ event: 'session_reset', reason: 'stored session did not validate' }, 'stored session reset');
      if (!session) {
        session = newSession(msg.lang && bundle.catalog.languages().includes(msg.lang) ? msg.lang : null);
        if (begun.optedOut) session.status = 'stopped';
      }
      const day = now.toISOString().slice(0, 10);
      const gate = await this.gate(q, { contactKey: key, lang: session.lang ?? bundle.catalog.defaultLanguage(), input: msg.input, now });
      if (!gate.pass) {
        // OPEN or a code word (right or wrong): answered here; the engine and the lead worker never see it.
        const stored = toStored(gate.outputs);
        if (delivery === 'async' && stored.length > 0) {
          await insertOutbox(q, { contactKey: key, channel: msg.channel, inboxId, payload: { outputs: stored }, addressEnc: encrypt(this.deps.encryptionKeys, msg.replyAddress ?? msg.address), status: 'pending', now });
        }
        const cell = { lang: session.lang ?? bundle.catalog.defaultLanguage(), channel: msg.channel };
        await endTurn(q, { contactKey: key, state: encodeSession(session), now, inboxId, reply: stored, leaseSeconds: delivery === 'sync' ? REPLY_LEASE_SECONDS : 0, day, counters: [{ metric: 'messages_in', ...cell }] });
        return { contactKey: key, outputs: gate.outputs, duplicate: false, deliver: true, erased: false, silenced: false };
      }
      const result = step(bundle, session, msg.input);
      const lang = result.session.lang ?? bundle.catalog.defaultLanguage();
      // Last in the transaction: every turn touches the same few counter rows, so their row
      // locks are taken just before commit and held as briefly as possible.
      const counters = countersFor(result.events, msg.channel, lang);

      let addressEnc: Buffer | null = null;
      const encAddress = (): Buffer => (addressEnc ??= encrypt(this.deps.encryptionKeys, msg.replyAddress ?? msg.address));
      const ctx = { q, contactKey: key, channel: msg.channel, addressEnc: encAddress, now, events: result.events };
      const erase = result.effects.find((e) => e.type === 'erase');
      if (erase) {
        // Nothing else of this turn is kept: the subscribers' notes first, then every row goes.
        await this.carryOut([erase], ctx);
        // The person must still learn it is done. A channel that answers later (the outbox)
        // keeps one row for it, linked to no contact: the reply keys and the encrypted address,
        // which goes once the row is sent or given up (invariant 1).
        if (delivery === 'async' && result.outputs.length > 0) {
          await insertOutbox(q, { contactKey: null, channel: msg.channel, inboxId: null, payload: { outputs: toStored(result.outputs) }, addressEnc: encAddress(), status: 'pending', now });
        }
        await addCounters(q, { day, rows: counters });
        return { contactKey: key, outputs: result.outputs, duplicate: false, deliver: true, erased: true, silenced: false, step: result };
      }
      result.outputs.push(...(await this.carryOut(result.effects, ctx)));
      let stored = toStored(result.outputs);
      // Replies that waited go first, in order: after them, through the outbox, comes this turn's
      // own reply (in the webhook's response it would arrive before them).
      const behindHeld = delivery === 'sync' && gate.released > 0 && stored.length > 0;
      if ((delivery === 'async' || behindHeld) && stored.length > 0) {
        await insertOutbox(q, {
          contactKey: key,
          channel: msg.channel,
          inboxId,
          payload: { outputs: stored },
          addressEnc: encAddress(),
          status: 'pending',
          now,
        });
      }
      // The reply is in the outbox once: the webhook's response (and a redelivery's) carries nothing.
      if (behindHeld) stored = [];
      // One round trip: session saved, reply kept with its delivery lease, counters added last.
      await endTurn(q, {
        contactKey: key,
        state: encodeSession(result.session),
        now,
        inboxId,
        reply: stored,
        leaseSeconds: delivery === 'sync' ? REPLY_LEASE_SECONDS : 0,
        day,
        counters,
      });
      const silenced = result.session.status === 'stopped' && result.outputs.length === 0;
      const outputs = behindHeld ? [] : result.outputs;
      return { contactKey: key, outputs, duplicate: false, deliver: true, erased: false, silenced, step: result };
    });
    // A redelivery of a message answered in the response (sync) gets the reply only if the
    // delivery that made it never got it out; async replies are in the outbox once already.
    if (reply.duplicate && delivery === 'sync') {
      const again = await this.redeliver(msg.channel, msg.providerId, inTime, opts.onWait);
      if (again) Object.assign(reply, { outputs: fromStored(bundle.catalog, again), deliver: true });
      else reply.outputs = [];
    }
    logger.debug(
      { event: 'turn', channel: msg.channel, duplicate: reply.duplicate, erased: reply.erased, outputs: reply.outputs.length },
      'turn handled',
    );
    return reply;
  }

  /**
   * What free-text understanding makes of a text message, computed before the turn's
   * transaction so no lock is held while it runs (an optional LLM may take up to 2 s).
   */
  private async understood(msg: InboundMessage): Promise<InboundMessage> {
    const u = this.deps.understand;
    const input = msg.input;
    if (input.type !== 'text' && input.type !== 'media') return msg;
    if (input.understood) return msg;
    // Text, or the caption of a picture or voice note.
    const text = input.type === 'text' ? input.text : (input.caption ?? '');
    const hints = msg.langHints ?? [];
    if (!u || text.trim() === '') {
      // Nothing to read (an empty message, a picture without words): only the platform's hints, for the language question.
      if (hints.length === 0) return msg;
      return { ...msg, input: { ...input, understood: { lang: null, likely: [...hints], topic: null, candidates: [], danger: false } } };
    }
    const r = await u.route(text.slice(0, MAX_INPUT_CHARS), { lang: msg.lang, hints });
    return { ...msg, input: { ...input, understood: asUnderstanding(r) } };
  }

  /**
   * Wait until the delivery that made the reply has delivered it (→ null: stay silent), or its
   * lease has run out or been released (→ the stored reply: this delivery sends it). A process
   * that died after committing a turn but before answering loses nothing; concurrent copies stay
   * silent. A copy that cannot tell in time (the lease still held when it must answer: a slow or
   * starved maker) is refused with RetryLaterError, never answered with nothing: an empty answer
   * would end the platform's retries while the reply may never have gone out.
   */
  private async redeliver(channel: string, providerId: string, inTime: () => boolean, onWait?: () => void): Promise<StoredOutput[] | null> {
    for (;;) {
      const r = await takeReplyLease(this.deps.store, { channel, providerId, leaseSeconds: REPLY_LEASE_SECONDS });
      if (r.granted) return (r.reply as StoredOutput[] | null) ?? [];
      if (r.delivered || !r.exists) return null;
      onWait?.();
      onWait = undefined;
      if (!inTime()) throw new RetryLaterError('reply_pending');
      await new Promise((resolve) => setTimeout(resolve, REDELIVERY_POLL_MS));
    }
  }

  /** The channel's response with the reply went out (sync channels call this once it has). */
  async delivered(channel: string, providerId: string): Promise<void> {
    await markReplyDelivered(this.deps.store.side ?? this.deps.store, { channel, providerId });
  }

  /** The reply this delivery carried did not go out: a copy may send it at once. */
  async undelivered(channel: string, providerId: string): Promise<void> {
    await releaseReplyLease(this.deps.store.side ?? this.deps.store, { channel, providerId });
  }

  /**
   * A sync reply that could not go in the response goes through the outbox, to the message's
   * address encrypted (invariant 1: deleted once the row is sent or given up). Taken from the
   * message's stored reply, which is marked delivered in the same statement: a copy of the
   * message answers with nothing, and a second call makes nothing. ERASE's confirmation has no
   * stored reply left (every row went): one row linked to no contact, as for async channels.
   */
  async sendLater(msg: InboundMessage, reply: Reply): Promise<void> {
    const addressEnc = encrypt(this.deps.encryptionKeys, msg.replyAddress ?? msg.address);
    const now = msg.receivedAt;
    if (!reply.erased) {
      await replyToOutbox(this.deps.store, { channel: msg.channel, providerId: msg.providerId, addressEnc, now });
      return;
    }
    if (reply.outputs.length === 0) return;
    const payload = { outputs: toStored(reply.outputs) };
    await insertOutbox(this.deps.store, { contactKey: null, channel: msg.channel, inboxId: null, payload, addressEnc, status: 'pending', now });
  }

  /** Erase a contact outside a turn (the web chat's quick exit). */
  async erase(channel: string, address: string): Promise<void> {
    const key = this.keyOf(channel, address);
    await this.deps.store.tx(async (q) => {
      const addressEnc = (): Buffer => encrypt(this.deps.encryptionKeys, address);
      await this.carryOut([{ type: 'erase' }], { q, contactKey: key, channel, addressEnc, now: new Date(), events: [] });
    });
  }

  /**
   * A lead worker's action told to the contact: one turn with Input {type:'staff'} inside the
   * caller's transaction (the desk's). The session owner changes (closed → the assistant
   * again) and the reply goes to the outbox with the given encrypted address. No inbox row, and
   * no `messages_in` counter: the contact wrote nothing.
   */
  async staffEvent(
    q: Queryable,
    a: StaffEventArgs,
  ): Promise<Output[]> {
    const row = await lockSession(q, { contactKey: a.contactKey });
    const session = row ? parseSession(row.state) : null;
    if (!session) return [];
    const input: Input =
      a.event === 'transfer_offered'
        ? { type: 'staff', event: a.event, reason: a.transfer?.reason ?? 'other', group: a.transfer?.group ?? false }
        : { type: 'staff', event: a.event };
    const result = step(this.deps.bundle, session, input);
    const lang = result.session.lang ?? this.deps.bundle.catalog.defaultLanguage();
    const rows = countersFor(result.events, a.channel, lang).filter((r) => r.metric !== 'messages_in');
    await addCounters(q, { day: a.now.toISOString().slice(0, 10), rows });
    await saveSession(q, { contactKey: a.contactKey, state: encodeSession(result.session), now: a.now });
    const stored = toStored(result.outputs);
    if (stored.length > 0 && a.addressEnc) {
      await insertOutbox(q, { contactKey: a.contactKey, channel: a.channel, inboxId: null, payload: { outputs: stored }, addressEnc: a.addressEnc, status: 'pending', now: a.now, handoffId: a.handoffId ?? null });
    }
    return result.outputs;
  }
}
