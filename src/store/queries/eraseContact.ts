import type { Queryable } from '../db.ts';

/** Invariant 4: one statement; every table about a contact cascades from `contacts`. */
export async function eraseContact(q: Queryable, a: { contactKey: string }): Promise<void> {
  await q.query('delete from contacts where key = $1', [a.contactKey]);
}
