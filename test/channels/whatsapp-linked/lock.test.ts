// One holder of the linked device at a time. On embedded PGlite the in-process guard is the
// lock; on a real server (npm test starts one) it is an advisory lock another process cannot take.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { tryAdvisoryLock } from '../../../src/channels/whatsapp-linked/lock.ts';
import { createDatabase, hasServer, SERVER_SKIP_REASON } from '../../support/stores.ts';

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

  it.skipIf(!hasServer)(`is an advisory lock on PostgreSQL: refused while another process holds it, taken once freed${hasServer ? '' : ` — ${SERVER_SKIP_REASON}`}`, async () => {
    const db = await createDatabase();
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      const first = await tryAdvisoryLock({ kind: 'pg' }, db.url);
      expect(first).not.toBeNull();
      // Held: another connection (another process) cannot take it.
      expect((await other.query<{ ok: boolean }>("select pg_try_advisory_lock(hashtext('waypoint.whatsapp-linked')) as ok")).rows[0]!.ok).toBe(false);
      await first!();
      // Freed: the other process takes it, and now we are the ones refused.
      expect((await other.query<{ ok: boolean }>("select pg_try_advisory_lock(hashtext('waypoint.whatsapp-linked')) as ok")).rows[0]!.ok).toBe(true);
      expect(await tryAdvisoryLock({ kind: 'pg' }, db.url)).toBeNull();
      await other.query("select pg_advisory_unlock(hashtext('waypoint.whatsapp-linked'))");
      const second = await tryAdvisoryLock({ kind: 'pg' }, db.url);
      expect(second).not.toBeNull();
      await second!();
    } finally {
      await other.end();
      await db.drop();
    }
  });
});
