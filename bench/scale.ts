// Scale of state: the same turns with 1,000 and with 100,000 stored conversations. Rows are
// written straight into the tables with generate_series (seconds, not minutes): a contact, a
// session resting mid-dialog, and six answered inbox records per conversation.
import pg from 'pg';
import { loadContent } from '../src/bundle.ts';
import { step } from '../src/engine/step.ts';
import type { Session } from '../src/engine/types.ts';
import { toStored } from '../src/conversation/storedReply.ts';
import { userTurns } from './dialog.mjs';
import { closedLoop, type LoadResult } from './http.ts';
import { spawnServer, waitHealthy } from './server.ts';
import { round, rssSampler } from './stats.ts';

/** A session four turns into the bench dialog, and the reply of its last turn, as stored. */
function sampleState(): { state: Session; reply: unknown } {
  const { bundle } = loadContent({ flowsDir: 'bench/flows', localesDir: 'bench/locales' });
  let session: Session | null = null;
  let reply: unknown = [];
  for (const text of userTurns(1).slice(0, 4)) {
    const r = step(bundle, session, { type: 'text', text });
    session = r.session;
    reply = toStored(r.outputs);
  }
  return { state: session!, reply };
}

/** Empty the tables, then store `n` conversations. Returns the seconds it took. */
export async function seed(url: string, n: number): Promise<number> {
  const { state, reply } = sampleState();
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const t0 = Date.now();
  try {
    await db.query('truncate contacts, counters cascade');
    await db.query(
      `insert into contacts (key, channel, created_at, last_inbound_at)
       select 'seed-' || g, 'sms', now(), now() from generate_series(1, $1) g`,
      [n],
    );
    await db.query(
      `insert into sessions (contact_key, state, updated_at)
       select 'seed-' || g, $2::jsonb, now() from generate_series(1, $1) g`,
      [n, JSON.stringify(state)],
    );
    await db.query(
      `insert into inbox (channel, provider_id, contact_key, received_at, reply)
       select 'sms', 'seed-' || g || '-' || t, 'seed-' || g, now(), $2::jsonb
       from generate_series(1, $1) g, generate_series(1, 6) t`,
      [n, JSON.stringify(reply)],
    );
    await db.query('vacuum analyze');
  } finally {
    await db.end();
  }
  return (Date.now() - t0) / 1000;
}

export interface ScaleResult {
  stored: number;
  seedSeconds: number;
  rssPeakMb: number;
  load: LoadResult;
}

/** Seed, start a fresh server, run closed-loop turns, read its peak RSS. */
export async function measureScale(url: string, stored: number, clients: number, seconds: number): Promise<ScaleResult> {
  const seedSeconds = await seed(url, stored);
  const s = await spawnServer({ databaseUrl: url });
  try {
    await waitHealthy(s);
    const rss = rssSampler(s.pid);
    const load = await closedLoop(s, clients, seconds);
    return { stored, seedSeconds: round(seedSeconds, 1), rssPeakMb: round(rss.stop()), load };
  } finally {
    await s.stop();
  }
}
