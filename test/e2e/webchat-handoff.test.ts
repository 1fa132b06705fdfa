// A web chat contact talks to a person, in a real headless Chromium (Debian's): they ask for a
// person and consent, the handoff is queued and its card reaches a fake staff console, a lead
// worker (on the roster) claims it and replies through the desk, and the page — which cannot be
// pushed to — picks the notices and the reply up by polling. Then quick exit with a reply still
// waiting: nothing about the contact is left, the outbox rows included.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser } from 'playwright-core';
import { CHROMIUM_SKIP_REASON, haveChromium, launchChromium } from '../support/chromium.ts';
import { loadConfig } from '../../src/config.ts';
import { openApp, type App } from '../../src/app.ts';
import { createHttpApp, listen } from '../../src/server.ts';
import type { HandoffWorker } from '../../src/handoff/worker.ts';
import { ANA, FakeConsole, ROSTER } from '../handoff/support.ts';

/* eslint-disable @typescript-eslint/no-explicit-any */
declare const sessionStorage: any;

const chromiumReady = haveChromium('web chat handoff e2e');

const urlOf = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
const S1 = 'Hello, I am Ana. Are you somewhere safe to chat?';
const S2 = 'I will stay here with you.';
const C1 = 'yes, my boss has my passport zebra-4471';

describe.skipIf(!chromiumReady)(`web chat handoff in Chromium${chromiumReady ? '' : ` — ${CHROMIUM_SKIP_REASON}`}`, () => {
  let dataDir: string;
  let app: App;
  let server: Server;
  let neutral: Server;
  let base: string;
  let neutralUrl: string;
  let browser: Browser;
  let worker: HandoffWorker;
  const console_ = new FakeConsole();

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-e2e-handoff-'));
    const rosterFile = join(dataDir, 'roster.yaml');
    writeFileSync(rosterFile, ROSTER);
    const n = express();
    n.get('/', (_req, res) => {
      res.type('html').send('<!doctype html><html lang="en"><title>Weather</title><p>Sunny.</p></html>');
    });
    neutral = await listen(n, 0);
    neutralUrl = `${urlOf(neutral)}/`;
    const config = loadConfig({ DATA_DIR: dataDir, QUICK_EXIT_URL: neutralUrl, LOG_LEVEL: 'silent', PORT: '0', ROSTER_FILE: rosterFile });
    app = await openApp(config, { memoryStore: true });
    app.handoff.attachConsole(console_);
    worker = app.handoff.createWorker({ backoff: { baseMs: 1, maxMs: 1, maxAttempts: 8 } });
    server = await listen(createHttpApp(app), 0);
    base = urlOf(server);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    neutral?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function rowsContaining(needle: string): Promise<Record<string, number>> {
    const tables = await app.store.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
    );
    const hits: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const r = await app.store.query<{ n: number }>(`select count(*)::int as n from "${name}" t where row_to_json(t)::text like $1`, [`%${needle}%`]);
      if ((r.rows[0]?.n ?? 0) > 0) hits[name] = r.rows[0]!.n;
    }
    return hits;
  }

  it('asks for a person, consents, and sees the claim notice and the lead worker’s replies; quick exit leaves nothing, waiting rows included', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('button.choice[data-choice="safe"]').click();
    await page.getByLabel('Your message').fill('HUMAN');
    await page.keyboard.press('Enter');
    await page.locator('button.choice[data-choice="yes"]').click();
    await expect.poll(() => page.locator('#log').textContent()).toMatch(/one short message/i);
    await page.getByLabel('Your message').fill('no');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log').textContent()).toMatch(/next in line|in line|waiting/i);
    const sessionId = (await page.evaluate(() => sessionStorage.getItem('waypoint.session'))) as string;
    const key = app.conversations.keyOf('web', sessionId);

    // The card reaches the staff console; a lead worker on the roster claims it.
    await worker.runOnce();
    const notify = console_.calls.find((c) => c.op === 'notify');
    expect(notify && notify.op === 'notify' ? notify.card.channel : '').toBe('web');
    const id = notify!.op === 'notify' ? notify!.card.handoffId : '';
    await app.handoff.desk.claim(id, ANA);
    await expect.poll(() => page.locator('#log').textContent(), { timeout: 15_000 }).toContain('A support worker is here now');

    // The lead worker writes; the page picks it up within a poll or two.
    await app.handoff.desk.reply(id, ANA, S1);
    await expect.poll(() => page.locator('#log').textContent(), { timeout: 15_000 }).toContain(S1);
    // Shown once, even though the poll that acknowledges it came after.
    await page.waitForTimeout(4_500);
    expect(await page.locator('#log .msg.theirs', { hasText: S1 }).count()).toBe(1);
    // Sent rows keep no address; nothing in clear anywhere.
    const sent = await app.store.query<{ n: number }>(`select count(*)::int as n from outbox where channel = 'web' and status = 'sent' and address_enc is null`);
    expect(sent.rows[0]!.n).toBeGreaterThanOrEqual(2);
    expect(await rowsContaining(sessionId)).toEqual({});
    expect(await rowsContaining(S1)).toEqual({});

    // The contact answers; it reaches the claimer's private conversation.
    await page.getByLabel('Your message').fill(C1);
    await page.keyboard.press('Enter');
    await expect.poll(async () => {
      await worker.runOnce();
      return console_.privateLines().some((l) => l.from === 'contact' && l.text === C1);
    }).toBe(true);

    // A second reply waits in the outbox; quick exit erases it with everything else.
    await app.handoff.desk.reply(id, ANA, S2);
    const waiting = await app.store.query<{ n: number }>(`select count(*)::int as n from outbox where contact_key = $1 and status = 'pending'`, [key]);
    expect(waiting.rows[0]!.n).toBeGreaterThan(0);
    await page.getByRole('button', { name: /Quick exit/i }).click();
    await page.waitForURL(neutralUrl);
    await expect.poll(() => rowsContaining(key)).toEqual({});
    // Quick exit reaches the console too: every private post about the contact is deleted and the card blanked.
    for (let i = 0; i < 3; i++) await worker.runOnce();
    const privateTs = console_.calls.flatMap((c) => (c.op === 'private' ? [c.ref.messageRef] : []));
    expect(privateTs.length).toBeGreaterThan(0);
    expect(console_.calls.flatMap((c) => (c.op === 'remove' ? [c.ref.messageRef] : []))).toEqual(expect.arrayContaining(privateTs));
    expect(console_.calls.some((c) => c.op === 'blank')).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
