// Where a server's memory goes under the soak's burst: the burst phase alone, against a server
// that samples its own memory every 100 ms (bench/memsample.mjs). Prints the burst's outcome
// and the server's memory before the burst and at its peak (RSS, V8 heap reserved and in use,
// young and old generation, external). Needs PostgreSQL (DATABASE_URL or a throwaway cluster).
//
//   node bin/run.js scripts/burst-memory.ts --contacts 3000 --window 18
//   node bin/run.js scripts/burst-memory.ts --no-start-flags            # without npm start's node flags
//   node bin/run.js scripts/burst-memory.ts --node=--max-semi-space-size=4 --limit 16
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { start as startCluster, stop as stopCluster } from './pg-cluster.js';
import { burst, resetDatabase } from '../bench/burst.ts';
import { spawnServer, waitHealthy } from '../bench/server.ts';
import { ownDatabase } from '../bench/soak.ts';
import { round } from '../bench/stats.ts';

const { values: o } = parseArgs({
  options: {
    contacts: { type: 'string', default: '10000' },
    window: { type: 'string', default: '60' },
    node: { type: 'string', default: '' },
    limit: { type: 'string', default: '' },
    'no-start-flags': { type: 'boolean', default: false },
  },
});
const cluster = process.env.DATABASE_URL ? null : await startCluster();
const base = process.env.DATABASE_URL ?? cluster?.url;
if (!base) {
  console.error('burst-memory: needs PostgreSQL: set DATABASE_URL or install PostgreSQL');
  process.exit(1);
}
const db = await ownDatabase(base);
const samples = join(mkdtempSync(join(tmpdir(), 'waypoint-burstmem-')), 'memory.jsonl');
type Sample = Record<string, number>;
const pick = (s: Sample): Sample => ({ rss: s.rss!, heapTotal: s.heapTotal!, heapUsed: s.heapUsed!, young: s.new!, old: s.old!, external: s.external! });
try {
  const s = await spawnServer({
    databaseUrl: db.url,
    startFlags: !o['no-start-flags'],
    nodeArgs: ['--import', './bench/memsample.mjs', ...(o.node ? o.node.split(' ') : [])],
    env: { MEM_SAMPLE_FILE: samples, ...(o.limit ? { TURN_QUEUE_LIMIT: o.limit } : {}) },
  });
  await waitHealthy(s);
  await resetDatabase(db.url);
  await new Promise((r) => setTimeout(r, 2000));
  const before = readFileSync(samples, 'utf8').trim().split('\n').length;
  const r = await burst(db.url, { messagesPerContact: 3, duplicateRate: 0.2, outOfOrderRate: 0.05, contacts: Number(o.contacts), windowSeconds: Number(o.window), servers: () => [s], seed: 1 });
  const cpuS = Number(readFileSync(`/proc/${s.pid}/stat`, 'utf8').split(') ')[1]!.split(' ').slice(11, 13).reduce((a, b) => a + Number(b), 0)) / 100;
  await s.stop();
  const all = readFileSync(samples, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Sample);
  const peak = all.slice(before).reduce((a, b) => (b.rss! > a.rss! ? b : a));
  console.log(
    JSON.stringify(
      {
        messages: r.messages,
        answeredOnce: r.answeredOnce,
        lost: r.lost,
        doubled: r.doubled,
        refused: r.non200,
        offeredS: r.offeredSeconds,
        drainedS: r.drainedSeconds,
        serverCpuS: round(cpuS),
        beforeBurstMb: pick(all[before - 1]!),
        peakMb: pick(peak),
      },
      null,
      1,
    ),
  );
} finally {
  await db.drop().catch(() => undefined);
  stopCluster(cluster);
}
process.exit(0);
