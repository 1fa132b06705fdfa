import type { Queryable } from '../db.ts';

/** Keep a contact's code word as a salted hash (a new one replaces the old, and its count of wrong tries). */
export async function setCodeword(q: Queryable, a: { contactKey: string; salt: Buffer; hash: Buffer; now: Date }): Promise<void> {
  await q.query(
    `insert into codewords (contact_key, salt, hash, misses, misses_day, created_at) values ($1, $2, $3, 0, null, $4)
     on conflict (contact_key) do update set salt = excluded.salt, hash = excluded.hash, misses = 0, misses_day = null, created_at = excluded.created_at`,
    [a.contactKey, a.salt, a.hash, a.now],
  );
}
