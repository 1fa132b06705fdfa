// How a session is stored (sessions.state, jsonb) and read back.
//
// Stored form v2: positions as "flow.node" (flow and node ids never contain a dot), and every
// field at its default left out. A session then stores in half the bytes of the engine's
// object, and JSON text of half the size parses and prints in half the time (bench/engine.ts
// keeps its sessions in this form too). Version 1, the engine's object as it is, is still read.
import { z } from 'zod';
import { parseRef, refOf } from '../engine/session.ts';
import { TRANSFER_REASONS, type Session, type TransferReason } from '../engine/types.ts';

const status = z.enum(['new', 'active', 'ended', 'stopped']);
const handoff = z.enum(['queued', 'claimed']);
const transfer = z.strictObject({ reason: z.enum(TRANSFER_REASONS as [TransferReason, ...TransferReason[]]), group: z.boolean() });
const position = z.object({ flow: z.string(), node: z.string() });
/** "flow.node", as node references are written in flows. */
const ref = z.string().regex(/^[^.]+\.[^.]+$/);

/** Version 1: the engine's object as it is (sessions stored before v2). */
const storedV1 = z.object({
  v: z.literal(1),
  status,
  at: position.nullable(),
  lang: z.string().nullable(),
  vars: z.record(z.string(), z.string()),
  stack: z.array(position),
  back: z.array(position),
  retries: z.number().int(),
  topics: z.array(z.string()),
  // Stored before the notice was said once for each language: taken as said in `lang`.
  draftNoticeShown: z.boolean().optional(),
  draftNotices: z.array(z.string()).optional(),
  turns: z.number().int(),
  // Sessions stored before handoffs existed have no owner field: the assistant owns them.
  handoff: handoff.nullable().default(null),
  pendingTopic: z.string().nullable().default(null),
  suggested: z.array(z.string()).default([]),
  offeredLang: z.string().nullable().default(null),
  askedIn: z.array(z.string()).default([]),
  transfer: transfer.nullable().default(null),
});

/** Version 2: compact; an absent field is at its default. */
const storedV2 = z.strictObject({
  v: z.literal(2),
  status,
  at: ref.optional(),
  lang: z.string().optional(),
  vars: z.record(z.string(), z.string()).optional(),
  stack: z.array(ref).optional(),
  back: z.array(ref).optional(),
  retries: z.number().int().optional(),
  topics: z.array(z.string()).optional(),
  // Stored before the notice was said once for each language: taken as said in `lang`.
  draftNoticeShown: z.literal(true).optional(),
  draftNotices: z.array(z.string()).optional(),
  turns: z.number().int(),
  handoff: handoff.optional(),
  pendingTopic: z.string().optional(),
  suggested: z.array(z.string()).optional(),
  offeredLang: z.string().optional(),
  askedIn: z.array(z.string()).optional(),
  transfer: transfer.optional(),
});

export type StoredSession = z.infer<typeof storedV2>;

/** The stored form of a session (what endTurn and saveSession write). */
export function encodeSession(s: Session): StoredSession {
  const out: StoredSession = { v: 2, status: s.status, turns: s.turns };
  if (s.at) out.at = refOf(s.at);
  if (s.lang !== null) out.lang = s.lang;
  if (Object.keys(s.vars).length) out.vars = s.vars;
  if (s.stack.length) out.stack = s.stack.map(refOf);
  if (s.back.length) out.back = s.back.map(refOf);
  if (s.retries) out.retries = s.retries;
  if (s.topics.length) out.topics = s.topics;
  if (s.draftNotices.length) out.draftNotices = s.draftNotices;
  if (s.handoff) out.handoff = s.handoff;
  if (s.pendingTopic !== null) out.pendingTopic = s.pendingTopic;
  if (s.suggested.length) out.suggested = s.suggested;
  if (s.offeredLang !== null) out.offeredLang = s.offeredLang;
  if (s.askedIn.length) out.askedIn = s.askedIn;
  if (s.transfer) out.transfer = s.transfer;
  return out;
}

/** A session from its stored v2 form, already checked (or written by encodeSession). */
export function decodeSession(s: StoredSession): Session {
  return {
    v: 1,
    status: s.status,
    at: s.at === undefined ? null : parseRef(s.at),
    lang: s.lang ?? null,
    vars: s.vars ?? {},
    stack: s.stack ? s.stack.map(parseRef) : [],
    back: s.back ? s.back.map(parseRef) : [],
    retries: s.retries ?? 0,
    topics: s.topics ?? [],
    draftNotices: s.draftNotices ?? (s.draftNoticeShown && s.lang ? [s.lang] : []),
    turns: s.turns,
    handoff: s.handoff ?? null,
    pendingTopic: s.pendingTopic ?? null,
    suggested: s.suggested ?? [],
    offeredLang: s.offeredLang ?? null,
    askedIn: s.askedIn ?? [],
    transfer: s.transfer ? { ...s.transfer } : null,
  };
}

/** Stored sessions are checked on load: a row from an older or broken version starts afresh. */
export function parseSession(state: unknown): Session | null {
  const v = (state as { v?: unknown } | null)?.v;
  if (v === 2) {
    const r = storedV2.safeParse(state);
    return r.success ? decodeSession(r.data) : null;
  }
  const r = storedV1.safeParse(state);
  if (!r.success) return null;
  const { draftNoticeShown, draftNotices, ...v1 } = r.data;
  return { ...v1, draftNotices: draftNotices ?? (draftNoticeShown && v1.lang ? [v1.lang] : []) };
}
