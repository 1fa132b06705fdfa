// The notice that a reply waits is never sent at night: not between 21:00 and 08:00 in the
// coalition's time zone (a phone that lights up at night is noticed by whoever is near it).
import { localTime, type Roster } from './roster.ts';
import { offeredTo, type Routable } from './routing.ts';

export const QUIET_FROM_MINUTE = 21 * 60;
export const QUIET_TO_MINUTE = 8 * 60;
/** With no coalition on the roster, the notice keeps Toronto's night (most of the coalitions' people are in the Eastern zone). */
export const DEFAULT_TIME_ZONE = 'America/Toronto';

export function isQuiet(at: Date, timeZone: string): boolean {
  const { minute } = localTime(at, timeZone);
  return minute >= QUIET_FROM_MINUTE || minute < QUIET_TO_MINUTE;
}

/** `at` itself outside quiet hours; else the first minute after them (08:00 local, DST-correct). */
export function notBeforeMorning(at: Date, timeZone: string): Date {
  if (!isQuiet(at, timeZone)) return at;
  const step = 60_000;
  let t = Math.ceil(at.getTime() / step) * step;
  // At most 11 hours of night (plus a DST hour): a minute grid finds 08:00 in under 800 steps.
  for (let i = 0; i < 13 * 60; i++, t += step) if (!isQuiet(new Date(t), timeZone)) return new Date(t);
  return new Date(t);
}

/** The handoff's time zone: its claimer's coalition, else the coalition it is offered to, else the first one, else the default. */
export function handoffTimeZone(roster: Roster, h: Routable & { claimedBy: string | null }): string {
  const byId = (id: string | undefined): string | undefined => roster.coalitions.find((c) => c.id === id)?.timeZone;
  const claimer = h.claimedBy ? roster.staff.find((s) => s.id === h.claimedBy) : undefined;
  return byId(claimer?.coalition) ?? byId(offeredTo(roster, h)[0]?.coalition) ?? roster.coalitions[0]?.timeZone ?? DEFAULT_TIME_ZONE;
}
