import type { Queryable } from '../db.ts';

export interface CodewordRow {
  salt: Buffer;
  hash: Buffer;
  /** Wrong tries on `missesDay` (a UTC day, yyyy-mm-dd), 0 on any other day. */
  misses: number;
  missesDay: string | null;
}

/** The contact's code word hash, locked for this transaction (wrong tries are counted under the lock). */
export async function getCodeword(q: Queryable, a: { contactKey: string }): Promise<CodewordRow | null> {
  const r = await q.query<{ salt: Uint8Array; hash: Uint8Array; misses: number; misses_day: string | null }>(
    `select salt, hash, misses, to_char(misses_day, 'YYYY-MM-DD') as misses_day from codewords where contact_key = $1 for update`,
    [a.contactKey],
  );
  const row = r.rows[0];
  return row ? { salt: Buffer.from(row.salt), hash: Buffer.from(row.hash), misses: row.misses, missesDay: row.misses_day } : null;
}
