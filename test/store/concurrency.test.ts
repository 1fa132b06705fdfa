import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.ts';
import { beginTurn } from '../../src/store/queries/beginTurn.ts';
import { createDatabase, forEachStore, hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

forEachStore('concurrency', (driver) => {
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
        store.tx(async (q) => (await beginTurn(q, { key: 'kc', channel: 'sms', providerId: 'SMdup', now })).inboxId),
      ),
    );
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const n = await store.query<{ n: number }>(`select count(*)::int as n from inbox where provider_id = 'SMdup'`);
    expect(n.rows[0]!.n).toBe(1);
  });

  it('concurrent transactions do not interleave: one rolling back leaves the other whole', async () => {
    const now = new Date();
    const failing = store.tx(async (q) => {
      await beginTurn(q, { key: 'k-fail', channel: 'sms', providerId: 'SM-fail', now });
      await sleep(30);
      throw new Error('boom');
    });
    const ok = store.tx(async (q) => {
      await beginTurn(q, { key: 'k-ok', channel: 'sms', providerId: 'SM-ok', now });
      await sleep(5);
      await beginTurn(q, { key: 'k-ok2', channel: 'sms', providerId: 'SM-ok2', now });
    });
    await expect(failing).rejects.toThrow('boom');
    await ok;
    const r = await store.query<{ key: string }>(`select key from contacts where key like 'k-%' order by key`);
    expect(r.rows.map((x) => x.key)).toEqual(['k-ok', 'k-ok2']);
  });

  if (driver.name === 'pglite') {
    it('calling the store instead of the transaction inside tx() fails clearly instead of hanging', async () => {
      await expect(store.tx(async () => store.query('select 1'))).rejects.toThrow(/inside store.tx\(\)/);
      // Work that outlives its transaction may use the store.
      let later: Promise<unknown> = Promise.resolve();
      await store.tx(async () => {
        later = sleep(10).then(() => store.query('select 1'));
      });
      await expect(later).resolves.toBeTruthy();
    });
  }
});

(hasServer ? describe : describe.skip)(`migrations under two processes starting together [pg]${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, () => {
  it('two stores opening a fresh database at once apply each migration once', async () => {
    const db = await createDatabase();
    try {
      const stores = await Promise.all([0, 1, 2].map(() => openStore({ databaseUrl: db.url, dataDir: '/nonexistent' })));
      const r = await stores[0]!.query<{ id: number; n: number }>('select id, count(*)::int as n from migrations group by id');
      expect(r.rows.length).toBeGreaterThan(0);
      expect(r.rows.every((x) => x.n === 1)).toBe(true);
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await db.drop();
    }
  });
});
