// The Slack staff console: cards in one channel, claim/close/hand back by Block Kit controls,
// the conversation in the card's thread. Bolt verifies every request's signature (v0 HMAC of
// the raw body, timestamp no more than 5 minutes old; freshness.ts refuses one more than 5
// minutes ahead) before anything here runs.
import type { Express } from 'express';
import { App as BoltApp, ExpressReceiver, type webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../../privacy/logger.ts';
import { SendError } from '../../../channels/types.ts';
import { DeskError, type ConsoleRef, type HandoffCard, type HandoffDesk, type StaffConsole, type StaffIdentity } from '../../types.ts';
import { isDeskError, isOutcome, refusal, replyRefusal } from '../words.ts';
import { CONTROLS_PREFIX, cardBlocks, cardFallback, slackToPlain, threadBlocks } from './blocks.ts';
import { slackSdkLogger } from './sdkLogger.ts';
import { refuseSkewedTimestamps } from './freshness.ts';

export interface SlackConsoleOptions {
  desk: HandoffDesk;
  logger: Logger;
  signingSecret: string;
  botToken: string;
  /** The staff channel's id (C…): cards go there, and only its threads are read. */
  channel: string;
  /** Slack's Web API (tests: a fake on loopback). */
  apiBaseUrl: string;
  /** A user group (S…) pinged when the queue asks for supervisors. */
  supervisorsGroupId?: string;
  path?: `/${string}`;
  /**
   * Answer Slack's request only after the handler ran. Off in production (Slack wants an
   * answer within 3 s, and the desk and the card update may take longer); tests turn it on
   * so a request's effects are visible when its response arrives.
   */
  processBeforeResponse?: boolean;
}

/** The fields of an interaction payload we read; the rest is ignored. */
const actionPayload = z.looseObject({
  type: z.literal('block_actions'),
  user: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string().min(1) }).optional(),
  container: z.looseObject({ message_ts: z.string().optional(), channel_id: z.string().optional() }).optional(),
  message: z.looseObject({ ts: z.string() }).optional(),
  actions: z
    .array(
      z.looseObject({
        action_id: z.string(),
        block_id: z.string().optional(),
        value: z.string().optional(),
        selected_option: z.looseObject({ value: z.string() }).optional(),
      }),
    )
    .min(1),
});

const threadMessage = z.looseObject({
  type: z.literal('message'),
  channel: z.string(),
  user: z.string().min(1),
  text: z.string().default(''),
  ts: z.string(),
  thread_ts: z.string(),
});

/** Remembers, for a while, which Slack events were handled, so a retried delivery is not relayed twice. */
class Seen {
  private readonly ids = new Set<string>();
  constructor(private readonly max = 10_000) {}
  /** true the first time an id is seen. */
  first(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

/** Slack's Web API errors → SendError: "Slack said no" is not retried, the network and 5xx/429 are. */
function sendError(e: unknown): SendError {
  const err = e as { code?: string; data?: { error?: string }; statusCode?: number };
  switch (err.code) {
    case 'slack_webapi_platform_error':
      return new SendError(`slack_${err.data?.error ?? 'error'}`, false);
    case 'slack_webapi_rate_limited_error':
      return new SendError('slack_rate_limited', true, 429);
    case 'slack_webapi_http_error':
      return SendError.fromStatus(err.statusCode ?? 500);
    default:
      return SendError.network();
  }
}

export class SlackConsole implements StaffConsole {
  readonly name = 'slack' as const;
  readonly bolt: BoltApp;
  private readonly client: webApi.WebClient;
  private readonly seen = new Seen();
  /** The staff channel's ids: the configured one and the id Slack answers with (a name resolves to an id). */
  private readonly channels: Set<string>;

  constructor(
    http: Express,
    private readonly opts: SlackConsoleOptions,
  ) {
    this.channels = new Set([opts.channel]);
    const sdkLogger = slackSdkLogger(opts.logger);
    // Before Bolt's route: Bolt refuses old timestamps only, this refuses future ones too.
    http.use(opts.path ?? '/slack/events', refuseSkewedTimestamps());
    const receiver = new ExpressReceiver({
      signingSecret: opts.signingSecret,
      endpoints: opts.path ?? '/slack/events',
      app: http,
      logger: sdkLogger,
      processBeforeResponse: opts.processBeforeResponse ?? false,
      bodyLimit: '64kb',
    });
    this.bolt = new BoltApp({
      token: opts.botToken,
      receiver,
      logger: sdkLogger,
      // Fixed ids so Bolt never calls auth.test (it would, per request or at start-up). The
      // console needs no bot identity: it ignores every message that has a bot_id or a subtype.
      botId: 'B_WAYPOINT',
      botUserId: 'U_WAYPOINT',
      ignoreSelf: false,
      clientOptions: {
        slackApiUrl: opts.apiBaseUrl,
        // The worker retries console jobs with its own backoff; the client must not sit on
        // a failure for half an hour (its default).
        retryConfig: { retries: 0 },
        rejectRateLimitedCalls: true,
        timeout: 10_000,
      },
    });
    this.client = this.bolt.client;
    this.bolt.error(async (err) => {
      opts.logger.error({ event: 'slack_console_error', err: { name: err.name, code: err.code, message: err.message } }, 'slack console handler failed');
    });
    this.bolt.action({ type: 'block_actions' }, async ({ ack, body }) => {
      await ack();
      await this.onAction(body);
    });
    this.bolt.event('message', async ({ event, body }) => {
      await this.onMessage(event, (body as { event_id?: string }).event_id);
    });
  }

  // ---- StaffConsole ----------------------------------------------------------------------

  async notify(card: HandoffCard, opts: { renotify: boolean; mention?: 'supervisors' }): Promise<ConsoleRef> {
    const res = await this.call(() =>
      this.client.chat.postMessage({
        channel: this.opts.channel,
        text: cardFallback(card, opts),
        blocks: cardBlocks(card, { ...opts, ...(this.opts.supervisorsGroupId ? { supervisorsGroupId: this.opts.supervisorsGroupId } : {}) }),
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    if (!res.ts) throw new SendError('slack_no_ts', false);
    if (res.channel) this.channels.add(res.channel);
    return { console: 'slack', channelRef: res.channel ?? this.opts.channel, messageRef: res.ts };
  }

  async update(ref: ConsoleRef, card: HandoffCard): Promise<void> {
    await this.call(() => this.client.chat.update({ channel: ref.channelRef, ts: ref.messageRef, text: cardFallback(card), blocks: cardBlocks(card) }));
  }

  async postInThread(ref: ConsoleRef, post: { from: 'contact' | 'system'; text: string }): Promise<void> {
    await this.call(() =>
      this.client.chat.postMessage({
        channel: ref.channelRef,
        thread_ts: ref.messageRef,
        // The notification preview: never the message itself (it would show on lock screens).
        text: post.from === 'contact' ? 'New message from the contact' : 'Waypoint note',
        blocks: threadBlocks(post),
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
  }

  // ---- Inbound ---------------------------------------------------------------------------

  private async onAction(raw: unknown): Promise<void> {
    const parsed = actionPayload.safeParse(raw);
    if (!parsed.success) return void this.opts.logger.warn({ event: 'slack_action_invalid' }, 'slack action did not validate');
    const body = parsed.data;
    const channel = body.channel?.id ?? body.container?.channel_id;
    const ts = body.message?.ts ?? body.container?.message_ts;
    if (!channel || !this.channels.has(channel) || !ts) return;
    const action = body.actions[0]!;
    const handoffId = action.value ?? (action.block_id?.startsWith(CONTROLS_PREFIX) ? action.block_id.slice(CONTROLS_PREFIX.length) : undefined);
    if (!handoffId) return;
    const who: StaffIdentity = { platform: 'slack', userId: body.user.id };
    const ref: ConsoleRef = { console: 'slack', channelRef: channel, messageRef: ts };
    const kind = action.action_id;
    if (kind !== 'claim' && kind !== 'close' && kind !== 'hand_back') return;
    let card: HandoffCard;
    try {
      if (kind === 'claim') card = await this.opts.desk.claim(handoffId, who);
      else if (kind === 'hand_back') card = await this.opts.desk.handBack(handoffId, who);
      else {
        const outcome = action.selected_option?.value;
        if (!isOutcome(outcome)) return void (await this.ephemeral(who, channel, undefined, refusal('close', badOutcome())));
        card = await this.opts.desk.close(handoffId, who, outcome);
      }
    } catch (e) {
      if (!isDeskError(e)) throw e;
      this.opts.logger.info({ event: 'staff_action_refused', console: 'slack', action: kind, code: e.code, handoffId }, 'staff action refused');
      return void (await this.ephemeral(who, channel, undefined, refusal(kind, e)));
    }
    this.opts.logger.info({ event: 'staff_action_done', console: 'slack', action: kind, handoffId }, 'staff action done');
    // This card at once; the desk's console jobs update it (again) and the other consoles.
    await this.update(ref, card);
    if (kind === 'claim') await this.showEarlier(handoffId, who, ref);
  }

  /** The messages the contact wrote while waiting, shown to the claimer alone (ephemeral, in the thread). */
  private async showEarlier(handoffId: string, who: StaffIdentity, ref: ConsoleRef): Promise<void> {
    const earlier = await this.opts.desk.view(handoffId, who).catch(() => []);
    if (earlier.length === 0) return;
    const text = earlier.map((m) => `${m.from === 'contact' ? 'Contact' : 'Staff'}: ${m.text}`).join('\n');
    await this.ephemeral(who, ref.channelRef, ref.messageRef, `Earlier in this conversation (only you see this):\n${text}`, true);
  }

  private async onMessage(event: unknown, eventId: string | undefined): Promise<void> {
    const e = event as { subtype?: string; bot_id?: string };
    // Edits, deletions, joins, file shares and every bot's messages (our own relays included).
    if (e.subtype !== undefined || e.bot_id !== undefined) return;
    const parsed = threadMessage.safeParse(event);
    if (!parsed.success) return;
    const m = parsed.data;
    if (!this.channels.has(m.channel) || m.thread_ts === m.ts) return;
    if (eventId && !this.seen.first(eventId)) return;
    const handoffId = await this.opts.desk.byConsoleRef('slack', m.thread_ts);
    if (!handoffId) return;
    const who: StaffIdentity = { platform: 'slack', userId: m.user };
    try {
      await this.opts.desk.reply(handoffId, who, slackToPlain(m.text));
    } catch (err) {
      if (!isDeskError(err)) throw err;
      this.opts.logger.info({ event: 'staff_reply_refused', console: 'slack', code: err.code, handoffId }, 'staff reply not sent');
      await this.ephemeral(who, m.channel, m.thread_ts, replyRefusal(err));
    }
  }

  private async ephemeral(who: StaffIdentity, channel: string, threadTs: string | undefined, text: string, plain = false): Promise<void> {
    await this.call(() =>
      this.client.chat.postEphemeral({
        channel,
        user: who.userId,
        text,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        ...(plain ? { blocks: [{ type: 'section', text: { type: 'plain_text', text: text.slice(0, 3000), emoji: false } }] } : {}),
      }),
    );
  }

  private async call<T>(f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw sendError(e);
    }
  }
}

const badOutcome = (): DeskError => new DeskError('bad_outcome', 'pick an outcome first');

/** Mount the Slack console's route (POST /slack/events) on the shared app. */
export function mountSlackConsole(http: Express, opts: SlackConsoleOptions): SlackConsole {
  return new SlackConsole(http, opts);
}
