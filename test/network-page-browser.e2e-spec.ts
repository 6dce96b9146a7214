import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { Browser, Page } from 'playwright-core';
import { ActivityStatus, ActivityType } from '@app/activities';
import { Organization } from '@app/organizations';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { startTestApp, TestApp } from './utils/test-app';

describeInBrowser('the public network page in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let shot: BrowserSession['shot'];
  const blocked: string[] = [];

  beforeAll(async () => {
    t = await startTestApp('api');
    const organizations = await t.db.dataSource.getRepository(Organization).find();
    const byName = (shortName: string) => organizations.find((o) => o.shortName === shortName)!;
    for (const [shortName, type, count, startsOn] of [
      ['PAOR', ActivityType.YOUTH_WORKSHOP, 6, '2024-03-14'],
      ['CZD Niš', ActivityType.PUBLIC_FORUM, 5, '2024-04-10'],
      ['Forum žena Prijepolje', ActivityType.ROUND_TABLE, 2, '2024-05-20'],
      ['ASTRA', ActivityType.MEDIA_CAMPAIGN, 5, '2023-10-01'],
    ] as const) {
      for (let i = 0; i < count; i++) {
        await t.factory.newActivity({ organization: byName(shortName), type, status: ActivityStatus.APPROVED, startsOn, endsOn: startsOn, title: `Javna aktivnost u mestu ${byName(shortName).city} (${i + 1})` });
      }
    }
    ({ base, browser } = await openBrowser(t));
    // A page in a context of its own: axe-core opens a second page in the same context (not possible on browser.newPage()'s).
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sr-Latn-RS' });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    shot = (name) => page.screenshot({ path: join(__dirname, '..', 'test-output', 'screenshots', `${name}.png`), fullPage: true });
    page.on('console', (message) => message.text().includes('Content Security Policy') && blocked.push(message.text()));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it.each([
    ['sr', '/network', 'Antitrafiking mreža'],
    ['en', '/en/network', 'The Anti-Trafficking network'],
  ])('in %s: has no axe-core violations, loads nothing the CSP refuses, and fits a 375 px phone without sideways scroll', async (language, path, heading) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${base}${path}`);
    expect(await page.textContent('h1')).toBe(heading);
    // The stylesheet applied: the map is coloured by it, not by anything inline.
    expect(await page.evaluate(`getComputedStyle(document.querySelector('.map .country')).fill`)).toBe('rgb(243, 231, 235)');
    const desktop = await new AxeBuilder({ page }).analyze();
    expect(desktop.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await shot(`network-${language}`);

    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto(`${base}${path}`);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(375);
    const phone = await new AxeBuilder({ page }).analyze();
    expect(phone.violations.map((v) => v.id)).toEqual([]);
    await shot(`network-${language}-phone`);
    expect(blocked).toEqual([]);
  });

  it('reads whole without JavaScript: towns, hotlines and figures are in the HTML itself', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 812 } });
    try {
      const noScript = await context.newPage();
      await noScript.goto(`${base}/en/network`);
      const text = await noScript.textContent('main');
      for (const expected of ['011 33 47 817', '0800 101 201', '116000', 'Zrenjanin', 'Belgrade', 'Niš', 'Vranje', 'Prijepolje', 'Užice', 'Vlasotince', 'Dimitrovgrad', 'fewer than 5']) {
        expect(text).toContain(expected);
      }
      expect(await noScript.locator('.map .town').count()).toBe(8);
    } finally {
      await context.close();
    }
  });

  it('switches language by its link', async () => {
    await page.goto(`${base}/network`);
    await Promise.all([page.waitForURL(`${base}/en/network`), page.click('#language-switch')]);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });
});
