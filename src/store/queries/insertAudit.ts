import type { Queryable } from '../db.ts';

/** Invariant 5: who, what, when — never content. */
export async function insertAudit(
  q: Queryable,
  a: { actor: string; action: string; subject?: string; detail?: Record<string, string | number | boolean>; now: Date },
): Promise<void> {
  await q.query('insert into audit_log (at, actor, action, subject, detail) values ($1, $2, $3, $4, $5)', [
    a.now,
    a.actor,
    a.action,
    a.subject ?? null,
    a.detail ? JSON.stringify(a.detail) : null,
  ]);
}
