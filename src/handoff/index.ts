// The handoff queue, assembled. It meets the conversation through one seam (ConversationSeam):
// it subscribes to the effects turns emit (queue, relay, cancel, urgent, erase, media, STOP:
// effects.ts) and looks at a message before its turn (held replies released or opened by a code
// word: held.ts); its desk tells a contact about a staff action through staffEvent. A lead
// worker's reply goes to the contact as an ordinary output through the outbox, its text sealed
// (desk.ts); the outbox hands back what it cannot send now (`waiting`, held.ts). The worker
// sends the consoles' jobs (worker.ts, on the job runner).
import type { Catalog } from '../engine/types.ts';
import type { Store } from '../store/db.ts';
import type { Keys } from '../privacy/fieldCrypto.ts';
import type { Logger } from '../privacy/logger.ts';
import type { ConversationSeam } from '../conversation/seam.ts';
import type { HandoffDesk, StaffConsole } from './types.ts';
import type { Roster } from './roster.ts';
import type { HandoffDeps } from './context.ts';
import { handoffSubscriber } from './effects.ts';
import { waitingReplies } from './held.ts';
import type { WaitingReplies } from '../channels/outbox/dispatcher.ts';
import { createDesk } from './desk.ts';
import { createHandoffWorker, type HandoffWorker, type WorkerDeps } from './worker.ts';

export interface Handoff {
  desk: HandoffDesk;
  /** Switch a staff console on in this process: its jobs are queued from now and sent by this process's worker. */
  attachConsole(console: StaffConsole): void;
  consoles(): readonly StaffConsole[];
  roster(): Roster;
  createWorker(opts?: Partial<Pick<WorkerDeps, 'now' | 'backoff' | 'leaseMs' | 'batch'>>): HandoffWorker;
  /** The outbox's hooks for replies it cannot send now: held, delivered later, the one notice. */
  waiting: WaitingReplies;
}

export interface HandoffOptions {
  store: Store;
  keys: Keys;
  catalog: Catalog;
  logger: Logger;
  roster: Roster;
  retentionDays: number;
  renotifyMinutes: number;
  now?: () => Date;
  /** Console names to queue jobs for even before a console is attached in this process (several processes). */
  consoleNames?: readonly string[];
}

/** The handoff queue on `conversations`: it subscribes to their turns as it is made. */
export function createHandoff(o: HandoffOptions, conversations: ConversationSeam): Handoff {
  const attached: StaffConsole[] = [];
  const names = (): string[] => [...new Set([...(o.consoleNames ?? []), ...attached.map((c) => c.name)])];
  const base: HandoffDeps = {
    store: o.store,
    keys: o.keys,
    catalog: o.catalog,
    logger: o.logger,
    roster: () => o.roster,
    consoleNames: names,
    retentionDays: o.retentionDays,
    ...(o.now ? { now: o.now } : {}),
  };
  conversations.subscribe(handoffSubscriber(base));
  const desk = createDesk({ ...base, conversations });
  return {
    desk,
    attachConsole(c) {
      if (!attached.some((x) => x.name === c.name)) attached.push(c);
    },
    consoles: () => attached,
    roster: () => o.roster,
    createWorker: (opts = {}) => createHandoffWorker({ ...base, ...opts, consoles: () => attached, renotifyMinutes: o.renotifyMinutes }),
    waiting: waitingReplies(base),
  };
}
