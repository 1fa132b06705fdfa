// Who is offered a handoff. Urgency orders the queue (urgent first); a coalition it was passed
// on to, then language, then topic, decide who sees it: staff whose languages include the handoff's — or every lead worker when
// nobody on the roster speaks it — and whose topics match (no topics = all). Supervisors see all.
import type { StaffMember } from './types.ts';
import { onShift, nextOnShift, type Roster } from './roster.ts';

export interface Routable {
  lang: string;
  topics: string[];
  /** Passed on to a coalition (with the person's consent): only its workers are offered it. */
  offeredCoalition?: string | null;
}

const topicMatch = (s: StaffMember, h: Routable): boolean => s.topics.length === 0 || h.topics.length === 0 || h.topics.some((t) => s.topics.includes(t));

/** Lead workers offered this handoff. */
export function offeredTo(roster: Roster, h: Routable): StaffMember[] {
  const all = roster.staff.filter((s) => s.role === 'lead_worker');
  const ofCoalition = h.offeredCoalition ? all.filter((s) => s.coalition === h.offeredCoalition) : [];
  // A coalition left with no lead worker on the roster must not strand the person: everyone's again.
  const leads = ofCoalition.length > 0 ? ofCoalition : all;
  const speakers = leads.filter((s) => s.languages.includes(h.lang));
  const pool = speakers.length > 0 ? speakers : leads;
  const byTopic = pool.filter((s) => topicMatch(s, h));
  // A topic nobody on the pool takes must not strand the person: the language pool gets it.
  return byTopic.length > 0 ? byTopic : pool;
}

/** May this person see (and claim) the handoff? */
export function isOffered(roster: Roster, staff: StaffMember, h: Routable): boolean {
  if (staff.role === 'supervisor') return true;
  if (staff.role !== 'lead_worker') return false;
  return offeredTo(roster, h).some((s) => s.id === staff.id);
}

/**
 * Is someone on shift for this handoff now? The coalitions of the staff it is offered to (or
 * every coalition when it is offered to nobody). No coalitions configured: always in hours.
 */
export function inHours(roster: Roster, h: Routable, now: Date): { open: boolean; opensAt: Date | null; timeZone: string | null } {
  if (roster.coalitions.length === 0) return { open: true, opensAt: null, timeZone: null };
  const ids = new Set(offeredTo(roster, h).map((s) => s.coalition));
  const coalitions = ids.size > 0 ? roster.coalitions.filter((c) => ids.has(c.id)) : roster.coalitions;
  if (coalitions.some((c) => onShift(c, now))) return { open: true, opensAt: null, timeZone: null };
  let best: { at: Date; tz: string } | null = null;
  for (const c of coalitions) {
    const at = nextOnShift(c, now);
    if (at && (!best || at < best.at)) best = { at, tz: c.timeZone };
  }
  return { open: false, opensAt: best?.at ?? null, timeZone: best?.tz ?? null };
}

/** With no coalition on the roster, the Eastern time zone (Toronto) keeps the night for the notice. */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

/** The handoff's time zone: its claimer's coalition, else the coalition it is offered to, else the first one, else the default. */
export function handoffTimeZone(roster: Roster, h: Routable & { claimedBy: string | null }): string {
  const byId = (id: string | undefined): string | undefined => roster.coalitions.find((c) => c.id === id)?.timeZone;
  const claimer = h.claimedBy ? roster.staff.find((s) => s.id === h.claimedBy) : undefined;
  return byId(claimer?.coalition) ?? byId(offeredTo(roster, h)[0]?.coalition) ?? roster.coalitions[0]?.timeZone ?? DEFAULT_TIME_ZONE;
}
