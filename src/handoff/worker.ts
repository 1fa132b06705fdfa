// The handoff worker, one per process (`npm start`): sends console jobs to the staff consoles
// (FOR UPDATE SKIP LOCKED: several processes share the queue, each job goes to one), retries
// with backoff, renotifies handoffs nobody claimed (then calls the supervisors), and deletes
// closed handoffs past their retention time. Cards go to the shared channel; the contact's
// words go only to the claimer's private conversation (`thread` jobs), and `forget` jobs
// delete every private post and blank the cards once the handoff is gone.
import { z } from 'zod';
import { decrypt } from '../privacy/fieldCrypto.ts';
import { claimConsoleJobs, type ConsoleJob } from '../store/queries/claimConsoleJobs.ts';
import { finishConsoleJob } from '../store/queries/finishConsoleJob.ts';
import { failConsoleJob } from '../store/queries/failConsoleJob.ts';
import { insertConsolePost } from '../store/queries/insertConsolePost.ts';
import { insertConsoleJobs } from '../store/queries/insertConsoleJobs.ts';
import { listConsolePosts } from '../store/queries/listConsolePosts.ts';
import { listHandoffMessages } from '../store/queries/listHandoffMessages.ts';
import { listDuePurges } from '../store/queries/listDuePurges.ts';
import { insertAudit } from '../store/queries/insertAudit.ts';
import { getHandoff } from '../store/queries/getHandoff.ts';
import { getHandoffMessage } from '../store/queries/getHandoffMessage.ts';
import { setHandoffNotified } from '../store/queries/setHandoffNotified.ts';
import { dueHandoffRenotify } from '../store/queries/dueHandoffRenotify.ts';
import { purgeHandoffs } from '../store/queries/purgeHandoffs.ts';
import type { Backoff } from '../jobs/backoff.ts';
import { createJobRunner, ticker } from '../jobs/runner.ts';
import { OUTCOMES, type HandoffCard, type PrivatePost, type StaffConsole, type StaffIdentity, type TransferTarget } from './types.ts';
import { transferTargetsOf } from './transfer.ts';
import type { HandoffRow } from '../store/queries/getHandoff.ts';
import { forgetJobs } from './context.ts';
import { cardOf, noteText, SYSTEM_NOTE_NAMES } from './cards.ts';
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

/** A job that can never be done as queued. */
class BadJob extends Error {
  readonly code = 'bad_payload';
  readonly retryable = false;
}

/** A console job's payload. None holds message text: a transcript row id instead. */
const payloadSchema = z.object({
  /** notify, renotify: call the supervisors too. */
  mention: z.literal('supervisors').optional(),
  /** update, thread of an erased handoff: the card as it was and where it is (the rows are gone). */
  erasedHandoffId: z.string().optional(),
  card: z
    .object({
      handoffId: z.string(),
      handle: z.string(),
      lang: z.string(),
      channel: z.string(),
      topics: z.array(z.string()),
      urgent: z.boolean(),
      state: z.enum(['queued', 'claimed', 'closed', 'erased']),
      claimedBy: z.string().optional(),
      outcome: z.enum(OUTCOMES).optional(),
      waitedMinutes: z.number(),
    })
    .optional(),
  refs: z
    .array(z.object({ console: z.enum(['slack', 'teams']), channelRef: z.string(), messageRef: z.string(), kind: z.enum(['card', 'private']).optional() }))
    .optional(),
  /** thread: a transcript line to post, or a system note. */
  messageId: z.string().optional(),
  note: z.enum(SYSTEM_NOTE_NAMES).optional(),
  /** A note for a staff member other than the claimer: the one who just passed the handoff on. */
  to: z.string().optional(),
  /** claimed: the console the claim came from (the private conversation opens there only). */
  on: z.enum(['slack', 'teams']).optional(),
});
type Payload = z.infer<typeof payloadSchema>;

export function createHandoffWorker(d: WorkerDeps): HandoffWorker {
  const now = d.now ?? (() => new Date());
  const log = d.logger;

  /** The claimer's id on this console, or null (not claimed, or not on this platform). */
  const claimerOn = (c: StaffConsole, row: HandoffRow): { staffId: string; who: StaffIdentity } | null => {
    const staff = row.claimedBy ? d.roster().staff.find((s) => s.id === row.claimedBy) : undefined;
    const userId = c.name === 'slack' ? staff?.slackUserId : staff?.teamsUserId;
    return staff && userId ? { staffId: staff.id, who: { platform: c.name, userId } } : null;
  };

  /** Who the claimer may pass the handoff on to, for the controls of their private posts. */
  const targetsFor = (row: HandoffRow, staffId: string): TransferTarget[] => {
    const claimer = d.roster().staff.find((s) => s.id === staffId);
    return claimer ? transferTargetsOf(d.roster(), row, claimer) : [];
  };

  /** Post privately and record the post; a handoff erased meanwhile gets its post deleted at once. */
  const postPrivate = async (c: StaffConsole, row: HandoffRow, to: { staffId: string; who: StaffIdentity }, post: PrivatePost, at: Date): Promise<void> => {
    const ref = await c.postPrivate(to.who, post);
    const kept = await d.store
      .tx(async (q) => {
        if (!(await getHandoff(q, { id: row.id, lock: 'wait' }))) return false;
        await insertConsolePost(q, { handoffId: row.id, console: c.name, channelRef: ref.channelRef, messageRef: ref.messageRef, kind: 'private', staffId: to.staffId, now: at });
        return true;
      })
      .catch(() => false);
    if (!kept) await c.remove(ref);
  };

  const run = async (c: StaffConsole, job: ConsoleJob, p: Payload): Promise<void> => {
    const at = now();
    if (job.kind === 'forget') {
      // The handoff is gone: delete what the app posted privately, blank the cards.
      // Every one is tried even when one fails; a retry tries them all again (a message already
      // gone counts as deleted), so one refused delete does not leave the others up.
      let failure: unknown = null;
      for (const ref of p.refs ?? []) {
        try {
          if (ref.kind === 'private') await c.remove(ref);
          else await c.blank(ref);
        } catch (e) {
          failure ??= e;
        }
      }
      if (failure) throw failure;
      return;
    }
    if (job.kind === 'notify' || job.kind === 'renotify') {
      const row = job.handoffId ? await getHandoff(d.store, { id: job.handoffId }) : null;
      if (!row) return; // erased before any card was posted: nothing to say
      if (job.kind === 'renotify' && row.state !== 'queued') return;
      const card = cardOf(row, d.roster(), at);
      const ref = await c.notify(card, { renotify: job.kind === 'renotify', ...(p.mention ? { mention: p.mention } : {}) });
      const kept = await d.store
        .tx(async (q) => {
          if (!(await getHandoff(q, { id: row.id, lock: 'wait' }))) return false;
          await insertConsolePost(q, { handoffId: row.id, console: c.name, channelRef: ref.channelRef, messageRef: ref.messageRef, now: at });
          await setHandoffNotified(q, { id: row.id, now: at });
          return true;
        })
        .catch(() => false);
      // Erased while the card was on its way: the card must not stay up as "waiting".
      if (!kept) await c.blank(ref);
      return;
    }
    const row = job.handoffId ? await getHandoff(d.store, { id: job.handoffId }) : null;
    if (!row) return; // erased or purged: its forget job does the rest
    if (job.kind === 'update') {
      const refs = await listConsolePosts(d.store, { handoffId: row.id, console: job.console, kind: 'card' });
      if (refs.length === 0) {
        if (row.notifiedAt == null) throw new NotYet('card not posted yet');
        return;
      }
      const card = p.card ?? cardOf(row, d.roster(), at);
      for (const ref of refs) await c.update(ref, card);
      return;
    }
    // thread: the claimer's private conversation — the only place a contact's words go.
    if (p.to !== undefined) {
      // To the worker who passed it on: one content-free note (their copy is being deleted).
      const staff = d.roster().staff.find((s) => s.id === p.to);
      const userId = c.name === 'slack' ? staff?.slackUserId : staff?.teamsUserId;
      if (!staff || !userId || p.note === undefined) return;
      return postPrivate(c, row, { staffId: staff.id, who: { platform: c.name, userId } }, { kind: 'note', card: cardOf(row, d.roster(), at), text: noteText(p.note, cardOf(row, d.roster(), at)) }, at);
    }
    const to = claimerOn(c, row);
    if (!to) return; // not claimed (the words wait in the transcript), or claimed on another console
    const card: HandoffCard = cardOf(row, d.roster(), at);
    if (p.note === 'claimed') {
      if (p.on && p.on !== c.name) return;
      // What was written up to the claim; each later line has its own job.
      const lines = (await listHandoffMessages(d.store, { handoffId: row.id })).filter((m) => !row.claimedAt || m.at <= row.claimedAt);
      const earlier = lines.map((m) => ({ from: m.direction === 'in' ? ('contact' as const) : ('staff' as const), text: decrypt(d.keys, m.bodyEnc) }));
      return postPrivate(c, row, to, { kind: 'opened', card, earlier, targets: targetsFor(row, to.staffId) }, at);
    }
    // Lines and notes follow the conversation where it was opened (the console of the claim).
    if ((await listConsolePosts(d.store, { handoffId: row.id, console: c.name, kind: 'private' })).length === 0) return;
    if (p.messageId !== undefined) {
      const m = await getHandoffMessage(d.store, { id: p.messageId });
      if (!m) return;
      const line = { from: m.direction === 'in' ? ('contact' as const) : ('staff' as const), text: decrypt(d.keys, m.bodyEnc) };
      return postPrivate(c, row, to, { kind: 'line', card, line, ...(line.from === 'contact' ? { targets: targetsFor(row, to.staffId) } : {}) }, at);
    }
    if (!p.note) throw new BadJob('thread job with neither message nor note');
    await postPrivate(c, row, to, { kind: 'note', card, text: noteText(p.note, card) }, at);
  };

  // The console jobs as a queue of the job runner: jobs of the consoles this process has, one
  // handoff's jobs in order per console (the claim also waits for earlier unfinished ones).
  const consoles = (): Map<string, StaffConsole> => new Map(d.consoles().map((c) => [c.name as string, c]));
  const jobs = createJobRunner<ConsoleJob, Payload>(
    {
      name: 'console_job',
      claim: (q, a) => {
        const names = [...consoles().keys()];
        return names.length === 0 ? Promise.resolve([]) : claimConsoleJobs(q, { ...a, consoles: names });
      },
      lane: (j) => `${j.console}\u0000${j.handoffId ?? `x${j.id}`}`,
      payload: () => payloadSchema,
      run: async (j, p) => {
        const c = consoles().get(j.console);
        if (!c) throw new NotYet('console not on in this process');
        await run(c, j, p);
      },
      done: (q, j) => finishConsoleJob(q, { id: j.id }),
      failed: async (q, j, f) => {
        await failConsoleJob(q, { id: j.id, error: f.code, retryAt: f.retryAt });
        // A delete given up: the audit log says so with the platform's code, never what or where.
        if (j.kind === 'forget' && f.retryAt === null) {
          await insertAudit(q, { actor: 'system', action: 'console_forget_failed', detail: { console: j.console, code: f.code }, now: now() });
        }
      },
      classify: (err) => ({
        code: String((err as { code?: unknown }).code ?? (err instanceof Error ? `error_${err.name}` : 'error')),
        retryable: (err as { retryable?: unknown }).retryable !== false,
      }),
      describe: (j) => ({ console: j.console, kind: j.kind }),
      quiet: (code) => code === 'not_yet',
    },
    d,
  );

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
    Object.assign(r, await jobs.runOnce());
    r.purged = await d.store.tx(async (q) => {
      // The end of retention: each handoff's forget jobs are queued in the transaction that deletes it.
      const ids = await listDuePurges(q, { now: now(), limit: 200 });
      for (const id of ids) await forgetJobs(q, id, now());
      return purgeHandoffs(q, { ids });
    });
    if (r.purged > 0) log.info({ event: 'handoffs_purged', purged: r.purged }, 'closed handoffs past retention deleted');
    return r;
  };

  const rounds = ticker(runOnce, {
    busy: (r) => r.sent > 0 || r.renotified > 0 || r.escalated > 0,
    onError: (err) => log.error({ event: 'handoff_round_failed', error: err instanceof Error ? err.name : 'unknown' }, 'handoff worker round failed'),
  });
  return { runOnce, ...rounds };
}
