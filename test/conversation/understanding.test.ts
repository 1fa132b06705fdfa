// Free text reaches the same routing through the conversation service, whatever the channel.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { InboundMessage } from '../../src/conversation/types.ts';
import { openTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
let seq = 0;
const msg = (address: string, text: string): InboundMessage => ({
  channel: 'sms',
  address,
  providerId: `SMu${++seq}`,
  input: { type: 'text', text },
  receivedAt: new Date('2026-11-23T12:00:00Z'),
});

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => t.close());

it('a question typed at the menu goes to the reviewed topic', async () => {
  const a = '+15555550301';
  const svc = t.app.conversations;
  const hello = await svc.handle(msg(a, 'hola'), 'sync'); // a Spanish greeting: answered in Spanish
  expect(hello.outputs.every((o) => o.lang === 'es')).toBe(true);
  await svc.handle(msg(a, '1'), 'sync'); // safe to talk
  const r = await svc.handle(msg(a, 'mi jefe no me paga las horas extra'), 'sync');
  expect(r.step?.session.topics).toContain('wages');
  expect(r.outputs.every((o) => o.lang === 'es')).toBe(true);
});

it('danger as a first message: the emergency flow before anything else', async () => {
  const r = await t.app.conversations.handle(msg('+15555550302', 'he is coming back now, I am locked in, help'), 'sync');
  expect(r.step?.events.map((e) => e.type)).toContain('danger_detected');
  expect(r.step?.session.topics[0]).toBe('emergency');
  expect(r.outputs.map((o) => o.key)).not.toContain('welcome-hello');
});

it('understanding leaves no text behind: logs and tables', async () => {
  const logs = t.logs();
  expect(logs).not.toContain('horas extra');
  expect(logs).not.toContain('locked in');
  const inbox = await t.app.store.query('select reply::text as r from inbox');
  expect(JSON.stringify(inbox.rows)).not.toContain('horas');
});
