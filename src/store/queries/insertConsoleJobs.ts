import type { Queryable } from '../db.ts';

/** thread: a post to the claimer's private conversation (the name is the table's); forget: delete and blank. */
export type ConsoleJobKind = 'notify' | 'renotify' | 'update' | 'thread' | 'forget';

/** Queue one job per console. The payload must never hold message text (a transcript row id instead). */
export async function insertConsoleJobs(
  q: Queryable,
  a: { handoffId: string | null; consoles: readonly string[]; kind: ConsoleJobKind; payload: Record<string, unknown>; now: Date },
): Promise<void> {
  if (a.consoles.length === 0) return;
  await q.query(
    `insert into console_jobs (handoff_id, console, kind, payload, status, next_attempt_at, created_at)
     select $1, c, $3, $4::jsonb, 'pending', $5, $5 from unnest($2::text[]) as u(c)`,
    [a.handoffId, a.consoles, a.kind, JSON.stringify(a.payload), a.now],
  );
}
