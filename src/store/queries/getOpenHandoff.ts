import type { Queryable } from '../db.ts';
import { HANDOFF_COLUMNS, toHandoffRow, type HandoffRow } from './getHandoff.ts';

/** The contact's open (queued or claimed) handoff, locked for this transaction; at most one exists. */
export async function getOpenHandoff(q: Queryable, a: { contactKey: string }): Promise<HandoffRow | null> {
  const r = await q.query(`select ${HANDOFF_COLUMNS} from handoffs where contact_key = $1 and state in ('queued', 'claimed') for update`, [
    a.contactKey,
  ]);
  return r.rows[0] ? toHandoffRow(r.rows[0]) : null;
}
