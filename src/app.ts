// The composition root: configuration → what is on (src/features.ts) → the parts a running
// Waypoint holds, each made once. Channels, consoles and rehearsal never receive this object:
// the wiring (src/server.ts, src/serve.ts, src/wiring/) hands each the narrow port it needs.
import type { Config } from './config.ts';
import { features as featuresOf, staffConsoleOn, type Features } from './features.ts';
import { loadContent, presentationOf, type LoadedContent } from './bundle.ts';
import { openStore, type Store } from './store/db.ts';
import { createLogger, type Logger } from './privacy/logger.ts';
import { loadOrCreateSecrets } from './privacy/secrets.ts';
import type { Keys } from './privacy/fieldCrypto.ts';
import type { Presentation } from './channels/port.ts';
import { ConversationService } from './conversation/service.ts';
import type { WaitingReplies } from './channels/outbox/dispatcher.ts';
import { createHandoff, type Handoff } from './handoff/index.ts';
import { loadRoster } from './handoff/roster.ts';
import { createUnderstanding, OpenAICompatibleChooser, type Understand } from './understand/index.ts';

/** The offline index is data only: built once per process (about a second), shared by every App. */
let offlineUnderstanding: Understand | undefined;

/** Free-text understanding as switched on: offline always; an LLM may only choose a topic id. */
export function understandingOf(on: Features['understanding']): Understand | undefined {
  if (!on) return undefined;
  if (on.llm) return createUnderstanding({ chooser: new OpenAICompatibleChooser(on.llm) });
  return (offlineUnderstanding ??= createUnderstanding());
}

/** Everything a running Waypoint holds: what is on, content compiled once, the store, the conversation and the handoff queue. */
export interface App {
  config: Config;
  features: Features;
  logger: Logger;
  content: LoadedContent;
  presentation: Presentation;
  store: Store;
  /** The data encryption keys (DATA_ENCRYPTION_KEY), read once at start. */
  keys: Keys;
  /** Free-text understanding, when on (the conversation uses it; rehearsal's walk too). */
  understanding: Understand | undefined;
  conversations: ConversationService;
  /** The handoff queue: `handoff.desk` is what staff consoles call; `handoff.attachConsole` switches one on. */
  handoff: Handoff;
  /** Replies the outbox cannot send now go to the handoff queue, which holds them (the outbox's port takes this). */
  waiting: WaitingReplies;
  close(): Promise<void>;
}

export async function openApp(config: Config, opts: { logger?: Logger; memoryStore?: boolean; now?: () => Date } = {}): Promise<App> {
  const logger = opts.logger ?? createLogger({ level: config.logLevel });
  // What is on, and every setting that cannot work (ConfigError), before anything opens.
  const features = featuresOf(config);
  const content = loadContent({
    flowsDir: config.flowsDir,
    localesDir: config.localesDir,
    reviewedOnly: config.contentReviewedOnly,
  });
  const secrets = loadOrCreateSecrets(config.dataDir, config);
  for (const name of secrets.generated) {
    logger.warn({ variable: name }, `${name} was not set: generated one in ${config.dataDir}. Production must set it.`);
  }
  // Configuration files are checked before the store is opened (ConfigError).
  const roster = loadRoster(features.roster.file);
  const understanding = understandingOf(features.understanding);
  const store = await openStore({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    dataDir: config.dataDir,
    logger,
    ...(opts.memoryStore ? { memory: true } : {}),
  });
  const conversations = new ConversationService({
    store,
    bundle: content.bundle,
    contactSecret: secrets.contactKeySecret,
    encryptionKeys: secrets.encryptionKeys,
    logger,
    understand: understanding,
  });
  // The handoff queue subscribes to the conversation's turns (the one seam: ConversationSeam).
  const handoff = createHandoff(
    {
      store,
      keys: secrets.encryptionKeys,
      catalog: content.bundle.catalog,
      logger,
      roster,
      retentionDays: config.handoffRetentionDays,
      renotifyMinutes: config.handoffRenotifyMinutes,
      // Tests: one clock for the desk, the worker's notes and what the person sees.
      ...(opts.now ? { now: opts.now } : {}),
    },
    conversations,
  );
  // A deployment fact the flows branch on: with no staff console on or attached, asking for a
  // person says plainly that no one can answer here and gives the helpline (flows/person.yaml).
  const consoleOn = staffConsoleOn(features);
  content.bundle.facts = {
    get staff() {
      return consoleOn || handoff.consoles().length > 0 ? 'on' : 'none';
    },
  };
  return {
    config,
    features,
    logger,
    content,
    presentation: presentationOf(content),
    store,
    keys: secrets.encryptionKeys,
    understanding,
    conversations,
    handoff,
    waiting: handoff.waiting,
    close: () => store.close(),
  };
}
