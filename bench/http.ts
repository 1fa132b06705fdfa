// Whole turns over HTTP: Twilio-signed webhooks on loopback through signature check, dedupe,
// session lock, step, save and the TwiML reply, against a server child on real PostgreSQL.
// Beside it, the database server's own ceiling on the same cluster: pgbench's simple-update
// workload (-N) at the same client count.
import { spawnSync } from 'node:child_process';
import { findBin } from '../scripts/pg-cluster.js';
import { expectedReplies, sameReplies, userTurns, TURNS } from './dialog.mjs';
import { phoneOf, sendSms, sidMaker, type ServerChild } from './server.ts';
import { latency, machineCpu, nowMs, round, type Latency } from './stats.ts';

export interface LoadResult {
  turns: number;
  seconds: number;
  turnsPerS: number;
  latency: Latency;
  wrong: number;
  errors: number;
  /** Machine CPU (all processes) per turn, ms; null where /proc/stat is missing. */
  cpuMsPerTurn?: number | null;
}

/** Numbers conversation indexes so runs against one database never share a contact. */
let nextConversation = 1;
export const reserveConversations = (n: number): number => {
  const first = nextConversation;
  nextConversation += n;
  return first;
};

/** The first few wrong answers of this process, for the report. */
export const wrongSamples: string[] = [];

/** Turns whose question has choices: SMS shows them as numbered text after the question. */
const WITH_CHOICES = new Set([1, 3, 4]);

/** What the SMS channel sends for turn k of conversation i: one message, parts joined by blank lines. */
export function expectedSms(i: number, k: number): string {
  return expectedReplies(i)[k]!.join('\n\n') + (WITH_CHOICES.has(k) ? '\n\n1. si\n2. no' : '');
}

/** A conversation's next turn over HTTP, checked against the script. */
async function turn(url: string, i: number, k: number, sid: (n: number) => string): Promise<{ ok: boolean; ms: number; error: boolean }> {
  try {
    const r = await sendSms(url, phoneOf(i), sid(i * TURNS + k), userTurns(i)[k]!);
    if (r.status !== 200 || r.messages.join('\n\n') !== expectedSms(i, k)) {
      // Kept for the report: the status and the message count (never the text).
      if (wrongSamples.length < 5) wrongSamples.push(`turn ${k + 1}: status ${r.status}, ${r.messages.length} messages`);
    }
    return { ok: r.status === 200 && sameReplies([r.messages.join('\n\n')], [expectedSms(i, k)]), ms: r.ms, error: r.status >= 500 };
  } catch (e) {
    if (wrongSamples.length < 5) wrongSamples.push(`turn ${k + 1}: ${(e as Error).message}`);
    return { ok: false, ms: NaN, error: true };
  }
}

/** `clients` conversations at a time, each turn sent as soon as the last one was answered. */
export async function closedLoop(s: ServerChild, clients: number, seconds: number): Promise<LoadResult> {
  const sid = sidMaker();
  const first = reserveConversations(1_000_000);
  let next = first;
  const lat: number[] = [];
  let wrong = 0;
  let errors = 0;
  const cpu = machineCpu();
  const t0 = nowMs();
  const deadline = t0 + seconds * 1000;
  const client = async (): Promise<void> => {
    while (nowMs() < deadline) {
      const i = next++;
      for (let k = 0; k < TURNS && nowMs() < deadline; k++) {
        const r = await turn(s.url, i, k, sid);
        if (!r.ok) wrong++;
        if (r.error) errors++;
        if (Number.isFinite(r.ms)) lat.push(r.ms);
        if (!r.ok) break;
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const took = (nowMs() - t0) / 1000;
  const cpuMsPerTurn = cpu.msPer(lat.length);
  nextConversation = next;
  return { turns: lat.length, seconds: round(took, 2), turnsPerS: Math.round(lat.length / took), latency: latency(lat), wrong, errors, cpuMsPerTurn };
}

/**
 * An open-loop rate test: a turn is due every 1/rate s whatever the answers, each from a
 * conversation not waiting for a reply. Latency counts from when the turn was due, so a
 * server that falls behind shows it (no coordinated omission).
 */
export async function openLoop(s: ServerChild, rate: number, seconds: number): Promise<LoadResult & { offered: number }> {
  const sid = sidMaker();
  const idle: { i: number; k: number }[] = [];
  const fresh = (): { i: number; k: number } => ({ i: nextConversation++, k: 0 });
  const lat: number[] = [];
  let wrong = 0;
  let errors = 0;
  const inflight = new Set<Promise<void>>();
  const total = Math.round(rate * seconds);
  const t0 = nowMs();
  for (let n = 0; n < total; n++) {
    const due = t0 + (n * 1000) / rate;
    const wait = due - nowMs();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const c = idle.shift() ?? fresh();
    const p = turn(s.url, c.i, c.k, sid).then((r) => {
      lat.push(nowMs() - due);
      if (!r.ok) wrong++;
      if (r.error) errors++;
      if (r.ok && c.k + 1 < TURNS) idle.push({ i: c.i, k: c.k + 1 });
      inflight.delete(p);
    });
    inflight.add(p);
  }
  await Promise.all(inflight);
  const took = (nowMs() - t0) / 1000;
  return { offered: rate, turns: lat.length, seconds: round(took, 2), turnsPerS: Math.round(lat.length / took), latency: latency(lat), wrong, errors };
}

export interface PgbenchResult {
  tps: number;
  latencyMs: number;
  /** Machine CPU (pgbench and PostgreSQL) per transaction, ms; null where /proc/stat is missing. */
  cpuMsPerTx: number | null;
}

/** pgbench -N (simple update) on a scratch database of the same cluster. */
export function pgbench(port: number, clients: number, seconds: number): PgbenchResult | { skipped: string } {
  const bin = findBin('pgbench');
  const psql = findBin('psql');
  if (!bin || !psql) return { skipped: 'pgbench or psql not found (apt-get install postgresql)' };
  const conn = ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'];
  spawnSync(psql, [...conn, '-d', 'postgres', '-qc', 'drop database if exists pgbench'], { encoding: 'utf8' });
  const created = spawnSync(psql, [...conn, '-d', 'postgres', '-qc', 'create database pgbench'], { encoding: 'utf8' });
  if (created.status !== 0) return { skipped: `createdb failed: ${created.stderr.trim()}` };
  const init = spawnSync(bin, [...conn, '-i', '-q', '-s', '10', 'pgbench'], { encoding: 'utf8' });
  if (init.status !== 0) return { skipped: `pgbench -i failed: ${init.stderr.trim().split('\n').slice(-1)[0]}` };
  const cpu = machineCpu();
  const r = spawnSync(bin, [...conn, '-N', '-c', String(clients), '-j', '2', '-T', String(seconds), 'pgbench'], { encoding: 'utf8' });
  const txs = Number(/number of transactions actually processed: (\d+)/.exec(r.stdout)?.[1] ?? NaN);
  const cpuMsPerTx = cpu.msPer(txs);
  spawnSync(psql, [...conn, '-d', 'postgres', '-qc', 'drop database if exists pgbench'], { encoding: 'utf8' });
  const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(r.stdout)?.[1];
  const lat = /latency average = ([\d.]+) ms/.exec(r.stdout)?.[1];
  if (r.status !== 0 || !tps) return { skipped: `pgbench failed: ${(r.stderr || r.stdout).trim().split('\n').slice(-1)[0]}` };
  return { tps: Math.round(Number(tps)), latencyMs: Number(lat), cpuMsPerTx };
}
