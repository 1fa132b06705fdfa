// The handoff worker, one per process (`npm start`): sends console jobs to the staff consoles
// (FOR UPDATE SKIP LOCKED: several processes share the queue, each job goes to one), retries
// with backoff, renotifies handoffs nobody claimed (then calls the supervisors), and deletes
// closed handoffs past their retention time.
import { decrypt } from '../privacy/fieldCrypto.ts';
import { claimConsoleJobs, type ConsoleJob } from '../store/queries/claimConsoleJobs.ts';
import { finishConsoleJob } from '../store/queries/finishConsoleJob.ts';
import { failConsoleJob } from '../store/queries/failConsoleJob.ts';
import { insertConsolePost } from '../store/queries/insertConsolePost.ts';
import { insertConsoleJobs } from '../store/queries/insertConsoleJobs.ts';
import { listConsolePosts, type ConsolePostRow } from '../store/queries/listConsolePosts.ts';
import { getHandoff } from '../store/queries/getHandoff.ts';
import { getHandoffMessage } from '../store/queries/getHandoffMessage.ts';
import { setHandoffNotified } from '../store/queries/setHandoffNotified.ts';
import { dueHandoffRenotify } from '../store/queries/dueHandoffRenotify.ts';
import { purgeHandoffs } from '../store/queries/purgeHandoffs.ts';
import { DEFAULT_BACKOFF, nextAttemptAt, type Backoff } from '../channels/outbox/backoff.ts';
import type { ConsoleRef, HandoffCard, StaffConsole } from './types.ts';
import { cardOf, noteText, type SystemNote } from './cards.ts';
import type { HandoffDeps } from './context.ts';

export interface WorkerDeps extends HandoffDeps {
  /** The consoles this process sends to (a process without one leaves their jobs to others). */
  consoles: () => readonly StaffConsole[];
  renotifyMinutes: number;
  batch?: number;
  leaseMs?: number;
  backoff?: Backoff;
}

export interface WorkerRound {
  sent: number;
  retried: number;
  dead: number;
  renotified: number;
  escalated: number;
  purged: number;
}

export interface HandoffWorker {
  /** One round: jobs, renotify, escalate, sweep. Tests drive this directly. */
  runOnce(): Promise<WorkerRound>;
  start(intervalMs: number): void;
  /** Run a round soon (after a job was queued by this process). */
  wake(): void;
  stop(): Promise<void>;
}

/** A job that cannot be done now but may later (the card is not posted yet). */
class NotYet extends Error {
  readonly code = 'not_yet';
}

export function createHandoffWorker(d: WorkerDeps): HandoffWorker {
  const now = d.now ?? (() => new Date());
  const log = d.logger;
  const backoff = d.backoff ?? DEFAULT_BACKOFF;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let again = false;

  const postsOf = async (job: ConsoleJob): Promise<ConsoleRef[]> => {
    const fromPayload = job.payload.refs as ConsolePostRow[] | undefined;
    if (fromPayload) return fromPayload;
    if (!job.handoffId) return [];
    return listConsolePosts(d.store, { handoffId: job.handoffId, console: job.console });
  };

  const run = async (c: StaffConsole, job: ConsoleJob): Promise<void> => {
    const at = now();
    if (job.kind === 'notify' || job.kind === 'renotify') {
      const row = job.handoffId ? await getHandoff(d.store, { id: job.handoffId }) : null;
      if (!row) return; // erased before any card was posted: nothing to say
      if (job.kind === 'renotify' && row.state !== 'queued') return;
      const card = cardOf(row, d.roster(), at);
      const mention = job.payload.mention === 'supervisors' ? ('supervisors' as const) : undefined;
      const ref = await c.notify(card, { renotify: job.kind === 'renotify', ...(mention ? { mention } : {}) });
      const kept = await d.store
        .tx(async (q) => {
          if (!(await getHandoff(q, { id: row.id, lock: 'wait' }))) return false;
          await insertConsolePost(q, { handoffId: row.id, console: c.name, channelRef: ref.channelRef, messageRef: ref.messageRef, now: at });
          await setHandoffNotified(q, { id: row.id, now: at });
          return true;
        })
        .catch(() => false);
      if (!kept) {
        // Erased while the card was on its way: the card must not stay up as "waiting".
        await c.update(ref, { ...card, state: 'erased' });
        await c.postInThread(ref, { from: 'system', text: noteText('erased', null) });
      }
      return;
    }
    const refs = await postsOf(job);
    if (refs.length === 0) {
      if (job.handoffId && (await getHandoff(d.store, { id: job.handoffId }))?.notifiedAt == null) throw new NotYet('card not posted yet');
      return;
    }
    if (job.kind === 'update') {
      let card = job.payload.card as HandoffCard | undefined;
      if (!card) {
        const row = job.handoffId ? await getHandoff(d.store, { id: job.handoffId }) : null;
        if (!row) return;
        card = cardOf(row, d.roster(), at);
      }
      for (const ref of refs) await c.update(ref, card);
      return;
    }
    // thread: into the first card's thread
    const ref = refs[0]!;
    if (typeof job.payload.messageId === 'string') {
      const m = await getHandoffMessage(d.store, { id: job.payload.messageId });
      if (!m) return; // erased or purged: the note about that is its own job
      await c.postInThread(ref, { from: 'contact', text: decrypt(d.keys, m.bodyEnc) });
      return;
    }
    const row = job.handoffId ? await getHandoff(d.store, { id: job.handoffId }) : null;
    await c.postInThread(ref, { from: 'system', text: noteText(job.payload.note as SystemNote, row ? cardOf(row, d.roster(), at) : null) });
  };

  const runJobs = async (r: WorkerRound): Promise<void> => {
    const consoles = new Map(d.consoles().map((c) => [c.name as string, c]));
    if (consoles.size === 0) return;
    const jobs = await d.store.tx((q) =>
      claimConsoleJobs(q, { now: now(), limit: d.batch ?? 20, leaseMs: d.leaseMs ?? 60_000, consoles: [...consoles.keys()] }),
    );
    // One handoff's jobs in order per console; handoffs in parallel.
    const lanes = new Map<string, ConsoleJob[]>();
    for (const j of jobs) {
      const lane = `${j.console}\u0000${j.handoffId ?? `x${j.id}`}`;
      lanes.set(lane, [...(lanes.get(lane) ?? []), j]);
    }
    await Promise.all(
      [...lanes.values()].map(async (lane) => {
        for (const job of lane) {
          try {
            await run(consoles.get(job.console)!, job);
            await d.store.tx((q) => finishConsoleJob(q, { id: job.id }));
            r.sent += 1;
          } catch (err) {
            const retryable = (err as { retryable?: unknown }).retryable !== false;
            const code = String((err as { code?: unknown }).code ?? (err instanceof Error ? `error_${err.name}` : 'error'));
            const retryAt = retryable ? nextAttemptAt(job.attempts, now(), backoff) : null;
            await d.store.tx((q) => failConsoleJob(q, { id: job.id, error: code, retryAt }));
            if (retryAt) r.retried += 1;
            else r.dead += 1;
            const fields = { event: retryAt ? 'console_job_retry' : 'console_job_dead', console: job.console, job: job.id, kind: job.kind, attempts: job.attempts, code };
            if (code !== 'not_yet') log.warn(fields, retryAt ? 'console job failed; will retry' : 'console job given up');
          }
        }
      }),
    );
  };

  const renotify = async (r: WorkerRound): Promise<void> => {
    const afterMs = d.renotifyMinutes * 60_000;
    const at = now();
    await d.store.tx(async (q) => {
      const first = await dueHandoffRenotify(q, { stage: 'renotify', now: at, afterMs, limit: 50 });
      for (const id of first) await insertConsoleJobs(q, { handoffId: id, consoles: d.consoleNames(), kind: 'renotify', payload: {}, now: at });
      const second = await dueHandoffRenotify(q, { stage: 'escalate', now: at, afterMs, limit: 50 });
      for (const id of second) await insertConsoleJobs(q, { handoffId: id, consoles: d.consoleNames(), kind: 'renotify', payload: { mention: 'supervisors' }, now: at });
      r.renotified += first.length;
      r.escalated += second.length;
    });
  };

  const runOnce = async (): Promise<WorkerRound> => {
    const r: WorkerRound = { sent: 0, retried: 0, dead: 0, renotified: 0, escalated: 0, purged: 0 };
    await renotify(r);
    await runJobs(r);
    r.purged = await d.store.tx((q) => purgeHandoffs(q, { now: now() }));
    if (r.purged > 0) log.info({ event: 'handoffs_purged', purged: r.purged }, 'closed handoffs past retention deleted');
    return r;
  };

  const tick = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = runOnce()
      .then((r) => {
        // A lane sends one job of a handoff per round (the next waits for it): go again at once.
        if (r.sent > 0 || r.renotified > 0 || r.escalated > 0) again = true;
      })
      .catch((err: unknown) => log.error({ event: 'handoff_round_failed', error: err instanceof Error ? err.name : 'unknown' }, 'handoff worker round failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          setImmediate(tick);
        }
      });
  };

  return {
    runOnce,
    start(intervalMs) {
      if (timer) return;
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    wake: () => setTimeout(tick, 20).unref(),
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      again = false;
      await running;
    },
  };
}
