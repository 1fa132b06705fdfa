// The staff consoles whose variables are set, mounted on the shared HTTP app. The worker
// (src/handoff/worker.ts) calls notify/update/postPrivate/blank/remove on what this returns; staff clicks
// and replies come back through each console's route and go to the desk.
import type { Express } from 'express';
import type { App } from '../../app.ts';
import type { TeamsEndpoint } from '../../channels/teams/index.ts';
import type { HandoffDesk, StaffConsole } from '../types.ts';
import { SlackConsole } from './slack/index.ts';
import { TeamsConsole } from './teams/index.ts';

export { SlackConsole } from './slack/index.ts';
export { TeamsConsole } from './teams/index.ts';

export interface ConsolesOptions {
  desk: HandoffDesk;
  /** The contact-facing Teams channel, when mounted: its POST /api/messages carries the staff channel's activities too. */
  teams?: TeamsEndpoint;
  /** Tests: Slack answers after the handler ran; a Teams token provider instead of the client secret. */
  slackProcessBeforeResponse?: boolean;
  teamsToken?: (scope: string | string[], tenantId?: string) => string | Promise<string>;
}

/**
 * Slack when SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_HANDOFF_CHANNEL are set (route
 * POST /slack/events); Teams when TEAMS_HANDOFF_CONVERSATION_ID is set and the Teams channel
 * is on (same bot, same POST /api/messages).
 */
export function createConsoles(app: App, http: Express, opts: ConsolesOptions): StaffConsole[] {
  const c = app.config;
  const out: StaffConsole[] = [];
  if (c.slackSigningSecret && c.slackBotToken && c.slackHandoffChannel) {
    out.push(
      new SlackConsole(http, {
        desk: opts.desk,
        logger: app.logger,
        signingSecret: c.slackSigningSecret,
        botToken: c.slackBotToken,
        channel: c.slackHandoffChannel,
        apiBaseUrl: c.slackApiBaseUrl,
        ...(c.slackSupervisorsGroupId ? { supervisorsGroupId: c.slackSupervisorsGroupId } : {}),
        ...(opts.slackProcessBeforeResponse ? { processBeforeResponse: true } : {}),
      }),
    );
  } else if (c.slackSigningSecret || c.slackBotToken || c.slackHandoffChannel) {
    app.logger.warn({ event: 'console_off', console: 'slack' }, 'Slack console needs SLACK_SIGNING_SECRET, SLACK_BOT_TOKEN and SLACK_HANDOFF_CHANNEL');
  }
  if (c.teamsHandoffConversationId) {
    if (!opts.teams || !c.teamsClientId) {
      app.logger.warn({ event: 'console_off', console: 'teams' }, 'Teams console needs the Teams channel (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET)');
    } else {
      const teams = new TeamsConsole({
        desk: opts.desk,
        logger: app.logger,
        conversationId: c.teamsHandoffConversationId,
        serviceUrl: c.teamsHandoffServiceUrl,
        clientId: c.teamsClientId,
        ...(c.teamsClientSecret ? { clientSecret: c.teamsClientSecret } : {}),
        ...(c.teamsTenantId ? { tenantId: c.teamsTenantId } : {}),
        ...(opts.teamsToken ? { token: opts.teamsToken } : {}),
      });
      // Its channel's activities and its private cards' Action.Execute invokes: never the contact route.
      opts.teams.route({ staff: teams });
      out.push(teams);
    }
  }
  return out;
}
