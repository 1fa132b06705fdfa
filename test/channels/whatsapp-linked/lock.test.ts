// One holder of the linked device at a time. On embedded PGlite the in-process guard is the
// lock; with TEST_DATABASE_URL set, the advisory lock is taken and freed on a real server.
import { describe, expect, it } from 'vitest';
import { tryAdvisoryLock } from '../../../src/channels/whatsapp-linked/lock.ts';

describe('WhatsApp linked device lock', () => {
  it('is held by one holder at a time (embedded store)', async () => {
    const first = await tryAdvisoryLock({ kind: 'pglite' });
    expect(first).not.toBeNull();
    expect(await tryAdvisoryLock({ kind: 'pglite' })).toBeNull();
    await first!();
    const again = await tryAdvisoryLock({ kind: 'pglite' });
    expect(again).not.toBeNull();
    await again!();
  });

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)('is an advisory lock on PostgreSQL, freed on release', async () => {
    const first = await tryAdvisoryLock({ kind: 'pg' }, url);
    expect(first).not.toBeNull();
    await first!();
    const second = await tryAdvisoryLock({ kind: 'pg' }, url);
    expect(second).not.toBeNull();
    await second!();
  });
});
