// What is on, decided in one place: the configuration (src/config.ts) turned into the channels,
// staff consoles, understanding (and its LLM), roster and rehearsal that run, each with its
// options. `serve`, the CLI and the tests build from this; nothing else reads a channel's or a
// console's variables to decide whether it runs. A setting that cannot work raises ConfigError
// (the LLM half set); one that is only partly given switches its part off and says so in
// `warnings` (logged at start-up).
import { join } from 'node:path';
import type { Config } from './config.ts';
import { llmConfigOf, type LlmConfig } from './understand/llm.ts';
import type { WebLimits } from './channels/web/limits.ts';
import type { SmsChannelOptions } from './channels/sms/index.ts';
import type { TwilioSenderOptions } from './channels/sms/sender.ts';

/** SMS webhooks: Twilio's signature is checked against PUBLIC_BASE_URL. */
export type SmsInbound = Pick<SmsChannelOptions, 'authToken' | 'publicBaseUrl' | 'allowedCountries' | 'sendsLater'>;

/** Later SMS (a lead worker's replies) through Twilio's REST API. */
export type SmsOutbound = Omit<TwilioSenderOptions, 'dirOf' | 'fetch'>;

export interface WhatsAppFeature {
  verifyToken: string;
  appSecret: string;
  accessToken: string;
  phoneNumberId: string;
  graphApiBaseUrl: string;
  reopenTemplate: string | undefined;
}

/** The bot's identity with Microsoft (TEAMS_CLIENT_ID …): the contact channel, its later sends and the Teams console use it. */
export interface TeamsApp {
  clientId: string;
  clientSecret?: string;
  tenantId?: string;
}

export interface SlackConsoleFeature {
  signingSecret: string;
  botToken: string;
  channel: string;
  apiBaseUrl: string;
  supervisorsGroupId?: string;
}

export interface TeamsConsoleFeature {
  conversationId: string;
  serviceUrl: string;
}

export interface Features {
  channels: {
    /** The web chat is always on; its limits per minute (0: off) keep anonymous traffic from filling the store. */
    web: { quickExitUrl: string; limits: WebLimits };
    /** SMS answers webhooks when Twilio can sign them for a known public address; it sends later when it has an account and a sender. */
    sms: { inbound?: SmsInbound; outbound?: SmsOutbound };
    whatsapp?: WhatsAppFeature;
    /** The unofficial linked device (WHATSAPP_LINKED=true). */
    whatsappLinked?: { executablePath: string; dataPath: string };
    /** The contact channel on POST /api/messages: a client id and its secret. */
    teams?: TeamsApp;
  };
  /** Set whenever TEAMS_CLIENT_ID is (later sends and the Teams console can use it with a token provider instead of a secret, as tests do). */
  teamsApp?: TeamsApp;
  consoles: {
    slack?: SlackConsoleFeature;
    /** Also needs the Teams endpoint mounted in this process: its activities come in there. */
    teams?: TeamsConsoleFeature;
  };
  /** Free-text understanding on every text message (off only for measurements); the LLM may only choose a topic id. */
  understanding: { llm: LlmConfig | null } | null;
  roster: { file: string };
  /** The model that writes rehearsal personas' replies (the LLM settings, unless REHEARSAL_LLM=false); scripted replies when null. */
  rehearsalLlm: LlmConfig | null;
  /** The trainers' page at /rehearse, behind TRAINER_TOKEN. */
  rehearsal: { token: string } | null;
  /** Parts switched off because their settings are incomplete, said once at start-up (never a secret's value). */
  warnings: { event: string; part: string; message: string }[];
}

export function features(c: Config): Features {
  const warnings: Features['warnings'] = [];
  const sms: Features['channels']['sms'] = {};
  if (c.twilioAccountSid && c.twilioAuthToken && (c.twilioFromNumber || c.twilioMessagingServiceSid)) {
    sms.outbound = {
      accountSid: c.twilioAccountSid,
      authToken: c.twilioAuthToken,
      ...(c.twilioFromNumber ? { fromNumber: c.twilioFromNumber } : {}),
      ...(c.twilioMessagingServiceSid ? { messagingServiceSid: c.twilioMessagingServiceSid } : {}),
      apiBaseUrl: c.twilioApiBaseUrl,
      allowedCountries: c.smsAllowedCountries,
    };
  }
  // A reply not ready in time goes through the REST API when there is one to send with.
  if (c.twilioAuthToken && c.publicBaseUrl) {
    sms.inbound = { authToken: c.twilioAuthToken, publicBaseUrl: c.publicBaseUrl, allowedCountries: c.smsAllowedCountries, sendsLater: Boolean(sms.outbound) };
  }
  const whatsapp: WhatsAppFeature | undefined =
    c.whatsappVerifyToken && c.whatsappAppSecret && c.whatsappAccessToken && c.whatsappPhoneNumberId
      ? {
          verifyToken: c.whatsappVerifyToken,
          appSecret: c.whatsappAppSecret,
          accessToken: c.whatsappAccessToken,
          phoneNumberId: c.whatsappPhoneNumberId,
          graphApiBaseUrl: c.whatsappGraphApiBaseUrl,
          reopenTemplate: c.whatsappReopenTemplate,
        }
      : undefined;
  const teamsApp: TeamsApp | undefined = c.teamsClientId
    ? { clientId: c.teamsClientId, ...(c.teamsClientSecret ? { clientSecret: c.teamsClientSecret } : {}), ...(c.teamsTenantId ? { tenantId: c.teamsTenantId } : {}) }
    : undefined;

  const consoles: Features['consoles'] = {};
  if (c.slackSigningSecret && c.slackBotToken && c.slackHandoffChannel) {
    consoles.slack = {
      signingSecret: c.slackSigningSecret,
      botToken: c.slackBotToken,
      channel: c.slackHandoffChannel,
      apiBaseUrl: c.slackApiBaseUrl,
      ...(c.slackSupervisorsGroupId ? { supervisorsGroupId: c.slackSupervisorsGroupId } : {}),
    };
  } else if (c.slackSigningSecret || c.slackBotToken || c.slackHandoffChannel) {
    warnings.push({ event: 'console_off', part: 'slack', message: 'Slack console needs SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_HANDOFF_CHANNEL' });
  }
  if (c.teamsHandoffConversationId) {
    if (teamsApp) consoles.teams = { conversationId: c.teamsHandoffConversationId, serviceUrl: c.teamsHandoffServiceUrl };
    else warnings.push({ event: 'console_off', part: 'teams', message: 'Teams console needs the Teams channel (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET)' });
  }

  return {
    channels: {
      web: {
        quickExitUrl: c.quickExitUrl,
        limits: {
          newChatsPerAddress: c.webNewChatsPerMinutePerAddress,
          newChats: c.webNewChatsPerMinute,
          messagesPerAddress: c.webMessagesPerMinutePerAddress,
          messages: c.webMessagesPerMinute,
        },
      },
      sms,
      ...(whatsapp ? { whatsapp } : {}),
      ...(c.whatsappLinked ? { whatsappLinked: { executablePath: c.puppeteerExecutablePath, dataPath: join(c.dataDir, 'whatsapp-linked') } } : {}),
      ...(teamsApp?.clientSecret ? { teams: teamsApp } : {}),
    },
    ...(teamsApp ? { teamsApp } : {}),
    consoles,
    understanding: c.understanding
      ? { llm: llmConfigOf({ provider: c.llmProvider, baseUrl: c.llmBaseUrl, apiKey: c.llmApiKey, model: c.llmModel }) }
      : null,
    rehearsalLlm: c.rehearsalLlm ? llmConfigOf({ provider: c.llmProvider, baseUrl: c.llmBaseUrl, apiKey: c.llmApiKey, model: c.llmModel }) : null,
    roster: { file: c.rosterFile },
    rehearsal: c.trainerToken ? { token: c.trainerToken } : null,
    warnings,
  };
}

/** Whether a staff console runs with `npm start` (Slack, or Teams with its channel): someone can answer a handoff. */
export function staffConsoleOn(f: Features): boolean {
  return Boolean(f.consoles.slack || (f.consoles.teams && f.channels.teams));
}

/** The names `npm start` prints (`channels on: web, sms, …`), in that order. */
export function channelNames(f: Features): string[] {
  return [
    'web',
    ...(f.channels.sms.inbound ? ['sms'] : []),
    ...(f.channels.whatsapp ? ['whatsapp'] : []),
    ...(f.channels.teams ? ['teams'] : []),
  ];
}
