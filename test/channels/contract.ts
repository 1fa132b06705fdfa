// The contract every inbound channel keeps, run once per channel (sms, whatsapp, web, teams). A channel hands in a driver that knows how to build, sign and
// observe its platform's deliveries; the suite checks the same promises on each:
//   - forged, missing or stale signatures are refused (401/403) and change no row anywhere;
//   - the same provider message twice, or 50 times at once, gives one reply and one session step
//     (on real PostgreSQL when DATABASE_URL is set, PGlite otherwise);
//   - malformed payloads get a 4xx with a short reason; bodies over 64 KB get 413;
//   - the captured logs never hold the address, the platform id or the message text;
//   - outbound sends go through the outbox: retried with backoff when the network fails,
//     given up at once when the platform says no.
// A check that cannot apply to a channel is skipped by a capability flag whose reason is in
// the test's name (the web chat is anonymous: nothing to sign, and the page picks its later
// messages up instead of being sent them) — never replaced by a check that cannot fail.
// A channel with no webhook (the WhatsApp linked device) hands in `deliver` instead of being
// posted to: there the HTTP status checks do not apply, the reply, row and log checks do.
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.ts';
import type { Dispatcher } from '../../src/channels/outbox/dispatcher.ts';
import { tableRowCounts } from '../support/app.ts';

/** What the outbox checks drive: the fake platform API fails its next requests. */
export interface FailingPlatform {
  failNext(status: number | 'drop', times?: number): void;
}

/** Checks that do not apply to a channel, each with the reason (shown in the skipped test's name). */
export interface ContractSkips {
  /** The channel has no signature to check. */
  signature?: string;
  /** The channel is not sent to through a platform API (no retry, no platform 4xx). */
  outbound?: string;
  /** The channel takes no HTTP body, so there is no size limit to answer with 413. */
  bodyLimit?: string;
}

/** One HTTP delivery as the platform would make it. */
export interface Delivery {
  body: string;
  contentType: string;
  /** The contact a malformed delivery names, if any: its rows are compared on a shared PostgreSQL server. */
  from?: string;
}

export interface ContractHarness<P extends FailingPlatform = FailingPlatform> {
  app: App;
  /**
   * Hand the delivery to the channel directly instead of posting it to `url` + `path` (a channel
   * with no webhook). Resolves with what `replies` reads once the channel has handled it;
   * rejects when the channel failed on it.
   */
  deliver?(d: Delivery): Promise<string>;
  /** The base URL of our HTTP server. */
  url: string;
  /** The webhook path. */
  path: string;
  /** Everything logged since start, as written by the logger. */
  logs(): string;
  /** The fake platform API that receives outbound sends. */
  platform: P;
  /** The outbox, driven step by step; its clock is `clock`. */
  outbox: Dispatcher;
  clock: TestClock;
  /** A fresh provider message id. */
  newId(): string;
  /** A fresh, fake contact address, as the platform writes it (E.164 for SMS, digits for WhatsApp). */
  newAddress(): string;
  /** A delivery of one text message. */
  message(p: { id: string; from: string; text: string }): Delivery;
  /** Headers that authenticate the delivery. */
  sign(d: Delivery): Record<string, string>;
  /** Headers signed with the wrong secret. */
  forge(d: Delivery): Record<string, string>;
  /** Headers that were valid once but not for this delivery (a captured signature, a rotated secret, an expired token). */
  stale(d: Delivery): Record<string, string>;
  /** Validly signed deliveries whose payload is malformed. */
  malformed(): Delivery[];
  /** How many replies reached `address`, given the HTTP responses of the deliveries. */
  replies(address: string, responses: string[]): Promise<number>;
  /** Make a reply to `address` wait in the outbox (the contact wrote in just before). */
  queueReply(address: string): Promise<void>;
  /** Outbound sends recorded by the fake platform for this address. */
  sentTo(address: string): number;
  close(): Promise<void>;
}

/** Real time plus an offset the test moves forward (rows are written with real time). */
export class TestClock {
  private offset = 0;
  now = (): Date => new Date(Date.now() + this.offset);
  advance(ms: number): void {
    this.offset += ms;
  }
}

/** A writable stream that keeps what the logger writes, for the privacy checks. */
export function logSink(): { stream: Writable; text(): string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}

/**
 * Row counts of every table: a refused request must leave all of them as they were. On a real
 * PostgreSQL server other test files write at the same time, so there only this file's own
 * tables are compared when `scope` is given (its contacts and provider ids); PGlite is private
 * to the test file and is compared whole.
 */
export async function rowCounts(app: App, scope?: { channel: string; addresses: string[]; ids: string[] }): Promise<Record<string, number>> {
  if (app.store.kind === 'pg' && scope) {
    const keys = scope.addresses.map((a) => app.conversations.keyOf(scope.channel, a));
    const c = await app.store.query<{ n: number }>('select count(*)::int as n from contacts where key = any($1::text[])', [keys]);
    const i = await app.store.query<{ n: number }>('select count(*)::int as n from inbox where channel = $1 and provider_id = any($2::text[])', [
      scope.channel,
      scope.ids,
    ]);
    const o = await app.store.query<{ n: number }>('select count(*)::int as n from outbox where contact_key = any($1::text[])', [keys]);
    return { contacts: c.rows[0]!.n, inbox: i.rows[0]!.n, outbox: o.rows[0]!.n };
  }
  return tableRowCounts(app.store);
}

/** The sum of `turns` over every stored session: one step of one session adds exactly 1. */
export async function sessionTurns(app: App): Promise<number> {
  const tables = await app.store.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
  );
  let total = 0;
  for (const { name } of tables.rows) {
    const r = await app.store.query<{ j: string }>(`select row_to_json(t)::text as j from "${name}" t`);
    for (const { j } of r.rows) for (const m of j.matchAll(/"turns":\s*(\d+)/g)) total += Number(m[1]);
  }
  return total;
}

/** The HTTP status, or undefined when the channel was handed the delivery directly (`deliver`). */
async function post(h: ContractHarness, d: Delivery, headers: Record<string, string>): Promise<{ status: number | undefined; text: string }> {
  if (h.deliver) return { status: undefined, text: await h.deliver(d) };
  const res = await fetch(`${h.url}${h.path}`, { method: 'POST', headers: { 'content-type': d.contentType, ...headers }, body: d.body });
  return { status: res.status, text: await res.text() };
}

/** The forms an address may take in a log line: with and without `+` (or `@c.us`), and the national number. */
function addressForms(address: string): string[] {
  const phone = /^(\+?[0-9][0-9 ()-]{6,})(@c\.us)?$/.exec(address)?.[1];
  if (!phone) return [address];
  const digits = phone.replace(/\D/g, '');
  return [address, digits, digits.slice(-10)];
}

/** `it`, or `it.skip` with the reason in the name when the channel declares the check does not apply. */
function check(skip: string | undefined): (title: string, fn: () => Promise<void> | void) => void {
  return (title, fn) => (skip ? it.skip(`${title} — not applicable: ${skip}`, fn) : it(title, fn));
}

export function channelContract(name: string, start: () => Promise<ContractHarness>, skips: ContractSkips = {}): void {
  const signed = check(skips.signature);
  const outbound = check(skips.outbound);
  const bodyLimit = check(skips.bodyLimit);
  describe(`channel contract: ${name}`, () => {
    let h: ContractHarness;
    /** HTTP status checks; a channel handed its deliveries directly (`deliver`) has no status to check. */
    const http = (): boolean => h.deliver === undefined;
    const secretText = 'my boss keeps my passport zebra-4471';
    const seen: { addresses: string[]; ids: string[] } = { addresses: [], ids: [] };
    const track = (address: string, id: string): void => {
      seen.addresses.push(address);
      seen.ids.push(id);
    };

    beforeAll(async () => {
      h = await start();
    });
    afterAll(async () => {
      await h?.close();
    });

    signed('refuses a missing, forged or stale signature and changes no row', async () => {
      const from = h.newAddress();
      const earlier = h.message({ id: h.newId(), from, text: 'earlier' });
      const id = h.newId();
      const d = h.message({ id, from, text: secretText });
      const scope = { channel: name, addresses: [from], ids: [id] };
      const before = await rowCounts(h.app, scope);
      const missing = await post(h, d, {});
      const forged = await post(h, d, h.forge(d));
      const stale = await post(h, d, h.stale(earlier));
      expect(missing.status).toBeGreaterThanOrEqual(401);
      expect(missing.status).toBeLessThanOrEqual(403);
      expect([401, 403]).toContain(forged.status);
      expect([401, 403]).toContain(stale.status);
      expect(await rowCounts(h.app, scope)).toEqual(before);
      await h.outbox.dispatchOnce();
      expect(h.sentTo(from)).toBe(0);
    });

    it('answers a valid delivery', async () => {
      const from = h.newAddress();
      const id = h.newId();
      track(from, id);
      const d = h.message({ id, from, text: secretText });
      const res = await post(h, d, h.sign(d));
      if (http()) expect(res.status).toBe(200);
      expect(await h.replies(from, [res.text])).toBe(1);
    });

    it('gives one reply and one session step for the same message delivered twice', async () => {
      const from = h.newAddress();
      const id = h.newId();
      track(from, id);
      const d = h.message({ id, from, text: secretText });
      const turns = await sessionTurns(h.app);
      const a = await post(h, d, h.sign(d));
      const b = await post(h, d, h.sign(d));
      if (http()) expect([a.status, b.status]).toEqual([200, 200]);
      expect(await h.replies(from, [a.text, b.text])).toBe(1);
      expect((await sessionTurns(h.app)) - turns).toBe(1);
    });

    it('gives one reply and one session step for 50 concurrent deliveries of one message', async () => {
      const from = h.newAddress();
      const id = h.newId();
      track(from, id);
      const d = h.message({ id, from, text: secretText });
      const turns = await sessionTurns(h.app);
      const all = await Promise.all(Array.from({ length: 50 }, () => post(h, d, h.sign(d))));
      if (http()) expect(all.every((r) => r.status === 200)).toBe(true);
      expect(await h.replies(from, all.map((r) => r.text))).toBe(1);
      expect((await sessionTurns(h.app)) - turns).toBe(1);
    });

    it('refuses malformed payloads with a 4xx and a short reason, and changes no row', async () => {
      const malformed = h.malformed();
      const scope = { channel: name, addresses: malformed.flatMap((d) => (d.from ? [d.from] : [])), ids: [] };
      const before = await rowCounts(h.app, scope);
      for (const d of malformed) {
        // With `deliver`, a rejection (the channel failed on the payload) fails the test here.
        const res = await post(h, d, h.sign(d));
        if (!http()) continue;
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.text.length).toBeLessThan(200);
        expect(res.text).not.toMatch(/at .*\.ts:\d+/);
      }
      expect(await rowCounts(h.app, scope)).toEqual(before);
    });

    bodyLimit('refuses a body over 64 KB with 413', async () => {
      const from = h.newAddress();
      const id = h.newId();
      const d = h.message({ id, from, text: 'x'.repeat(70 * 1024) });
      const scope = { channel: name, addresses: [from], ids: [id] };
      const before = await rowCounts(h.app, scope);
      const res = await post(h, d, h.sign(d));
      expect(res.status).toBe(413);
      expect(await rowCounts(h.app, scope)).toEqual(before);
    });

    outbound('sends through the outbox, retrying a network failure with backoff', async () => {
      const to = h.newAddress();
      await h.queueReply(to);
      h.platform.failNext('drop');
      const first = await h.outbox.dispatchOnce();
      expect(first).toMatchObject({ sent: 0, retried: 1, dead: 0 });
      expect(h.sentTo(to)).toBe(0);
      // Not due yet: nothing happens.
      expect(await h.outbox.dispatchOnce()).toMatchObject({ sent: 0, retried: 0, dead: 0 });
      h.clock.advance(6_000);
      h.platform.failNext(503);
      expect(await h.outbox.dispatchOnce()).toMatchObject({ retried: 1 });
      // Backoff doubled: 6 s later is still too early, 11 s is not.
      h.clock.advance(6_000);
      expect(await h.outbox.dispatchOnce()).toMatchObject({ sent: 0, retried: 0 });
      h.clock.advance(5_000);
      expect(await h.outbox.dispatchOnce()).toMatchObject({ sent: 1 });
      expect(h.sentTo(to)).toBeGreaterThan(0);
    });

    outbound('does not retry when the platform says no (4xx)', async () => {
      const to = h.newAddress();
      await h.queueReply(to);
      h.platform.failNext(400);
      expect(await h.outbox.dispatchOnce()).toMatchObject({ sent: 0, retried: 0, dead: 1 });
      h.clock.advance(2 * 60 * 60 * 1000);
      expect(await h.outbox.dispatchOnce()).toMatchObject({ sent: 0, retried: 0, dead: 0 });
      expect(h.sentTo(to)).toBe(0);
    });

    it('keeps no address in the outbox once a row is done', async () => {
      const r = await h.app.store.query<{ n: number }>(
        "select count(*)::int as n from outbox where address_enc is not null and status in ('sent', 'dead')",
      );
      expect(r.rows[0]?.n).toBe(0);
    });

    it('never logs the address, the platform id or the message text', () => {
      const logs = h.logs();
      expect(logs.length).toBeGreaterThan(0);
      expect(logs).not.toContain('zebra-4471');
      expect(logs).not.toContain('passport');
      for (const a of seen.addresses) for (const form of addressForms(a)) expect(logs).not.toContain(form);
      for (const id of seen.ids) expect(logs).not.toContain(id);
    });
  });
}
