import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Store } from './db.ts';

const DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** An arbitrary constant: the advisory lock that makes two processes starting together migrate once. */
const MIGRATION_LOCK = 7_283_001;

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Numbered, forward-only migrations: NNNN_name.sql, applied in order, each once. */
export function readMigrations(dir = DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: Number(f.slice(0, 4)), name: f, sql: readFileSync(dir + f, 'utf8') }));
}

let cached: Migration[] | undefined;

/** Apply what is missing. The files are read once per process, at the first call. */
export async function migrate(store: Store, migrations = (cached ??= readMigrations())): Promise<number[]> {
  return store.tx(async (q) => {
    await q.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await q.query('create table if not exists migrations (id integer primary key, name text not null, applied_at timestamptz not null default now())');
    const done = new Set((await q.query<{ id: number }>('select id from migrations')).rows.map((r) => Number(r.id)));
    const applied: number[] = [];
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await execScript(q, m.sql);
      await q.query('insert into migrations (id, name) values ($1, $2)', [m.id, m.name]);
      applied.push(m.id);
    }
    return applied;
  });
}

/**
 * Run a script of several statements: split on semicolons at line ends (our migrations keep to
 * that), except inside a $$-quoted function body, whose own statements end the same way.
 */
export function splitScript(sql: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let quoted = false;
  for (const line of sql.split('\n')) {
    if (/^\s*--/.test(line) && !quoted) continue;
    current.push(line);
    if ((line.match(/\$\$/g) ?? []).length % 2 === 1) quoted = !quoted;
    if (!quoted && /;\s*$/.test(line)) {
      statements.push(current.join('\n').replace(/;\s*$/, '').trim());
      current = [];
    }
  }
  statements.push(current.join('\n').trim());
  return statements.filter(Boolean);
}

async function execScript(q: { query: Store['query'] }, sql: string): Promise<void> {
  for (const s of splitScript(sql)) await q.query(s);
}
