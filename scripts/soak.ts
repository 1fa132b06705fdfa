// `npm run soak`: burst, crash, two processes on one database, and fuzz, against real
// PostgreSQL (DATABASE_URL, else a throwaway cluster). Exits 1 on a lost or doubled message,
// a session that does not add up, a 5xx or a crash under fuzz.
//
//   npm run soak                 # 10,000 contacts × 3 messages within 60 s; 3,000 for crash and two processes
//   npm run soak -- --short      # 300 contacts within 15 s (what CI runs, test/soak/soak.test.ts)
//   npm run soak -- --json
//   npm run soak -- --no-start-flags   # servers without `npm start`'s node flags (peak RSS with and without them)
import { parseArgs } from 'node:util';
import { start as startCluster, stop as stopCluster } from './pg-cluster.js';
import { runSoak } from '../bench/soak.ts';
import { startFlags as startFlagsOf } from '../bench/server.ts';
import { round, table } from '../bench/stats.ts';

const { values: opt } = parseArgs({
  options: { short: { type: 'boolean', default: false }, json: { type: 'boolean', default: false }, 'no-start-flags': { type: 'boolean', default: false } },
});
const size = opt.short
  ? { contacts: 300, windowSeconds: 15, otherContacts: 300, otherWindowSeconds: 15 }
  : { contacts: 10_000, windowSeconds: 60, otherContacts: 3_000, otherWindowSeconds: 30 };
const say = (line: string): void => void (opt.json ? process.stderr.write(line + '\n') : console.log(line));

const cluster = process.env.DATABASE_URL ? null : await startCluster();
const databaseUrl = process.env.DATABASE_URL ?? cluster?.url;
if (!databaseUrl) {
  say('soak: needs PostgreSQL: set DATABASE_URL or install PostgreSQL (apt-get install postgresql)');
  process.exit(1);
}
let code = 0;
try {
  const startFlags = !opt['no-start-flags'];
  say(`servers: node ${startFlags ? startFlagsOf().join(' ') || '(no flags)' : '(without npm start\'s flags)'} bin/waypoint.js serve`);
  const r = await runSoak({ databaseUrl, ...size, startFlags, log: (l) => say(`… ${l}`) });
  say('');
  say(
    table(
      ['phase', 'messages', 'deliveries (dup.)', 'out of order', 'retries', 'answered once', 'lost', 'doubled', 'other answers', 'inbox rows', 'sessions (turns ≠ sent)', 'p50 / p99 ms', 'sent in / drained in s', 'server peak RSS MB'],
      r.phases.map((p) => [
        p.phase,
        p.messages,
        `${p.deliveries} (${p.duplicates})`,
        p.outOfOrderContacts,
        p.retries,
        p.answeredOnce,
        p.lost,
        p.doubledAcrossCrash ? `${p.doubled} (${p.doubledAcrossCrash} across the kill)` : p.doubled,
        Object.entries(p.non200).map(([st, n]) => `${st}: ${n}`).join(', ') || 'none',
        p.inboxRows,
        `${p.sessions} (${p.sessionsWithWrongTurns + p.unreadableSessions})`,
        `${round(p.latency.p50)} / ${round(p.latency.p99)}`,
        `${p.offeredSeconds} / ${p.drainedSeconds}`,
        p.serverPeakRssMb,
      ]),
    ),
  );
  const f = r.fuzz;
  say('');
  say(
    table(
      ['fuzz', 'result'],
      [
        ['cases / classes', `${f.cases} / ${f.classes}`],
        ['answers by status', Object.entries(f.byStatus).map(([s, n]) => `${s}: ${n}`).join(', ')],
        ['5xx or dropped connections', f.serverErrors.length ? f.serverErrors.map((e) => `${e.endpoint} "${e.class}"`).join('; ') : 'none'],
        ['SMS duplicates answered other than once', f.duplicateReplies.length ? f.duplicateReplies.map((d) => `${d.class}: ${d.replies}`).join('; ') : 'none'],
        ['server healthy afterwards', f.aliveAfter ? 'yes' : 'NO'],
        ['server peak RSS MB', f.serverPeakRssMb],
      ],
    ),
  );
  say('');
  say(r.problems.length ? `FAILED:\n- ${r.problems.join('\n- ')}` : 'passed: every message answered exactly once, no 5xx, no crash');
  if (opt.json) console.log(JSON.stringify({ size, ...r }));
  code = r.problems.length ? 1 : 0;
} finally {
  stopCluster(cluster);
}
process.exit(code);
