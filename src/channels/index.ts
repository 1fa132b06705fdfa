// The channels' side of the wiring: mount the channels src/features.ts switched on, build the
// outbox's senders for them, and the outbox itself. Given narrow parts, never the application.
import type { Express } from 'express';
import type { Features } from '../features.ts';
import type { Store } from '../store/db.ts';
import type { Keys } from '../privacy/fieldCrypto.ts';
import type { Logger } from '../privacy/logger.ts';
import { createDispatcher, type Dispatcher, type WaitingReplies } from './outbox/dispatcher.ts';
import { mountSms } from './sms/index.ts';
import { TwilioSender } from './sms/sender.ts';
import { mountWhatsApp } from './whatsapp/index.ts';
import { GraphSender, parseTemplate } from './whatsapp/sender.ts';
import { TeamsSender } from './teams/sender.ts';
import { chromeFor } from './web/chrome.ts';
import type { ChannelPort, Presentation } from './port.ts';
import { numberHint } from './degrade.ts';
import type { ChannelSender, Fetch } from './types.ts';

/**
 * Mount SMS and WhatsApp when they are on (the web chat is mounted by createHttpApp itself;
 * Teams and the linked device start apart, as their SDKs load only when used).
 */
export function mountChannels(http: Express, port: ChannelPort, on: Features['channels']): void {
  if (on.sms.inbound) mountSms(http, port, on.sms.inbound);
  if (on.whatsapp) mountWhatsApp(http, port, on.whatsapp);
}

/** What the senders are built from. */
export interface SendersPort {
  readonly features: Pick<Features, 'channels' | 'teamsApp'>;
  readonly presentation: Presentation;
  readonly logger: Logger;
}

/**
 * Senders for the outbox, one per channel that can send later. The web chat has none: the page
 * cannot be pushed to, so its rows wait in the outbox until the page picks them up (POST
 * /web/poll, src/channels/web/pickup.ts). Teams sends with the client secret, or in tests a token provider.
 */
export function channelSenders(
  p: SendersPort,
  opts: { fetch?: Fetch; teamsToken?: (scope: string | string[], tenantId?: string) => string | Promise<string> } = {},
): ChannelSender[] {
  const { channels, teamsApp } = p.features;
  const { catalog, dirOf } = p.presentation;
  const fetchOpt = opts.fetch ? { fetch: opts.fetch } : {};
  const out: ChannelSender[] = [];
  if (channels.sms.outbound) out.push(new TwilioSender({ ...channels.sms.outbound, dirOf, hint: numberHint(catalog), ...fetchOpt }));
  if (channels.whatsapp) {
    const w = channels.whatsapp;
    out.push(
      new GraphSender({
        accessToken: w.accessToken,
        phoneNumberId: w.phoneNumberId,
        graphApiBaseUrl: w.graphApiBaseUrl,
        catalog,
        reopenTemplate: parseTemplate(w.reopenTemplate),
        onDegraded: (reasons) => p.logger.info({ event: 'render_degraded', channel: 'whatsapp', reasons }, 'choices shown as numbered text'),
        ...fetchOpt,
      }),
    );
  }
  if (teamsApp && (teamsApp.clientSecret || opts.teamsToken)) {
    out.push(
      new TeamsSender({
        ...teamsApp,
        ...(opts.teamsToken ? { token: opts.teamsToken } : {}),
        logger: p.logger,
        dirOf,
        sendLabel: (lang) => chromeFor(catalog, lang).send,
      }),
    );
  }
  return out;
}

/** What the outbox is built from. */
export interface OutboxPort extends SendersPort {
  readonly store: Store;
  /** The data keys: addresses and sealed text are opened just before sending. */
  readonly keys: Keys;
  /** Who keeps replies that cannot go now (the handoff queue holds them until the person writes). */
  readonly waiting?: WaitingReplies;
}

/** The outbox dispatcher over the configured senders; `npm start` runs it on an interval. */
export function createOutbox(p: OutboxPort, opts: { now?: () => Date; senders?: ChannelSender[] } = {}): Dispatcher {
  return createDispatcher({
    // Replies that cannot go now are the handoff's to hold (and to tell its lead worker about).
    ...(p.waiting ? { waiting: p.waiting } : {}),
    store: p.store,
    catalog: p.presentation.catalog,
    encryptionKeys: p.keys,
    senders: opts.senders ?? channelSenders(p),
    logger: p.logger,
    ...(opts.now ? { now: opts.now } : {}),
  });
}
