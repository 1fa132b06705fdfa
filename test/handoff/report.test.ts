// `waypoint report`: counts from the counters table only, small cells suppressed, median wait bucket.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/db.ts';
import { addCounters } from '../../src/store/queries/addCounters.ts';
import { buildReport, formatReport } from '../../src/report/report.ts';
import { forEachStore } from '../support/stores.ts';

forEachStore('report', (driver) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, drop } = await driver.open());
    await store.tx((q) =>
      addCounters(q, {
        day: '2026-03-02',
        rows: [
          { metric: 'topic_visited', topic: 'wages', lang: 'es', channel: 'sms', n: 12 },
          { metric: 'topic_visited', topic: 'trp', lang: 'fr', channel: 'whatsapp', n: 2 },
          { metric: 'handoffs_requested', lang: 'es', channel: 'sms', n: 9 },
          { metric: 'handoff_outcome:referral_legal', lang: 'es', channel: 'sms', n: 6 },
          { metric: 'handoff_outcome:other', lang: 'es', channel: 'sms', n: 3 },
          { metric: 'handoff_wait:lt5m', lang: 'es', channel: 'sms', n: 3 },
          { metric: 'handoff_wait:15to60m', lang: 'es', channel: 'sms', n: 5 },
          { metric: 'handoff_wait:unclaimed', lang: 'es', channel: 'sms', n: 1 },
        ],
      }),
    );
  });
  afterAll(async () => drop());

  it('suppresses cells under the threshold and names the median wait bucket', async () => {
    const r = await buildReport(store, { from: '2026-03-01', to: '2026-03-31', minCell: 5 });
    expect(r.topics).toEqual([
      { day: '2026-03-02', topic: 'trp', lang: 'fr', channel: 'whatsapp', count: '<5' },
      { day: '2026-03-02', topic: 'wages', lang: 'es', channel: 'sms', count: 12 },
    ]);
    expect(r.handoffs.requested).toBe(9);
    expect(r.handoffs.byOutcome).toEqual({ other: '<5', referral_legal: 6 });
    expect(r.handoffs.waits).toMatchObject({ lt5m: '<5', '15to60m': 5, unclaimed: '<5', gt4h: 0 });
    expect(r.handoffs.medianWait).toBe('15to60m');
    const text = formatReport(r);
    expect(text).toContain('<5');
    expect(text).toContain('Median wait: 15–60 min');
  });
});
