import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/db.ts';
import { migrate, splitScript } from '../../src/store/migrate.ts';
import { beginTurn } from '../../src/store/queries/beginTurn.ts';
import { endTurn } from '../../src/store/queries/endTurn.ts';
import { getInboxReply } from '../../src/store/queries/getInboxReply.ts';
import { lockSession } from '../../src/store/queries/lockSession.ts';
import { saveSession } from '../../src/store/queries/saveSession.ts';
import { insertOutbox } from '../../src/store/queries/insertOutbox.ts';
import { addCounters } from '../../src/store/queries/addCounters.ts';
import { eraseContact } from '../../src/store/queries/eraseContact.ts';
import { setOptedOut } from '../../src/store/queries/setOptedOut.ts';
import { insertAudit } from '../../src/store/queries/insertAudit.ts';
import { purgeInbox } from '../../src/store/queries/purgeInbox.ts';
import { purgeIdleWebContacts } from '../../src/store/queries/purgeIdleWebContacts.ts';
import { forEachStore } from '../support/stores.ts';

const TABLES = ['contacts', 'sessions', 'inbox', 'outbox'];

async function rowsAbout(store: Store, key: string): Promise<number> {
  let n = 0;
  n += Number((await store.query<{ n: number }>('select count(*)::int as n from contacts where key = $1', [key])).rows[0]!.n);
  for (const t of ['sessions', 'inbox', 'outbox']) {
    n += Number((await store.query<{ n: number }>(`select count(*)::int as n from ${t} where contact_key = $1`, [key])).rows[0]!.n);
  }
  return n;
}

forEachStore('store queries', (driver) => {
  let store: Store;
  let drop: () => Promise<void>;
  const now = new Date('2026-11-23T10:00:00Z');

  beforeAll(async () => {
    ({ store, drop } = await driver.open());
  });
  afterAll(async () => drop());

  it('migration 0008 drops a code word kept in clear by sessions written before it', async () => {
    // Back to before 0008, with a session holding a code word as the old welcome flow wrote it.
    await store.query('drop table codewords');
    await store.query('alter table handoffs drop column notice');
    await store.query('delete from migrations where id = 8');
    await store.query(`insert into contacts (key, channel, created_at) values ('k-old', 'sms', $1)`, [now]);
    const old = { v: 2, status: 'active', at: 'main.menu', vars: { code_word: 'zebra4471', province: 'bc' }, turns: 5 };
    await store.query(`insert into sessions (contact_key, state, updated_at) values ('k-old', $1, $2)`, [JSON.stringify(old), now]);
    expect(await migrate(store)).toEqual([8]);
    const r = await store.query<{ state: string }>(`select state::text as state from sessions where contact_key = 'k-old'`);
    expect(JSON.parse(r.rows[0]!.state).vars).toEqual({ province: 'bc' });
    await eraseContact(store, { contactKey: 'k-old' });
  });

  it('applies migrations once; a second run applies nothing', async () => {
    expect(await migrate(store)).toEqual([]);
    const r = await store.query<{ n: number }>('select count(*)::int as n from migrations');
    expect(r.rows[0]!.n).toBeGreaterThanOrEqual(1);
  });

  it('beginTurn upserts the contact with its opt-out flag, claims the message id once, and reads the session', async () => {
    const first = await beginTurn(store, { key: 'k1', channel: 'sms', providerId: 'SM0', now });
    expect(first.optedOut).toBe(false);
    expect(first.inboxId).toMatch(/^\d+$/);
    expect(first.session).toBeNull();
    const later = new Date(now.getTime() + 60_000);
    await beginTurn(store, { key: 'k1', channel: 'sms', providerId: 'SM00', now: later });
    const c = await store.query<{ last_inbound_at: Date; created_at: Date }>('select last_inbound_at, created_at from contacts where key = $1', ['k1']);
    expect(new Date(c.rows[0]!.last_inbound_at).toISOString()).toBe(later.toISOString());
    expect(new Date(c.rows[0]!.created_at).toISOString()).toBe(now.toISOString());
    await setOptedOut(store, { contactKey: 'k1', optedOut: true });
    expect((await beginTurn(store, { key: 'k1', channel: 'sms', providerId: 'SM000', now: later })).optedOut).toBe(true);
  });

  it('beginTurn dedupes a provider id per channel; endTurn keeps the reply keys, the session and the counters', async () => {
    const a = await beginTurn(store, { key: 'k1', channel: 'sms', providerId: 'SM1', now });
    expect(a.inboxId).not.toBeNull();
    expect((await beginTurn(store, { key: 'k1', channel: 'sms', providerId: 'SM1', now })).inboxId).toBeNull();
    // The same id on another channel is another message.
    expect((await beginTurn(store, { key: 'k1', channel: 'web', providerId: 'SM1', now })).inboxId).not.toBeNull();
    const state = { v: 1, at: { flow: 'main', node: 'wages' } };
    await endTurn(store, {
      contactKey: 'k1',
      state,
      now,
      inboxId: a.inboxId!,
      reply: [{ key: 'menu-prompt', lang: 'en' }],
      leaseSeconds: 10,
      day: '2026-11-22',
      counters: [{ metric: 'turn_test', lang: 'en' }, { metric: 'turn_test', lang: 'en' }, { metric: 'a_first', channel: 'sms' }],
    });
    expect(await getInboxReply(store, { channel: 'sms', providerId: 'SM1' })).toEqual({ reply: [{ key: 'menu-prompt', lang: 'en' }] });
    expect((await beginTurn(store, { key: 'k1', channel: 'sms', providerId: 'SM2', now })).session).toEqual({ state });
    const r = await store.query<{ metric: string; n: string }>("select metric, n::text from counters where day = '2026-11-22' order by metric");
    expect(r.rows).toEqual([
      { metric: 'a_first', n: '1' },
      { metric: 'turn_test', n: '2' },
    ]);
    // A turn with no counters adds none.
    const b = await beginTurn(store, { key: 'k1', channel: 'sms', providerId: 'SM3', now });
    await endTurn(store, { contactKey: 'k1', state, now, inboxId: b.inboxId!, reply: [], leaseSeconds: 0, day: '2026-11-21', counters: [] });
    expect((await store.query("select 1 from counters where day = '2026-11-21'")).rows).toEqual([]);
  });

  it('saves and locks a session', async () => {
    expect(await lockSession(store, { contactKey: 'k3' })).toBeNull();
    await beginTurn(store, { key: 'k3', channel: 'sms', providerId: 'SMk3', now });
    await saveSession(store, { contactKey: 'k3', state: { v: 1, at: { flow: 'main', node: 'menu' } }, now });
    await saveSession(store, { contactKey: 'k3', state: { v: 1, at: { flow: 'main', node: 'work' } }, now });
    const row = await store.tx((q) => lockSession(q, { contactKey: 'k3' }));
    expect(row?.state).toEqual({ v: 1, at: { flow: 'main', node: 'work' } });
  });

  it('adds counters, summing repeated cells', async () => {
    const day = '2026-11-23';
    await addCounters(store, { day, rows: [{ metric: 'm', lang: 'es' }, { metric: 'm', lang: 'es' }, { metric: 't', topic: 'wages' }] });
    await addCounters(store, { day, rows: [{ metric: 'm', lang: 'es', n: 3 }] });
    const r = await store.query<{ metric: string; n: string }>('select metric, n::text from counters where day = $1 order by metric', [day]);
    expect(r.rows).toEqual([
      { metric: 'm', n: '5' },
      { metric: 't', n: '1' },
    ]);
    const cols = await store.query<{ column_name: string }>(`select column_name from information_schema.columns where table_name = 'counters'`);
    expect(cols.rows.map((c) => c.column_name)).not.toContain('contact_key');
  });

  it('erasing a contact removes every row about it in every table', async () => {
    const inbox = { id: (await beginTurn(store, { key: 'k2', channel: 'whatsapp', providerId: 'w1', now })).inboxId! };
    await saveSession(store, { contactKey: 'k2', state: {}, now });
    await insertOutbox(store, { contactKey: 'k2', channel: 'whatsapp', inboxId: inbox.id, payload: { outputs: [] }, addressEnc: Buffer.from([1, 2, 3]), status: 'pending', now });
    expect(await rowsAbout(store, 'k2')).toBe(4);
    await eraseContact(store, { contactKey: 'k2' });
    expect(await rowsAbout(store, 'k2')).toBe(0);
    expect(await rowsAbout(store, 'k1')).toBeGreaterThan(0);
  });

  it('writes audit rows and purges old dedupe records', async () => {
    await insertAudit(store, { actor: 'staff:abc', action: 'claim', subject: 'h1', now });
    const a = await store.query('select actor, action, subject from audit_log');
    expect(a.rows).toEqual([{ actor: 'staff:abc', action: 'claim', subject: 'h1' }]);
    const purged = await purgeInbox(store, { olderThan: new Date(now.getTime() + 1000) });
    expect(purged).toBeGreaterThanOrEqual(2);
  });

  it('no table has a column that could hold an address or message text', async () => {
    const r = await store.query<{ table_name: string; column_name: string }>(
      `select table_name, column_name from information_schema.columns where table_schema = 'public'`,
    );
    const names = r.rows.map((c) => c.column_name);
    for (const bad of ['address', 'phone', 'phone_number', 'text', 'body', 'message', 'from_number', 'wa_id', 'user_id']) {
      expect(names).not.toContain(bad);
    }
    // A contact row is a key, a channel, two times and a flag: nothing that could hold an address.
    const contactCols = r.rows.filter((c) => c.table_name === 'contacts').map((c) => c.column_name).sort();
    expect(contactCols).toEqual(['channel', 'created_at', 'key', 'last_inbound_at', 'opted_out']);
    // The only address-bearing columns are encrypted (outbox.address_enc, handoffs.address_enc).
    expect([...new Set(r.rows.filter((c) => c.column_name.includes('address')).map((c) => c.column_name))]).toEqual(['address_enc']);
    expect(TABLES.every((t) => r.rows.some((c) => c.table_name === t))).toBe(true);
  });

  it('insertOutbox records a sent row with its time and a pending row with its due time', async () => {
    await beginTurn(store, { key: 'k4', channel: 'sms', providerId: 'setup-k4', now });
    const sent = await insertOutbox(store, { contactKey: 'k4', channel: 'sms', inboxId: null, payload: { keys: ['a'] }, addressEnc: null, status: 'sent', now });
    const pending = await insertOutbox(store, { contactKey: 'k4', channel: 'sms', inboxId: null, payload: { keys: ['b'] }, addressEnc: Buffer.from([9, 8, 7]), status: 'pending', now });
    expect(sent.id).toMatch(/^\d+$/);
    const r = await store.query<{ id: string; status: string; sent_at: Date | null; next_attempt_at: Date | null; payload: unknown; address_enc: Uint8Array | null; attempts: number }>(
      'select id::text as id, status, sent_at, next_attempt_at, payload, address_enc, attempts from outbox where contact_key = $1 order by id',
      ['k4'],
    );
    expect(r.rows.map((x) => x.id)).toEqual([sent.id, pending.id]);
    expect(r.rows[0]).toMatchObject({ status: 'sent', payload: { keys: ['a'] }, address_enc: null, attempts: 0 });
    expect(new Date(r.rows[0]!.sent_at!).toISOString()).toBe(now.toISOString());
    expect(r.rows[1]).toMatchObject({ status: 'pending', sent_at: null, payload: { keys: ['b'] } });
    expect(Buffer.from(r.rows[1]!.address_enc!)).toEqual(Buffer.from([9, 8, 7]));
    expect(new Date(r.rows[1]!.next_attempt_at!).toISOString()).toBe(now.toISOString());
    await expect(store.query(`update outbox set status = 'lost' where id = $1`, [pending.id])).rejects.toThrow();
  });

  it('keeps audit details as given and nothing else', async () => {
    await insertAudit(store, { actor: 'staff:def', action: 'close', subject: 'h2', detail: { outcome: 'referred' }, now });
    await insertAudit(store, { actor: 'staff:def', action: 'login', now });
    const r = await store.query<{ action: string; subject: string | null; detail: unknown }>(
      `select action, subject, detail from audit_log where actor = 'staff:def' order by id`,
    );
    expect(r.rows).toEqual([
      { action: 'close', subject: 'h2', detail: { outcome: 'referred' } },
      { action: 'login', subject: null, detail: null },
    ]);
  });

  it('erases inside a transaction too, and erasing an unknown contact is a no-op', async () => {
    await beginTurn(store, { key: 'k5', channel: 'web', providerId: 'setup-k5', now });
    await saveSession(store, { contactKey: 'k5', state: { v: 1 }, now });
    await store.tx((q) => eraseContact(q, { contactKey: 'k5' }));
    expect(await rowsAbout(store, 'k5')).toBe(0);
    await expect(eraseContact(store, { contactKey: 'nobody' })).resolves.toBeUndefined();
  });

  if (driver.name === 'pg') {
    it('lockSession holds the row until the transaction ends', async () => {
      await beginTurn(store, { key: 'k6', channel: 'sms', providerId: 'setup-k6', now });
      await saveSession(store, { contactKey: 'k6', state: { v: 1 }, now });
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      let locked!: () => void;
      const isLocked = new Promise<void>((r) => (locked = r));
      const first = store.tx(async (q) => {
        await lockSession(q, { contactKey: 'k6' });
        locked();
        await held;
      });
      await isLocked;
      const second = store.tx(async (q) => {
        await q.query(`set local lock_timeout = '150ms'`);
        return lockSession(q, { contactKey: 'k6' });
      });
      await expect(second).rejects.toMatchObject({ code: '55P03' });
      release();
      await first;
      expect(await store.tx((q) => lockSession(q, { contactKey: 'k6' }))).toEqual({ state: { v: 1 } });
    });
  }

  it('every foreign key that cascades has an index leading with its column (ERASE must not read whole tables)', async () => {
    // Without these, one ERASE with 100,000 stored conversations took about 100 ms reading
    // every inbox row; with them about 0.4 ms (migration 0005).
    const r = await store.query<{ tbl: string; col: string; indexed: boolean }>(
      `select c.conrelid::regclass::text as tbl, a.attname as col,
              exists (select 1 from pg_index i where i.indrelid = c.conrelid and i.indkey[0] = c.conkey[1] and i.indpred is null) as indexed
       from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
       where c.contype = 'f' and c.confdeltype = 'c' and c.connamespace = 'public'::regnamespace
       order by 1, 2`,
    );
    expect(r.rows.length).toBeGreaterThanOrEqual(6);
    expect(r.rows.filter((x) => !x.indexed).map((x) => `${x.tbl}.${x.col}`)).toEqual([]);
  });

  it('deletes web chats idle past the cutoff with everything about them, and nothing else', async () => {
    const old = new Date('2026-11-20T10:00:00Z');
    const recent = new Date('2026-11-23T09:00:00Z');
    const turn = async (key: string, channel: string, at: Date): Promise<string> =>
      (await beginTurn(store, { key, channel, providerId: `idle-${key}`, now: at })).inboxId!;
    const closedTab = await turn('web-closed', 'web', old);
    await saveSession(store, { contactKey: 'web-closed', state: { v: 1 }, now: old });
    await insertOutbox(store, { contactKey: 'web-closed', channel: 'web', inboxId: closedTab, payload: { outputs: [] }, addressEnc: Buffer.from([1]), status: 'pending', now: old });
    await turn('web-open', 'web', recent);
    await turn('web-handoff', 'web', old);
    await store.query(
      `insert into handoffs (id, contact_key, handle, state, lang, channel, created_at) values ('h-idle', 'web-handoff', 'K9Z9', 'closed', 'en', 'web', $1)`,
      [old],
    );
    await turn('sms-old', 'sms', old);
    expect(await rowsAbout(store, 'web-closed')).toBe(4);

    expect(await purgeIdleWebContacts(store, { idleSince: new Date('2026-11-22T10:00:00Z') })).toBe(1);
    expect(await rowsAbout(store, 'web-closed')).toBe(0);
    for (const kept of ['web-open', 'web-handoff', 'sms-old']) expect(await rowsAbout(store, kept)).toBeGreaterThan(0);
  });

  it('rolls back a failed transaction whole', async () => {
    await expect(
      store.tx(async (q) => {
        await beginTurn(q, { key: 'k7', channel: 'sms', providerId: 'SM-k7', now });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await rowsAbout(store, 'k7')).toBe(0);
  });
});

describe('migration scripts', () => {
  it('split on semicolons at line ends, but not inside a $$-quoted function body', () => {
    const sql = [
      '-- a comment; with a semicolon;',
      'create table t (a int);',
      'create function f() returns void language plpgsql as $$',
      'begin',
      '  insert into t values (1);',
      '  -- a comment inside the body;',
      'end',
      '$$;',
      'alter table t add column b int;',
    ].join('\n');
    const parts = splitScript(sql);
    expect(parts).toHaveLength(3);
    expect(parts[0]).toBe('create table t (a int)');
    expect(parts[1]).toMatch(/^create function f\(\)[\s\S]*insert into t values \(1\);[\s\S]*a comment inside the body;\nend\n\$\$$/);
    expect(parts[2]).toBe('alter table t add column b int');
  });
});
