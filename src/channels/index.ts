import type { Express } from 'express';
import type { App } from '../app.ts';
import type { Config } from '../config.ts';
import { loadOrCreateSecrets } from '../privacy/secrets.ts';
import { createDispatcher, type Dispatcher } from './outbox/dispatcher.ts';
import { mountSms } from './sms/index.ts';
import { TwilioSender } from './sms/sender.ts';
import { mountWhatsApp } from './whatsapp/index.ts';
import { GraphSender, parseTemplate } from './whatsapp/sender.ts';
import { TeamsSender } from './teams/sender.ts';
import { chromeFor } from './web/chrome.ts';
import { numberHint } from './degrade.ts';
import type { ChannelSender, Fetch } from './types.ts';

/** The channel variables of Config (src/config.ts reads them from the environment). */
type ChannelConfig = Pick<
  Config,
  | 'publicBaseUrl'
  | 'twilioAccountSid'
  | 'twilioAuthToken'
  | 'twilioFromNumber'
  | 'twilioMessagingServiceSid'
  | 'twilioApiBaseUrl'
  | 'smsAllowedCountries'
  | 'whatsappVerifyToken'
  | 'whatsappAppSecret'
  | 'whatsappAccessToken'
  | 'whatsappPhoneNumberId'
  | 'whatsappGraphApiBaseUrl'
  | 'whatsappReopenTemplate'
  | 'teamsClientId'
  | 'teamsClientSecret'
  | 'teamsTenantId'
>;

/** SMS answers webhooks when Twilio can sign them and we know the public address they are signed for. */
function smsInbound(c: ChannelConfig): boolean {
  return Boolean(c.twilioAuthToken && c.publicBaseUrl);
}
function smsOutbound(c: ChannelConfig): boolean {
  return Boolean(c.twilioAccountSid && c.twilioAuthToken && (c.twilioFromNumber || c.twilioMessagingServiceSid));
}
function whatsappOn(c: ChannelConfig): boolean {
  return Boolean(c.whatsappVerifyToken && c.whatsappAppSecret && c.whatsappAccessToken && c.whatsappPhoneNumberId);
}

/**
 * Mount every channel whose variables are set on the shared HTTP app. Returns their names,
 * for the start-up log line. The web chat is mounted by createHttpApp itself (always on).
 */
export function mountChannels(http: Express, app: App): string[] {
  const c = app.config;
  const names: string[] = [];
  if (smsInbound(c)) {
    mountSms(http, app, { authToken: c.twilioAuthToken!, publicBaseUrl: c.publicBaseUrl!, allowedCountries: c.smsAllowedCountries });
    names.push('sms');
  }
  if (whatsappOn(c)) {
    mountWhatsApp(http, app, { verifyToken: c.whatsappVerifyToken!, appSecret: c.whatsappAppSecret!, phoneNumberId: c.whatsappPhoneNumberId! });
    names.push('whatsapp');
  }
  return names;
}

/**
 * Senders for the outbox, one per channel whose sending variables are set. The web chat has
 * none: the page cannot be pushed to, so its rows wait in the outbox until the page picks
 * them up (POST /web/poll, src/channels/web/pickup.ts).
 */
export function channelSenders(
  app: App,
  opts: { fetch?: Fetch; teamsToken?: (scope: string | string[], tenantId?: string) => string | Promise<string> } = {},
): ChannelSender[] {
  const c = app.config;
  const out: ChannelSender[] = [];
  const dirOf = (lang: string): 'ltr' | 'rtl' => app.content.locales.locales.get(lang)?.language.dir ?? 'ltr';
  if (smsOutbound(c)) {
    out.push(
      new TwilioSender({
        accountSid: c.twilioAccountSid!,
        authToken: c.twilioAuthToken!,
        ...(c.twilioFromNumber ? { fromNumber: c.twilioFromNumber } : {}),
        ...(c.twilioMessagingServiceSid ? { messagingServiceSid: c.twilioMessagingServiceSid } : {}),
        apiBaseUrl: c.twilioApiBaseUrl,
        allowedCountries: c.smsAllowedCountries,
        dirOf,
        hint: numberHint(app.content.catalog),
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      }),
    );
  }
  if (whatsappOn(c)) {
    out.push(
      new GraphSender({
        accessToken: c.whatsappAccessToken!,
        phoneNumberId: c.whatsappPhoneNumberId!,
        graphApiBaseUrl: c.whatsappGraphApiBaseUrl,
        catalog: app.content.catalog,
        reopenTemplate: parseTemplate(c.whatsappReopenTemplate),
        onDegraded: (reasons) => app.logger.info({ event: 'render_degraded', channel: 'whatsapp', reasons }, 'choices shown as numbered text'),
        ...(opts.fetch ? { fetch: opts.fetch } : {}),
      }),
    );
  }
  if (c.teamsClientId && (c.teamsClientSecret || opts.teamsToken)) {
    out.push(
      new TeamsSender({
        clientId: c.teamsClientId,
        ...(c.teamsClientSecret ? { clientSecret: c.teamsClientSecret } : {}),
        ...(c.teamsTenantId ? { tenantId: c.teamsTenantId } : {}),
        ...(opts.teamsToken ? { token: opts.teamsToken } : {}),
        logger: app.logger,
        dirOf,
        sendLabel: (lang) => chromeFor(app.content.catalog, lang).send,
      }),
    );
  }
  return out;
}

/** The outbox dispatcher over the configured senders; `npm start` runs it on an interval. */
export function createOutbox(app: App, opts: { now?: () => Date; senders?: ChannelSender[] } = {}): Dispatcher {
  return createDispatcher({
    // Replies that cannot go now are the handoff's to hold (and to tell its lead worker about).
    waiting: app.handoff.waiting,
    store: app.store,
    catalog: app.content.catalog,
    encryptionKeys: loadOrCreateSecrets(app.config.dataDir, app.config).encryptionKeys,
    senders: opts.senders ?? channelSenders(app),
    logger: app.logger,
    ...(opts.now ? { now: opts.now } : {}),
  });
}
