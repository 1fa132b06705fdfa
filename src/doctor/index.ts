// `waypoint doctor`: what is configured, what is on and what is missing, checked without
// sending anything and without changing anything — the store is opened only to read (never
// migrated, never created, never taken from the process that holds it). One line a check;
// exit 1 when something would stop Waypoint from starting or working.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, ConfigError, CONFIG_VARIABLES, type Config } from '../config.ts';
import { loadContent } from '../bundle.ts';
import { ContentError } from '../data/errors.ts';
import { loadRoster } from '../handoff/roster.ts';
import { llmConfigOf } from '../understand/llm.ts';
import { features, type Features } from '../features.ts';
import { describeUrl, openStore } from '../store/db.ts';
import { readMigrations } from '../store/migrate.ts';
import { LOCK_FILE, ownerAlive, readLockOwner } from '../store/dirLock.ts';
import { StoreUnavailableError } from '../store/errors.ts';
import { PARTS, partState } from './parts.ts';
import { SYNC_ANSWER_SECONDS } from '../retryLater.ts';

type Mark = 'ok' | 'warn' | 'FAIL' | 'on' | 'off' | 'info';
interface Line {
  mark: Mark;
  text: string;
}

const camel = (name: string): string => name.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The checks, in order; each returns its lines. */
/** `env`: the environment to check (the process's own when absent). */
export async function doctor(env?: Record<string, string | undefined>, now = new Date()): Promise<Line[]> {
  const lines: Line[] = [];
  const say = (mark: Mark, text: string): void => void lines.push({ mark, text });
  let config: Config;
  try {
    config = loadConfig(env);
    say('ok', `configuration: ${CONFIG_VARIABLES.length} variables read, every one valid`);
  } catch (e) {
    say('FAIL', `configuration: ${(e as Error).message}`);
    return lines;
  }
  const isSet = (name: string): boolean => (config as unknown as Record<string, unknown>)[camel(name)] !== undefined;

  // Secrets
  const secretsFile = join(config.dataDir, 'secrets.json');
  const unset = ['CONTACT_KEY_SECRET', 'DATA_ENCRYPTION_KEY'].filter((n) => !isSet(n));
  if (unset.length === 0) say('ok', 'secrets: CONTACT_KEY_SECRET and DATA_ENCRYPTION_KEY are set');
  else if (existsSync(secretsFile)) say('warn', `secrets: ${unset.join(' and ')} not set: using the ones generated in ${secretsFile}. Production must set them (and keep a copy: without them the stored data cannot be read).`);
  else say('warn', `secrets: ${unset.join(' and ')} not set: the first start generates them into ${secretsFile}. Production must set them.`);

  // Content
  try {
    const c = loadContent({ flowsDir: config.flowsDir, localesDir: config.localesDir, reviewedOnly: config.contentReviewedOnly });
    say('ok', `content: ${Object.keys(c.flows.flows).length} flows in ${config.flowsDir}, ${c.catalog.languages().length} languages in ${config.localesDir}`);
  } catch (e) {
    say('FAIL', `content: ${e instanceof ContentError ? e.message.replace(/\n\s*/g, ' ') : (e as Error).message}`);
  }

  // Roster
  try {
    const r = loadRoster(config.rosterFile);
    if (!r.file) say('warn', `roster: no ${config.rosterFile}: nobody can claim a handoff (copy config/roster.example.yaml, or set ROSTER_FILE)`);
    else say('ok', `roster: ${r.file}: ${r.staff.length} staff in ${r.coalitions.length} coalition${r.coalitions.length === 1 ? '' : 's'}`);
  } catch (e) {
    say('FAIL', `roster: ${(e as Error).message}`);
  }

  // LLM settings (the request is never made here).
  try {
    const llm = llmConfigOf({ provider: config.llmProvider, baseUrl: config.llmBaseUrl, apiKey: config.llmApiKey, model: config.llmModel });
    if (llm) say('on', `LLM topic choice: model ${llm.model} at ${new URL(llm.baseUrl).host} (not called by doctor)`);
  } catch (e) {
    say('FAIL', `LLM: ${e instanceof ConfigError ? e.message : (e as Error).message}`);
  }

  // Store, migrations and the database's clock
  const skew = await checkStore(config, say);

  // Clock
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (now.getUTCFullYear() < 2025) say('FAIL', `clock: ${now.toISOString()} is in the past: set the machine's clock (the 24-hour rule and retention depend on it)`);
  else if (skew !== null && skew > 5) say('warn', `clock: ${now.toISOString()} (${zone}); the database's differs by ${skew.toFixed(1)} s: synchronise the clocks (NTP)`);
  else say('ok', `clock: ${now.toISOString()} (${zone})${skew !== null ? `, the database's within ${skew.toFixed(1)} s` : ''}`);

  // Channels and consoles, as features() switches them on: names only, never values.
  let on: Features | null = null;
  try {
    on = features({ ...config, understanding: true });
  } catch {
    // A setting that cannot work (the LLM half set) was reported above.
  }
  say('on', 'Web chat (always on)');
  for (const part of PARTS) {
    const s = partState(part, isSet);
    if (on && part.on(on)) say('on', part.name);
    else if (s.state === 'off') say('off', `${part.name}: set ${[...part.needs, ...(part.oneOf ? [part.oneOf.join(' or ')] : [])].join(', ')} (${part.hint})`);
    else say('warn', `${part.name} is incomplete, so it is off: missing ${s.state === 'incomplete' ? s.missing.join(', ') : 'nothing named'} (${part.hint})`);
  }
  if (on?.channels.sms.inbound && !on.channels.sms.outbound) {
    say('warn', `SMS receives but cannot send later: a reply not ready within ${SYNC_ANSWER_SECONDS} s waits for Twilio to deliver the message again, which it does not by default; set TWILIO_ACCOUNT_SID and TWILIO_FROM_NUMBER (src/channels/sms/README.md)`);
  }
  if (config.whatsappLinked) {
    if (existsSync(config.puppeteerExecutablePath)) say('on', `WhatsApp linked device (unofficial; browser ${config.puppeteerExecutablePath})`);
    else say('FAIL', `WhatsApp linked device: WHATSAPP_LINKED is on but there is no browser at ${config.puppeteerExecutablePath} (PUPPETEER_EXECUTABLE_PATH)`);
  }
  if (config.publicBaseUrl && !/^https:\/\//.test(config.publicBaseUrl) && !/^http:\/\/(localhost|127\.)/.test(config.publicBaseUrl)) {
    say('warn', `PUBLIC_BASE_URL is not https: Twilio and Meta deliver only to https addresses (docs/DEPLOY.md, TLS)`);
  }
  // A fragment or query never comes back in a request: the signed URL the SMS check builds (PUBLIC_BASE_URL + path) would never match.
  if (config.publicBaseUrl && /[?#]/.test(config.publicBaseUrl)) {
    say('FAIL', `PUBLIC_BASE_URL has a query or a fragment (#…): give only the scheme and host: webhook paths are added to it, and no request ever carries a fragment, so every SMS signature would fail (docs/DEPLOY.md, TLS)`);
  }
  if (config.trustProxy === false) say('info', 'TRUST_PROXY is not set: right without a reverse proxy; behind one, set it (e.g. 1) or the web chat\'s limits count everyone as the proxy');
  return lines;
}

/** The store's state; the difference between its clock and ours in seconds, when it was opened. */
async function checkStore(config: Config, say: (m: Mark, t: string) => void): Promise<number | null> {
  const wanted = readMigrations().map((m) => m.id);
  if (!config.databaseUrl) {
    const dir = join(config.dataDir, 'pglite');
    if (!existsSync(dir)) {
      say('ok', `store: PGlite in ${config.dataDir}, not created yet (the first start creates it and applies ${wanted.length} migrations)`);
      return null;
    }
    const owner = readLockOwner(join(config.dataDir, LOCK_FILE));
    if (owner && ownerAlive(owner)) {
      say('ok', `store: PGlite in ${config.dataDir}, in use by pid ${owner.pid} (${owner.command}): not opened (one owner at a time)`);
      return null;
    }
  }
  const where = config.databaseUrl ? `PostgreSQL at ${describeUrl(config.databaseUrl)}` : `PGlite in ${config.dataDir}`;
  try {
    const store = await openStore({ ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}), dataDir: config.dataDir, migrate: false, openTimeoutMs: 15_000 });
    try {
      const table = await store.query<{ t: string | null }>("select to_regclass('migrations')::text as t");
      const done = table.rows[0]?.t ? (await store.query<{ id: number }>('select id from migrations')).rows.map((r) => Number(r.id)) : [];
      const pending = wanted.filter((id) => !done.includes(id));
      if (pending.length === 0) say('ok', `store: ${where}, ${done.length} of ${wanted.length} migrations applied`);
      else say('warn', `store: ${where}, ${done.length} of ${wanted.length} migrations applied; the next start applies ${pending.map((id) => String(id).padStart(4, '0')).join(', ')}`);
      const before = Date.now();
      const clock = await store.query<{ now: Date | string }>('select clock_timestamp() as now');
      const mid = (before + Date.now()) / 2;
      return Math.abs(new Date(clock.rows[0]!.now).getTime() - mid) / 1000;
    } finally {
      await store.close();
    }
  } catch (e) {
    say('FAIL', `store: ${e instanceof StoreUnavailableError ? e.message : `${where}: ${(e as Error).message}`}`);
    return null;
  }
}

/** Print the report; the exit status: 1 when a check failed. */
export async function runDoctor(out: NodeJS.WritableStream, env?: Record<string, string | undefined>): Promise<number> {
  const lines = await doctor(env);
  out.write('Waypoint doctor: nothing is sent and nothing is changed\n\n');
  for (const l of lines) out.write(`  ${l.mark.padEnd(5)} ${l.text}\n`);
  const failed = lines.filter((l) => l.mark === 'FAIL').length;
  const warned = lines.filter((l) => l.mark === 'warn').length;
  out.write(`\n${failed} problem${failed === 1 ? '' : 's'}, ${warned} warning${warned === 1 ? '' : 's'}\n`);
  return failed > 0 ? 1 : 0;
}
