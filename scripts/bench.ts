// `npm run bench`: Waypoint's speed figures, measured on this machine, printed as tables with
// the target each one has and whether it was met. Nothing here is a hard-coded figure.
//
//   npm run bench                        # everything: 5 engine runs, 3 of the rest (medians)
//   npm run bench -- --json              # one JSON object
//   npm run bench -- --runs 5 --engine-runs 9 --seconds 20 --clients 10 --rate 200
//
// a. the engine alone vs the same dialog on Botkit 4.15 (bench/botkit, its own install)
// b. whole SMS turns over HTTP on a throwaway PostgreSQL cluster, beside pgbench -N on it
// c. an open-loop rate test; d. 1,000 vs 100,000 stored conversations; e. start-up time
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { start as startCluster, stop as stopCluster } from './pg-cluster.js';
import { spawnServer, waitHealthy } from '../bench/server.ts';
import { closedLoop, openLoop, pgbench, wrongSamples, type LoadResult } from '../bench/http.ts';
import { measureScale } from '../bench/scale.ts';
import { measureStartup } from '../bench/startup.ts';
import { median, round, rssSampler, table } from '../bench/stats.ts';

const { values: opt } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    // An engine run lasts about 0.2 s, so one pause of the machine moves its figure a lot.
    'engine-runs': { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '10' },
    rate: { type: 'string', default: '200' },
    conversations: { type: 'string', default: '2000' },
    'large-store': { type: 'string', default: '100000' },
  },
});
const RUNS = Math.max(1, Number(opt.runs));
const ENGINE_RUNS = Math.max(1, Number(opt['engine-runs']));
const SECONDS = Math.max(1, Number(opt.seconds));
const CLIENTS = Math.max(1, Number(opt.clients));
const RATE = Math.max(1, Number(opt.rate));
const LARGE = Math.max(1000, Number(opt['large-store']));
const say = (line: string): void => void (opt.json ? process.stderr.write(line + '\n') : console.log(line));
const mark = (ok: boolean | null): string => (ok === null ? 'skipped' : ok ? 'met' : 'NOT met');

const machine = {
  date: new Date().toISOString().slice(0, 10),
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  ram_gb: round(totalmem() / 2 ** 30, 1),
  node: process.version,
};
say(`Waypoint bench — ${machine.date}, ${machine.cores} × ${machine.cpu}, ${machine.ram_gb} GB RAM, Node ${machine.node}`);
say(`runs ${RUNS} (medians; engine ${ENGINE_RUNS}), ${SECONDS} s per HTTP measurement, ${CLIENTS} clients. Other work on this machine makes figures noisy.\n`);

// ---------------------------------------------------------------- a. engine vs Botkit

interface EngineRun {
  turns_per_s: number;
  turn_ms_p50: number;
  turn_ms_p95: number;
  turn_ms_p99: number;
  max_rss_mb: number;
  wrong_conversations: number;
}

function child(cmd: string[], cwd: string): Promise<EngineRun> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, cmd, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    p.stdout.on('data', (b: Buffer) => (out += b));
    p.stderr.on('data', (b: Buffer) => (err += b));
    p.on('exit', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as EngineRun);
      } catch {
        reject(new Error(`${cmd.join(' ')} exited ${code}: ${err.slice(-500)}`));
      }
    });
  });
}

const botkitDir = 'bench/botkit';
const botkitInstalled = existsSync(`${botkitDir}/node_modules/botkit`);
const engineRuns: Record<string, EngineRun[]> = {};
const args = (c: number): string[] => ['--json', '--conversations', opt.conversations!, '--concurrency', String(c)];
for (let r = 0; r < ENGINE_RUNS; r++) {
  for (const c of [1, 100]) {
    (engineRuns[`waypoint-${c}`] ??= []).push(await child(['bin/run.js', 'bench/engine.ts', ...args(c)], '.'));
    if (botkitInstalled) (engineRuns[`botkit-${c}`] ??= []).push(await child(['bench.mjs', ...args(c)], botkitDir));
  }
}
const engineMedian = (k: string): EngineRun | null => {
  const runs = engineRuns[k];
  if (!runs) return null;
  return {
    turns_per_s: median(runs.map((x) => x.turns_per_s)),
    turn_ms_p50: median(runs.map((x) => x.turn_ms_p50)),
    turn_ms_p95: median(runs.map((x) => x.turn_ms_p95)),
    turn_ms_p99: median(runs.map((x) => x.turn_ms_p99)),
    max_rss_mb: Math.max(...runs.map((x) => x.max_rss_mb)),
    wrong_conversations: runs.reduce((n, x) => n + x.wrong_conversations, 0),
  };
};
const engine = Object.fromEntries(['waypoint-1', 'waypoint-100', 'botkit-1', 'botkit-100'].map((k) => [k, engineMedian(k)]));
const ratio = (c: number): number | null => {
  const w = engine[`waypoint-${c}`];
  const b = engine[`botkit-${c}`];
  return w && b ? round(w.turns_per_s / b.turns_per_s, 1) : null;
};
say(`a. Engine: ${opt.conversations} conversations × 6 turns after 50 warm-up, every reply checked (median of ${ENGINE_RUNS})`);
say(
  table(
    ['engine', 'in flight', 'turns/s', 'turn p50 / p95 / p99 ms', 'peak RSS MB', 'wrong'],
    Object.entries(engine)
      .filter(([, v]) => v)
      .map(([k, v]) => {
        const [name, c] = k.split('-');
        return [name === 'botkit' ? 'Botkit 4.15' : 'Waypoint', c!, v!.turns_per_s, `${v!.turn_ms_p50} / ${v!.turn_ms_p95} / ${v!.turn_ms_p99}`, v!.max_rss_mb, v!.wrong_conversations];
      }),
  ),
);
if (!botkitInstalled) say(`Botkit comparison skipped: install it with \`cd ${botkitDir} && npm install\` (Botkit stays out of Waypoint's own install).`);
say('(with 100 in flight, turn latency includes queueing behind the other 99 conversations)\n');

// ---------------------------------------------------------------- b–e need PostgreSQL

const cluster = await startCluster();
let http: { waypoint: LoadResult[]; pgbench: (number | null)[]; pgbenchCpuMs: (number | null)[]; open: LoadResult[]; rssPeakMb: number } | null = null;
const scale: Awaited<ReturnType<typeof measureScale>>[] = [];
let startupResult: Awaited<ReturnType<typeof measureStartup>> | null = null;
try {
  if (!cluster) say('b–d skipped: no PostgreSQL binaries (apt-get install postgresql); start-up measured on PGlite only.\n');
  else {
    say(`b. Whole SMS turns over HTTP (signed webhook → dedupe → lock → step → save → TwiML), PostgreSQL on loopback (fsync=off), ${CLIENTS} clients`);
    const s = await spawnServer({ databaseUrl: cluster.url });
    try {
      await waitHealthy(s);
      await closedLoop(s, CLIENTS, 2); // warm-up
      const rss = rssSampler(s.pid);
      http = { waypoint: [], pgbench: [], pgbenchCpuMs: [], open: [], rssPeakMb: 0 };
      for (let r = 0; r < RUNS; r++) {
        http.waypoint.push(await closedLoop(s, CLIENTS, SECONDS));
        const pb = pgbench(cluster.port, CLIENTS, SECONDS);
        if ('skipped' in pb) say(`pgbench skipped: ${pb.skipped}`);
        http.pgbench.push('tps' in pb ? pb.tps : null);
        http.pgbenchCpuMs.push('tps' in pb ? pb.cpuMsPerTx : null);
        http.open.push(await openLoop(s, RATE, SECONDS));
      }
      http.rssPeakMb = round(rss.stop());
    } finally {
      await s.stop();
    }
    say(`d. Scale of state: 1,000 vs ${LARGE.toLocaleString('en')} stored conversations (fresh server each)`);
    for (const n of [1000, LARGE]) scale.push(await measureScale(cluster.url, n, CLIENTS, SECONDS));
  }
  say('e. Start-up: spawn of `node bin/waypoint.js serve` → first answered webhook');
  startupResult = await measureStartup(cluster?.url ?? null, RUNS);
} finally {
  stopCluster(cluster);
}

// ---------------------------------------------------------------- report

const rows: (string | number)[][] = [];
const target = (name: string, figure: string, goal: string, ok: boolean | null): void => void rows.push([name, figure, goal, mark(ok)]);
for (const c of [1, 100]) {
  const r = ratio(c);
  target(`engine vs Botkit, ${c} in flight`, r === null ? 'n/a' : `${r}×`, '≥ 25×', r === null ? null : r >= 25);
}
const cpuOf = (xs: (number | null)[]): number | string => {
  const known = xs.filter((x): x is number => x !== null);
  return known.length ? round(median(known), 3) : 'n/a';
};
if (http) {
  const w = median(http.waypoint.map((x) => x.turnsPerS));
  const pbs = http.pgbench.filter((x): x is number => x !== null);
  const pb = pbs.length ? median(pbs) : null;
  const wrong = http.waypoint.reduce((n, x) => n + x.wrong + x.errors, 0) + http.open.reduce((n, x) => n + x.wrong + x.errors, 0);
  say(
    table(
      ['measure', `median of ${RUNS}`, 'runs'],
      [
        ['Waypoint turns/s (closed loop)', w, http.waypoint.map((x) => x.turnsPerS).join(', ')],
        ['turn p50 / p95 / p99 ms (closed loop)', `${round(median(http.waypoint.map((x) => x.latency.p50)))} / ${round(median(http.waypoint.map((x) => x.latency.p95)))} / ${round(median(http.waypoint.map((x) => x.latency.p99)))}`, ''],
        ['pgbench -N TPS, same clients', pb ?? 'skipped', http.pgbench.join(', ')],
        // What one unit of work costs the machine (all processes): explains the ratio on a
        // machine whose cores are busy in both measurements.
        ['machine CPU ms per Waypoint turn', cpuOf(http.waypoint.map((x) => x.cpuMsPerTurn ?? null)), http.waypoint.map((x) => x.cpuMsPerTurn ?? 'n/a').join(', ')],
        ['machine CPU ms per pgbench transaction', cpuOf(http.pgbenchCpuMs), http.pgbenchCpuMs.map((x) => x ?? 'n/a').join(', ')],
        [`open loop ${RATE}/s: p50 / p95 / p99 ms`, `${round(median(http.open.map((x) => x.latency.p50)))} / ${round(median(http.open.map((x) => x.latency.p95)))} / ${round(median(http.open.map((x) => x.latency.p99)))}`, http.open.map((x) => round(x.latency.p99)).join(', ')],
        ['server peak RSS MB (whole section)', http.rssPeakMb, ''],
        ['wrong replies or errors', wrong, ''],
      ],
    ),
  );
  if (wrongSamples.length) say(`first wrong answers: ${wrongSamples.join('; ')}`);
  const share = pb ? round((100 * w) / pb, 1) : null;
  target('HTTP turns/s as share of pgbench -N TPS', share === null ? 'n/a' : `${share}%`, '≥ 30%', share === null ? null : share >= 30);
  const p99 = round(median(http.open.map((x) => x.latency.p99)));
  target(`p99 at ${RATE} requests/s (open loop)`, `${p99} ms`, '< 100 ms', p99 < 100);
  target('server RSS under load', `${http.rssPeakMb} MB`, '≤ 250 MB', http.rssPeakMb <= 250);
  target('every HTTP reply as scripted', `${wrong} wrong`, '0', wrong === 0);
}
if (scale.length === 2) {
  const [small, large] = scale as [(typeof scale)[0], (typeof scale)[0]];
  say('');
  say(
    table(
      ['stored conversations', 'seeded in s', 'turns/s', 'turn p50 / p99 ms', 'server peak RSS MB'],
      scale.map((x) => [x.stored.toLocaleString('en'), x.seedSeconds, x.load.turnsPerS, `${round(x.load.latency.p50)} / ${round(x.load.latency.p99)}`, x.rssPeakMb]),
    ),
  );
  const growth = round((100 * (large.rssPeakMb - small.rssPeakMb)) / small.rssPeakMb, 1);
  target(`RSS with ${LARGE.toLocaleString('en')} vs 1,000 stored`, `${growth >= 0 ? '+' : ''}${growth}%`, 'flat (≤ +10%)', growth <= 10);
}
if (startupResult) {
  const s = startupResult;
  say('');
  say(
    table(
      ['start-up to first answered webhook', `median ms of ${RUNS}`, 'runs'],
      [
        ['PGlite, new data directory', median(s.pgliteNewMs), s.pgliteNewMs.join(', ')],
        ['PGlite, existing data directory', median(s.pgliteExistingMs), s.pgliteExistingMs.join(', ')],
        ['PostgreSQL, migrated database', s.postgresMs.length ? median(s.postgresMs) : 'skipped', s.postgresMs.join(', ')],
      ],
    ),
  );
}
say('\nTargets');
say(table(['target', 'measured', 'goal', 'status'], rows));

if (opt.json) console.log(JSON.stringify({ machine, runs: RUNS, engine_runs: ENGINE_RUNS, seconds: SECONDS, clients: CLIENTS, rate: RATE, engine, ratio: { c1: ratio(1), c100: ratio(100) }, http, scale, startup: startupResult, targets: rows }));
process.exit(0);
