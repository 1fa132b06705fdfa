import { describe, expect, it } from 'vitest';
import { isQuiet, notBeforeMorning } from '../../src/channels/outbox/quietHours.ts';
import { handoffTimeZone } from '../../src/handoff/routing.ts';
import type { Roster } from '../../src/handoff/roster.ts';

const TZ = 'America/Vancouver';

describe('quiet hours for the notice (21:00–08:00 in the coalition time zone)', () => {
  it.each([
    ['2026-11-23T04:59:00Z', false], // 20:59 PST
    ['2026-11-23T05:00:00Z', true], // 21:00 PST
    ['2026-11-23T15:59:00Z', true], // 07:59 PST
    ['2026-11-23T16:00:00Z', false], // 08:00 PST
    ['2026-11-23T20:00:00Z', false], // 12:00 PST
  ])('%s quiet: %s', (at, quiet) => {
    expect(isQuiet(new Date(at), TZ)).toBe(quiet);
  });

  it('moves a night-time notice to 08:00 local, across midnight and across a DST change', () => {
    expect(notBeforeMorning(new Date('2026-11-23T06:30:00Z'), TZ).toISOString()).toBe('2026-11-23T16:00:00.000Z');
    expect(notBeforeMorning(new Date('2026-11-23T20:00:00Z'), TZ).toISOString()).toBe('2026-11-23T20:00:00.000Z');
    // 2026-03-08: clocks go forward at 02:00 in Vancouver; 08:00 PDT is 15:00 UTC.
    expect(notBeforeMorning(new Date('2026-03-08T07:00:00Z'), TZ).toISOString()).toBe('2026-03-08T15:00:00.000Z');
    expect(notBeforeMorning(new Date('2026-11-23T06:30:00Z'), 'America/Toronto').toISOString()).toBe('2026-11-23T13:00:00.000Z');
  });

  it("uses the claimer's coalition, then the one it is offered to, then the first, then Toronto", () => {
    const roster = {
      coalitions: [
        { id: 'east', timeZone: 'America/Halifax', hours: {} },
        { id: 'west', timeZone: TZ, hours: {} },
      ],
      staff: [
        { id: 'ana', displayName: 'Ana', role: 'lead_worker', languages: ['es'], topics: [], coalition: 'west' },
        { id: 'bo', displayName: 'Bo', role: 'lead_worker', languages: ['en'], topics: [], coalition: 'east' },
      ],
    } as unknown as Roster;
    expect(handoffTimeZone(roster, { lang: 'en', topics: [], claimedBy: 'ana' })).toBe(TZ);
    expect(handoffTimeZone(roster, { lang: 'en', topics: [], claimedBy: null })).toBe('America/Halifax');
    expect(handoffTimeZone({ coalitions: [], staff: [] } as unknown as Roster, { lang: 'en', topics: [], claimedBy: null })).toBe('America/Toronto');
  });
});
