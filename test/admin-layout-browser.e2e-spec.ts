import { Browser, Page } from 'playwright-core';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { checkPageEverywhere } from './utils/page-checks';
import { startTestApp, TestApp } from './utils/test-app';

// Each page is checked in two languages at two widths with axe-core: longer than most tests.
jest.setTimeout(120_000);

describeInBrowser('landing page and navigation in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let shot: BrowserSession['shot'];

  beforeAll(async () => {
    t = await startTestApp('admin');
    ({ base, browser, page, shot } = await openBrowser(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("shows ASTRA's hotlines with what each is for, and no stale 'coming soon', in both languages", async () => {
    await page.goto(`${base}/?lang=sr`);
    const help = (await page.textContent('#help'))!;
    expect(await page.textContent('#sos-hotline')).toBe('011 33 47 817');
    expect(await page.getAttribute('#sos-hotline', 'href')).toBe('tel:+381113347817');
    expect(await page.textContent('#free-line')).toBe('0800 101 201');
    expect(await page.textContent('#missing-children')).toBe('116000');
    expect(help).toContain('specijalizovana za trgovinu ljudima');
    expect(help).toContain('nestane dete');
    expect((await page.textContent('body'))!.toLowerCase()).not.toContain('uskoro');
    await page.goto(`${base}/?lang=en`);
    expect(await page.textContent('#help')).toContain('free of charge for callers from Serbia');
    expect((await page.textContent('body'))!.toLowerCase()).not.toContain('coming soon');
    await checkPageEverywhere(page, `${base}/`, 'landing', shot);
    await checkPageEverywhere(page, `${base}/sign-in`, 'sign-in-checked', shot);
    await checkPageEverywhere(page, `${base}/forgot-password`, 'forgot-password', shot);
  });

  it("keeps a coordinator's navigation to one row on a 375 px phone, with every link reachable", async () => {
    const astra = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka Sa Dugim Imenom' });
    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);
    for (const lang of ['sr', 'en']) {
      await page.setViewportSize({ width: 375, height: 812 });
      await page.goto(`${base}/dashboard?lang=${lang}`);
      const links = page.locator('nav a');
      expect(await links.count()).toBeGreaterThanOrEqual(12);
      const tops = new Set(await links.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top))));
      expect(tops.size).toBe(1);
      const header = await page.locator('header').boundingBox();
      expect(header!.height).toBeLessThan(130);
      // The last link can be scrolled to and used.
      await links.last().scrollIntoViewIfNeeded();
      expect(await links.last().isVisible()).toBe(true);
      await shot(lang === 'sr' ? 'navigation-phone' : 'navigation-phone-en');
      await checkPageEverywhere(page, `${base}/dashboard`, 'dashboard-checked', shot);
    }
    // Pages whose links changed: the organizations list links each one's network memberships.
    await checkPageEverywhere(page, `${base}/organizations`, 'organizations-checked', shot);
    // A mistyped address is a page of the app too, with the way back.
    await checkPageEverywhere(page, `${base}/no-such-page`, 'not-found-checked', shot);
    expect(await page.title()).toMatch(/^Page not found/);
  });
});
