import express, { type Express, type Request, type Response } from 'express';
// Twilio's own signature check and TwiML writer, imported from their modules rather than the
// package root: the root loads the whole REST client (about 25 MB resident) that a webhook never uses.
import MessagingResponse from 'twilio/lib/twiml/MessagingResponse.js';
import { validateRequest } from 'twilio/lib/webhooks/webhooks.js';
import type { ChannelPort } from '../port.ts';
import { WEBHOOK_BODY_LIMIT } from '../types.ts';
import { isAllowedNumber } from './country.ts';
import { inputOf, reasonOf, twilioInboundSchema } from './parse.ts';
import { renderSms } from './render.ts';
import { numberHint } from '../degrade.ts';
import { answerRetryLater, RETRY_AFTER_S, RetryLaterError, retryReason, SYNC_ANSWER_SECONDS } from '../../retryLater.ts';
import type { InboundMessage, Reply } from '../../conversation/types.ts';
import { KEEP_COUNTED, type KeepCounted } from '../../turnQueue.ts';

export const CHANNEL = 'sms';

export interface SmsChannelOptions {
  authToken: string;
  /** The address Twilio posts to, as configured in the Twilio console: PUBLIC_BASE_URL. */
  publicBaseUrl: string;
  allowedCountries: readonly string[];
  /**
   * This process can send later through Twilio's REST API (the outbox has an SMS sender): a
   * reply not ready within the answer deadline goes that way, and Twilio is answered at once.
   * Without it, such a reply can only wait for Twilio to deliver the message again (503).
   */
  sendsLater?: boolean;
  path?: `/${string}`;
  now?: () => Date;
}

/**
 * Two turns of the event loop, so a connection the caller closed while the turn ran is seen as
 * closed: without them, a reply written just after the caller gave up still ends in 'finish'
 * (the bytes reach the socket's buffer) and was marked delivered, and every later copy of the
 * message was answered with nothing — the reply lost.
 */
const seeClosedConnections = async (): Promise<void> => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => setImmediate(resolve));
};

/** How often a running turn is looked at against the answer deadline (read from `now`, which tests move by hand). */
const DEADLINE_POLL_MS = 100;
/** Tries of a turn that failed on a passing store error after Twilio was answered: the message is still in hand. */
const LATE_TRIES = 3;

type Settled = { reply: Reply } | { error: unknown };
const settle = (p: Promise<Reply>): Promise<Settled> => p.then((reply) => ({ reply }), (error: unknown) => ({ error }));

/**
 * The turn's outcome, or null when the answer deadline passed first. A copy waiting on another
 * delivery's reply is waited for: it stops at the deadline by itself, with a reply or refused.
 */
async function byDeadline(turn: Promise<Settled>, inTime: () => boolean, waiting: () => boolean): Promise<Settled | null> {
  for (;;) {
    let timer: NodeJS.Timeout | undefined;
    const tick = new Promise<null>((resolve) => (timer = setTimeout(resolve, DEADLINE_POLL_MS, null)));
    const r = await Promise.race([turn, tick]);
    clearTimeout(timer);
    if (r) return r;
    if (!inTime() && !waiting()) return null;
  }
}

function twiml(res: Response, bodies: readonly string[]): void {
  const out = new MessagingResponse();
  for (const b of bodies) out.message(b);
  res.status(200).type('text/xml').send(out.toString());
}

/**
 * SMS through Twilio: POST /webhooks/twilio (urlencoded). The signature is checked against the
 * public URL (PUBLIC_BASE_URL + path, never the request's Host header, which a caller controls),
 * then the payload is validated, then one turn runs and its reply goes back as TwiML — or, when
 * it is not ready within SYNC_ANSWER_SECONDS, Twilio gets an empty answer and the reply follows
 * through the REST API (the outbox). A number outside SMS_ALLOWED_COUNTRIES gets no reply and leaves no row.
 */
export function mountSms(http: Express, port: ChannelPort, opts: SmsChannelOptions): void {
  const path = opts.path ?? '/webhooks/twilio';
  const now = opts.now ?? (() => new Date());
  const base = opts.publicBaseUrl.replace(/\/+$/, '');
  const sendsLater = opts.sendsLater ?? false;
  const { conversations, presentation, logger: log } = port;
  const hint = numberHint(presentation.catalog);

  /**
   * A reply that did not go in a response: through the outbox when this process sends later;
   * otherwise its lease is released, and the next copy of the message carries it.
   */
  const notAnswered = async (msg: InboundMessage, reply: Reply): Promise<void> => {
    if (sendsLater) {
      try {
        return await conversations.sendLater(msg, reply);
      } catch (err) {
        log.error({ event: 'sms_send_later_failed', channel: CHANNEL, error: err instanceof Error ? err.name : 'unknown' }, 'sms reply could not be handed to the outbox');
      }
    }
    await conversations.undelivered(CHANNEL, msg.providerId).catch(() => undefined);
  };

  /** After Twilio was answered empty: the turn's reply, once ready, goes through the outbox. */
  const finishLater = async (msg: InboundMessage, first: Promise<Settled>): Promise<void> => {
    let s = await first;
    for (let i = 0; i < LATE_TRIES && 'error' in s && retryReason(s.error) === 'store_busy'; i++) {
      // Nothing was kept (or, if the turn committed after all, this run finds it as a copy).
      await new Promise((resolve) => setTimeout(resolve, RETRY_AFTER_S * 1000));
      const until = Date.now() + SYNC_ANSWER_SECONDS * 1000;
      s = await settle(conversations.handle(msg, 'sync', { inTime: () => Date.now() < until }));
    }
    if ('error' in s) {
      const reason = retryReason(s.error);
      // reply_pending: another delivery holds the reply and gets it out.
      if (reason === 'reply_pending') return;
      log.error({ event: 'sms_late_turn_failed', channel: CHANNEL, error: reason ?? (s.error instanceof Error ? s.error.name : 'unknown') }, 'sms turn failed after Twilio was answered');
      return;
    }
    if (s.reply.deliver) await notAnswered(msg, s.reply);
  };

  http.post(path, express.urlencoded({ extended: false, limit: WEBHOOK_BODY_LIMIT, parameterLimit: 200 }), async (req: Request, res: Response) => {
    const signature = req.get('x-twilio-signature');
    if (!signature) {
      log.warn({ event: 'webhook_unsigned', channel: CHANNEL }, 'sms webhook without a signature');
      return void res.status(401).type('text/plain').send('missing signature');
    }
    const params = (req.body ?? {}) as Record<string, string | string[]>;
    if (!validateRequest(opts.authToken, signature, base + req.originalUrl, params)) {
      log.warn({ event: 'webhook_forged', channel: CHANNEL }, 'sms webhook signature did not match');
      return void res.status(403).type('text/plain').send('invalid signature');
    }
    const parsed = twilioInboundSchema.safeParse(params);
    if (!parsed.success) {
      log.warn({ event: 'webhook_invalid', channel: CHANNEL }, 'sms webhook did not validate');
      return void res.status(400).type('text/plain').send(reasonOf(parsed.error));
    }
    const msg = parsed.data;
    if (!isAllowedNumber(msg.From, opts.allowedCountries)) {
      log.info({ event: 'sms_country_refused', channel: CHANNEL }, 'sms from a country outside SMS_ALLOWED_COUNTRIES: no reply');
      return void twiml(res, []);
    }
    const sid = msg.MessageSid;
    // From here the answer must come within SYNC_ANSWER_SECONDS: with the reply, or (sending
    // later) empty with the reply to follow, or (not) 503 so the platform delivers again.
    const answerBy = now().getTime() + SYNC_ANSWER_SECONDS * 1000;
    const inTime = (): boolean => now().getTime() < answerBy;
    const inbound: InboundMessage = { channel: CHANNEL, address: msg.From, providerId: sid, input: inputOf(msg), receivedAt: now() };
    let waiting = false;
    const turn = settle(conversations.handle(inbound, 'sync', { inTime, onWait: () => (waiting = true) }));
    const settled = sendsLater ? await byDeadline(turn, inTime, () => waiting) : await turn;
    if (!settled) {
      log.info({ event: 'sms_reply_later', channel: CHANNEL }, 'sms reply not ready in time: answered empty, the reply follows through the outbox');
      // Still a turn in flight for load shedding until it is done, though its response has gone.
      const release = (res.locals[KEEP_COUNTED] as KeepCounted | undefined)?.();
      twiml(res, []);
      try {
        return void (await finishLater(inbound, turn));
      } finally {
        release?.();
      }
    }
    let leased = false;
    try {
      if ('error' in settled) throw settled.error;
      const reply = settled.reply;
      // One reply per message: a copy whose reply another delivery got out (or is getting out)
      // is answered with nothing; one whose reply never went out (a crash) carries it.
      if (!reply.deliver) return void twiml(res, []);
      leased = true;
      await seeClosedConnections();
      // Nobody left to read it: it goes later (or the lease goes, and the next copy carries it).
      if (res.destroyed || req.socket.destroyed) return void (await notAnswered(inbound, reply));
      if (!inTime()) {
        if (!sendsLater) throw new RetryLaterError('too_late');
        // Ready just as the deadline passed: too late to trust the response to arrive.
        leased = false;
        twiml(res, []);
        return void (await notAnswered(inbound, reply));
      }
      res.once('finish', () => void conversations.delivered(CHANNEL, sid).catch(() => undefined));
      // Closed before all of it was written: not delivered either.
      res.once('close', () => void (res.writableFinished ? undefined : notAnswered(inbound, reply)));
      twiml(res, renderSms(reply.outputs, { dirOf: presentation.dirOf, hint }));
    } catch (err) {
      if (leased) await conversations.undelivered(CHANNEL, sid).catch(() => undefined);
      const retry = retryReason(err);
      if (retry) {
        log.warn({ event: 'webhook_retry_later', channel: CHANNEL, reason: retry }, 'sms turn not answered now: 503, delivered again later');
        return void answerRetryLater(res);
      }
      log.error({ event: 'webhook_failed', channel: CHANNEL, error: err instanceof Error ? err.name : 'unknown' }, 'sms turn failed');
      res.status(500).type('text/plain').send('error');
    }
  });
}
