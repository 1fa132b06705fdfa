// Teams, wired: the channel's endpoint with its contact route, and the practice route for people
// on the roster (rehearsal's in-memory rooms, never the store). The staff console adds its own
// route when it is on (src/handoff/consoles/index.ts).
import type { Express } from 'express';
import type { App } from '../app.ts';
import { mountTeams, type TeamsChannelOptions, type TeamsEndpoint } from '../channels/teams/index.ts';
import { loadPersonas, PracticeRooms } from '../rehearsal/index.ts';
import { teamsPractice } from '../rehearsal/teams.ts';
import { voiceOptions } from '../rehearsal/voice.ts';

export async function mountTeamsWired(http: Express, app: App, opts: TeamsChannelOptions): Promise<TeamsEndpoint> {
  const endpoint = await mountTeams(http, app, opts);
  const { catalog, locales } = app.content;
  const rooms = new PracticeRooms({ personas: loadPersonas(), catalog, sourceLang: locales.source, ...voiceOptions(app.features.rehearsalLlm, app.logger) });
  endpoint.route({ practice: teamsPractice({ rooms, roster: () => app.handoff.roster() }) });
  return endpoint;
}
