import type { Config } from './config.ts';
import { loadContent, type LoadedContent } from './bundle.ts';
import { openStore, type Store } from './store/db.ts';
import { createLogger, type Logger } from './privacy/logger.ts';
import { loadOrCreateSecrets } from './privacy/secrets.ts';
import { ConversationService } from './conversation/service.ts';
import { createHandoff, type Handoff } from './handoff/index.ts';
import { loadRoster } from './handoff/roster.ts';
import { createUnderstanding, llmConfigFromEnv, OpenAICompatibleChooser, type Understand } from './understand/index.ts';

/** The offline index is data only: built once per process (about a second), shared by every App. */
let offlineUnderstanding: Understand | undefined;

/** Free-text understanding as configured: offline always; an LLM may only choose a topic id. */
export function understandingFor(config: Config): Understand | undefined {
  if (!config.understanding) return undefined;
  const llm = llmConfigFromEnv({
    LLM_PROVIDER: config.llmProvider,
    LLM_BASE_URL: config.llmBaseUrl,
    LLM_API_KEY: config.llmApiKey,
    LLM_MODEL: config.llmModel,
  });
  if (llm) return createUnderstanding({ chooser: new OpenAICompatibleChooser(llm) });
  return (offlineUnderstanding ??= createUnderstanding());
}

/** A staff console whose variables are all set (src/handoff/consoles/index.ts switches the same ones on). */
export function staffConsoleConfigured(config: Config): boolean {
  const slack = Boolean(config.slackSigningSecret && config.slackBotToken && config.slackHandoffChannel);
  const teams = Boolean(config.teamsHandoffConversationId && config.teamsClientId && config.teamsClientSecret);
  return slack || teams;
}

/** Everything a running Waypoint holds: content compiled once, the store, the conversation service. */
export interface App {
  config: Config;
  logger: Logger;
  content: LoadedContent;
  store: Store;
  conversations: ConversationService;
  /** The handoff queue: `handoff.desk` is what staff consoles call; `handoff.attachConsole` switches one on. */
  handoff: Handoff;
  close(): Promise<void>;
}

export async function openApp(config: Config, opts: { logger?: Logger; memoryStore?: boolean; now?: () => Date } = {}): Promise<App> {
  const logger = opts.logger ?? createLogger({ level: config.logLevel });
  const content = loadContent({
    flowsDir: config.flowsDir,
    localesDir: config.localesDir,
    reviewedOnly: config.contentReviewedOnly,
  });
  const secrets = loadOrCreateSecrets(config.dataDir, config);
  for (const name of secrets.generated) {
    logger.warn({ variable: name }, `${name} was not set: generated one in ${config.dataDir}. Production must set it.`);
  }
  // Configuration files and settings are checked before the store is opened (ConfigError).
  const roster = loadRoster(config.rosterFile);
  const understand = understandingFor(config);
  const store = await openStore({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    dataDir: config.dataDir,
    openTimeoutMs: config.storeOpenTimeoutS * 1000,
    logger,
    ...(opts.memoryStore ? { memory: true } : {}),
  });
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
    () => conversations,
  );
  // A deployment fact the flows branch on: with no staff console configured or attached, asking
  // for a person says plainly that no one can answer here and gives the helpline (flows/person.yaml).
  const configured = staffConsoleConfigured(config);
  content.bundle.facts = {
    get staff() {
      return configured || handoff.consoles().length > 0 ? 'on' : 'none';
    },
  };
  const conversations = new ConversationService({
    store,
    bundle: content.bundle,
    contactSecret: secrets.contactKeySecret,
    encryptionKeys: secrets.encryptionKeys,
    logger,
    effects: handoff.effects,
    heldGate: (q, a) => handoff.openHeld(q, a),
    understand,
  });
  return {
    config,
    logger,
    content,
    store,
    conversations,
    handoff,
    close: () => store.close(),
  };
}
