// The Teams staff console: cards posted proactively to one channel conversation (Claim, and
// never a word of the contact); the conversation in the bot's one-to-one chat with the
// claimer, whose cards' Action.Execute (reply, close, hand back) come back as
// adaptiveCard/action invokes — never as a chat message of theirs, which the bot could not
// delete. Inbound activities reach us through the Teams channel's POST /api/messages (the SDK
// validates the Bot Framework token there): the staff channel's activities, and the invokes.
import { App as TeamsApp, toThreadedConversationId, type HttpRouteHandler, type IHttpServerAdapter } from '@microsoft/teams.apps';
import { z } from 'zod';
import type { Logger } from '../../../privacy/logger.ts';
import { SendError } from '../../../channels/types.ts';
import { sdkLogger } from '../../../channels/teams/sdkLogger.ts';
import { DeskError, type ConsoleRef, type HandoffCard, type HandoffDesk, type PrivatePost, type StaffConsole, type StaffIdentity } from '../../types.ts';
import { isDeskError, isOutcome, refusal, replyRefusal, transferRefusal } from '../words.ts';
import { TRANSFER_REASONS, type TransferReason } from '../../../engine/types.ts';
import { PRIVATE_VERBS, blankActivity, cardActivity, privateActivity, type StaffActivity } from './card.ts';

export interface TeamsConsoleOptions {
  desk: HandoffDesk;
  logger: Logger;
  /** The staff channel conversation (19:…@thread.tacv2). */
  conversationId: string;
  /** The Bot Connector for that channel (tests: a fake on loopback). */
  serviceUrl: string;
  clientId: string;
  clientSecret?: string;
  tenantId?: string;
  /** Tests: a token provider instead of the client secret (the SDK's TokenCredentials). */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
}

/** The sending app serves no route: inbound comes through the Teams channel's endpoint. */
class NoRoute implements IHttpServerAdapter {
  registerRoute(_method: 'POST', _path: string, _handler: HttpRouteHandler): void {}
}

/** The part of a staff activity we read. */
const staffActivity = z.looseObject({
  type: z.literal('message'),
  id: z.string().min(1).max(512),
  replyToId: z.string().max(512).optional(),
  from: z.looseObject({ id: z.string().min(1).max(512), aadObjectId: z.string().min(1).max(512).optional() }),
  conversation: z.looseObject({ id: z.string().min(1).max(1024) }),
  text: z.string().max(16_384).optional(),
  value: z.unknown().optional(),
});

const submit = z.looseObject({
  waypoint: z.literal('claim'),
  handoffId: z.string().min(1).max(200),
});

/** An adaptiveCard/action invoke from a private card: the verb, the handoff and the inputs. */
const cardAction = z.looseObject({
  type: z.literal('invoke'),
  from: z.looseObject({ id: z.string().min(1).max(512), aadObjectId: z.string().min(1).max(512).optional() }),
  value: z.looseObject({
    action: z.looseObject({
      verb: z.enum(PRIVATE_VERBS),
      data: z.looseObject({
        handoffId: z.string().min(1).max(200),
        reply: z.string().max(16_384).optional(),
        outcome: z.string().optional(),
        to: z.string().max(200).optional(),
        reason: z.string().optional(),
      }),
    }),
  }),
});

/** What an invoke answers: a short message shown on the card (Teams' adaptiveCard/action response). */
export interface CardActionAnswer {
  statusCode: 200;
  type: 'application/vnd.microsoft.activity.message';
  value: string;
}

/** "19:abc@thread.tacv2;messageid=1700000000000" → "1700000000000". */
function threadRootOf(conversationId: string): string | undefined {
  return /;messageid=(\d+)/.exec(conversationId)?.[1];
}

/** The Bot Connector's answers → SendError: 4xx is "Teams said no" (not retried), 429/5xx and no answer are retried. */
function sendError(e: unknown): SendError {
  const status = (e as { response?: { status?: number }; status?: number }).response?.status ?? (e as { status?: number }).status;
  return typeof status === 'number' ? SendError.fromStatus(status) : SendError.network();
}

export class TeamsConsole implements StaffConsole {
  readonly name = 'teams' as const;
  private readonly sender: TeamsApp;
  private readonly base: string;
  /** Activities handled, so a redelivery (Teams retries when we were slow) is not acted on twice. */
  private readonly handled = new Set<string>();
  /** Entra object id → the bot's one-to-one conversation with them. */
  private readonly chats = new Map<string, string>();

  constructor(private readonly opts: TeamsConsoleOptions) {
    this.base = opts.conversationId.split(';')[0]!;
    this.sender = new TeamsApp({
      clientId: opts.clientId,
      ...(opts.clientSecret ? { clientSecret: opts.clientSecret } : {}),
      ...(opts.tenantId ? { tenantId: opts.tenantId } : {}),
      ...(opts.token ? { token: opts.token } : {}),
      serviceUrl: opts.serviceUrl,
      httpServerAdapter: new NoRoute(),
      logger: sdkLogger(opts.logger, 'teams-console'),
    });
  }

  /** Whether an inbound activity belongs to the staff channel (its root posts and their threads). */
  owns(conversationId: string | undefined): boolean {
    return typeof conversationId === 'string' && conversationId.split(';')[0] === this.base;
  }

  // ---- StaffConsole ----------------------------------------------------------------------

  async notify(card: HandoffCard, opts: { renotify: boolean; mention?: 'supervisors' }): Promise<ConsoleRef> {
    const res = await this.call(() => this.sender.send(this.base, cardActivity(card, opts)));
    if (!res.id) throw new SendError('teams_no_id', false);
    return { console: 'teams', channelRef: this.base, messageRef: res.id };
  }

  async update(ref: ConsoleRef, card: HandoffCard): Promise<void> {
    // An activity with an id is an update (PUT …/activities/{id}) in the SDK's sender.
    await this.call(() => this.sender.send(ref.channelRef, { ...cardActivity(card), id: ref.messageRef }));
  }

  async postPrivate(to: StaffIdentity, post: PrivatePost): Promise<ConsoleRef> {
    const conversationId = await this.chatWith(to.userId);
    const res = await this.call(() => this.sender.send(conversationId, privateActivity(post)));
    if (!res.id) throw new SendError('teams_no_id', false);
    return { console: 'teams', channelRef: conversationId, messageRef: res.id };
  }

  async blank(ref: ConsoleRef): Promise<void> {
    await this.call(() => this.sender.send(ref.channelRef, { ...blankActivity(), id: ref.messageRef }));
  }

  async remove(ref: ConsoleRef): Promise<void> {
    try {
      await this.call(() => this.sender.api.conversations.activities(ref.channelRef).delete(ref.messageRef));
    } catch (e) {
      // Already gone (an earlier try whose answer was lost): deleted is deleted.
      if ((e as SendError).status === 404) return;
      throw e;
    }
  }

  /** The bot's one-to-one chat with a roster member (conversations.create with their Entra object id), remembered. */
  private async chatWith(aadObjectId: string): Promise<string> {
    const known = this.chats.get(aadObjectId);
    if (known) return known;
    const res = await this.call(() =>
      this.sender.api.conversations.create({ members: [{ id: aadObjectId, role: 'user', name: '' }], ...(this.opts.tenantId ? { tenantId: this.opts.tenantId } : {}) }),
    );
    if (!res.id) throw new SendError('teams_no_conversation', false);
    this.chats.set(aadObjectId, res.id);
    return res.id;
  }

  private async send(ref: ConsoleRef, activity: StaffActivity): Promise<void> {
    await this.call(() => this.sender.send(toThreadedConversationId(ref.channelRef, ref.messageRef), activity));
  }

  // ---- Inbound (called by the Teams channel for activities of the staff channel) --------

  async handle(raw: unknown): Promise<void> {
    const parsed = staffActivity.safeParse(raw);
    if (!parsed.success) return void this.opts.logger.warn({ event: 'teams_staff_activity_invalid' }, 'teams staff activity did not validate');
    const a = parsed.data;
    if (this.handled.has(a.id)) return;
    // The Entra object id is stable across bots and tenants' apps: the roster's teamsUserId.
    const who: StaffIdentity = { platform: 'teams', userId: a.from.aadObjectId ?? a.from.id };
    // Only the card's Claim is read here: a message typed in the channel or a card's thread is
    // a staff member's own, which the bot could never delete, so it is not relayed.
    const action = submit.safeParse(a.value);
    if (action.success) await this.onSubmit(action.data, a.replyToId ?? threadRootOf(a.conversation.id), who);
    // Only once it went through: an activity that failed (and got a 500) is tried again on redelivery.
    this.handled.add(a.id);
    if (this.handled.size > 10_000) this.handled.delete(this.handled.values().next().value!);
  }

  private async onSubmit(s: z.infer<typeof submit>, cardId: string | undefined, who: StaffIdentity): Promise<void> {
    const { desk, logger } = this.opts;
    let card: HandoffCard;
    try {
      card = await desk.claim(s.handoffId, who);
    } catch (e) {
      if (!isDeskError(e)) throw e;
      logger.info({ event: 'staff_action_refused', console: 'teams', action: 'claim', code: e.code, handoffId: s.handoffId }, 'staff action refused');
      // Teams has no message only one person sees in a channel: the note goes in the thread.
      if (cardId) await this.send({ console: 'teams', channelRef: this.base, messageRef: cardId }, { type: 'message', textFormat: 'plain', text: refusal('claim', e) });
      return;
    }
    logger.info({ event: 'staff_action_done', console: 'teams', action: 'claim', handoffId: s.handoffId }, 'staff action done');
    // This card at once; the desk's console jobs update it (again) and the other consoles.
    if (cardId) await this.update({ console: 'teams', channelRef: this.base, messageRef: cardId }, card);
  }

  /**
   * An adaptiveCard/action invoke from a card in a lead worker's one-to-one chat: reply, close
   * or hand back. The answer is a short line Teams shows on the card.
   */
  async onCardAction(raw: unknown): Promise<CardActionAnswer> {
    const answer = (value: string): CardActionAnswer => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value });
    const parsed = cardAction.safeParse(raw);
    if (!parsed.success) return answer('This action could not be read.');
    const { from, value } = parsed.data;
    const who: StaffIdentity = { platform: 'teams', userId: from.aadObjectId ?? from.id };
    const { verb, data } = value.action;
    const { desk, logger } = this.opts;
    try {
      if (verb === 'reply') {
        await desk.reply(data.handoffId, who, data.reply ?? ''); // Input.Text: already plain
        return answer('Sent.');
      }
      if (verb === 'transfer') {
        if (!data.to || !(TRANSFER_REASONS as readonly string[]).includes(data.reason ?? '')) return answer('Not asked: pick who to pass it on to, and why.');
        await desk.offerTransfer(data.handoffId, who, { to: data.to, reason: data.reason as TransferReason });
        logger.info({ event: 'staff_action_done', console: 'teams', action: verb, handoffId: data.handoffId }, 'staff action done');
        return answer('Asked the contact. Nothing moves until they say yes.');
      }
      if (verb === 'hand_back') await desk.handBack(data.handoffId, who);
      else {
        if (!isOutcome(data.outcome)) throw new DeskError('bad_outcome', 'pick an outcome first');
        await desk.close(data.handoffId, who, data.outcome);
      }
      logger.info({ event: 'staff_action_done', console: 'teams', action: verb, handoffId: data.handoffId }, 'staff action done');
      return answer(verb === 'close' ? 'Closed.' : 'Handed back to the assistant.');
    } catch (e) {
      if (!isDeskError(e)) throw e;
      logger.info({ event: 'staff_action_refused', console: 'teams', action: verb, code: e.code, handoffId: data.handoffId }, 'staff action refused');
      return answer(verb === 'reply' ? replyRefusal(e) : verb === 'transfer' ? transferRefusal(e) : refusal(verb, e));
    }
  }

  private async call<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw sendError(e);
    }
  }
}
