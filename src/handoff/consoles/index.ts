// The staff consoles whose variables are set, mounted on the shared HTTP app. The worker
// (src/handoff/worker.ts) calls notify/update/postPrivate/blank/remove on what this returns; staff clicks
// and replies come back through each console's route and go to the desk.
import type { Express } from 'express';
import type { Features } from '../../features.ts';
import type { Logger } from '../../privacy/logger.ts';
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

/** What the consoles are built from: the ones src/features.ts switched on, and a logger. */
export interface ConsolesPort {
  readonly features: Pick<Features, 'consoles' | 'teamsApp'>;
  readonly logger: Logger;
}

/**
 * Slack when it is on (route POST /slack/events); Teams when it is on and the Teams endpoint
 * is mounted in this process (same bot, same POST /api/messages): the console fills in the
 * endpoint's staff route. Each console is given the desk, never the store.
 */
export function createConsoles(p: ConsolesPort, http: Express, opts: ConsolesOptions): StaffConsole[] {
  const { slack, teams: teamsOn } = p.features.consoles;
  const out: StaffConsole[] = [];
  if (slack) {
    out.push(
      new SlackConsole(http, {
        ...slack,
        desk: opts.desk,
        logger: p.logger,
        ...(opts.slackProcessBeforeResponse ? { processBeforeResponse: true } : {}),
      }),
    );
  }
  const app = p.features.teamsApp;
  if (teamsOn && app) {
    if (!opts.teams) {
      p.logger.warn({ event: 'console_off', console: 'teams' }, 'Teams console needs the Teams channel (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET)');
    } else {
      const teams = new TeamsConsole({
        ...teamsOn,
        ...app,
        desk: opts.desk,
        logger: p.logger,
        ...(opts.teamsToken ? { token: opts.teamsToken } : {}),
      });
      // Its channel's activities and its private cards' Action.Execute invokes: never the contact route.
      opts.teams.route({ staff: teams });
      out.push(teams);
    }
  }
  return out;
}
