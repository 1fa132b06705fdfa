// The web chat in a real headless Chromium (Debian's, never a downloaded one), against the
// real HTTP app and an in-memory store. Skipped, with a message, only when /usr/bin/chromium
// is missing (apt-get install -y --no-install-recommends chromium).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
declare const document: any, sessionStorage: any, localStorage: any, innerHeight: number, innerWidth: number, getComputedStyle: any, matchMedia: any;

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

  it('on a touch phone the quick exit does not tell to press Esc; with a mouse and keyboard it does', async () => {
    const phone = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const onPhone = (await openChat(phone)).page;
    expect(await onPhone.evaluate(() => matchMedia('(hover: none) and (pointer: coarse)').matches)).toBe(true);
    await expect.poll(() => onPhone.locator('#quick-exit .hint').isVisible()).toBe(false);
    expect(await onPhone.locator('#quick-exit').isVisible()).toBe(true);
    await phone.close();
    const desk = await browser.newContext({ viewport: { width: 900, height: 700 } });
    const onDesk = (await openChat(desk)).page;
    expect(await onDesk.locator('#quick-exit .hint').isVisible()).toBe(true);
    await desk.close();
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


  /** Every English message of the catalogue, as the person would read it. */
  function englishTexts(): Set<string> {
    return catalogueTexts('en');
  }

  /** Every message of a language's catalogue, as shown (English fallbacks left out). */
  function catalogueTexts(lang: string): Set<string> {
    const ftl = readFileSync(new URL('../../locales/en/waypoint.ftl', import.meta.url), 'utf8');
    const out = new Set<string>();
    for (const m of ftl.matchAll(/^([a-z][a-z0-9-]*) =/gm)) {
      const f = app.content.catalog.format(lang, m[1]!);
      if (f?.lang === lang) out.add(f.text.trim());
    }
    return out;
  }

  interface Seen {
    text: string;
    lang: string;
    /** In the conversation (a bubble or its buttons), not the page's own controls. */
    inLog: boolean;
    /** A language's own name on the language buttons, or the brand: the same in every language. */
    name: boolean;
  }

  /** Every string a person sees or a screen reader reads: text, placeholders, labels. */
  async function visibleStrings(page: Page): Promise<Seen[]> {
    return page.evaluate(() => {
      const out: { text: string; lang: string; inLog: boolean; name: boolean }[] = [];
      const shown = (el: any): boolean => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
      };
      const add = (el: any, text: string): void => {
        const t = text.trim();
        if (!t) return;
        const named = el.closest('button.lang') || el.closest('.brand') || (el.closest('button.choice') && el.closest('button.choice').lang !== el.closest('.choices')?.lang);
        out.push({ text: t, lang: el.closest('[lang]')?.lang ?? '', inLog: !!el.closest('#log'), name: !!named });
      };
      const walker = document.createTreeWalker(document.body, 4 /* text nodes */);
      while (walker.nextNode()) {
        const n = walker.currentNode;
        if (n.parentElement && shown(n.parentElement) && !n.parentElement.closest('script,noscript')) add(n.parentElement, n.textContent ?? '');
      }
      for (const el of document.querySelectorAll('[placeholder],[aria-label],[title]')) {
        if (!shown(el)) continue;
        for (const a of ['placeholder', 'aria-label', 'title']) if (el.getAttribute(a)) add(el, el.getAttribute(a));
      }
      add(document.documentElement, document.title === 'Waypoint' ? '' : document.title);
      return out;
    });
  }

  /** Names written the same in every language: the product, a key on the keyboard, an organisation. */
  const PROPER_NAMES = /Waypoint|Esc|Tech Safety Canada/g;

  /** No English left: no string is an English catalogue message; the page's controls hold no English words. */
  function englishLeft(seen: Seen[], english: Set<string>): string[] {
    return seen
      .filter((s) => !s.name)
      .filter((s) => english.has(s.text) || s.lang === 'en' || (!s.inLog && /[A-Za-z]{2,}/.test(s.text.replace(PROPER_NAMES, ''))))
      .map((s) => s.text);
  }

  /**
   * No English left in `lang`. A language written in Latin letters: no string is an English
   * message its own catalogue does not also have ("Menu" is French too); others: englishLeft.
   */
  function englishLeftIn(lang: string, seen: Seen[], english: Set<string>): string[] {
    if (!/[A-Za-z]/.test(app.content.catalog.format(lang, 'web-send')?.text ?? '')) return englishLeft(seen, english);
    const own = catalogueTexts(lang);
    return seen.filter((s) => !s.name && (s.lang === 'en' || (english.has(s.text) && !own.has(s.text)))).map((s) => s.text);
  }

  /** No sideways scrolling; quick exit in view; the message box in view, with no scrolling to reach it. */
  async function layoutAt(page: Page): Promise<{ overflow: number; exitInView: boolean; inputInView: boolean }> {
    return page.evaluate(() => {
      const r = document.getElementById('quick-exit')!.getBoundingClientRect();
      const t = document.getElementById('text')!.getBoundingClientRect();
      return {
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        exitInView: r.width > 0 && r.top >= 0 && r.right <= innerWidth && r.left >= 0,
        inputInView: t.width > 0 && t.top >= 0 && t.bottom <= innerHeight && t.left >= 0 && t.right <= innerWidth,
      };
    });
  }

  /** The end of the conversation, scrolled to after a reply, is not hidden under the message box. */
  async function endClear(page: Page): Promise<boolean> {
    return page.evaluate(() => {
      const end = document.getElementById('log')!.lastElementChild!.getBoundingClientRect();
      return end.bottom <= document.getElementById('composer')!.getBoundingClientRect().top + 1;
    });
  }

  it.each([
    ['ar', 'rtl', 'صاحب العمل لا يدفع لي راتبي'],
    ['pa', 'ltr', 'ਮੇਰਾ ਮਾਲਕ ਮੇਰੀ ਤਨਖਾਹ ਨਹੀਂ ਦੇ ਰਿਹਾ'],
    ['zh', 'ltr', '老板不给我发工资'],
    ['es', 'ltr', 'hola, mi jefe no me paga las horas extra'],
  ])('in %s from the browser\'s language, no English control is left, and it fits 320 px with the message box in reach', async (lang, dir, first) => {
    const english = englishTexts();
    // Chromium sends Accept-Language from the locale: the page is served in it.
    const context = await browser.newContext({ locale: lang, viewport: { width: 320, height: 640 } });
    const { page, problems } = await openChat(context);
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([lang, dir]);
    expect(englishLeftIn(lang, await visibleStrings(page), english)).toEqual([]);
    expect(await layoutAt(page)).toEqual({ overflow: 0, exitInView: true, inputInView: true });
    await page.screenshot({ path: `/tmp/waypoint-webchat-${lang}-320-first.png`, fullPage: true });
    // A full-page capture draws the fixed message box over the middle of the page; on a phone the
    // page scrolls above it. Scrolled to the end, no button of the first screen (the languages)
    // is left under the message box.
    const underTheBox = await page.evaluate(() => {
      document.scrollingElement.scrollTop = document.documentElement.scrollHeight;
      const composer = document.getElementById('composer')!;
      const top = composer.getBoundingClientRect().top;
      return [...document.querySelectorAll('button')]
        .filter((b: any) => !composer.contains(b) && b.getClientRects().length > 0)
        .filter((b: any) => b.getBoundingClientRect().bottom > top + 1)
        .map((b: any) => b.textContent);
    });
    expect(underTheBox).toEqual([]);
    await page.screenshot({ path: `/tmp/waypoint-webchat-${lang}-320-first-end.png` });
    await page.evaluate(() => {
      document.scrollingElement.scrollTop = 0;
    });

    // Writing before choosing: the first message is read for its language, and answered in it.
    await page.locator('#text').fill(first);
    await page.locator('#text').press('Enter');
    await page.locator('button.choice[data-choice="safe"]').click();
    await page.locator('button.choice:not([data-choice="safe"])').first().waitFor();
    const seen = await visibleStrings(page);
    expect(englishLeftIn(lang, seen, english)).toEqual([]);
    const bubbles = await page.evaluate(() => [...document.querySelectorAll('#log .msg.theirs')].map((b: any) => `${b.lang}/${b.dir}`));
    expect(new Set(bubbles)).toEqual(new Set([`${lang}/${dir}`]));
    expect(await layoutAt(page)).toEqual({ overflow: 0, exitInView: true, inputInView: true });
    expect(await endClear(page)).toBe(true);
    await page.screenshot({ path: `/tmp/waypoint-webchat-${lang}-320.png` });
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await layoutAt(page)).toEqual({ overflow: 0, exitInView: true, inputInView: true });
    await page.screenshot({ path: `/tmp/waypoint-webchat-${lang}-1280.png` });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('in each of the 14 languages in turn, the page\'s controls and the new bubbles hold no English, and it fits 320 px', async () => {
    const english = englishTexts();
    const { catalog } = app.content;
    // One page: the language is switched with the page's own Language button, as a person would.
    const context = await browser.newContext({ locale: 'en', viewport: { width: 320, height: 640 } });
    const { page, problems } = await openChat(context);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('button.choice[data-choice="safe"]').click();
    await page.locator('button.choice[data-choice="work"]').waitFor();
    const left: string[] = [];
    const layout: string[] = [];
    for (const lang of catalog.languages()) {
      const dir = catalog.dirOf(lang);
      const before = await page.locator('#log .msg.theirs').count();
      await page.locator('#language').click();
      await page.locator(`button.choice[data-choice="${lang}"]`).last().click();
      await page.waitForFunction((l: string) => document.documentElement.lang === l, lang);
      // The answer to the choice: the menu, in that language (the safety check was answered).
      await page.locator(`#log .choices[lang="${lang}"] button.choice[data-choice="work"]`).last().waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(dir);
      if (lang !== 'en') {
        const bubbles = await page.evaluate((n: number) => [...document.querySelectorAll('#log .msg.theirs')].slice(n + 1).map((b: any) => b.lang), before);
        const seen = (await visibleStrings(page)).filter((s) => !s.inLog || s.lang === lang);
        left.push(...englishLeftIn(lang, seen, english).map((t) => `${lang}: ${t}`));
        if (!bubbles.every((l: string) => l === lang)) left.push(`${lang}: a bubble in ${bubbles.join(',')}`);
      }
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: width === 320 ? 640 : 800 });
        const at = await layoutAt(page);
        if (at.overflow !== 0 || !at.exitInView || !at.inputInView) layout.push(`${lang} at ${width} px: ${JSON.stringify(at)}`);
        await page.screenshot({ path: `/tmp/shots-${lang}-${width}.png` });
      }
      await page.setViewportSize({ width: 320, height: 640 });
    }
    expect(left).toEqual([]);
    expect(layout).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switched to Arabic, the page turns right-to-left; earlier English bubbles stay left-to-right', async () => {
    const context = await browser.newContext({ locale: 'en', viewport: { width: 320, height: 640 } });
    const { page, problems } = await openChat(context);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('button.choice[data-choice="safe"]').click();
    await page.locator('button.choice[data-choice="work"]').waitFor();
    await page.locator('#language').click();
    await page.locator('button.choice[data-choice="ar"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.locator('#log .msg.theirs[lang="ar"]').first().waitFor();
    const bubbles = await page.evaluate(() => [...document.querySelectorAll('#log .msg.theirs')].map((b: any) => `${b.lang}/${b.dir}`));
    expect(bubbles[0]).toBe('en/ltr');
    expect(bubbles.at(-1)).toBe('ar/rtl');
    expect(await page.evaluate(() => document.getElementById('send').textContent)).toBe(app.content.catalog.format('ar', 'web-send')?.text);
    expect(await layoutAt(page)).toEqual({ overflow: 0, exitInView: true, inputInView: true });
    await page.screenshot({ path: '/tmp/waypoint-webchat-en-then-ar-320.png' });
    expect(problems).toEqual([]);
    await context.close();
  });
});
