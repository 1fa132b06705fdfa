import type { Queryable } from '../db.ts';
import { HANDOFF_COLUMNS, toHandoffRow, type HandoffRow } from './getHandoff.ts';

/** Open handoffs in queue order: urgent first, then oldest first. */
export async function listOpenHandoffs(q: Queryable): Promise<HandoffRow[]> {
  const r = await q.query(`select ${HANDOFF_COLUMNS} from handoffs where state in ('queued', 'claimed') order by urgent desc, created_at, id`);
  return r.rows.map(toHandoffRow);
}
