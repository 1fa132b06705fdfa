import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/db.ts';
import { claimInbox } from '../../src/store/queries/claimInbox.ts';
import { upsertContact } from '../../src/store/queries/upsertContact.ts';
import { forEachStore } from '../support/stores.ts';

forEachStore('concurrent duplicate deliveries', (driver) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, drop } = await driver.open());
  });
  afterAll(async () => drop());

  it('50 concurrent claims of one provider id: exactly one wins', async () => {
    const now = new Date();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        store.tx(async (q) => {
          await upsertContact(q, { key: 'kc', channel: 'sms', now });
          return claimInbox(q, { channel: 'sms', providerId: 'SMdup', contactKey: 'kc', now });
        }),
      ),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const n = await store.query<{ n: number }>(`select count(*)::int as n from inbox where provider_id = 'SMdup'`);
    expect(n.rows[0]!.n).toBe(1);
  });
});
