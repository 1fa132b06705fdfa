// A lead worker's reply reaches the contact as an ordinary output through the outbox: its text
// sealed in the row (never in clear), opened only to send, and deleted from the row once it is
// sent or given up (migration 0010); the message key stays.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANA, startHarness, type Harness } from './support.ts';

const PHONE = '+15555550188';
const REPLY = 'We can talk now. Is this a good time for you?';

async function claimed(h: Harness): Promise<string> {
  await h.sms(PHONE, 'hi');
  await h.sms(PHONE, 'HUMAN');
  await h.sms(PHONE, '1');
  await h.sms(PHONE, '2'); // no notice
  await h.settle();
  const notify = h.console.calls.find((c) => c.op === 'notify');
  const id = notify?.op === 'notify' ? notify.card.handoffId : '';
  await h.app.handoff.desk.claim(id, ANA);
  await h.settle();
  return id;
}

const staffRows = async (h: Harness): Promise<{ status: string; outputs: { key: string; sealed?: string }[] }[]> =>
  (await h.app.store.query<{ status: string; payload: { outputs: { key: string; sealed?: string }[] } }>(
    `select status, payload from outbox where payload::text like '%handoff-staff-reply%' order by id`,
  )).rows.map((r) => ({ status: r.status, outputs: r.payload.outputs }));

describe('a lead worker’s reply through the outbox', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => h.close());

  it('waits sealed, goes out as text, and keeps no sealed text once sent', async () => {
    const id = await claimed(h);
    await h.app.handoff.desk.reply(id, ANA, REPLY);
    const waiting = await staffRows(h);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.status).toBe('pending');
    expect(waiting[0]!.outputs[0]!.sealed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(JSON.stringify(waiting)).not.toContain('good time');
    await h.settle();
    expect(h.twilio.requests.map((r) => r.body.Body)).toContain(REPLY);
    expect(await staffRows(h)).toEqual([{ status: 'sent', outputs: [{ key: 'handoff-staff-reply', lang: 'en' }] }]);
  });

  it('keeps no sealed text once Twilio said no and the row was given up', async () => {
    const id = await claimed(h);
    h.twilio.failNext(400);
    await h.app.handoff.desk.reply(id, ANA, REPLY);
    await h.settle();
    expect(await staffRows(h)).toEqual([{ status: 'dead', outputs: [{ key: 'handoff-staff-reply', lang: 'en' }] }]);
  });
});
