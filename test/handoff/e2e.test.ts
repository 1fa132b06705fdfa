// The handoff end to end: a contact on SMS (signed Twilio webhooks) asks for a person and
// consents; a fake staff console gets the card; a lead worker claims, two messages go each
// way (the contact's as thread posts, the worker's through the outbox to the fake Twilio
// REST API); the worker closes with an outcome and the contact is back with the assistant.
// Then: no phone number and no message text in any table (except encrypted in the
// transcript), and after the retention sweep not even that. Also ERASE mid-handoff, refused
// claims and a reply after close.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeskError } from '../../src/handoff/types.ts';
import { ANA, BO, EVA, SAM, dumpTables, startHarness, type ConsoleCall, type Harness } from './support.ts';
import { hasServer, SERVER_SKIP_REASON } from '../support/stores.ts';

const PHONE = '+15555550177';
const DIGITS = '5555550177';
const C1 = 'my boss kept my passport';
const C2 = 'I work at the farm near the river';
const S1 = 'Thank you for telling me. Are you safe right now?';
const S2 = 'Here is what we can do next, step by step.';

async function toHandoff(h: Harness, phone = PHONE): Promise<string[]> {
  await h.sms(phone, 'hi');
  await h.sms(phone, 'HUMAN');
  await h.sms(phone, '1');
  return h.sms(phone, '2'); // no notice
}

/** Queued, the card posted, claimed by Ana, and one line from the contact in her private conversation. */
async function claimedWithOneLine(h: Harness): Promise<{ card: Extract<ConsoleCall, { op: 'notify' }>; id: string }> {
  await toHandoff(h);
  await h.settle();
  const card = h.console.calls.find((c): c is Extract<ConsoleCall, { op: 'notify' }> => c.op === 'notify')!;
  const id = card.card.handoffId;
  await h.app.handoff.desk.claim(id, ANA);
  await h.sms(PHONE, C1);
  await h.settle();
  return { card, id };
}

async function deskError(p: Promise<unknown>): Promise<DeskError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DeskError);
  return e as DeskError;
}

for (const server of [false, true]) {
  describe.skipIf(server && !hasServer)(`handoff end to end [${server ? 'pg' : 'pglite'}]${server && !hasServer ? ` — ${SERVER_SKIP_REASON}` : ''}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await startHarness({ server, env: { HANDOFF_RETENTION_DAYS: '0' } });
    });
    afterEach(async () => h.close());

    it('SMS contact → consent → card → claim → two messages each way → close → back with the bot; nothing left in clear, nothing after the sweep', async () => {
      const queued = await toHandoff(h);
      expect(queued.join('\n')).toContain('You are next in line');
      await h.settle();
      const notify = h.console.calls.filter((c) => c.op === 'notify');
      expect(notify).toHaveLength(1);
      const card = notify[0]!.op === 'notify' ? notify[0]!.card : null;
      expect(card).toMatchObject({ lang: 'en', channel: 'sms', state: 'queued', topics: ['talk-to-person'] });
      expect(card!.handle).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{4}$/);
      expect(JSON.stringify(h.console.calls)).not.toContain(DIGITS);
      const id = card!.handoffId;
      expect(await h.app.handoff.desk.byConsoleRef('slack', notify[0]!.ref.messageRef)).toBe(id);

      // Claim: the contact is told (through the outbox, to the fake Twilio REST API).
      const claimed = await h.app.handoff.desk.claim(id, ANA);
      expect(claimed).toMatchObject({ state: 'claimed', claimedBy: 'Ana' });
      await h.settle();
      const sent = (): string[] => h.twilio.requests.map((r) => String(r.body.Body));
      expect(sent().join('\n')).toContain('A support worker is here now');
      expect(h.twilio.requests.every((r) => r.body.To === PHONE)).toBe(true);

      // Two messages each way.
      expect(await h.sms(PHONE, C1)).toEqual([]);
      await h.app.handoff.desk.reply(id, ANA, S1);
      expect(await h.sms(PHONE, C2)).toEqual([]);
      await h.app.handoff.desk.reply(id, ANA, S2);
      await h.settle();
      // The claimer's private conversation only: opened at the claim, then each line (hers shown back).
      expect(h.console.privateLines()).toEqual([
        { from: 'contact', text: C1 },
        { from: 'staff', text: S1 },
        { from: 'contact', text: C2 },
        { from: 'staff', text: S2 },
      ]);
      expect(h.console.calls.filter((c) => c.op === 'private').every((c) => c.op === 'private' && c.to.userId === ANA.userId)).toBe(true);
      expect(sent()).toContain(S1);
      expect(sent()).toContain(S2);
      expect(await h.app.handoff.desk.view(id, ANA)).toMatchObject([
        { from: 'contact', text: C1 },
        { from: 'staff', text: S1 },
        { from: 'contact', text: C2 },
        { from: 'staff', text: S2 },
      ]);
      // Nobody else reads it.
      expect((await deskError(h.app.handoff.desk.view(id, BO))).code).toBe('not_allowed');

      // While open: no phone number, no text anywhere except encrypted.
      let dump = await dumpTables(h.app);
      for (const secret of [DIGITS, C1, C2, S1, S2]) expect(dump).not.toContain(secret);

      // Close with an outcome: the contact is told and back with the assistant.
      const closed = await h.app.handoff.desk.close(id, ANA, 'referral_legal');
      expect(closed).toMatchObject({ state: 'closed', outcome: 'referral_legal' });
      // Closed: the reply address is gone at once; the transcript stays (encrypted) until the sweep.
      const hand = await h.app.store.query<{ address_enc: unknown }>('select address_enc from handoffs');
      expect(hand.rows).toEqual([{ address_enc: null }]);
      expect((await h.app.store.query('select count(*)::int as n from handoff_messages')).rows[0]).toEqual({ n: 4 });
      await h.settle();
      expect(sent().join('\n')).toContain('The support worker closed this chat');
      const updates = h.console.calls.filter((c) => c.op === 'update').map((c) => (c.op === 'update' ? c.card.state : ''));
      expect(updates).toEqual(['claimed', 'closed']);
      const back = await h.sms(PHONE, 'MENU');
      expect(back.length).toBeGreaterThan(0);
      expect(h.console.privateLines().filter((l) => l.from === 'contact')).toHaveLength(2);

      // Reply after close: refused, nothing sent.
      const before = h.twilio.requests.length;
      expect((await deskError(h.app.handoff.desk.reply(id, ANA, 'one more thing'))).code).toBe('closed');
      await h.settle();
      expect(h.twilio.requests.length).toBe(before);

      // Audit: who, what — no content.
      const audit = await h.app.store.query<{ actor: string; action: string; subject: string | null }>('select actor, action, subject from audit_log order by id');
      expect(audit.rows.map((r) => `${r.actor} ${r.action}`)).toEqual(
        expect.arrayContaining(['contact handoff_queued', 'lw-ana handoff_claimed', 'lw-ana handoff_replied', 'lw-ana handoff_viewed', 'lw-ana handoff_closed', 'lw-bo handoff_view_refused', 'lw-ana handoff_reply_refused']),
      );

      dump = await dumpTables(h.app);
      for (const secret of [DIGITS, C1, C2, S1, S2]) expect(dump).not.toContain(secret);

      // Retention 0: the sweep (in the worker rounds above, once the "closed" card and note
      // were sent) deleted the handoff and its transcript; the counters stay.
      for (const t of ['handoffs', 'handoff_messages', 'console_posts', 'console_jobs']) {
        const r = await h.app.store.query(`select count(*)::int as n from ${t}`);
        expect(r.rows[0], t).toEqual({ n: 0 });
      }
      const counters = await h.app.store.query<{ metric: string }>(`select metric from counters where metric like 'handoff_outcome:%' or metric like 'handoff_wait:%' order by metric`);
      expect(counters.rows.map((r) => r.metric)).toEqual(['handoff_outcome:referral_legal', 'handoff_wait:lt5m']);
      expect(h.logs()).not.toContain(DIGITS);
      for (const t of [C1, C2, S1, S2]) expect(h.logs()).not.toContain(t);
    });

    it('ERASE mid-handoff deletes everything; every private post is deleted and the card blanked; a later claim is refused as erased', async () => {
      const { card, id } = await claimedWithOneLine(h);
      const seen = h.console.calls.length;

      const erased = await h.sms(PHONE, 'ERASE');
      expect(erased.length).toBeGreaterThan(0);
      for (const t of ['contacts', 'sessions', 'handoffs', 'handoff_messages', 'console_posts']) {
        const r = await h.app.store.query(`select count(*)::int as n from ${t}`);
        expect(r.rows[0], t).toEqual({ n: 0 });
      }
      await h.settle();
      const after = h.console.calls.slice(seen);
      const privateTs = h.console.calls.filter((c) => c.op === 'private').map((c) => c.op === 'private' && c.ref.messageRef);
      expect(privateTs.length).toBeGreaterThan(0);
      expect(after.filter((c) => c.op === 'remove').map((c) => c.op === 'remove' && c.ref.messageRef)).toEqual(privateTs);
      expect(after.filter((c) => c.op === 'blank').map((c) => c.op === 'blank' && c.ref.messageRef)).toEqual([card.ref.messageRef]);
      expect(after.filter((c) => c.op === 'private' || c.op === 'update')).toEqual([]);
      expect(after.filter((c) => c.op === 'notify')).toEqual([]);
      const dump = await dumpTables(h.app);
      expect(dump).not.toContain(DIGITS);
      expect(dump).not.toContain(C1);
      expect(await h.app.store.query('select * from console_jobs')).toMatchObject({ rows: [] });

      expect((await deskError(h.app.handoff.desk.claim(id, BO))).code).toBe('erased');
      expect((await deskError(h.app.handoff.desk.reply(id, ANA, 'hello?'))).code).toBe('erased');
    });

    it('a delete the platform refuses for good is given up and shows in the audit log as a code, with no id or message reference', async () => {
      const { card } = await claimedWithOneLine(h);
      const refs = h.console.calls.flatMap((c) => (c.op === 'private' || c.op === 'notify' ? [c.ref.messageRef, c.ref.channelRef] : []));
      h.console.refuseRemoves = true;
      await h.sms(PHONE, 'ERASE');
      await h.settle();
      const failed = await h.app.store.query<{ actor: string; subject: string | null; detail: unknown }>(`select actor, subject, detail from audit_log where action = 'console_forget_failed'`);
      expect(failed.rows).toEqual([{ actor: 'system', subject: null, detail: { console: 'slack', code: 'slack_cant_delete_message' } }]);
      const audit = JSON.stringify((await h.app.store.query('select * from audit_log')).rows);
      for (const ref of refs) expect(audit).not.toContain(ref);
      // The other posts were still dealt with: the card is blank.
      expect(h.console.calls.filter((c) => c.op === 'blank').map((c) => c.op === 'blank' && c.ref.messageRef)).toEqual([card.ref.messageRef]);
    });

    it('a claim on a claimed handoff names who has it; unknown staff, wrong language and bad input are refused; nothing changes', async () => {
      await toHandoff(h);
      await h.settle();
      const first = h.console.calls.find((c) => c.op === 'notify')!;
      const id = first.op === 'notify' ? first.card.handoffId : '';

      expect((await deskError(h.app.handoff.desk.claim(id, { platform: 'slack', userId: 'U_NOBODY' }))).code).toBe('unknown_staff');
      expect((await deskError(h.app.handoff.desk.claim(id, EVA))).code).toBe('not_allowed'); // Spanish only; this one is English
      expect((await deskError(h.app.handoff.desk.reply(id, ANA, 'hi'))).code).toBe('not_allowed'); // claim first
      expect(await h.app.handoff.desk.queue(EVA)).toEqual([]);
      expect((await h.app.handoff.desk.queue(ANA)).map((c) => c.handoffId)).toEqual([id]);

      await h.app.handoff.desk.claim(id, BO);
      const e = await deskError(h.app.handoff.desk.claim(id, ANA));
      expect(e.code).toBe('already_claimed');
      expect(e.message).toContain('Bo');
      expect((await deskError(h.app.handoff.desk.reply(id, BO, '   '))).code).toBe('empty');
      expect((await deskError(h.app.handoff.desk.close(id, BO, 'nonsense' as never))).code).toBe('bad_outcome');
      expect((await deskError(h.app.handoff.desk.close(id, ANA, 'other'))).code).toBe('not_allowed');
      const row = await h.app.store.query('select state, claimed_by from handoffs');
      expect(row.rows).toEqual([{ state: 'claimed', claimed_by: 'lw-bo' }]);
      // A supervisor sees everything and may hand it back.
      expect((await h.app.handoff.desk.queue(SAM)).length).toBe(1);
      expect(await h.app.handoff.desk.handBack(id, SAM)).toMatchObject({ state: 'closed', outcome: 'other' });
    });

    it('MENU while waiting leaves the line (outcome other, cancelled); EMERGENCY renotifies at once, calling supervisors', async () => {
      await toHandoff(h);
      await h.settle();
      await h.sms(PHONE, 'EMERGENCY');
      await h.settle();
      const re = h.console.calls.filter((c) => c.op === 'notify' && c.renotify);
      expect(re).toMatchObject([{ mention: 'supervisors', card: { urgent: true } }]);
      await h.sms(PHONE, 'MENU');
      await h.settle();
      const r = await h.app.store.query<{ actor: string; detail: unknown }>(`select actor, detail from audit_log where action = 'handoff_cancelled'`);
      expect(r.rows).toEqual([{ actor: 'contact', detail: { outcome: 'other', detail: 'cancelled' } }]);
      // Nobody had claimed it: no private conversation, and the card says closed.
      expect(h.console.calls.filter((c) => c.op === 'private')).toEqual([]);
      expect(h.console.calls.filter((c) => c.op === 'update').map((c) => c.op === 'update' && c.card.state)).toContain('closed');
    });

    it('an unclaimed handoff is posted again after HANDOFF_RENOTIFY_MINUTES, then supervisors are called; a console outage is retried', async () => {
      await toHandoff(h);
      let now = new Date(Date.now() + 1000);
      const worker = h.app.handoff.createWorker({ now: () => now, backoff: { baseMs: 1, maxMs: 1, maxAttempts: 8 } });
      h.console.failures = 2;
      for (let i = 0; i < 5; i++) {
        await worker.runOnce();
        await new Promise((r) => setTimeout(r, 5));
        now = new Date(now.getTime() + 10);
      }
      expect(h.console.calls.filter((c) => c.op === 'notify')).toHaveLength(1);
      now = new Date(now.getTime() + 11 * 60_000);
      await worker.runOnce();
      await worker.runOnce();
      now = new Date(now.getTime() + 11 * 60_000);
      await worker.runOnce();
      await worker.runOnce();
      const notes = h.console.calls.filter((c) => c.op === 'notify').map((c) => (c.op === 'notify' ? `${c.renotify}:${c.mention ?? ''}` : ''));
      expect(notes).toEqual(['false:', 'true:', 'true:supervisors']);
    });
  });
}
