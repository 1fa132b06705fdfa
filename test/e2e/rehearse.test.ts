// The trainers' rehearsal page in a real headless Chromium (Debian's, never a downloaded one),
// against the real HTTP app and an in-memory store. Skipped, with a message, only when
// /usr/bin/chromium is missing (apt-get install -y --no-install-recommends chromium).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_SKIP_REASON, haveChromium, launchChromium } from '../support/chromium.ts';
import { loadConfig } from '../../src/config.ts';
import { openApp, type App } from '../../src/app.ts';
import { createHttpApp, listen } from '../../src/server.ts';
import { tableRowCounts } from '../support/app.ts';

// Browser globals, used only inside page.evaluate() (the project's lib has no DOM types).
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any, sessionStorage: any, localStorage: any, getComputedStyle: any;

const chromiumReady = haveChromium('rehearsal e2e');

const TOKEN = 'trainer-token-for-e2e-0123456789';
const GOOD = parse(readFileSync(join(import.meta.dirname, '../rehearsal/scripts/farm-worker-pay-deductions.es.good.yaml'), 'utf8')) as string[];
const urlOf = (s: Server): string => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

describe.skipIf(!chromiumReady)(`rehearsal page in Chromium${chromiumReady ? '' : ` — ${CHROMIUM_SKIP_REASON}`}`, () => {
  let dataDir: string;
  let app: App;
  let server: Server;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'waypoint-e2e-rehearse-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PORT: '0', TRAINER_TOKEN: TOKEN });
    app = await openApp(config, { memoryStore: true });
    server = await listen(createHttpApp(app), 0);
    base = urlOf(server);
    // launch() gives every run a fresh, temporary profile (it refuses --user-data-dir).
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    server?.close();
    await app?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  async function open(context: BrowserContext): Promise<{ page: Page; requests: string[]; problems: string[] }> {
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('console', (m) => {
      // A refused API call (401, 409) is the browser's own console line, not a page error.
      if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) problems.push(m.text());
    });
    await page.goto(`${base}/rehearse`);
    return { page, requests, problems };
  }

  /** Type the token and press Enter, as a keyboard user would. */
  async function signIn(page: Page, token = TOKEN): Promise<void> {
    await page.getByLabel('Trainer token', { exact: true }).focus();
    await page.keyboard.type(token);
    await page.keyboard.press('Enter');
  }

  async function startPractice(page: Page, persona: string, lang: string): Promise<void> {
    await page.getByLabel('Persona').selectOption(persona);
    await page.getByLabel('Language', { exact: true }).first().selectOption(lang);
    await page.getByRole('button', { name: 'Start practice' }).click();
    await page.locator('#consent li').first().waitFor();
  }

  async function reply(page: Page, text: string): Promise<void> {
    const before = await page.locator('#thread .from-persona').count();
    await page.getByLabel('Your reply to the contact').fill(text);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.locator('#thread .from-persona').count()).toBeGreaterThan(before);
  }

  it('asks for the token in a password field; a wrong token is refused and the page stays closed', async () => {
    const context = await browser.newContext();
    const { page, problems, requests } = await open(context);
    expect(await page.title()).toMatch(/^Practice/);
    const first = await page.evaluate(() => ({
      type: document.getElementById('token').type,
      labels: [...document.getElementById('token').labels].map((l: any) => l.textContent.trim()),
      landmarks: ['header', 'main'].map((t) => document.querySelectorAll(t).length),
      lang: document.documentElement.lang,
      workspaceHidden: document.getElementById('workspace').hidden,
      inlineHandlers: [...document.querySelectorAll('*')].some((el: any) => [...el.attributes].some((a: any) => a.name.startsWith('on') || a.name === 'style')),
    }));
    expect(first).toEqual({ type: 'password', labels: ['Trainer token'], landmarks: [1, 1], lang: 'en', workspaceHidden: true, inlineHandlers: false });

    await signIn(page, 'not-the-token-0000000000');
    await expect.poll(() => page.locator('#signin-status').textContent()).toBe('That is not the trainer token.');
    expect(await page.locator('#signin-status').getAttribute('role')).toBe('alert');
    expect(await page.locator('#workspace').isHidden()).toBe(true);
    expect(await page.locator('#persona option').count()).toBe(0);
    // Keyboard: focus is back in the field, and visible.
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, outline: getComputedStyle(document.activeElement).outlineStyle }));
    expect(focused.id).toBe('token');
    expect(focused.outline).not.toBe('none');
    expect(requests.filter((u) => !u.startsWith(base))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a practice handoff in Spanish: consent, claim, good practice, Practice marks, close, debrief with a score and the trainee quoted', async () => {
    const before = await tableRowCounts(app.store);
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, acceptDownloads: true });
    const { page, problems, requests } = await open(context);
    await signIn(page);
    await page.getByLabel('Persona').waitFor();
    expect(await page.evaluate(() => document.getElementById('token').value)).toBe('');
    await startPractice(page, 'farm-worker-pay-deductions', 'es');

    // The card, as a console shows it, and what the contact saw before: Spanish with English beside.
    await expect.poll(() => page.locator('#card-summary').textContent()).toBe('Contact PRACTICE · Spanish · SMS · waiting 0 min');
    expect(await page.locator('#card .badge.practice').textContent()).toBe('Practice');
    const consent = page.locator('#consent > li');
    // Before yes (who answers, deletion, a child in danger, the question), then after yes.
    expect(await consent.count()).toBe(8);
    expect(await consent.first().locator('.pair > .text').getAttribute('lang')).toBe('es');
    expect(await consent.first().locator('.source').textContent()).toMatch(/English.*Not police/);
    expect(await consent.first().textContent()).toMatch(/Practice/);
    expect(await page.locator('#console-title').evaluate((el) => el === document.activeElement)).toBe(true);

    // The desk's rule: claim before writing. The line stays in the box.
    await page.getByLabel('Your reply to the contact').fill(GOOD[0]!);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.locator('#console-status').textContent()).toBe('Claim it first.');
    expect(await page.getByLabel('Your reply to the contact').inputValue()).toBe(GOOD[0]);

    // Claim from the keyboard.
    await page.getByRole('button', { name: 'Claim' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('#thread .from-persona').first().waitFor();
    expect(await page.locator('#card-state').textContent()).toBe('Claimed by you (practice)');
    expect(await page.getByRole('button', { name: 'Claim' }).isHidden()).toBe(true);
    expect(await page.locator('#thread').getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#thread').getAttribute('role')).toBe('log');

    for (const line of GOOD) await reply(page, line);
    const persona = page.locator('#thread .from-persona');
    expect(await persona.count()).toBeGreaterThanOrEqual(GOOD.length + 1);
    for (const who of await persona.locator('.who').allTextContents()) expect(who).toMatch(/^Practice Andrés/);
    expect(await page.locator('#thread .from-you').count()).toBe(GOOD.length);
    // Trust in words on a scale, not numbers.
    expect(await page.locator('#thread .note').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Trust: unsure → [a-z ]+ \(/), expect.stringMatching(/^Shared: /)]));
    // Every persona line has its English beside it; the box hides them all.
    const english = page.locator('#thread .from-persona .english');
    expect(await english.count()).toBe(await persona.count());
    expect(await english.first().textContent()).toMatch(/^English.+/);
    await page.getByLabel("Show English beside the contact's messages").uncheck();
    expect(await english.first().isHidden()).toBe(true);
    await page.getByLabel("Show English beside the contact's messages").check();
    expect(await english.first().isVisible()).toBe(true);

    // Close: an outcome is needed, then the debrief.
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await expect.poll(() => page.locator('#console-status').textContent()).toBe('Not closed: pick an outcome first.');
    await page.getByLabel('Outcome').selectOption('referral_legal');
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await page.locator('#debrief').waitFor();
    expect(await page.locator('#debrief-title').evaluate((el) => el === document.activeElement)).toBe(true);
    const summary = (await page.locator('#debrief-summary').textContent()) ?? '';
    const score = Number(/Score (\d+) of 11\./.exec(summary)?.[1]);
    expect(summary).toMatch(/At the end Andrés was (starting to trust you|trusting you|trusting you a lot);/);
    expect(await page.locator('#debrief-scale').textContent()).toMatch(/^Trust, lowest to highest: not trusting you at all · wary/);
    expect(score).toBeGreaterThanOrEqual(8);
    expect(summary).toContain('Closed as: referral legal');
    expect(await page.locator('#card-state').textContent()).toBe('Closed by you (practice) · outcome: Referral legal');
    const introduced = page.locator('#debrief-items > li', { hasText: 'Said who you are and what you do' });
    expect(await introduced.locator('.status').textContent()).toBe('Passed');
    expect(await introduced.locator('q').first().textContent()).toBe(GOOD[0]);
    expect(await page.locator('#debrief-items .teaching').count()).toBe(11);
    for (const note of await page.locator('#debrief-items .teaching').allTextContents()) expect(note).not.toMatch(/\.md\b|\(FRONT\)|CONTENT/);
    expect(await page.getByLabel('Your reply to the contact').isDisabled()).toBe(true);

    // The export is built in the page from what it already has (no link with a token).
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('rehearsal-debrief-farm-worker-pay-deductions-es.md');
    const md = readFileSync((await download.path())!, 'utf8');
    expect(md).toContain(`Score ${score} of 11.`);
    // Clean Markdown with the whole conversation, English beside each persona line.
    expect(md).not.toContain('\\');
    expect(md).toContain('## The whole conversation');
    expect(md).toContain(`- **You** (turn 1): ${GOOD[0]}`);
    expect(md).toMatch(/\n {2}- English: /);
    const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download HTML' }).click()]);
    expect(readFileSync((await html.path())!, 'utf8')).toContain('<h1>Rehearsal debrief (practice)</h1>');

    // Nothing left the origin, nothing was kept in the browser, nothing reached the store.
    expect(requests.filter((u) => !u.startsWith(base) && !u.startsWith('blob:'))).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    expect(await tableRowCounts(app.store)).toEqual(before);
    expect(problems).toEqual([]);

    // Practise again starts afresh; forgetting the token closes the page.
    await page.getByRole('button', { name: 'Practise again' }).click();
    expect(await page.locator('#console').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Forget the token' }).click();
    expect(await page.locator('#workspace').isHidden()).toBe(true);
    expect(await page.locator('#signin').isVisible()).toBe(true);
    await context.close();
  });

  it('an Arabic persona reads right to left at 320 px, and a trainee line with markup stays text', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 700 } });
    const { page, problems } = await open(context);
    await signIn(page);
    await page.getByLabel('Persona').waitFor();
    await startPractice(page, 'man-no-safe-bed-tonight', 'ar');
    expect(await page.locator('#consent .text').first().getAttribute('dir')).toBe('rtl');
    expect(await page.locator('#consent .source .text').first().getAttribute('dir')).toBe('ltr');
    await page.getByRole('button', { name: 'Claim' }).click();
    await page.locator('#thread .from-persona').first().waitFor();
    expect(await page.locator('#thread .from-persona .text').first().getAttribute('dir')).toBe('rtl');
    expect(await page.getByLabel('Your reply to the contact').getAttribute('dir')).toBe('rtl');
    await reply(page, 'اسمي آنا <img src=x id=injected> هل أنت في أمان؟');
    expect(await page.locator('#thread img, #injected').count()).toBe(0);
    expect(await page.locator('#thread .from-you').textContent()).toContain('<img src=x id=injected>');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Leaving without a debrief asks first; no keeps the practice, yes goes back to the choice of persona.
    page.once('dialog', (d) => void d.dismiss());
    await page.getByRole('button', { name: 'Stop without a debrief' }).click();
    expect(await page.locator('#console').isVisible()).toBe(true);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Stop without a debrief' }).click();
    expect(await page.locator('#console').isHidden()).toBe(true);
    expect(await page.getByLabel('Persona').evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('walk mode: a language, a choice pressed and a line typed; each message with key, English source and review status', async () => {
    const context = await browser.newContext();
    const { page, problems } = await open(context);
    await signIn(page);
    await page.getByLabel('Persona').waitFor();
    // Tabs by keyboard: arrow to "Walk the flows".
    await page.getByRole('tab', { name: 'Practice a handoff' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Walk the flows' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#panel-practice').isHidden()).toBe(true);

    await page.locator('#walk-lang').selectOption('fr');
    const out = page.locator('#walk-log .walk-out');
    // The walk may already show the first message in the page's own language; wait for the French
    // one to replace it (on a loaded machine the switch can land after the first message is seen).
    await page.locator('#walk-log .walk-out .pair > .text[lang="fr"]').first().waitFor();
    const first = out.first();
    expect(await first.locator('.pair > .text').getAttribute('lang')).toBe('fr');
    expect(await first.locator('code').textContent()).toMatch(/^[a-z0-9-]+$/);
    expect(await first.locator('.review').textContent()).toMatch(/^(Reviewed|Draft)$/);
    expect(await first.locator('.source').textContent()).toMatch(/^English/);

    const count = await out.count();
    const choice = page.locator('#walk-log .choices button').first();
    const label = (await choice.textContent()) ?? '';
    await choice.click();
    await expect.poll(() => out.count()).toBeGreaterThan(count);
    expect(await page.locator('#walk-log .from-you').last().textContent()).toContain(label);
    // Focus moves to the next choices, so the keyboard can go on.
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('choice');

    const after = await out.count();
    await page.getByLabel('What the person writes').fill('MENU');
    await page.keyboard.press('Enter');
    await expect.poll(() => out.count()).toBeGreaterThan(after);
    expect(await page.locator('#walk-log').getAttribute('aria-live')).toBe('polite');
    // In Arabic, what the person writes goes right to left.
    await page.locator('#walk-lang').selectOption('ar');
    expect(await page.getByLabel('What the person writes').getAttribute('dir')).toBe('rtl');
    expect(problems).toEqual([]);
    await context.close();
  });
});
