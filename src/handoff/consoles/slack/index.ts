// The Slack staff console: cards in one channel (Claim, and never a word of the contact), the
// conversation in the app's direct message with the claimer, where Close…, Hand back and the
// reply box are. Staff text comes as interactions (a dispatched input, a modal's submit), never
// as a Slack message of theirs: the app can delete everything it showed. Bolt verifies every request's signature (v0 HMAC of
// the raw body, timestamp no more than 5 minutes old; freshness.ts refuses one more than 5
// minutes ahead) before anything here runs.
import type { Express } from 'express';
import { App as BoltApp, ExpressReceiver, type webApi } from '@slack/bolt';
import { z } from 'zod';
import type { Logger } from '../../../privacy/logger.ts';
import { SendError } from '../../../channels/types.ts';
import { DeskError, type ConsoleRef, type HandoffCard, type HandoffDesk, type PrivatePost, type StaffConsole, type StaffIdentity } from '../../types.ts';
import { isDeskError, isOutcome, refusal, replyRefusal, transferRefusal } from '../words.ts';
import { TRANSFER_REASONS, type TransferReason } from '../../../engine/types.ts';
import {
  BLANK_TEXT,
  CONTROLS_PREFIX,
  REPLY_CALLBACK,
  REPLY_INPUT,
  REPLY_PREFIX,
  TRANSFER_CALLBACK,
  TRANSFER_REASON,
  TRANSFER_TO,
  blankBlocks,
  cardBlocks,
  cardFallback,
  privateBlocks,
  privateFallback,
  replyModal,
  transferModal,
} from './blocks.ts';
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
  trigger_id: z.string().optional(),
  user: z.looseObject({ id: z.string().min(1) }),
  channel: z.looseObject({ id: z.string().min(1) }).optional(),
  container: z.looseObject({ message_ts: z.string().optional(), channel_id: z.string().optional() }).optional(),
  message: z.looseObject({ ts: z.string(), blocks: z.array(z.looseObject({ block_id: z.string().optional() })).optional() }).optional(),
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

/** A modal's submit: the reply box of replyModal. */
const viewSubmission = z.looseObject({
  type: z.literal('view_submission'),
  user: z.looseObject({ id: z.string().min(1) }),
  view: z.looseObject({
    callback_id: z.literal(REPLY_CALLBACK),
    private_metadata: z.string().min(1).max(200),
    state: z.looseObject({ values: z.record(z.string(), z.record(z.string(), z.looseObject({ value: z.string().nullish() }))) }),
  }),
});

/** Pass on…'s submit: two selects (transferModal). */
const transferSubmission = z.looseObject({
  type: z.literal('view_submission'),
  user: z.looseObject({ id: z.string().min(1) }),
  view: z.looseObject({
    callback_id: z.literal(TRANSFER_CALLBACK),
    private_metadata: z.string().min(1).max(200),
    state: z.looseObject({
      values: z.record(z.string(), z.record(z.string(), z.looseObject({ selected_option: z.looseObject({ value: z.string().max(200) }).nullish() }))),
    }),
  }),
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
  /** Slack user id → the app's direct message channel with them. */
  private readonly dms = new Map<string, string>();
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
    this.bolt.view(REPLY_CALLBACK, async ({ ack, body }) => {
      const refused = await this.onSubmit(body);
      await ack(refused ? { response_action: 'errors', errors: { [REPLY_INPUT]: refused } } : undefined);
    });
    this.bolt.view(TRANSFER_CALLBACK, async ({ ack, body }) => {
      const refused = await this.onTransfer(body);
      await ack(refused ? { response_action: 'errors', errors: { [TRANSFER_TO]: refused } } : undefined);
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

  async postPrivate(to: StaffIdentity, post: PrivatePost): Promise<ConsoleRef> {
    const channel = await this.directMessage(to.userId);
    const res = await this.call(() =>
      this.client.chat.postMessage({ channel, text: privateFallback(post), blocks: privateBlocks(post), unfurl_links: false, unfurl_media: false }),
    );
    if (!res.ts) throw new SendError('slack_no_ts', false);
    return { console: 'slack', channelRef: res.channel ?? channel, messageRef: res.ts };
  }

  async blank(ref: ConsoleRef): Promise<void> {
    await this.call(() => this.client.chat.update({ channel: ref.channelRef, ts: ref.messageRef, text: BLANK_TEXT, blocks: blankBlocks() }));
  }

  async remove(ref: ConsoleRef): Promise<void> {
    try {
      await this.call(() => this.client.chat.delete({ channel: ref.channelRef, ts: ref.messageRef }));
    } catch (e) {
      // Already gone (deleted by an admin, or by an earlier try whose answer was lost).
      if ((e as SendError).code === 'slack_message_not_found') return;
      throw e;
    }
  }

  /** The app's direct message with a staff member (conversations.open; im:write), remembered. */
  private async directMessage(userId: string): Promise<string> {
    const known = this.dms.get(userId);
    if (known) return known;
    const res = await this.call(() => this.client.conversations.open({ users: userId }));
    const id = res.channel?.id;
    if (!id) throw new SendError('slack_no_channel', false);
    this.dms.set(userId, id);
    return id;
  }

  // ---- Inbound ---------------------------------------------------------------------------

  private async onAction(raw: unknown): Promise<void> {
    const parsed = actionPayload.safeParse(raw);
    if (!parsed.success) return void this.opts.logger.warn({ event: 'slack_action_invalid' }, 'slack action did not validate');
    const body = parsed.data;
    const channel = body.channel?.id ?? body.container?.channel_id;
    const ts = body.message?.ts ?? body.container?.message_ts;
    if (!channel || !ts) return;
    const action = body.actions[0]!;
    const kind = action.action_id;
    const blockId = action.block_id ?? '';
    const handoffId =
      action.value && kind !== 'reply'
        ? action.value
        : blockId.startsWith(CONTROLS_PREFIX)
          ? blockId.slice(CONTROLS_PREFIX.length)
          : blockId.startsWith(REPLY_PREFIX)
            ? blockId.slice(REPLY_PREFIX.length).split(':')[0]
            : undefined;
    if (!handoffId) return;
    const who: StaffIdentity = { platform: 'slack', userId: body.user.id };
    // Claim only from the staff channel's card; the rest only from the private conversation.
    const inChannel = this.channels.has(channel);
    if (kind === 'claim' && !inChannel) return;
    if (kind !== 'claim' && inChannel) return;
    if (kind === 'reply') return this.onReply(handoffId, who, action.value ?? '', body, channel, ts);
    if (kind === 'reply_modal') {
      if (!body.trigger_id) return;
      const card = (await this.opts.desk.queue(who).catch(() => [])).find((c) => c.handoffId === handoffId);
      await this.call(() => this.client.views.open({ trigger_id: body.trigger_id!, view: replyModal(handoffId, card?.handle ?? '') }));
      return;
    }
    if (kind === 'transfer_modal') {
      if (!body.trigger_id) return;
      let targets;
      try {
        targets = await this.opts.desk.transferTargets(handoffId, who);
      } catch (e) {
        if (!isDeskError(e)) throw e;
        return void (await this.ephemeral(who, channel, undefined, transferRefusal(e)));
      }
      if (targets.length === 0) return void (await this.ephemeral(who, channel, undefined, 'Not asked: nobody else is on the roster to pass it on to.'));
      const card = (await this.opts.desk.queue(who).catch(() => [])).find((c) => c.handoffId === handoffId);
      await this.call(() => this.client.views.open({ trigger_id: body.trigger_id!, view: transferModal(handoffId, card?.handle ?? '', targets) }));
      return;
    }
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
    // The channel card at once; the desk's console jobs update it (again) and the other consoles.
    if (kind === 'claim') await this.update({ console: 'slack', channelRef: channel, messageRef: ts }, card);
  }

  /** Enter in a private post's reply box: the text goes to the desk; the box is emptied by re-posting its blocks with a new block id. */
  private async onReply(handoffId: string, who: StaffIdentity, text: string, body: z.infer<typeof actionPayload>, channel: string, ts: string): Promise<void> {
    const actionTs = (body.actions[0] as { action_ts?: unknown }).action_ts;
    if (typeof actionTs === 'string' && !this.seen.first(`${who.userId}:${actionTs}`)) return;
    try {
      await this.opts.desk.reply(handoffId, who, text); // plain_text_input: already plain
    } catch (err) {
      if (!isDeskError(err)) throw err;
      this.opts.logger.info({ event: 'staff_reply_refused', console: 'slack', code: err.code, handoffId }, 'staff reply not sent');
      return void (await this.ephemeral(who, channel, undefined, replyRefusal(err)));
    }
    const blocks = body.message?.blocks;
    if (!blocks) return;
    const nonce = Date.now().toString(36);
    const fresh = blocks.map((b) => (b.block_id?.startsWith(REPLY_PREFIX) ? { ...b, block_id: `${REPLY_PREFIX}${handoffId}:${nonce}` } : b));
    await this.call(() => this.client.chat.update({ channel, ts, text: 'Sent', blocks: fresh as never }));
  }

  /** The larger reply box's Send. A refusal is shown in the box (returned as the field's error). */
  private async onSubmit(raw: unknown): Promise<string | null> {
    const parsed = viewSubmission.safeParse(raw);
    if (!parsed.success) return 'This reply could not be read. Try again.';
    const { user, view } = parsed.data;
    const text = view.state.values[REPLY_INPUT]?.reply?.value ?? '';
    try {
      await this.opts.desk.reply(view.private_metadata, { platform: 'slack', userId: user.id }, text);
      return null;
    } catch (err) {
      if (!isDeskError(err)) throw err;
      this.opts.logger.info({ event: 'staff_reply_refused', console: 'slack', code: err.code, handoffId: view.private_metadata }, 'staff reply not sent');
      return replyRefusal(err);
    }
  }

  /** Pass on…'s submit: the desk asks the contact. A refusal is shown in the box. */
  private async onTransfer(raw: unknown): Promise<string | null> {
    const parsed = transferSubmission.safeParse(raw);
    if (!parsed.success) return 'This choice could not be read. Try again.';
    const { user, view } = parsed.data;
    const to = view.state.values[TRANSFER_TO]?.to?.selected_option?.value;
    const reason = view.state.values[TRANSFER_REASON]?.reason?.selected_option?.value;
    if (!to || !reason || !(TRANSFER_REASONS as readonly string[]).includes(reason)) return 'Pick who to pass it on to, and why.';
    try {
      await this.opts.desk.offerTransfer(view.private_metadata, { platform: 'slack', userId: user.id }, { to, reason: reason as TransferReason });
      this.opts.logger.info({ event: 'staff_action_done', console: 'slack', action: 'transfer_offer', handoffId: view.private_metadata }, 'staff action done');
      return null;
    } catch (err) {
      if (!isDeskError(err)) throw err;
      this.opts.logger.info({ event: 'staff_action_refused', console: 'slack', action: 'transfer_offer', code: err.code, handoffId: view.private_metadata }, 'staff action refused');
      return transferRefusal(err);
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
