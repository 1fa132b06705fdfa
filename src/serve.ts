import type { Server } from 'node:http';
import type { Config } from './config.ts';
import type { Logger } from './privacy/logger.ts';
import { openApp, type App } from './app.ts';
import { channelPortOf, createHttpApp, listen } from './server.ts';
import type { TurnQueue } from './turnQueue.ts';
import { finishHttpApp } from './httpErrors.ts';
import { channelNames } from './features.ts';
import { createOutbox } from './channels/index.ts';
import type { TeamsEndpoint } from './channels/teams/index.ts';
import { purgeInbox } from './store/queries/purgeInbox.ts';
import { purgeIdleWebContacts } from './store/queries/purgeIdleWebContacts.ts';

export interface Running {
  app: App;
  server: Server;
  channels: string[];
  stop(): Promise<void>;
}

const HOUR = 3_600_000;
/** How long after listening understanding warms up: a webhook already on its way is answered first. */
const WARM_AFTER_MS = 500;
/** How long a stop waits for turns still running after their response (inside Docker's 10 s before it kills). */
const SHUTDOWN_TURNS_MS = 8_000;

/**
 * `npm start`: the HTTP app with every channel whose variables are set, the outbox
 * dispatcher, and the hourly sweep of old dedupe records.
 */
export async function startServer(config: Config, logger: Logger): Promise<Running> {
  const app = await openApp(config, { logger });
  const on = app.features;
  for (const w of on.warnings) logger.warn({ event: w.event, part: w.part }, w.message);
  const http = createHttpApp(app);
  const channels = channelNames(on);
  let teams: TeamsEndpoint | undefined;
  // Platform SDKs are loaded only for the channels and consoles that are on.
  if (on.channels.teams) {
    const { mountTeamsWired } = await import('./wiring/teams.ts');
    teams = await mountTeamsWired(http, app, on.channels.teams);
  }
  const linkedOn = on.channels.whatsappLinked;
  const linked = linkedOn
    ? await (await import('./channels/whatsapp-linked/index.ts')).startWhatsappLinked(channelPortOf(app), { ...linkedOn, store: app.store, databaseUrl: config.databaseUrl })
    : null;
  if (linked) channels.push('whatsapp-linked');
  else if (linkedOn) logger.warn('WHATSAPP_LINKED is on but another process holds the linked device');

  const server = await listen(http, config.port);
  // Staff consoles, then the handoff worker that sends their cards and threads.
  const anyConsole = on.consoles.slack || on.consoles.teams;
  const { createConsoles } = anyConsole ? await import('./handoff/consoles/index.ts') : { createConsoles: () => [] };
  for (const c of createConsoles(app, http, { desk: app.handoff.desk, ...(teams ? { teams } : {}) })) {
    app.handoff.attachConsole(c);
    channels.push(`${c.name}-console`);
  }
  // Every route is mounted: the JSON 404 and error handler go last.
  finishHttpApp(http, logger);
  if (app.handoff.consoles().length === 0) {
    logger.warn(
      { event: 'handoff_no_console' },
      'handoff has no staff console (no Slack or Teams handoff channel): asking for a person gives the helpline, and no one is queued',
    );
  }
  const handoffWorker = app.handoff.createWorker();
  handoffWorker.start(config.handoffWorkerIntervalMs);
  const outbox = createOutbox(app);
  outbox.start(config.outboxIntervalMs);
  const sweep = async (): Promise<void> => {
    const olderThan = new Date(Date.now() - config.inboxRetentionDays * 24 * HOUR);
    const n = await purgeInbox(app.store, { olderThan }).catch(() => 0);
    if (n > 0) logger.info({ purged: n }, 'old dedupe records purged');
    const idleSince = new Date(Date.now() - config.webIdleHours * HOUR);
    const w = await purgeIdleWebContacts(app.store, { idleSince }).catch(() => 0);
    if (w > 0) logger.info({ purged: w }, 'web chats closed long ago deleted');
  };
  const sweeper = setInterval(() => void sweep(), HOUR);
  sweeper.unref();
  void sweep();
  // What understanding builds on first use (about two seconds of CPU), built once the server has
  // listened a moment: the first person to write after a restart, maybe in danger, does not wait.
  // In slices, so a webhook arriving meanwhile waits for one slice, not for all of it.
  const warmStop = new AbortController();
  const warming = setTimeout(() => void app.understanding?.warmInSlices({ signal: warmStop.signal }).catch(() => undefined), WARM_AFTER_MS);
  warming.unref();
  const port = (server.address() as { port: number } | null)?.port ?? config.port;
  const rehearsal = on.rehearsal ? 'on at /rehearse' : 'off (no TRAINER_TOKEN)';
  logger.info(
    { port, store: app.store.kind, channels, rehearsal: Boolean(on.rehearsal) },
    `Waypoint listening on port ${port} (store: ${app.store.kind}; channels on: ${channels.join(', ')}; rehearsal page ${rehearsal})`,
  );
  return {
    app,
    server,
    channels,
    async stop() {
      clearInterval(sweeper);
      clearTimeout(warming);
      warmStop.abort();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // Turns still running after their response (late SMS replies) end before the store closes.
      const turns = http.locals.turns as TurnQueue | undefined;
      if (turns && !(await turns.drained(SHUTDOWN_TURNS_MS))) logger.warn({ event: 'shutdown_turns_left', turns: turns.depth }, 'stopping with turns still running');
      await outbox.stop();
      await handoffWorker.stop();
      await linked?.stop();
      await app.close();
    },
  };
}
