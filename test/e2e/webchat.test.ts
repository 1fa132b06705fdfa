// The web chat in a real headless Chromium (Debian's, never a downloaded one), against the
// real HTTP app and an in-memory store. Skipped, with a message, only when /usr/bin/chromium
// is missing (apt-get install -y --no-install-recommends chromium).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_SKIP_REASON, haveChromium, launchChromium } from '../support/chromium.ts';
import { loadConfig } from '../../src/config.ts';
import { openApp, type App } from '../../src/app.ts';
import { createHttpApp, listen } from '../../src/server.ts';

// Browser globals, used only inside page.evaluate() (the project's lib has no DOM types).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any, sessionStorage: any, localStorage: any, innerHeight: number, getComputedStyle: any;

const chromiumReady = haveChromium('web chat e2e');

const urlOf = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

describe.skipIf(!chromiumReady)(`web chat in Chromium${chromiumReady ? '' : ` — ${CHROMIUM_SKIP_REASON}`}`, () => {
  let dataDir: string;
  let app: App;
  let server: Server;
  let neutral: Server;
  let base: string;
  let neutralUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-e2e-'));
    // A neutral page on another origin stands in for the weather search quick exit opens.
    const n = express();
    n.get('/', (_req, res) => {
      res.type('html').send('<!doctype html><html lang="en"><title>Weather</title><p>Sunny, 21°C.</p></html>');
    });
    n.get('/favicon.ico', (_req, res) => {
      res.status(204).end();
    });
    neutral = await listen(n, 0);
    neutralUrl = `${urlOf(neutral)}/`;
    const config = loadConfig({ DATA_DIR: dataDir, QUICK_EXIT_URL: neutralUrl, LOG_LEVEL: 'silent', PORT: '0' });
    app = await openApp(config, { memoryStore: true });
    server = await listen(createHttpApp(app), 0);
    base = urlOf(server);
    // launch() gives every run a fresh, temporary profile (it refuses --user-data-dir).
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    neutral?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  /** Rows, in any table, whose JSON form contains this string. */
  async function rowsContaining(needle: string): Promise<Record<string, number>> {
    const tables = await app.store.query<{ name: string }>(
      "select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'",
    );
    const hits: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const r = await app.store.query<{ n: number }>(`select count(*)::int as n from "${name}" t where row_to_json(t)::text like $1`, [`%${needle}%`]);
      const n = r.rows[0]?.n ?? 0;
      if (n > 0) hits[name] = n;
    }
    return hits;
  }

  async function untilNothingAbout(key: string): Promise<Record<string, number>> {
    let hits = await rowsContaining(key);
    for (let i = 0; i < 50 && Object.keys(hits).length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      hits = await rowsContaining(key);
    }
    return hits;
  }

  async function openChat(context: BrowserContext): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    await page.goto(`${base}/`);
    return { page, requests, problems };
  }

  /** Pick a language and answer the safety question: the menu is then on screen. */
  async function startInSpanish(page: Page): Promise<string> {
    await page.getByRole('button', { name: 'Español' }).click();
    await page.locator('button.choice[data-choice="safe"]').click();
    await page.locator('button.choice[data-choice="work"]').waitFor();
    const sessionId = await page.evaluate(() => sessionStorage.getItem('waypoint.session'));
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    return sessionId!;
  }

  it('is accessible at first sight: named buttons, a labelled input, lang and dir set', async () => {
    const context = await browser.newContext();
    const { page, problems } = await openChat(context);
    const report = await page.evaluate(() => {
      const name = (el: any): string =>
        (el.getAttribute('aria-label') ?? '').trim() ||
        (el.getAttribute('aria-labelledby') ?? '')
          .split(/\s+/)
          .map((id: string) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim() ||
        (el.textContent ?? '').trim();
      const input = document.getElementById('text');
      return {
        unnamedButtons: [...document.querySelectorAll('button')].filter((b: any) => name(b) === '').length,
        buttons: document.querySelectorAll('button').length,
        inputLabel: [...(input.labels ?? [])].map((l: any) => l.textContent?.trim()).join(''),
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        log: document.getElementById('log')?.getAttribute('aria-live'),
        exitVisible: (() => {
          const r = document.getElementById('quick-exit')!.getBoundingClientRect();
          return r.width > 0 && r.top >= 0 && r.bottom <= innerHeight;
        })(),
        inlineHandlers: [...document.querySelectorAll('*')].some((el: any) => [...el.attributes].some((a: any) => a.name.startsWith('on'))),
        historyNotice: document.getElementById('exit-notice')?.textContent ?? '',
      };
    });
    expect(report.unnamedButtons).toBe(0);
    expect(report.buttons).toBeGreaterThan(3);
    expect(report.inputLabel).toBe('Your message');
    expect(report.lang).toBe('en');
    expect(report.dir).toBe('ltr');
    expect(report.log).toBe('polite');
    expect(report.exitVisible).toBe(true);
    expect(report.inlineHandlers).toBe(false);
    expect(report.historyNotice).toMatch(/history/i);
    // Keyboard: Tab reaches the quick exit first, and focus is visible.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      id: document.activeElement?.id,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused.id).toBe('quick-exit');
    expect(focused.outline).not.toBe('none');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('walks a topic with buttons; quick exit erases everything and Back does not return', async () => {
    const context = await browser.newContext({ viewport: { width: 900, height: 1000 } });
    const { page, requests, problems } = await openChat(context);
    const sessionId = await startInSpanish(page);
    const key = app.conversations.keyOf('web', sessionId);

    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['es', 'ltr']);
    const langs = await page.locator('#log .msg.theirs').evaluateAll((els) => els.map((e) => [e.getAttribute('lang'), e.getAttribute('dir')]));
    expect(langs.length).toBeGreaterThan(2);
    for (const [lang, dir] of langs) {
      expect(lang).toBe('es');
      expect(dir).toBe('ltr');
    }

    // A topic, then free text, then the menu again.
    const before = await page.locator('#log .msg.theirs').count();
    await page.locator('button.choice[data-choice="work"]').click();
    await page.locator('button.choice[data-choice="wages"]').click();
    await page.locator('button.choice[data-choice="help"]').waitFor();
    expect(await page.locator('#log .msg.theirs').count()).toBeGreaterThan(before);
    await page.getByLabel('Su mensaje').fill('hola');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#log .msg.mine').count()).toBe(4);
    await page.screenshot({ path: '/tmp/waypoint-webchat.png', fullPage: false });

    // The server holds the conversation under the contact key, and never the session id itself.
    expect(Object.keys(await rowsContaining(key)).length).toBeGreaterThan(0);
    expect(await rowsContaining(sessionId)).toEqual({});
    // No request left the origin; no cookie was set.
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(await context.cookies()).toEqual([]);

    await page.getByRole('button', { name: /Salida rápida/ }).click();
    await page.waitForURL(neutralUrl);
    expect(await untilNothingAbout(key)).toEqual({});

    await page.goBack().catch(() => undefined);
    expect(page.url().startsWith(base)).toBe(false);

    // Coming back on purpose starts afresh: nothing was left in the tab's storage.
    await page.goto(`${base}/`);
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    expect(await page.locator('#picker').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Esc pressed twice within a second is a quick exit too', async () => {
    const context = await browser.newContext();
    const { page } = await openChat(context);
    const sessionId = await startInSpanish(page);
    const key = app.conversations.keyOf('web', sessionId);
    expect(Object.keys(await rowsContaining(key)).length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(neutralUrl);
    expect(await untilNothingAbout(key)).toEqual({});
    await page.goBack().catch(() => undefined);
    expect(page.url().startsWith(base)).toBe(false);
    await context.close();
  });

  it('reflows at 200% zoom without sideways scrolling, quick exit in view', async () => {
    // 200% zoom of a 1280 px window: a 640 px wide viewport at twice the pixel density.
    const context = await browser.newContext({ viewport: { width: 640, height: 720 }, deviceScaleFactor: 2 });
    const { page } = await openChat(context);
    await startInSpanish(page);
    const fit = await page.evaluate(() => {
      const r = document.getElementById('quick-exit')!.getBoundingClientRect();
      return { overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth, exitTop: r.top, exitBottom: r.bottom };
    });
    expect(fit.overflow).toBeLessThanOrEqual(0);
    await page.mouse.wheel(0, 2000);
    const after = await page.evaluate(() => document.getElementById('quick-exit')!.getBoundingClientRect().top);
    expect(after).toBeGreaterThanOrEqual(0);
    expect(after).toBeLessThan(100);
    await page.screenshot({ path: '/tmp/waypoint-webchat-200.png' });
    await context.close();
  });
});
