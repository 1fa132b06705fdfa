import type { Queryable } from '../db.ts';
import { counterCells, type CounterInput } from './addCounters.ts';

/**
 * A turn's last round trip before commit (waypoint_end_turn, migration 0004): save the session,
 * keep the reply (keys and arguments, never text) with its delivery lease, then add the day's
 * counters in a fixed order.
 */
export async function endTurn(
  q: Queryable,
  a: { contactKey: string; state: unknown; now: Date; inboxId: string; reply: unknown; leaseSeconds: number; day: string; counters: CounterInput[] },
): Promise<void> {
  const c = counterCells(a.counters);
  await q.query('select waypoint_end_turn($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)', [
    a.contactKey,
    JSON.stringify(a.state),
    a.now,
    a.inboxId,
    JSON.stringify(a.reply),
    a.leaseSeconds,
    a.day,
    c.metrics,
    c.topics,
    c.langs,
    c.channels,
    c.ns,
  ]);
}
