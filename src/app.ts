import type { Config } from './config.ts';
import { loadContent, type LoadedContent } from './bundle.ts';
import { openStore, type Store } from './store/db.ts';
import { createLogger, type Logger } from './privacy/logger.ts';
import { loadOrCreateSecrets } from './privacy/secrets.ts';
import type { Keys } from './privacy/fieldCrypto.ts';
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

/** Everything a running Waypoint holds: content compiled once, the store, the conversation service. */
export interface App {
  config: Config;
  logger: Logger;
  content: LoadedContent;
  store: Store;
  /** The data encryption keys (DATA_ENCRYPTION_KEY), read once at start. */
  encryptionKeys: Keys;
  conversations: ConversationService;
  /** The handoff queue: `handoff.desk` is what staff consoles call; `handoff.attachConsole` switches one on. */
  handoff: Handoff;
  close(): Promise<void>;
}

export async function openApp(config: Config, opts: { logger?: Logger; memoryStore?: boolean } = {}): Promise<App> {
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
  const conversations = new ConversationService({
    store,
    bundle: content.bundle,
    contactSecret: secrets.contactKeySecret,
    encryptionKeys: secrets.encryptionKeys,
    logger,
    understand,
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
    },
    conversations,
  );
  return {
    config,
    logger,
    content,
    store,
    encryptionKeys: secrets.encryptionKeys,
    conversations,
    handoff,
    close: () => store.close(),
  };
}
