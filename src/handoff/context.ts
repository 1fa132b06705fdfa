import { randomBytes, randomInt } from 'node:crypto';
import type { Catalog } from '../engine/types.ts';
import type { Queryable, Store } from '../store/db.ts';
import type { Keys } from '../privacy/fieldCrypto.ts';
import type { Logger } from '../privacy/logger.ts';
import type { HandoffRow } from '../store/queries/getHandoff.ts';
import { closeHandoff } from '../store/queries/closeHandoff.ts';
import { insertConsoleJobs } from '../store/queries/insertConsoleJobs.ts';
import { listConsolePosts } from '../store/queries/listConsolePosts.ts';
import { addCounters } from '../store/queries/addCounters.ts';
import { insertAudit } from '../store/queries/insertAudit.ts';
import type { Roster } from './roster.ts';
import { waitBucket, type SystemNote } from './cards.ts';

/** What the effect handlers, the desk and the worker share. Everything injected (clock and ids too). */
export interface HandoffDeps {
  store: Store;
  keys: Keys;
  catalog: Catalog;
  logger: Logger;
  roster: () => Roster;
  /** Names of the staff consoles switched on (one notify job each). */
  consoleNames: () => readonly string[];
  /** Days a closed handoff and its transcript are kept; 0 = deleted at the next sweep. */
  retentionDays: number;
  now?: () => Date;
  newId?: () => string;
  newHandle?: () => string;
}

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a handle read aloud or copied by hand stays right. */
const HANDLE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export function randomHandle(): string {
  let s = '';
  for (let i = 0; i < 4; i++) s += HANDLE_ALPHABET[randomInt(HANDLE_ALPHABET.length)];
  return s;
}
export const randomId = (): string => randomBytes(12).toString('base64url');

export async function enqueueUpdate(q: Queryable, d: HandoffDeps, handoffId: string, now: Date): Promise<void> {
  await insertConsoleJobs(q, { handoffId, consoles: d.consoleNames(), kind: 'update', payload: {}, now });
}

/**
 * Before a handoff's rows are deleted (ERASE, quick exit, the end of retention): one `forget`
 * job per console that holds posts about it. The job has no handoff id (it outlives the rows)
 * and carries only the platform's message references: no handle, no text.
 */
export async function forgetJobs(q: Queryable, handoffId: string, now: Date): Promise<void> {
  const posts = await listConsolePosts(q, { handoffId });
  for (const name of new Set(posts.map((p) => p.console))) {
    const refs = posts.filter((p) => p.console === name);
    await insertConsoleJobs(q, { handoffId: null, consoles: [name], kind: 'forget', payload: { refs }, now });
  }
}

export async function enqueueNote(q: Queryable, d: HandoffDeps, handoffId: string, note: SystemNote, now: Date): Promise<void> {
  await insertConsoleJobs(q, { handoffId, consoles: d.consoleNames(), kind: 'thread', payload: { note }, now });
}

/**
 * Close a handoff (the caller holds its row lock): outcome kept, address deleted, purge time
 * set; the report's counters (outcome, wait bucket — no contact id) are added now, because the
 * row itself will be gone after the retention sweep; the cards are updated with a note.
 */
export async function recordClose(
  q: Queryable,
  d: HandoffDeps,
  a: { row: HandoffRow; outcome: string; detail: string | null; actor: string; action: string; now: Date },
): Promise<void> {
  const purgeAfter = new Date(a.now.getTime() + d.retentionDays * 86_400_000);
  await closeHandoff(q, { id: a.row.id, outcome: a.outcome, detail: a.detail, now: a.now, purgeAfter });
  const waited = a.row.claimedAt ? Math.floor((a.row.claimedAt.getTime() - a.row.createdAt.getTime()) / 60_000) : null;
  const cell = { lang: a.row.lang, channel: a.row.channel };
  await addCounters(q, {
    day: a.now.toISOString().slice(0, 10),
    rows: [
      { metric: `handoff_outcome:${a.outcome}`, ...cell },
      { metric: `handoff_wait:${waitBucket(waited)}`, ...cell },
    ],
  });
  await insertAudit(q, { actor: a.actor, action: a.action, subject: a.row.id, detail: { outcome: a.outcome, ...(a.detail ? { detail: a.detail } : {}) }, now: a.now });
  await enqueueUpdate(q, d, a.row.id, a.now);
  await enqueueNote(q, d, a.row.id, a.detail === 'cancelled' ? 'cancelled' : 'closed', a.now);
}
