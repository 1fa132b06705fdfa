import type { Queryable } from '../db.ts';

export async function saveSession(q: Queryable, a: { contactKey: string; state: unknown; now: Date }): Promise<void> {
  await q.query(
    `insert into sessions (contact_key, state, updated_at) values ($1, $2, $3)
     on conflict (contact_key) do update set state = excluded.state, updated_at = excluded.updated_at`,
    [a.contactKey, JSON.stringify(a.state), a.now],
  );
}
