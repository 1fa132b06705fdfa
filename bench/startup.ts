// Start-up: from spawning `node bin/waypoint.js serve` to the first answered webhook (a signed
// SMS answered 200 with the dialog's first question), on PGlite and on real PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEXT } from './dialog.mjs';
import { phoneOf, sendSms, sidMaker, spawnServer, type ServerOptions } from './server.ts';
import { nowMs, round } from './stats.ts';

let contact = 9_000_000;

/** Milliseconds from spawn to the first webhook answered with the expected reply. */
export async function timeToFirstReply(opts: ServerOptions, timeoutMs = 60_000): Promise<number> {
  const s = await spawnServer(opts);
  const sid = sidMaker();
  try {
    const from = phoneOf(contact++ % 8_000_000);
    for (let n = 0; ; n++) {
      if (s.proc.exitCode !== null) throw new Error(`server exited: ${s.output().slice(-500)}`);
      if (nowMs() - s.spawnedAt > timeoutMs) throw new Error('no answer within the time limit');
      try {
        const r = await sendSms(s.url, from, sid(n), 'ayuda');
        if (r.status === 200 && r.messages[0] === TEXT.q1) return round(nowMs() - s.spawnedAt, 0);
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    await s.stop();
  }
}

export interface StartupResult {
  pgliteNewMs: number[];
  pgliteExistingMs: number[];
  postgresMs: number[];
}

/** `runs` starts of each kind: PGlite in a new data directory, PGlite again on it, PostgreSQL. */
export async function measureStartup(databaseUrl: string | null, runs: number): Promise<StartupResult> {
  const out: StartupResult = { pgliteNewMs: [], pgliteExistingMs: [], postgresMs: [] };
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'waypoint-start-'));
    try {
      out.pgliteNewMs.push(await timeToFirstReply({ dataDir: dir }));
      out.pgliteExistingMs.push(await timeToFirstReply({ dataDir: dir }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    if (databaseUrl) out.postgresMs.push(await timeToFirstReply({ databaseUrl }));
  }
  return out;
}
