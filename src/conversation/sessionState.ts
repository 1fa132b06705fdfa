import { z } from 'zod';
import type { Session } from '../engine/types.ts';

const position = z.object({ flow: z.string(), node: z.string() });

/** Stored sessions are checked on load: a row from an older or broken version starts afresh. */
export const sessionSchema = z.object({
  v: z.literal(1),
  status: z.enum(['new', 'active', 'ended', 'stopped']),
  at: position.nullable(),
  lang: z.string().nullable(),
  vars: z.record(z.string(), z.string()),
  stack: z.array(position),
  back: z.array(position),
  retries: z.number().int(),
  topics: z.array(z.string()),
  draftNoticeShown: z.boolean(),
  turns: z.number().int(),
  // Sessions stored before handoffs existed have no owner field: the assistant owns them.
  handoff: z.enum(['queued', 'claimed']).nullable().default(null),
  pendingTopic: z.string().nullable().default(null),
  suggested: z.array(z.string()).default([]),
  offeredLang: z.string().nullable().default(null),
});

export function parseSession(state: unknown): Session | null {
  const r = sessionSchema.safeParse(state);
  return r.success ? r.data : null;
}
