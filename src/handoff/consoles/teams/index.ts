// The Teams staff console: cards posted proactively to one channel conversation, claim/close/
// hand back by Adaptive Card submits, the conversation in the card's reply thread. Inbound
// activities reach us through the Teams channel's POST /api/messages (the SDK validates the
// Bot Framework token there), which hands over every activity of the staff channel.
import { App as TeamsApp, toThreadedConversationId, type HttpRouteHandler, type IHttpServerAdapter } from '@microsoft/teams.apps';
import { z } from 'zod';
import type { Logger } from '../../../privacy/logger.ts';
import { SendError } from '../../../channels/types.ts';
import { sdkLogger } from '../../../channels/teams/sdkLogger.ts';
import { DeskError, type ConsoleRef, type HandoffCard, type HandoffDesk, type StaffConsole, type StaffIdentity } from '../../types.ts';
import { isDeskError, isOutcome, refusal, replyRefusal } from '../words.ts';
import { cardActivity, teamsToPlain, threadActivity, type StaffActivity } from './card.ts';

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
  waypoint: z.enum(['claim', 'close', 'hand_back']),
  handoffId: z.string().min(1).max(200),
  outcome: z.string().optional(),
});

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

  async postInThread(ref: ConsoleRef, post: { from: 'contact' | 'system'; text: string }): Promise<void> {
    await this.send(ref, threadActivity(post));
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
    const action = submit.safeParse(a.value);
    if (action.success) await this.onSubmit(action.data, a.replyToId ?? threadRootOf(a.conversation.id), who);
    else if (typeof a.text === 'string') await this.onReply(a.conversation.id, teamsToPlain(a.text), who);
    // Only once it went through: an activity that failed (and got a 500) is tried again on redelivery.
    this.handled.add(a.id);
    if (this.handled.size > 10_000) this.handled.delete(this.handled.values().next().value!);
  }

  private async onSubmit(s: z.infer<typeof submit>, cardId: string | undefined, who: StaffIdentity): Promise<void> {
    const { desk, logger } = this.opts;
    let card: HandoffCard;
    try {
      if (s.waypoint === 'claim') card = await desk.claim(s.handoffId, who);
      else if (s.waypoint === 'hand_back') card = await desk.handBack(s.handoffId, who);
      else {
        if (!isOutcome(s.outcome)) throw new DeskError('bad_outcome', 'pick an outcome first');
        card = await desk.close(s.handoffId, who, s.outcome);
      }
    } catch (e) {
      if (!isDeskError(e)) throw e;
      logger.info({ event: 'staff_action_refused', console: 'teams', action: s.waypoint, code: e.code, handoffId: s.handoffId }, 'staff action refused');
      // Teams has no message only one person sees in a channel: the note goes in the thread.
      if (cardId) await this.send({ console: 'teams', channelRef: this.base, messageRef: cardId }, { type: 'message', textFormat: 'plain', text: refusal(s.waypoint, e) });
      return;
    }
    logger.info({ event: 'staff_action_done', console: 'teams', action: s.waypoint, handoffId: s.handoffId }, 'staff action done');
    // This card at once; the desk's console jobs update it (again) and the other consoles.
    if (cardId) await this.update({ console: 'teams', channelRef: this.base, messageRef: cardId }, card);
  }

  private async onReply(conversationId: string, text: string, who: StaffIdentity): Promise<void> {
    const root = threadRootOf(conversationId);
    if (!root) return; // a new post in the channel, not a reply in a card's thread
    const handoffId = await this.opts.desk.byConsoleRef('teams', root);
    if (!handoffId) return;
    try {
      await this.opts.desk.reply(handoffId, who, text);
    } catch (e) {
      if (!isDeskError(e)) throw e;
      this.opts.logger.info({ event: 'staff_reply_refused', console: 'teams', code: e.code, handoffId }, 'staff reply not sent');
      await this.send({ console: 'teams', channelRef: this.base, messageRef: root }, { type: 'message', textFormat: 'plain', text: replyRefusal(e) });
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
