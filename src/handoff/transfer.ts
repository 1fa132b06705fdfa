// Passing a handoff on with the person's consent ("tell your story once"). The claimer picks a
// worker or a coalition on the roster and says why; the person is asked in their language
// (src/engine/handoff.ts) and nothing moves until they say yes. On yes the new claimer's private
// conversation opens with the whole transcript, and the old claimer loses access: the desk
// refuses them, and every private post the app made for them is deleted. On no, nothing moves.
// Audited without content: who offered, to which roster id or coalition, why, and the answer.
import type { Queryable } from '../store/db.ts';
import type { EffectContext } from '../conversation/seam.ts';
import type { Effect, Output } from '../engine/types.ts';
import type { HandoffRow } from '../store/queries/getHandoff.ts';
import { getOpenHandoff } from '../store/queries/getOpenHandoff.ts';
import { getHandoff } from '../store/queries/getHandoff.ts';
import { setHandoffTransfer } from '../store/queries/setHandoffTransfer.ts';
import { passHandoff } from '../store/queries/passHandoff.ts';
import { takePrivatePosts } from '../store/queries/takePrivatePosts.ts';
import { insertConsoleJobs } from '../store/queries/insertConsoleJobs.ts';
import { insertAudit } from '../store/queries/insertAudit.ts';
import type { Roster } from './roster.ts';
import type { StaffMember, TransferTarget } from './types.ts';
import { enqueueUpdate, type HandoffDeps } from './context.ts';

export type ParsedTarget = { staff: StaffMember } | { coalition: string };

/** A target the roster knows, or null. Trainers are never a target; nor is the claimer. */
export function parseTarget(roster: Roster, to: string, claimerId: string): ParsedTarget | null {
  const m = /^(staff|coalition):(.+)$/.exec(to);
  if (!m) return null;
  if (m[1] === 'staff') {
    const staff = roster.staff.find((s) => s.id === m[2] && s.role !== 'trainer' && s.id !== claimerId);
    return staff ? { staff } : null;
  }
  const coalition = roster.coalitions.find((c) => c.id === m[2]);
  const hasLeads = roster.staff.some((s) => s.coalition === m[2] && s.role === 'lead_worker' && s.id !== claimerId);
  return coalition && hasLeads ? { coalition: coalition.id } : null;
}

/**
 * Where the claimer may pass a handoff on: lead workers and supervisors (those who speak the
 * person's language first), then coalitions with a lead worker other than the claimer.
 */
export function transferTargetsOf(roster: Roster, row: Pick<HandoffRow, 'lang'>, claimer: StaffMember): TransferTarget[] {
  const people = roster.staff.filter((s) => s.role !== 'trainer' && s.id !== claimer.id);
  const speaks = (s: StaffMember): number => (s.languages.includes(row.lang) ? 0 : 1);
  const sorted = [...people].sort((a, b) => speaks(a) - speaks(b) || a.displayName.localeCompare(b.displayName));
  const staff = sorted.map((s) => ({ to: `staff:${s.id}`, label: `${s.displayName} (${s.languages.join(', ')})` }));
  const coalitions = roster.coalitions
    .filter((c) => roster.staff.some((s) => s.coalition === c.id && s.role === 'lead_worker' && s.id !== claimer.id))
    .map((c) => ({ to: `coalition:${c.id}`, label: `Anyone at ${c.name}` }));
  return [...staff, ...coalitions];
}

/** The person's answer (the engine's `handoff_transfer` effect), carried out in their turn. */
export async function answerTransfer(d: HandoffDeps, effect: Extract<Effect, { type: 'handoff_transfer' }>, ctx: EffectContext): Promise<Output[]> {
  const open = await getOpenHandoff(ctx.q, { contactKey: ctx.contactKey });
  const row = open ? await getHandoff(ctx.q, { id: open.id, lock: 'wait' }) : null;
  if (!row || row.state !== 'claimed' || !row.transferTo || !row.claimedBy) {
    d.logger.warn({ event: 'transfer_answer_without_offer' }, 'a transfer answer with no offer waiting: nothing moved');
    return [];
  }
  if (!effect.accepted) {
    await setHandoffTransfer(ctx.q, { id: row.id, to: null, reason: null });
    await insertAudit(ctx.q, { actor: 'contact', action: 'handoff_transfer_declined', subject: row.id, detail: { to: row.transferTo }, now: ctx.now });
    await note(ctx.q, d, row.id, 'transfer_declined', ctx.now);
    return [];
  }
  const target = parseTarget(d.roster(), row.transferTo, row.claimedBy);
  if (!target) {
    // The roster changed while the person was deciding: nothing moves, and the claimer is told.
    await setHandoffTransfer(ctx.q, { id: row.id, to: null, reason: null });
    await insertAudit(ctx.q, { actor: 'system', action: 'handoff_transfer_failed', subject: row.id, detail: { to: row.transferTo, reason: 'not_on_roster' }, now: ctx.now });
    await note(ctx.q, d, row.id, 'transfer_failed', ctx.now);
    return [];
  }
  await handOver(ctx.q, d, row, target, ctx.now);
  await insertAudit(ctx.q, { actor: 'contact', action: 'handoff_transferred', subject: row.id, detail: { from: row.claimedBy, to: row.transferTo }, now: ctx.now });
  return [];
}

/** The old claimer loses access (their private posts deleted, then one note); the new one gets the conversation. */
async function handOver(q: Queryable, d: HandoffDeps, row: HandoffRow, target: ParsedTarget, now: Date): Promise<void> {
  const old = row.claimedBy!;
  const posts = await takePrivatePosts(q, { handoffId: row.id, staffId: old });
  for (const name of new Set(posts.map((p) => p.console))) {
    await insertConsoleJobs(q, { handoffId: null, consoles: [name], kind: 'forget', payload: { refs: posts.filter((p) => p.console === name) }, now });
  }
  await passHandoff(q, { id: row.id, to: 'staff' in target ? { staffId: target.staff.id } : { coalition: target.coalition }, now });
  await insertConsoleJobs(q, { handoffId: row.id, consoles: d.consoleNames(), kind: 'thread', payload: { note: 'transfer_passed', to: old }, now });
  await enqueueUpdate(q, d, row.id, now);
  if ('staff' in target) {
    // The new claimer's private conversation opens with the whole transcript, as at a claim.
    await insertConsoleJobs(q, { handoffId: row.id, consoles: d.consoleNames(), kind: 'thread', payload: { note: 'claimed' }, now });
  } else {
    // Back in line for the coalition's workers: a new card they can claim.
    await insertConsoleJobs(q, { handoffId: row.id, consoles: d.consoleNames(), kind: 'renotify', payload: {}, now });
  }
}

async function note(q: Queryable, d: HandoffDeps, handoffId: string, note: 'transfer_declined' | 'transfer_failed', now: Date): Promise<void> {
  await insertConsoleJobs(q, { handoffId, consoles: d.consoleNames(), kind: 'thread', payload: { note }, now });
}
