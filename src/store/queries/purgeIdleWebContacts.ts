import type { Queryable } from '../db.ts';

/**
 * Web chat contacts nobody can reach any more. The page keeps its session id only while the tab
 * is open (no cookie, no storage), so once it is closed the contact, its session, its dedupe
 * rows and any pending pickup rows (with their encrypted address) can never be used again.
 * Contacts with a handoff are left to the handoff's own retention (closed, then purged).
 */
export async function purgeIdleWebContacts(q: Queryable, a: { idleSince: Date }): Promise<number> {
  const r = await q.query(
    `delete from contacts c
      where c.channel = 'web'
        and coalesce(c.last_inbound_at, c.created_at) < $1
        and not exists (select 1 from handoffs h where h.contact_key = c.key)`,
    [a.idleSince],
  );
  return r.rowCount;
}
