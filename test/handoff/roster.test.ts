// The roster file: zod-validated with file:line errors; routing by language then topic; hours by time zone.
import { expect, it } from 'vitest';
import { parseRoster, RosterError, onShift, loadRoster } from '../../src/handoff/roster.ts';
import { inHours, isOffered, offeredTo } from '../../src/handoff/routing.ts';
import { whenOpens } from '../../src/handoff/effects.ts';

const YAML = `coalitions:
  - id: east
    time_zone: America/Toronto
    hours:
      mon: ["09:00-17:00"]
staff:
  - id: lw-a
    display_name: A
    role: lead_worker
    languages: [es]
    topics: [wages]
    coalition: east
  - id: lw-b
    display_name: B
    role: lead_worker
    languages: [en]
    coalition: east
  - id: sup
    display_name: S
    role: supervisor
    languages: [en]
    coalition: east
`;

it('the example roster loads', () => {
  expect(loadRoster('config/roster.example.yaml').staff.length).toBeGreaterThan(0);
  expect(loadRoster('config/does-not-exist.yaml').staff).toEqual([]);
});

it('problems name file and line', () => {
  const bad = YAML.replace('role: lead_worker\n    languages: [en]', 'role: boss\n    languages: [en]').replace('America/Toronto', 'Mars/Olympus');
  const e = (() => {
    try {
      parseRoster('roster.yaml', bad);
    } catch (err) {
      return err;
    }
    return null;
  })();
  expect(e).toBeInstanceOf(RosterError);
  expect((e as Error).message).toMatch(/roster\.yaml:3: .*time zone/);
  expect((e as Error).message).toMatch(/roster\.yaml:15: .*role/);
});

it('routes by language, then topic; nobody speaks it → every lead worker; supervisors see all', () => {
  const r = parseRoster('r.yaml', YAML);
  expect(offeredTo(r, { lang: 'es', topics: ['wages'] }).map((s) => s.id)).toEqual(['lw-a']);
  expect(offeredTo(r, { lang: 'es', topics: ['housing'] }).map((s) => s.id)).toEqual(['lw-a']);
  expect(offeredTo(r, { lang: 'pa', topics: [] }).map((s) => s.id)).toEqual(['lw-a', 'lw-b']);
  expect(isOffered(r, r.staff[1]!, { lang: 'es', topics: [] })).toBe(false);
  expect(isOffered(r, r.staff[2]!, { lang: 'es', topics: [] })).toBe(true);
});

it('hours in the coalition time zone (Monday 9–17 Toronto), and when the next shift starts', () => {
  const r = parseRoster('r.yaml', YAML);
  const c = r.coalitions[0]!;
  expect(onShift(c, new Date('2026-03-02T14:30:00Z'))).toBe(true); // Mon 09:30 EST
  expect(onShift(c, new Date('2026-03-02T13:30:00Z'))).toBe(false); // Mon 08:30 EST
  const sunday = new Date('2026-03-01T20:00:00Z');
  const h = inHours(r, { lang: 'en', topics: [] }, sunday);
  expect(h.open).toBe(false);
  expect(h.opensAt?.toISOString()).toBe('2026-03-02T14:00:00.000Z');
  expect(whenOpens(sunday, h.opensAt, h.timeZone)).toBe('tomorrow');
});
