// Later sends to a Teams contact (a lead worker's reply, the claim and close notices): the
// outbox holds, encrypted, the conversation reference the contact's last message came with,
// and this sender posts to that conversation proactively through the SDK.
import { z } from 'zod';
import type { Output } from '../../engine/types.ts';
import type { Logger } from '../../privacy/logger.ts';
import { insideWindow, SendError, type Capabilities, type ChannelSender, type SendContext } from '../types.ts';
import { renderTeams } from './render.ts';
import type { ProactiveBot } from './proactiveBot.ts';

/** The reply address of a Teams contact: enough to post to their one-to-one chat later. */
export const teamsAddressSchema = z.strictObject({
  serviceUrl: z.url({ protocol: /^https?$/ }),
  conversationId: z.string().min(1).max(1024),
  userId: z.string().min(1).max(512),
});
export type TeamsAddress = z.infer<typeof teamsAddressSchema>;

export function teamsReplyAddress(a: TeamsAddress): string {
  return JSON.stringify({ serviceUrl: a.serviceUrl, conversationId: a.conversationId, userId: a.userId });
}

export const TEAMS_CAPABILITIES: Capabilities = {
  maxText: 28_000,
  buttons: { max: 6, titleMax: 80 },
  list: { rows: 100, titleMax: 80 },
  markup: 'adaptive-card',
};

export interface TeamsSenderOptions {
  clientId: string;
  clientSecret?: string;
  tenantId?: string;
  /** Tests: a token provider instead of the client secret (the SDK's TokenCredentials). */
  token?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
  logger: Logger;
  dirOf: (lang: string) => 'ltr' | 'rtl';
  sendLabel: (lang: string) => string;
}

/** The Bot Connector's answers → SendError: 4xx (not 429) is "Teams said no"; 429/5xx and no answer are retried. */
function sendError(e: unknown): SendError {
  if (e instanceof SendError) return e;
  const status = (e as { response?: { status?: number }; status?: number }).response?.status ?? (e as { status?: number }).status;
  return typeof status === 'number' ? SendError.fromStatus(status) : SendError.network();
}

export class TeamsSender implements ChannelSender {
  readonly channel = 'teams';
  readonly capabilities = TEAMS_CAPABILITIES;
  /** The SDK is loaded at the first send: a server with no Teams contacts never carries it. */
  private bot?: Promise<ProactiveBot>;

  constructor(private readonly opts: TeamsSenderOptions) {}

  async send(addressPlain: string, outputs: Output[], ctx: SendContext): Promise<void> {
    // Invariant 7, as on every channel: nothing goes to someone who has not written for 24 hours —
    // unless they agreed to one notice when a reply waits: Teams has no neutral template, so the
    // reply itself is that notice (the outbox releases it with `consented`).
    if (!insideWindow(ctx) && !ctx.consented) throw new SendError('window_closed', false);
    let address: TeamsAddress;
    try {
      address = teamsAddressSchema.parse(JSON.parse(addressPlain));
    } catch {
      // A bare user id (stored before conversation references were kept): nowhere to post.
      throw new SendError('teams_no_conversation', false);
    }
    const bot = await (this.bot ??= import('./proactiveBot.ts').then((m) => m.createProactiveBot(this.opts)));
    for (const activity of renderTeams(outputs, this.opts.dirOf, this.opts.sendLabel)) {
      try {
        await bot.sendTo(address.serviceUrl, address.conversationId, activity);
      } catch (e) {
        throw sendError(e);
      }
    }
  }
}
