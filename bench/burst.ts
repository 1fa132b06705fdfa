// The burst, the crash and the two-process soak: many contacts each sending a few SMS within a
// window, with duplicated and out-of-order deliveries, retried on failure as platforms retry.
// Afterwards every message must have been answered exactly once (counted on the client), have
// one inbox row, and every session must have counted exactly the messages its contact sent.
import pg from 'pg';
import { parseSession } from '../src/conversation/sessionState.ts';
import { userTurns } from './dialog.mjs';
import { phoneOf, post, signTwilio, SMS_PATH, smsParams, twimlMessages, type ServerChild } from './server.ts';
import { latency, nowMs, round, type Latency } from './stats.ts';

export interface BurstOptions {
  contacts: number;
  messagesPerContact: number;
  windowSeconds: number;
  /** Share of messages delivered twice (half of those at the same instant, half within 3 s). */
  duplicateRate: number;
  /** Share of contacts whose second and third messages arrive swapped. */
  outOfOrderRate: number;
  /** Where deliveries go: one server, or several on one database (chosen at random). */
  servers: () => ServerChild[];
  /** The crash test: once this share of deliveries has been sent, kill the server, then start it again. */
  crash?: { fraction: number; kill: () => Promise<void>; restart: () => Promise<void> };
  seed?: number;
}

interface Delivery {
  due: number;
  contact: number;
  sid: string;
  text: string;
}

export interface BurstResult {
  messages: number;
  deliveries: number;
  duplicates: number;
  outOfOrderContacts: number;
  retries: number;
  answeredOnce: number;
  lost: number;
  doubled: number;
  /**
   * Of `doubled`: messages answered by the killed process and again by the next one. Its
   * response went out but the process died before recording so (the reply is marked delivered
   * just after the response), and a copy then sent the stored reply: a second copy of an
   * answer, by design, rather than a lost one (docs/DESIGN.md, one reply per message).
   */
  doubledAcrossCrash: number;
  non200: Record<string, number>;
  inboxRows: number;
  sessions: number;
  sessionsWithWrongTurns: number;
  unreadableSessions: number;
  offeredSeconds: number;
  drainedSeconds: number;
  latency: Latency;
}

/** A small deterministic generator, so a failing run can be repeated. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function plan(o: BurstOptions, rnd: () => number): { deliveries: Delivery[]; messages: number; swapped: number } {
  const run = Math.floor(rnd() * 0xffffffff).toString(16).padStart(8, '0');
  const out: Delivery[] = [];
  const span = o.windowSeconds * 1000;
  const gap = Math.min(2000, span / (o.messagesPerContact * 4));
  let messages = 0;
  let swapped = 0;
  for (let c = 0; c < o.contacts; c++) {
    const base = rnd() * (span - gap * (o.messagesPerContact + 1));
    const times = Array.from({ length: o.messagesPerContact }, (_, m) => base + m * gap + rnd() * gap * 0.5);
    if (o.messagesPerContact >= 3 && rnd() < o.outOfOrderRate) {
      [times[1], times[2]] = [times[2]!, times[1]!];
      swapped++;
    }
    for (let m = 0; m < o.messagesPerContact; m++) {
      const sid = `SM${run}${(c * 16 + m).toString(16).padStart(24, '0')}`;
      const d = { due: times[m]!, contact: c, sid, text: userTurns(c)[m % 6]! };
      out.push(d);
      messages++;
      if (rnd() < o.duplicateRate) out.push({ ...d, due: d.due + (rnd() < 0.5 ? 0 : rnd() * 3000) });
    }
  }
  out.sort((a, b) => a.due - b.due);
  return { deliveries: out, messages, swapped };
}

/** Empty the tables the soak counts (the soak database is its own). */
export async function resetDatabase(url: string): Promise<void> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    await db.query('truncate contacts, counters cascade');
  } finally {
    await db.end();
  }
}

export async function burst(url: string, o: BurstOptions): Promise<BurstResult> {
  const rnd = random(o.seed ?? 42);
  const { deliveries, messages, swapped } = plan(o, rnd);
  // When each answer reached the client (ms from the start), per message.
  const replies = new Map<string, number[]>();
  // When the kill was ordered and when the process was gone (ms from the start).
  let killed: { from: number; to: number } | undefined;
  const non200: Record<string, number> = {};
  const lat: number[] = [];
  let retries = 0;
  const inflight = new Set<Promise<void>>();
  const deliver = async (d: Delivery, t0: number): Promise<void> => {
    const params = smsParams(phoneOf(d.contact), d.sid, d.text);
    const body = new URLSearchParams(params).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signTwilio(params) };
    // Retried until a 2xx/4xx answer, as a platform retries a webhook that failed: every 500 ms
    // after a dropped connection or a 5xx; after a refusal with Retry-After (load shedding), that
    // long, doubling with each refusal of the same delivery (at most 30 s), with jitter — as
    // platforms back off. Retrying a shed delivery every 500 ms would be a retry storm.
    let refusals = 0;
    for (;;) {
      const live = o.servers();
      const s = live[Math.floor(rnd() * live.length)]!;
      try {
        const r = await post(s.url, SMS_PATH, body, headers);
        if (r.status >= 500 && r.retryAfter !== undefined) {
          non200[r.status] = (non200[r.status] ?? 0) + 1;
          retries++;
          const wait = Math.min(30_000, r.retryAfter * 1000 * 2 ** refusals++) * (0.5 + rnd());
          await new Promise((res) => setTimeout(res, wait));
          continue;
        }
        if (r.status >= 500) throw new Error(String(r.status));
        if (r.status !== 200) non200[r.status] = (non200[r.status] ?? 0) + 1;
        if (twimlMessages(r.body).length > 0) replies.set(d.sid, [...(replies.get(d.sid) ?? []), nowMs() - t0]);
        lat.push(nowMs() - t0 - d.due);
        return;
      } catch (e) {
        const why = (e as Error).message;
        if (/^\d+$/.test(why)) non200[why] = (non200[why] ?? 0) + 1;
        retries++;
        await new Promise((r) => setTimeout(r, 500));
      }
    }
  };
  const t0 = nowMs();
  let fired = false;
  // The crash, kept so its restart is waited for (and its failure reported) before the figures.
  let crashed: Promise<void> | null = null;
  for (let n = 0; n < deliveries.length; n++) {
    const d = deliveries[n]!;
    const wait = t0 + d.due - nowMs();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    if (o.crash && !fired && n >= deliveries.length * o.crash.fraction) {
      fired = true;
      const { kill, restart } = o.crash;
      const from = nowMs() - t0;
      crashed = kill().then(() => {
        killed = { from, to: nowMs() - t0 };
        return restart();
      });
      // Caught here and rethrown below, so a failed restart is not an unhandled rejection meanwhile.
      crashed.catch(() => undefined);
    }
    const p = deliver(d, t0).finally(() => inflight.delete(p));
    inflight.add(p);
  }
  const offered = (nowMs() - t0) / 1000;
  while (inflight.size > 0) await Promise.all([...inflight]);
  if (crashed) await crashed.catch((e: unknown) => {
    throw new Error(`burst: the crash phase's kill or restart failed: ${(e as Error).message}`);
  });
  const drained = (nowMs() - t0) / 1000;

  const sids = new Set(deliveries.map((d) => d.sid));
  let once = 0;
  let lost = 0;
  let doubled = 0;
  let doubledAcrossCrash = 0;
  for (const sid of sids) {
    const times = replies.get(sid) ?? [];
    if (times.length === 1) once++;
    else if (times.length === 0) lost++;
    else {
      doubled++;
      if (killed && answeredAcrossCrash(times, killed)) doubledAcrossCrash++;
    }
  }
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  let inboxRows = 0;
  let sessions = 0;
  let wrongTurns = 0;
  let unreadable = 0;
  try {
    inboxRows = Number((await db.query<{ n: string }>("select count(*) as n from inbox where channel = 'sms'")).rows[0]!.n);
    const rows = (await db.query<{ state: unknown }>('select state from sessions')).rows;
    sessions = rows.length;
    for (const { state } of rows) {
      // Read back as the server reads it (zod-checked); one that fails would start afresh.
      const session = parseSession(state);
      if (!session) unreadable++;
      else if (session.turns !== o.messagesPerContact) wrongTurns++;
    }
  } finally {
    await db.end();
  }
  return {
    messages,
    deliveries: deliveries.length,
    duplicates: deliveries.length - messages,
    outOfOrderContacts: swapped,
    retries,
    answeredOnce: once,
    lost,
    doubled,
    doubledAcrossCrash,
    non200,
    inboxRows,
    sessions,
    sessionsWithWrongTurns: wrongTurns,
    unreadableSessions: unreadable,
    offeredSeconds: round(offered, 1),
    drainedSeconds: round(drained, 1),
    latency: latency(lat),
  };
}

/**
 * Twice, once by the process that was killed and once by the next: the first answer reached
 * the client in the last moments before the kill (2 s, for a response in flight under load) or
 * while it was under way, the second after the process was gone.
 */
export function answeredAcrossCrash(times: number[], killed: { from: number; to: number }): boolean {
  const [first, second] = [...times].sort((a, b) => a - b);
  return times.length === 2 && first! >= killed.from - 2000 && first! <= killed.to && second! > killed.to;
}

/** At most this many messages answered again across a kill -9 (the window is a few ms wide). */
export const MAX_DOUBLED_ACROSS_CRASH = 3;

/** What must hold after a burst: none lost, none doubled but across a crash (a few at most), every row and session as sent. */
export function burstProblems(r: BurstResult, contacts: number): string[] {
  const p: string[] = [];
  if (r.lost) p.push(`${r.lost} messages never answered`);
  const doubled = r.doubled - r.doubledAcrossCrash;
  if (doubled) p.push(`${doubled} messages answered more than once`);
  if (r.doubledAcrossCrash > MAX_DOUBLED_ACROSS_CRASH) p.push(`${r.doubledAcrossCrash} messages answered again across the kill (at most ${MAX_DOUBLED_ACROSS_CRASH})`);
  if (r.inboxRows !== r.messages) p.push(`${r.inboxRows} inbox rows for ${r.messages} messages`);
  if (r.sessions !== contacts) p.push(`${r.sessions} sessions for ${contacts} contacts`);
  if (r.sessionsWithWrongTurns) p.push(`${r.sessionsWithWrongTurns} sessions whose turn count differs from the messages sent`);
  if (r.unreadableSessions) p.push(`${r.unreadableSessions} sessions that do not read back`);
  return p;
}
