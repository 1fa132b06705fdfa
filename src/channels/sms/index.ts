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
import { answerRetryLater, RetryLaterError, retryReason, SYNC_ANSWER_SECONDS } from '../../retryLater.ts';

export const CHANNEL = 'sms';

export interface SmsChannelOptions {
  authToken: string;
  /** The address Twilio posts to, as configured in the Twilio console: PUBLIC_BASE_URL. */
  publicBaseUrl: string;
  allowedCountries: readonly string[];
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

function twiml(res: Response, bodies: readonly string[]): void {
  const out = new MessagingResponse();
  for (const b of bodies) out.message(b);
  res.status(200).type('text/xml').send(out.toString());
}

/**
 * SMS through Twilio: POST /webhooks/twilio (urlencoded). The signature is checked against the
 * public URL (PUBLIC_BASE_URL + path, never the request's Host header, which a caller controls),
 * then the payload is validated, then one turn runs and its reply goes back as TwiML.
 * A number outside SMS_ALLOWED_COUNTRIES gets no reply and leaves no row.
 */
export function mountSms(http: Express, port: ChannelPort, opts: SmsChannelOptions): void {
  const path = opts.path ?? '/webhooks/twilio';
  const now = opts.now ?? (() => new Date());
  const base = opts.publicBaseUrl.replace(/\/+$/, '');
  const { conversations, presentation, logger: log } = port;
  const hint = numberHint(presentation.catalog);

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
    // From here the answer must come within SYNC_ANSWER_SECONDS, or the platform is asked to deliver again.
    const answerBy = now().getTime() + SYNC_ANSWER_SECONDS * 1000;
    const inTime = (): boolean => now().getTime() < answerBy;
    let leased = false;
    try {
      const reply = await conversations.handle(
        { channel: CHANNEL, address: msg.From, providerId: sid, input: inputOf(msg), receivedAt: now() },
        'sync',
        { inTime },
      );
      // One reply per message: a copy whose reply another delivery got out (or is getting out)
      // is answered with nothing; one whose reply never went out (a crash) carries it.
      if (!reply.deliver) return void twiml(res, []);
      leased = true;
      await seeClosedConnections();
      // Nobody left to read it, or too late to trust it arrives: the lease goes, and the next copy carries the reply.
      if (res.destroyed || req.socket.destroyed) return void (await conversations.undelivered(CHANNEL, sid).catch(() => undefined));
      if (!inTime()) throw new RetryLaterError('too_late');
      res.once('finish', () => void conversations.delivered(CHANNEL, sid).catch(() => undefined));
      // Closed before all of it was written: not delivered either.
      res.once('close', () => void (res.writableFinished ? undefined : conversations.undelivered(CHANNEL, sid).catch(() => undefined)));
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
