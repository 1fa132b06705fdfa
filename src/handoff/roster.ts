// The roster: who may answer handoffs, in which languages and topics, and when each coalition
// is on shift. A YAML file (ROSTER_FILE, default config/roster.yaml; see
// config/roster.example.yaml), validated with zod; each problem names file:line.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseYaml, validate } from '../data/yamlFile.ts';
import type { Problem } from '../data/errors.ts';
import { ConfigError } from '../configError.ts';
import type { StaffIdentity, StaffMember } from './types.ts';

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];

const span = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'must be "HH:MM-HH:MM", e.g. "09:00-17:00"')
  .refine((s) => s.slice(0, 5) < s.slice(6), 'must end after it starts (split a night shift into two days)');

const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone, e.g. America/Toronto');

const coalitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, "-" or "_"'),
  name: z.string().min(1).optional(),
  time_zone: timeZone,
  /** Per weekday, the on-shift spans in the coalition's time zone; a missing day is off. */
  hours: z.partialRecord(z.enum(DAYS), z.array(span)).default({}),
});

const staffSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'must be lower-case letters, digits, ".", "-" or "_" (it goes in the audit log)'),
  display_name: z.string().min(1),
  role: z.enum(['lead_worker', 'supervisor', 'trainer']),
  languages: z.array(z.string().min(2)).min(1),
  topics: z.array(z.string()).default([]),
  coalition: z.string(),
  slack_user_id: z.string().min(1).optional(),
  teams_user_id: z.string().min(1).optional(),
});

const rosterSchema = z.strictObject({
  coalitions: z.array(coalitionSchema).default([]),
  staff: z.array(staffSchema).default([]),
});

export interface Coalition {
  id: string;
  name: string;
  timeZone: string;
  hours: Partial<Record<Day, { from: number; to: number }[]>>;
}

export interface Roster {
  file: string | null;
  staff: StaffMember[];
  coalitions: Coalition[];
}

/** A configuration error (ROSTER_FILE): one line naming file:line for each problem. */
export class RosterError extends ConfigError {
  override readonly code = 'roster_invalid';
  constructor(problems: Problem[]) {
    super(problems, `roster is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'})`);
    this.name = 'RosterError';
  }
}

export const EMPTY_ROSTER: Roster = { file: null, staff: [], coalitions: [] };

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Parse roster text; throws RosterError naming file:line for every problem. */
export function parseRoster(file: string, text: string): Roster {
  const { yaml, problems } = parseYaml(file, text);
  if (!yaml) throw new RosterError(problems);
  const v = validate(yaml, rosterSchema);
  if (!v.value) throw new RosterError(v.problems);
  const data = v.value;
  const more: Problem[] = [];
  const coalitionIds = new Set<string>();
  data.coalitions.forEach((c, i) => {
    if (coalitionIds.has(c.id)) more.push({ file, line: yaml.lineOf(['coalitions', i, 'id']), message: `coalition "${c.id}" appears twice` });
    coalitionIds.add(c.id);
  });
  const seen = new Map<string, string>();
  data.staff.forEach((s, i) => {
    const at = (k: string): number | undefined => yaml.lineOf(['staff', i, k]);
    if (!coalitionIds.has(s.coalition)) more.push({ file, line: at('coalition'), message: `staff "${s.id}": unknown coalition "${s.coalition}"` });
    for (const [key, label] of [
      [s.id, 'id'],
      [s.slack_user_id && `slack:${s.slack_user_id}`, 'slack_user_id'],
      [s.teams_user_id && `teams:${s.teams_user_id}`, 'teams_user_id'],
    ] as const) {
      if (!key) continue;
      if (seen.has(key)) more.push({ file, line: at(label), message: `staff "${s.id}": ${label} is also ${seen.get(key)}'s` });
      else seen.set(key, s.id);
    }
  });
  if (more.length) throw new RosterError(more);
  return {
    file,
    coalitions: data.coalitions.map((c) => ({
      id: c.id,
      name: c.name ?? c.id,
      timeZone: c.time_zone,
      hours: Object.fromEntries(Object.entries(c.hours).map(([d, spans]) => [d, (spans ?? []).map((s) => ({ from: minutes(s), to: minutes(s.slice(6)) }))])),
    })),
    staff: data.staff.map((s) => ({
      id: s.id,
      displayName: s.display_name,
      role: s.role,
      languages: s.languages,
      topics: s.topics,
      coalition: s.coalition,
      ...(s.slack_user_id ? { slackUserId: s.slack_user_id } : {}),
      ...(s.teams_user_id ? { teamsUserId: s.teams_user_id } : {}),
    })),
  };
}

/** Load ROSTER_FILE when it exists; no file is an empty roster (nobody can claim, always "in hours"). */
export function loadRoster(file: string): Roster {
  if (!existsSync(file)) return { ...EMPTY_ROSTER, file: null };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError({ variable: 'ROSTER_FILE', file, message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
  }
  return parseRoster(file, text);
}

/** A console user → the roster entry, or null (refused as unknown_staff). */
export function findStaff(roster: Roster, who: StaffIdentity): StaffMember | null {
  return roster.staff.find((s) => (who.platform === 'slack' ? s.slackUserId : s.teamsUserId) === who.userId) ?? null;
}

// ---------------------------------------------------------------- hours

const weekdayFormat = new Map<string, Intl.DateTimeFormat>();
/** The weekday and minute of the day at `at` in a time zone (Intl: no dependency, DST-correct). */
export function localTime(at: Date, timeZone: string): { day: Day; minute: number } {
  let f = weekdayFormat.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    weekdayFormat.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  const day = String(parts.weekday).slice(0, 3).toLowerCase() as Day;
  return { day, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

export function onShift(c: Coalition, at: Date): boolean {
  const { day, minute } = localTime(at, c.timeZone);
  return (c.hours[day] ?? []).some((s) => minute >= s.from && minute < s.to);
}

/** The first minute (on a 5-minute grid, within 8 days) at which the coalition is on shift; null if never. */
export function nextOnShift(c: Coalition, after: Date): Date | null {
  const step = 5 * 60_000;
  const start = Math.ceil(after.getTime() / step) * step;
  for (let t = start; t < after.getTime() + 8 * 24 * 3_600_000; t += step) {
    const d = new Date(t);
    if (onShift(c, d)) return d;
  }
  return null;
}
