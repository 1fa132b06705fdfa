// The handoff queue, assembled: effect handlers for the conversation service, the desk for
// the staff consoles, the worker that talks to them, and the sender wrapper for staff replies.
import type { Catalog, Effect, Input } from '../engine/types.ts';
import type { Store } from '../store/db.ts';
import type { Keys } from '../privacy/fieldCrypto.ts';
import type { Logger } from '../privacy/logger.ts';
import type { ChannelSender } from '../channels/types.ts';
import type { ConversationService } from '../conversation/service.ts';
import type { EffectHandler } from '../conversation/types.ts';
import type { HandoffDesk, StaffConsole } from './types.ts';
import type { Roster } from './roster.ts';
import type { HandoffDeps } from './context.ts';
import { handoffEffects } from './effects.ts';
import { openHeld, waitingReplies, type HeldGate } from './held.ts';
import type { WaitingReplies } from '../channels/outbox/dispatcher.ts';
import type { Queryable } from '../store/db.ts';
import { createDesk } from './desk.ts';
import { createHandoffWorker, type HandoffWorker, type WorkerDeps } from './worker.ts';
import { withStaffReplies } from './replies.ts';

export interface Handoff {
  desk: HandoffDesk;
  /** Switch a staff console on in this process: its jobs are queued from now and sent by this process's worker. */
  attachConsole(console: StaffConsole): void;
  consoles(): readonly StaffConsole[];
  roster(): Roster;
  /** The effect handlers (handoff, relay, handoff_cancelled, handoff_urgent, erase). */
  effects: Partial<Record<Effect['type'], EffectHandler>>;
  /** Wrap the outbox's channel senders so staff replies are decrypted at send time. */
  wrapSenders(senders: readonly ChannelSender[]): ChannelSender[];
  createWorker(opts?: Partial<Pick<WorkerDeps, 'now' | 'backoff' | 'leaseMs' | 'batch'>>): HandoffWorker;
  /** The outbox's hooks for replies it cannot send now: held, delivered later, the one notice. */
  waiting: WaitingReplies;
  /** Before a person's turn: release what waits for them, or answer an OPEN or a code word try. */
  openHeld(q: Queryable, a: { contactKey: string; lang: string; input: Input; now: Date }): Promise<HeldGate>;
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

export function createHandoff(o: HandoffOptions, conversations: () => ConversationService): Handoff {
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
  let desk: HandoffDesk | null = null;
  return {
    get desk() {
      return (desk ??= createDesk({ ...base, conversations: conversations() }));
    },
    attachConsole(c) {
      if (!attached.some((x) => x.name === c.name)) attached.push(c);
    },
    consoles: () => attached,
    roster: () => o.roster,
    effects: handoffEffects(base),
    wrapSenders: (senders) => withStaffReplies(senders, { store: o.store, keys: o.keys }),
    createWorker: (opts = {}) => createHandoffWorker({ ...base, ...opts, consoles: () => attached, renotifyMinutes: o.renotifyMinutes }),
    waiting: waitingReplies(base),
    openHeld: (q, a) => openHeld(base, q, a),
  };
}
