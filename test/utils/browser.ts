import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, chromium, Page } from 'playwright-core';
import { TestApp } from './test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

/** `describe` when Debian's Chromium is there (.ci/run installs it); otherwise the tests are skipped, saying why. */
export const describeInBrowser: jest.Describe = existsSync(CHROMIUM) ? describe : describe.skip;
if (!existsSync(CHROMIUM)) process.stderr.write(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install chromium)\n`);

export interface BrowserSession {
  /** Where the admin app listens, for `page.goto`. */
  base: string;
  browser: Browser;
  page: Page;
  /** A full-page screenshot under test-output/screenshots/<name>.png. */
  shot(name: string): Promise<Buffer>;
  /**
   * Errors the page logged or threw so far, e.g. a Content-Security-Policy violation ("Refused to
   * ..."); not answers with an error status, which pages show on purpose (a form with errors is a 400).
   */
  consoleErrors: string[];
}

/**
 * Serves a started admin app on a free port and opens a headless Chromium page on it, at desktop
 * size and asking for Serbian, as a person in Serbia sees it. Close with `browser.close()`.
 */
export async function openBrowser(t: TestApp): Promise<BrowserSession> {
  await t.app.listen(0, '127.0.0.1');
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  // A context of its own (not browser.newPage()), in which axe-core can open its helper page.
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sr-Latn-RS' })).newPage();
  // A step that hangs fails naming itself, well before the test's own timeout.
  page.setDefaultTimeout(15_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  mkdirSync(SCREENSHOTS, { recursive: true });
  return { base, browser, page, consoleErrors, shot: (name) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true }) };
}
