import { expect, it } from 'vitest';
import { openStore, StoreUnavailableError } from '../../src/store/db.ts';

it('a store that cannot be reached gives one clear error without the password', async () => {
  const err = await openStore({ databaseUrl: 'postgres://waypoint:s3cretpass@127.0.0.1:1/waypoint', dataDir: '/tmp' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreUnavailableError);
  const msg = (err as Error).message;
  expect(msg).toMatch(/cannot reach PostgreSQL at 127\.0\.0\.1:1\/waypoint/);
  expect(msg).toContain('DATABASE_URL');
  expect(msg).not.toContain('s3cretpass');
  expect(msg.split('\n')).toHaveLength(1);
});

it.skipIf(!process.env.DATABASE_URL)(`a database that does not exist is named as such, still without the password${process.env.DATABASE_URL ? '' : ' — skipped: no DATABASE_URL (npm test starts a PostgreSQL cluster when its binaries are installed)'}`, async () => {
  const u = new URL(process.env.DATABASE_URL!);
  u.password = 'an0therSecret';
  u.pathname = '/waypoint_no_such_database';
  const err = await openStore({ databaseUrl: u.toString(), dataDir: '/tmp' }).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StoreUnavailableError);
  expect((err as Error).message).toMatch(/\/waypoint_no_such_database \(3D000 database does not exist\) — check DATABASE_URL$/);
  expect((err as Error).message).not.toContain('an0therSecret');
});
