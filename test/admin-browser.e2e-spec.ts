import { Browser, Page } from 'playwright-core';
import { ActivityStatus } from '@app/activities';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { startTestApp, TestApp } from './utils/test-app';

describeInBrowser('admin app in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let base: string;
  let shot: BrowserSession['shot'];
  let consoleErrors: string[];

  beforeAll(async () => {
    t = await startTestApp('admin');
    ({ base, browser, page, shot, consoleErrors } = await openBrowser(t));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs in, approves an activity from the review queue, and switches language', async () => {
    const paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    const activity = await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED, title: 'Radionica u Zrenjaninu' });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, fullName: 'Ana Koordinatorka' });

    await page.goto(`${base}/`);
    await shot('landing');
    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await shot('sign-in');
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);
    await page.waitForSelector('h1');
    expect(await page.textContent('h1')).toBe('Pregled');
    expect(await page.textContent('#review-count')).toBe('1');
    await shot('dashboard');

    await page.click('a[href="/activities/review"]');
    await page.waitForSelector(`tr[data-activity="${activity.id}"]`);
    await shot('review-queue');
    await Promise.all([page.waitForURL(`${base}/activities/review?done=approved`), page.click(`tr[data-activity="${activity.id}"] button.approve`)]);
    expect(await page.textContent('#notice')).toBe('Aktivnost je odobrena.');
    const [row] = await t.db.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [activity.id]);
    expect(row.status).toBe('APPROVED');

    await Promise.all([page.waitForURL(/lang=en/), page.click('#language-switch')]);
    expect(await page.textContent('h1')).toBe('Activities to review');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await shot('review-queue-en');

    // Readable on a phone, too.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/dashboard`);
    await shot('dashboard-phone');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
  });

  it('security: the pages ran with no Content-Security-Policy violation or script error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
