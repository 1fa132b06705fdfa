import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../src/store/db.ts';
import { dumpSchema } from '../../src/store/dumpSchema.ts';
import { forEachStore } from '../support/stores.ts';

forEachStore('schema dump', (driver) => {
  let store: Store;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ store, drop } = await driver.open());
  });
  afterAll(async () => drop());

  it('the committed src/store/schema.sql matches the migrations (if not, run `npm run schema:dump`)', async () => {
    const fresh = await dumpSchema(store);
    expect(fresh, 'src/store/schema.sql is stale: run `npm run schema:dump` and commit it').toBe(readFileSync('src/store/schema.sql', 'utf8'));
  });
});
