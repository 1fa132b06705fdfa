// The one reader of process.env. Every variable is validated here, and every one is listed,
// with a comment, in .env.example. A wrong value stops start-up with a message naming it.
import { z } from 'zod';
import { parseKeys } from './privacy/fieldCrypto.ts';
import { ConfigError } from './configError.ts';

export { ConfigError } from './configError.ts';

/** One of a fixed list of words; an empty or unset variable takes the default. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .string()
    .optional()
    .transform((v, ctx): T[number] => {
      if (v === undefined || v === '') return fallback;
      if ((values as readonly string[]).includes(v)) return v;
      ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')} (got "${v}")` });
      return z.NEVER;
    });
/** true/false, 1/0 (and yes/no). */
const bool = (fallback: boolean) =>
  oneOf(['true', 'false', '1', '0', 'yes', 'no'], fallback ? 'true' : 'false').transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (fallback: number, min: number, max: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be an integer between ${min} and ${max} (got "${v}")` });
        return z.NEVER;
      }
      return n;
    });
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v === '' ? undefined : v));
const url = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    try {
      return new URL(v).toString().replace(/\/$/, '');
    } catch {
      ctx.addIssue({ code: 'custom', message: `must be a URL (got "${v}")` });
      return z.NEVER;
    }
  });
const urlDefault = (fallback: string) => url.transform((v) => v ?? fallback);
const text = (fallback: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v === '' ? fallback : v));

const schema = z.object({
  PORT: int(3000, 0, 65535),
  // The proxies in front whose X-Forwarded-For is believed (the web chat's limits are per address).
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((v, ctx): boolean | number | string => {
      if (v === undefined || v === '' || v === 'false') return false;
      if (/^\d{1,2}$/.test(v)) return Number(v);
      if (/^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+)(\s*,\s*(loopback|linklocal|uniquelocal|[0-9a-fA-F.:/]+))*$/.test(v)) return v;
      ctx.addIssue({ code: 'custom', message: `must be the number of proxies in front (e.g. 1), or their addresses (got "${v}")` });
      return z.NEVER;
    }),
  // Webhooks answer 503 + Retry-After while this many turns are in flight in the process; 0 = never.
  TURN_QUEUE_LIMIT: int(64, 0, 100_000),
  DATA_DIR: text('./data'),
  DATABASE_URL: optional,
  STORE_OPEN_TIMEOUT_S: int(60, 1, 3600),
  CONTACT_KEY_SECRET: optional.refine((v) => v === undefined || v.length >= 32, 'must be at least 32 characters'),
  DATA_ENCRYPTION_KEY: optional.superRefine((v, ctx) => {
    if (v === undefined) return;
    try {
      parseKeys(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `must be "id:base64(32 bytes)[,…]": ${(e as Error).message}` });
    }
  }),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], 'info'),
  PUBLIC_BASE_URL: url,
  CONTENT_REVIEWED_ONLY: bool(false),
  DEFAULT_LANGUAGE: text('en'),
  FLOWS_DIR: text('./flows'),
  LOCALES_DIR: text('./locales'),
  INBOX_RETENTION_DAYS: int(7, 1, 365),
  // Web chat
  WEB_IDLE_HOURS: int(24, 1, 720),
  // Per process and per minute; 0 = no limit. Refused requests answer 429 and store nothing.
  WEB_NEW_CHATS_PER_MINUTE_PER_ADDRESS: int(20, 0, 1_000_000),
  WEB_NEW_CHATS_PER_MINUTE: int(600, 0, 1_000_000),
  WEB_MESSAGES_PER_MINUTE_PER_ADDRESS: int(120, 0, 1_000_000),
  WEB_MESSAGES_PER_MINUTE: int(6000, 0, 1_000_000),
  QUICK_EXIT_URL: urlDefault('https://www.google.com/search?q=weather'),
  // Outbox
  OUTBOX_INTERVAL_MS: int(1000, 50, 600_000),
  // SMS (Twilio)
  TWILIO_ACCOUNT_SID: optional,
  TWILIO_AUTH_TOKEN: optional,
  TWILIO_FROM_NUMBER: optional,
  TWILIO_MESSAGING_SERVICE_SID: optional,
  TWILIO_API_BASE_URL: urlDefault('https://api.twilio.com'),
  SMS_ALLOWED_COUNTRIES: text('CA,US').transform((v) =>
    v
      .split(',')
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean),
  ),
  // WhatsApp (Cloud API)
  WHATSAPP_VERIFY_TOKEN: optional,
  WHATSAPP_APP_SECRET: optional,
  WHATSAPP_ACCESS_TOKEN: optional,
  WHATSAPP_PHONE_NUMBER_ID: optional,
  WHATSAPP_GRAPH_API_BASE_URL: urlDefault('https://graph.facebook.com/v21.0'),
  WHATSAPP_REOPEN_TEMPLATE: optional,
  // WhatsApp (linked device, optional)
  WHATSAPP_LINKED: bool(false),
  PUPPETEER_EXECUTABLE_PATH: text('/usr/bin/chromium'),
  // Microsoft Teams
  TEAMS_CLIENT_ID: optional,
  TEAMS_CLIENT_SECRET: optional,
  TEAMS_TENANT_ID: optional,
  // Staff consoles (handoff)
  SLACK_SIGNING_SECRET: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_HANDOFF_CHANNEL: optional,
  SLACK_API_BASE_URL: urlDefault('https://slack.com/api'),
  SLACK_SUPERVISORS_GROUP_ID: optional,
  TEAMS_HANDOFF_CONVERSATION_ID: optional,
  TEAMS_HANDOFF_SERVICE_URL: urlDefault('https://smba.trafficmanager.net/teams'),
  // Handoff queue
  ROSTER_FILE: text('config/roster.yaml'),
  HANDOFF_RETENTION_DAYS: int(30, 0, 3650),
  HANDOFF_RENOTIFY_MINUTES: int(10, 1, 1440),
  HANDOFF_WORKER_INTERVAL_MS: int(1000, 50, 600_000),
  REPORT_MIN_CELL: int(5, 1, 1000),
  // Optional LLM for topic choice only (src/understand/llm.ts); off unless set.
  LLM_PROVIDER: optional,
  LLM_BASE_URL: url,
  LLM_API_KEY: optional,
  LLM_MODEL: optional,
  // With an LLM set above, it writes rehearsal personas' replies (marked generated); false keeps them scripted.
  REHEARSAL_LLM: bool(true),
  // Free-text understanding on every text message (off only for measurements).
  UNDERSTANDING: bool(true),
  // Rehearsal on the web (/rehearse) for trainers; off unless set.
  TRAINER_TOKEN: optional.refine(
    (v) => v === undefined || v.length >= 16,
    'must be at least 16 characters (make one with: node -e "console.log(require(\'crypto\').randomBytes(24).toString(\'base64url\'))")',
  ),
});

/** SNAKE_CASE → camelCase, at the type level: `DATA_DIR` is `config.dataDir`. */
type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${Lowercase<H>}${Capitalize<Camel<T>>}` : Lowercase<S>;

/** Inferred from the schema, so a new variable is one line above (and one in .env.example). */
export type Config = { [K in keyof z.output<typeof schema> as Camel<K & string>]: z.output<typeof schema>[K] };

/** SNAKE_CASE → camelCase: the Config field of each variable. */
const camel = (name: string): string => name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const r = schema.safeParse(env);
  if (!r.success) {
    // One line, each problem naming its variable: `Invalid configuration: PORT must be …`.
    throw new ConfigError(r.error.issues.map((i) => ({ variable: String(i.path[0] ?? '?'), message: i.message })));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(r.data)) out[camel(k)] = v;
  return out as Config;
}

/** Every variable this file reads, for the test that keeps .env.example complete. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape);
