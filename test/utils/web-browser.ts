import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { TestApp } from './test-app';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = join(__dirname, '..', '..', 'test-output', 'screenshots');

export interface WebBrowser {
  /** Where the API (and the web app at `/`) listens. */
  base: string;
  browser: Browser;
  /** A fresh browser profile (cookies, IndexedDB, service worker) in the given language. */
  newPerson(language: 'sr' | 'en'): Promise<{ context: BrowserContext; page: Page }>;
}

/** Serves the API on a free port and starts headless Chromium; call `ensureWebAppBuilt()` before starting the API. */
export async function openWebBrowser(t: TestApp): Promise<WebBrowser> {
  await t.app.listen(0, '127.0.0.1');
  // Service workers need a secure context: localhost is one, 127.0.0.1 too.
  const base = (await t.app.getUrl()).replace('[::1]', '127.0.0.1');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    base,
    browser,
    async newPerson(language) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: language === 'sr' ? 'sr-Latn-RS' : 'en-GB' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      // A script error or a refused resource (e.g. by the Content-Security-Policy) shows in the test's output.
      page.on('pageerror', (error) => process.stderr.write(`[browser ${language}] page error: ${error.message}\n`));
      page.on('console', (message) => message.type() === 'error' && process.stderr.write(`[browser ${language}] ${message.text()}\n`));
      // The app's own language choice (the one thing it keeps in localStorage), as a person would pick it.
      // (Browser code as text: the tests' TypeScript has no DOM types.)
      await context.addInitScript(`if (!localStorage.getItem('atp.language')) localStorage.setItem('atp.language', '${language}');`);
      return { context, page };
    },
  };
}

/**
 * What every page must pass: no axe-core violations, and at 375 px wide nothing scrolls
 * sideways. Saves screenshots at desktop and phone width under test-output/screenshots/.
 */
export async function checkPage(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const violations = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await page.screenshot({ path: join(SCREENSHOTS, `web-${name}.png`), fullPage: true });
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
  await page.screenshot({ path: join(SCREENSHOTS, `web-${name}-375px.png`), fullPage: true });
  await page.setViewportSize(desktop);
  if (violations.length || overflow > 0) throw new Error(`${name}: ${[...violations, overflow > 0 ? `scrolls sideways by ${overflow}px at 375px` : ''].filter(Boolean).join('; ')}`);
}
