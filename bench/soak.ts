// The soak run behind `npm run soak` and test/soak/soak.test.ts: burst, crash, two processes
// on one database, and fuzz. Runs in a database of its own (created on the server given, and
// dropped afterwards), so it can share a server with other tests.
import pg from 'pg';
import { burst, burstProblems, resetDatabase, type BurstOptions, type BurstResult } from './burst.ts';
import { runFuzz, type FuzzOutcome } from './fuzz.ts';
import { spawnServer, waitHealthy, type ServerChild } from './server.ts';
import { round, rssSampler } from './stats.ts';

export interface SoakOptions {
  databaseUrl: string;
  contacts: number;
  windowSeconds: number;
  /** The crash and two-process phases use this many contacts (the burst uses `contacts`). */
  otherContacts: number;
  otherWindowSeconds: number;
  /** false: servers without `npm start`'s node flags (to compare peak RSS with and without them). */
  startFlags?: boolean;
  log?: (line: string) => void;
}

export interface PhaseResult extends BurstResult {
  phase: string;
  serverPeakRssMb: number;
  problems: string[];
}

export interface FuzzResult {
  cases: number;
  classes: number;
  byStatus: Record<string, number>;
  serverErrors: { class: string; endpoint: string; statuses: number[] }[];
  duplicateReplies: { class: string; endpoint: string; replies: number }[];
  aliveAfter: boolean;
  serverPeakRssMb: number;
  problems: string[];
}

export interface SoakResult {
  phases: PhaseResult[];
  fuzz: FuzzResult;
  problems: string[];
}

/** A database of its own on the server of `url`; returns its URL and a function to drop it. */
export async function ownDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `waypoint_soak_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

const MAX_FUZZ_RSS_MB = 300;

export async function runSoak(o: SoakOptions): Promise<SoakResult> {
  const log = o.log ?? (() => undefined);
  const db = await ownDatabase(o.databaseUrl);
  const phases: PhaseResult[] = [];
  const started: ServerChild[] = [];
  const serve = async (opts: Parameters<typeof spawnServer>[0] = {}): Promise<ServerChild> => {
    const s = await spawnServer({ databaseUrl: db.url, ...(o.startFlags === false ? { startFlags: false } : {}), ...opts });
    started.push(s);
    // A fresh clone's first server compiles every source file while the suite's other worker and
    // the type check run beside it: on 2 busy cores that once took over a minute (CI, 2026-12-02).
    await waitHealthy(s, 180_000);
    return s;
  };
  const base = { messagesPerContact: 3, duplicateRate: 0.2, outOfOrderRate: 0.05 };
  try {
    // 1. burst on one server
    {
      log(`burst: ${o.contacts} contacts × 3 messages within ${o.windowSeconds} s, 20% duplicated, 5% out of order`);
      await serve(); // migrates the new database
      await resetDatabase(db.url);
      const s = started.at(-1)!;
      const rss = rssSampler(s.pid);
      const opts: BurstOptions = { ...base, contacts: o.contacts, windowSeconds: o.windowSeconds, servers: () => [s], seed: 1 };
      const r = await burst(db.url, opts);
      phases.push({ phase: 'burst', ...r, serverPeakRssMb: round(rss.stop()), problems: burstProblems(r, o.contacts) });
      await s.stop();
    }
    // 2. kill -9 in the middle, restart on the same port
    {
      log(`crash: ${o.otherContacts} contacts, the server killed with SIGKILL after 40% of deliveries and restarted`);
      await resetDatabase(db.url);
      let s = await serve();
      const port = s.port;
      let peak = 0;
      let rss = rssSampler(s.pid);
      const r = await burst(db.url, {
        ...base,
        contacts: o.otherContacts,
        windowSeconds: o.otherWindowSeconds,
        servers: () => [s],
        seed: 2,
        crash: {
          fraction: 0.4,
          kill: async () => {
            peak = Math.max(peak, rss.stop());
            await s.kill9();
          },
          restart: async () => {
            s = await spawnServer({ databaseUrl: db.url, port, ...(o.startFlags === false ? { startFlags: false } : {}) });
            started.push(s);
            rss = rssSampler(s.pid);
          },
        },
      });
      peak = Math.max(peak, rss.stop());
      phases.push({ phase: 'crash (kill -9, restart)', ...r, serverPeakRssMb: round(peak), problems: burstProblems(r, o.otherContacts) });
      await s.stop();
    }
    // 3. two processes on one database, deliveries (and their duplicates) spread over both
    {
      log(`two processes: ${o.otherContacts} contacts, each delivery to either process at random`);
      await resetDatabase(db.url);
      const a = await serve();
      const b = await serve();
      const ra = rssSampler(a.pid);
      const rb = rssSampler(b.pid);
      const r = await burst(db.url, { ...base, contacts: o.otherContacts, windowSeconds: o.otherWindowSeconds, servers: () => [a, b], seed: 3 });
      phases.push({ phase: 'two processes, one database', ...r, serverPeakRssMb: round(Math.max(ra.stop(), rb.stop())), problems: burstProblems(r, o.otherContacts) });
      await Promise.all([a.stop(), b.stop()]);
    }
    // 4. fuzz every webhook
    log('fuzz: every webhook with bad input');
    const s = await serve({ whatsapp: true });
    const rss = rssSampler(s.pid);
    const outcomes = await runFuzz(s);
    const alive = await fetch(`${s.url}/healthz`).then((r) => r.status === 200, () => false);
    const fuzz = summarizeFuzz(outcomes, alive, round(rss.stop()));
    await s.stop();
    const problems = [...phases.flatMap((p) => p.problems.map((x) => `${p.phase}: ${x}`)), ...fuzz.problems.map((x) => `fuzz: ${x}`)];
    return { phases, fuzz, problems };
  } finally {
    await Promise.all(started.map((s) => s.stop()));
    await db.drop().catch(() => undefined);
  }
}

function summarizeFuzz(outcomes: FuzzOutcome[], alive: boolean, peakMb: number): FuzzResult {
  const byStatus: Record<string, number> = {};
  for (const o of outcomes) for (const st of o.statuses) byStatus[st] = (byStatus[st] ?? 0) + 1;
  const serverErrors = outcomes.filter((o) => o.statuses.some((s) => s >= 500 || s < 0)).map(({ class: c, endpoint, statuses }) => ({ class: c, endpoint, statuses }));
  // An SMS sent twice (one after the other, or 20 at once) is answered once.
  const dupClasses = new Set(['replayed duplicate', 'concurrent duplicates']);
  const smsDup = new Map<string, number>();
  for (const o of outcomes) if (dupClasses.has(o.class) && o.endpoint === 'POST /webhooks/twilio') smsDup.set(o.class, (smsDup.get(o.class) ?? 0) + o.replies);
  const duplicateReplies = [...smsDup].filter(([, n]) => n !== 1).map(([c, n]) => ({ class: c, endpoint: 'POST /webhooks/twilio', replies: n }));
  const problems: string[] = [];
  for (const e of serverErrors) problems.push(`${e.endpoint} "${e.class}" answered ${e.statuses.join(',')}`);
  for (const d of duplicateReplies) problems.push(`${d.endpoint} "${d.class}" answered ${d.replies} times`);
  if (!alive) problems.push('server not healthy after the fuzz');
  if (peakMb > MAX_FUZZ_RSS_MB) problems.push(`server RSS reached ${peakMb} MB (bound ${MAX_FUZZ_RSS_MB} MB)`);
  return { cases: outcomes.length, classes: new Set(outcomes.map((o) => o.class)).size, byStatus, serverErrors, duplicateReplies, aliveAfter: alive, serverPeakRssMb: peakMb, problems };
}
