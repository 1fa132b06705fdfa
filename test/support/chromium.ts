// Debian's Chromium for the browser tests (never a downloaded browser), launched headless with
// nothing that reaches out on its own. A suite skips, naming why, only when it is not installed.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why a browser suite is skipped (in its title, so `npm test` lists it). */
export const CHROMIUM_SKIP_REASON = `skipped: ${CHROMIUM} is missing (apt-get install -y --no-install-recommends chromium)`;

/** Whether Chromium is installed; warns once for the suite that will be skipped. */
export function haveChromium(suite: string): boolean {
  const ok = existsSync(CHROMIUM);
  if (!ok) console.warn(`${suite} ${CHROMIUM_SKIP_REASON}`);
  return ok;
}

/** A fresh browser with a temporary profile (launch() refuses --user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
