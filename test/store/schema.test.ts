import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/db.ts';
import { dumpSchema } from '../../src/store/dumpSchema.ts';

let store: Store;
beforeAll(async () => {
  store = await openStore({ dataDir: '/nonexistent', memory: true });
});
afterAll(async () => store.close());

it('the committed schema dump matches the migrations (run `npm run schema:dump` if not)', async () => {
  expect(await dumpSchema(store)).toBe(readFileSync('src/store/schema.sql', 'utf8'));
});
