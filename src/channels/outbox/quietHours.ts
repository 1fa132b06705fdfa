// The notice that a reply waits is never sent at night: not between 21:00 and 08:00 in the
// coalition's time zone (a phone that lights up at night is noticed by whoever is near it).
// The time zone is the handoff's (src/handoff/routing.ts, handoffTimeZone), carried in the
// notice's payload.

export const QUIET_FROM_MINUTE = 21 * 60;
export const QUIET_TO_MINUTE = 8 * 60;

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes since local midnight (Intl: DST-correct, no dependency). */
function localMinute(at: Date, timeZone: string): number {
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return Number(parts.hour) * 60 + Number(parts.minute);
}

export function isQuiet(at: Date, timeZone: string): boolean {
  const minute = localMinute(at, timeZone);
  return minute >= QUIET_FROM_MINUTE || minute < QUIET_TO_MINUTE;
}

/** `at` itself outside quiet hours; else the first minute after them (08:00 local, DST-correct). */
export function notBeforeMorning(at: Date, timeZone: string): Date {
  if (!isQuiet(at, timeZone)) return at;
  const step = 60_000;
  let t = Math.ceil(at.getTime() / step) * step;
  // At most 11 hours of night (plus a DST hour): a minute grid reaches 08:00 in under 800 steps.
  for (let i = 0; i < 13 * 60 && isQuiet(new Date(t), timeZone); i++) t += step;
  return new Date(t);
}
