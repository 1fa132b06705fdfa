import express, { type Express, type Request, type Response } from 'express';
import type { ChannelPort } from '../port.ts';
import { WEBHOOK_BODY_LIMIT } from '../types.ts';
import { parseWebhook, type ParsedMessage } from './parse.ts';
import { validSignature } from './verify.ts';
import { countryLanguages } from '../languageHints.ts';

export const CHANNEL = 'whatsapp';

export interface WhatsAppChannelOptions {
  verifyToken: string;
  appSecret: string;
  /** Messages for another number of the same app are not ours. */
  phoneNumberId: string;
  path?: `/${string}`;
  now?: () => Date;
}

/**
 * WhatsApp Cloud API: GET answers Meta's subscription challenge; POST checks
 * X-Hub-Signature-256 on the raw body, validates the payload, runs one turn per message with
 * delivery 'async' (the reply goes out through the outbox) and answers 200 at once.
 * Status updates (sent, delivered, read) are acknowledged and ignored.
 */
export function mountWhatsApp(http: Express, port: ChannelPort, opts: WhatsAppChannelOptions): void {
  const path = opts.path ?? '/webhooks/whatsapp';
  const now = opts.now ?? (() => new Date());
  const log = port.logger;
  const offered = new Set(port.presentation.catalog.languages());

  http.get(path, (req: Request, res: Response) => {
    const q = req.query;
    if (q['hub.mode'] === 'subscribe' && typeof q['hub.verify_token'] === 'string' && q['hub.verify_token'] === opts.verifyToken) {
      const challenge = typeof q['hub.challenge'] === 'string' ? q['hub.challenge'] : '';
      return void res.status(200).type('text/plain').send(challenge.slice(0, 256));
    }
    log.warn({ event: 'webhook_verify_refused', channel: CHANNEL }, 'whatsapp subscription check refused');
    res.status(403).type('text/plain').send('forbidden');
  });

  const handleOne = async (m: ParsedMessage): Promise<void> => {
    if (m.phoneNumberId !== opts.phoneNumberId) {
      log.info({ event: 'whatsapp_other_number', channel: CHANNEL }, 'message for another phone number id ignored');
      return;
    }
    if (m.ignore) return;
    if (m.input.type === 'media') log.info({ event: 'whatsapp_media', channel: CHANNEL, media: m.input.media }, 'media received: only its kind is read');
    await port.conversations.handle(
      {
        channel: CHANNEL,
        address: m.from,
        providerId: m.id,
        input: m.input,
        receivedAt: now(),
        // The number's country: a weak hint for a first reply, never stored.
        langHints: countryLanguages(m.from, offered),
      },
      'async',
    );
  };

  http.post(path, express.raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT }), async (req: Request, res: Response) => {
    const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const header = req.get('x-hub-signature-256');
    if (!header) {
      log.warn({ event: 'webhook_unsigned', channel: CHANNEL }, 'whatsapp webhook without a signature');
      return void res.status(401).type('text/plain').send('missing signature');
    }
    if (!validSignature(opts.appSecret, raw, header)) {
      log.warn({ event: 'webhook_forged', channel: CHANNEL }, 'whatsapp webhook signature did not match');
      return void res.status(403).type('text/plain').send('invalid signature');
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return void res.status(400).type('text/plain').send('malformed JSON');
    }
    const parsed = parseWebhook(body);
    if (!parsed.ok) {
      log.warn({ event: 'webhook_invalid', channel: CHANNEL }, 'whatsapp webhook did not validate');
      return void res.status(400).type('text/plain').send(parsed.reason);
    }
    try {
      // In order: two messages of one person in one delivery are two turns, first to last.
      for (const m of parsed.messages) await handleOne(m);
      res.status(200).type('text/plain').send('ok');
    } catch (err) {
      // 500: Meta delivers again, and the messages already handled are deduped by wamid.
      log.error({ event: 'webhook_failed', channel: CHANNEL, error: err instanceof Error ? err.name : 'unknown' }, 'whatsapp turn failed');
      res.status(500).type('text/plain').send('error');
    }
  });
}
