import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/conversation/types.ts';
import { forEachStore } from '../support/stores.ts';
import { dumpAllTables, openTestApp, type TestApp } from '../support/app.ts';
import { getCodeword } from '../../src/store/queries/getCodeword.ts';
import { codewordMatches } from '../../src/privacy/codeword.ts';

const PHONE = '+15555550123';
let seq = 0;
const msg = (text: string, over: Partial<InboundMessage> = {}): InboundMessage => ({
  channel: 'sms',
  address: PHONE,
  providerId: `SM${++seq}`,
  input: { type: 'text', text },
  receivedAt: new Date('2026-11-23T12:00:00Z'),
  ...over,
});

forEachStore('conversation service', (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ server: driver.name === 'pg' });
  });
  afterAll(async () => t.close());

  it('walks first contact and keeps position, not text', async () => {
    const svc = t.app.conversations;
    // "hi" alone is too short to tell a language: the language question, asked in the likeliest
    // languages beside the choices; the draft notice waits for the choice.
    const a = await svc.handle(msg('hi'), 'sync');
    expect(a.outputs.map((o) => o.key)).toEqual(['welcome-hello', 'language-prompt', 'language-prompt', 'language-prompt']);
    const b = await svc.handle(msg('3'), 'sync');
    expect(b.outputs.map((o) => o.key)).toEqual(['draft-notice', 'safety-prompt']);
    expect(b.outputs.at(-1)?.lang).toBe('es');
    // "hola" is Spanish: a new conversation starts in it, with no question about the language.
    const c = await svc.handle(msg('hola', { address: '+15555550124' }), 'sync');
    expect(c.outputs.map((o) => `${o.key}/${o.lang}`)).toEqual(['welcome-hello/es', 'draft-notice/es', 'language-change/es', 'safety-prompt/es']);
    const dump = await dumpAllTables(t.app);
    expect(dump).not.toContain('5555550123');
    expect(dump).not.toContain('5555550124');
    expect(dump).not.toContain('hola');
  });

  it('a retried delivery changes nothing and yields the same reply', async () => {
    const svc = t.app.conversations;
    const m = msg('1');
    const first = await svc.handle(m, 'sync');
    // The first response never reached the platform (so it delivers again): the copy carries the stored reply.
    await svc.undelivered(m.channel, m.providerId);
    const session = await t.app.store.query('select state from sessions');
    const again = await svc.handle(m, 'sync');
    expect(again.duplicate).toBe(true);
    expect(again.outputs.map((o) => [o.key, o.text])).toEqual(first.outputs.map((o) => [o.key, o.text]));
    expect((await t.app.store.query('select state from sessions')).rows).toEqual(session.rows);
  });

  it('50 concurrent deliveries of one message (replay): one advance, the same reply for all', async () => {
    const svc = t.app.conversations;
    const m = msg('MENU', { address: '+15555550999' });
    const replies = await Promise.all(Array.from({ length: 50 }, () => svc.handle(m, 'replay')));
    expect(replies.filter((r) => !r.duplicate)).toHaveLength(1);
    const keys = new Set(replies.map((r) => r.outputs.map((o) => o.key).join(',')));
    expect(keys.size).toBe(1);
    const turns = await t.app.store.query<{ turns: number }>(
      `select (state->>'turns')::int as turns from sessions where contact_key = $1`,
      [svc.keyOf('sms', '+15555550999')],
    );
    expect(turns.rows).toEqual([{ turns: 1 }]);
  });

  it('50 concurrent deliveries (sync): exactly one carries the reply, the others stay silent once it is out', async () => {
    const svc = t.app.conversations;
    const m = msg('hello', { address: '+15555550998' });
    const replies = await Promise.all(
      Array.from({ length: 50 }, async () => {
        const r = await svc.handle(m, 'sync');
        if (r.deliver) await svc.delivered(m.channel, m.providerId);
        return r;
      }),
    );
    expect(replies.filter((r) => r.deliver)).toHaveLength(1);
    expect(replies.filter((r) => !r.deliver).every((r) => r.outputs.length === 0)).toBe(true);
    // A later copy (a platform retry) stays silent too: the reply went out.
    const late = await svc.handle(m, 'sync');
    expect([late.duplicate, late.deliver, late.outputs.length]).toEqual([true, false, 0]);
  });

  it('a copy of a message whose reply never went out (the process died) sends the stored reply once the lease runs out', async () => {
    const svc = t.app.conversations;
    const m = msg('hello', { address: '+15555550997' });
    const first = await svc.handle(m, 'sync'); // …and the response never left: delivered() is not called
    await t.app.store.query(`update inbox set reply_lease_until = now() - interval '1 second' where provider_id = $1`, [m.providerId]);
    const retry = await svc.handle(m, 'sync');
    expect(retry.deliver).toBe(true);
    expect(retry.outputs.map((o) => o.key)).toEqual(first.outputs.map((o) => o.key));
  });

  it('ERASE mid-flow deletes every row about the contact in one go (invariant 4)', async () => {
    const svc = t.app.conversations;
    const key = svc.keyOf('sms', PHONE);
    const r = await svc.handle(msg('BORRAR'), 'sync');
    expect(r.erased).toBe(true);
    expect(r.outputs[0]?.key).toBe('erased');
    for (const table of ['sessions', 'inbox', 'outbox']) {
      const n = await t.app.store.query<{ n: number }>(`select count(*)::int as n from ${table} where contact_key = $1`, [key]);
      expect(n.rows[0]!.n, table).toBe(0);
    }
    expect((await t.app.store.query('select 1 from contacts where key = $1', [key])).rows).toHaveLength(0);
    // Counters survive, without any contact id (invariant 6).
    const c = await t.app.store.query<{ n: string }>(`select sum(n)::text as n from counters where metric = 'contacts_erased'`);
    expect(Number(c.rows[0]!.n)).toBeGreaterThanOrEqual(1);
  });

  it('STOP silences the contact until START', async () => {
    const svc = t.app.conversations;
    const address = '+15555550777';
    await svc.handle(msg('hi', { address }), 'sync');
    const stop = await svc.handle(msg('STOP', { address }), 'sync');
    expect(stop.outputs.map((o) => o.key)).toEqual(['stopped']);
    const quiet = await svc.handle(msg('hello?', { address }), 'sync');
    expect(quiet.outputs).toEqual([]);
    expect(quiet.silenced).toBe(true);
    const start = await svc.handle(msg('START', { address }), 'sync');
    expect(start.outputs.at(-1)?.key).toBe('menu-prompt');
  });

  it('async delivery queues the reply in the outbox with the address encrypted', async () => {
    const svc = t.app.conversations;
    await svc.handle(msg('hi', { channel: 'whatsapp', address: '15555550456' }), 'async');
    const rows = await t.app.store.query<{ address_enc: Uint8Array; status: string; payload: unknown }>(
      `select address_enc, status, payload from outbox where channel = 'whatsapp'`,
    );
    expect(rows.rows).toHaveLength(1);
    expect(rows.rows[0]!.status).toBe('pending');
    expect(Buffer.from(rows.rows[0]!.address_enc).toString('latin1')).not.toContain('5555550456');
    expect(JSON.stringify(rows.rows[0]!.payload)).not.toContain('Waypoint');
  });

  it('logs hold no address and no message text (invariant 3)', () => {
    const logs = t.logs();
    expect(logs).not.toContain('5555550');
    expect(logs).not.toContain('hola');
    expect(logs).not.toContain('BORRAR');
  });
});

forEachStore('the reply kept for a redelivery', (driver) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ server: driver.name === 'pg' });
  });
  afterAll(async () => t.close());

  it('keeps a code word only as a salted hash: not in the session, not in a kept reply; ERASE deletes it', async () => {
    const svc = t.app.conversations;
    const from = { address: '+15555550777' };
    await svc.handle(msg('hello', { ...from, lang: 'en' }), 'sync');
    const advice = await svc.handle(msg('', { ...from, input: { type: 'choice', id: 'watched' } }), 'sync');
    expect(advice.outputs.at(-1)?.key).toBe('codeword-offer');
    await svc.handle(msg('', { ...from, input: { type: 'choice', id: 'set' } }), 'sync');
    // Refused with the rule, not kept: an emoji, and 200 characters.
    for (const bad of ['zebra 🦓', 'z'.repeat(200)]) {
      const refused = await svc.handle(msg(bad, from), 'sync');
      expect(refused.outputs.map((o) => o.key)).toEqual(['codeword-retry']);
    }
    expect((await t.app.store.query('select 1 from codewords')).rows).toHaveLength(0);
    const saved = await svc.handle(msg('Zebra4471', from), 'sync');
    expect(saved.outputs.map((o) => o.key)).toContain('codeword-saved');
    await svc.handle(msg('MENU', from), 'sync');
    const all = await dumpAllTables(t.app);
    for (const form of ['Zebra4471', 'zebra4471', 'ZEBRA4471']) expect(all).not.toContain(form);
    const key = svc.keyOf('sms', from.address);
    const row = await getCodeword(t.app.store, { contactKey: key });
    expect(row?.salt).toHaveLength(16);
    expect(await codewordMatches('zebra4471', row!)).toBe(true);
    expect(await codewordMatches('zebra4472', row!)).toBe(false);
    const replies = await t.app.store.query<{ reply: string | null }>('select reply::text as reply from inbox');
    expect(replies.rows.length).toBeGreaterThanOrEqual(7);
    await svc.handle(msg('ERASE', from), 'sync');
    expect((await t.app.store.query('select 1 from codewords')).rows).toHaveLength(0);
  });
});
