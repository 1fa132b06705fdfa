// The SDK's sender for later sends to Teams contacts, in a module of its own so that
// @microsoft/teams.apps is loaded only by a server that sends to Teams (sender.ts imports it
// at the first send).
import { App as TeamsApp, type HttpRouteHandler, type IHttpServerAdapter } from '@microsoft/teams.apps';
import { SendError } from '../types.ts';
import type { TeamsActivity } from './render.ts';
import { sdkLogger } from './sdkLogger.ts';
import type { TeamsSenderOptions } from './sender.ts';

class NoRoute implements IHttpServerAdapter {
  registerRoute(_method: 'POST', _path: string, _handler: HttpRouteHandler): void {}
}

/** The SDK's own sender, to a service URL chosen per send (App.send uses one fixed URL). */
export class ProactiveBot extends TeamsApp {
  async sendTo(serviceUrl: string, conversationId: string, activity: TeamsActivity): Promise<void> {
    if (!this.id) throw new SendError('teams_no_credentials', false);
    type Send = TeamsApp['activitySender']['send'];
    await this.activitySender.send(activity as Parameters<Send>[0], {
      channelId: 'msteams',
      serviceUrl,
      bot: { id: this.id, name: this.name || this.id, role: 'bot' },
      conversation: { id: conversationId },
    } as Parameters<Send>[1]);
  }
}

export function createProactiveBot(opts: TeamsSenderOptions): ProactiveBot {
  return new ProactiveBot({
    clientId: opts.clientId,
    ...(opts.clientSecret ? { clientSecret: opts.clientSecret } : {}),
    ...(opts.tenantId ? { tenantId: opts.tenantId } : {}),
    ...(opts.token ? { token: opts.token } : {}),
    httpServerAdapter: new NoRoute(),
    logger: sdkLogger(opts.logger, 'teams-sender'),
  });
}
