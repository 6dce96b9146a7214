import { Browser, Page } from 'playwright-core';
import { ActivitiesService, ActivityType } from '@app/activities';
import { Organization } from '@app/organizations';
import { Indicator, StrategicGoal, StrategyPeriod } from '@app/strategy';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { checkPageEverywhere } from './utils/page-checks';
import { startTestApp, TestApp } from './utils/test-app';

// Each page is checked in two languages at two widths with axe-core: longer than most tests.
jest.setTimeout(120_000);

describeInBrowser('strategic plan pages in a real browser', () => {
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

  it("adds an indicator and the next plan as data, and an indicator's new target changes the progress page", async () => {
    const organizations = t.db.dataSource.getRepository(Organization);
    const paor = await organizations.findOneByOrFail({ shortName: 'PAOR' });
    const astra = await organizations.findOneByOrFail({ shortName: 'ASTRA' });
    const period = await t.db.dataSource.getRepository(StrategyPeriod).findOneByOrFail({ code: '2021-2024' });
    const goal = await t.db.dataSource.getRepository(StrategicGoal).findOneByOrFail({ periodId: period.id, code: '1' });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra });
    const member = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor });

    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);
    await page.goto(`${base}/strategy`);

    // An indicator for goal 1 of 2021–2024, which has none yet.
    const goalForm = page.locator(`form:has(input[name=goalId][value="${goal.id}"])`);
    await page.locator(`details:has(input[name=goalId][value="${goal.id}"]) summary`).click();
    await goalForm.locator('input[name=code]').fill('1.1');
    await goalForm.locator('input[name=unit]').fill('učesnici');
    await goalForm.locator('input[name=nameSr]').fill('Broj informisanih mladih');
    await goalForm.locator('input[name=nameEn]').fill('Young people informed');
    await goalForm.locator('input[name=baseline]').fill('0');
    await goalForm.locator('input[name=target]').fill('100');
    await Promise.all([page.waitForURL(/done=saved/), goalForm.locator('button[type=submit]').click()]);
    const indicator = await t.db.dataSource.getRepository(Indicator).findOneByOrFail({ goalId: goal.id, code: '1.1' });
    expect(indicator.target).toBe(100);

    // The next plan, as data: first with days that are not whole quarters, refused naming the field.
    await page.fill('#period-code', '2025-2028');
    await page.fill('#period-sr', 'Strateški plan 2025–2028');
    await page.fill('#period-en', 'Strategic plan 2025–2028');
    await page.fill('#period-start', '2025-02-01');
    await page.fill('#period-end', '2028-12-31');
    await Promise.all([page.waitForLoadState('load'), page.click('#add-period')]);
    expect(await page.textContent('#error')).toContain('Početak');
    expect(await t.db.dataSource.getRepository(StrategyPeriod).countBy({ code: '2025-2028' })).toBe(0);
    await page.fill('#period-code', '2025-2028');
    await page.fill('#period-sr', 'Strateški plan 2025–2028');
    await page.fill('#period-en', 'Strategic plan 2025–2028');
    await page.fill('#period-start', '2025-01-01');
    await page.fill('#period-end', '2028-12-31');
    await Promise.all([page.waitForURL(/done=saved/), page.click('#add-period')]);
    expect(await page.textContent('section[data-period="2025-2028"] h2')).toContain('Strateški plan 2025–2028');
    await shot('strategy-plan');

    // A goal's texts: a title too short is refused naming it; a description added.
    await page.click(`a[href^="/strategy/goals/${goal.id}/edit"]`);
    await page.fill('#titleEn', 'x');
    await Promise.all([page.waitForLoadState('load'), page.click('#save-goal')]);
    expect(await page.textContent('#error')).toContain('Naziv (engleski)');
    await page.fill('#titleEn', 'Better informed people at risk');
    await page.fill('#descriptionSr', 'Radionice, tribine i kampanje.');
    await Promise.all([page.waitForURL(/done=saved/), page.click('#save-goal')]);
    expect(await t.db.dataSource.getRepository(StrategicGoal).findOneByOrFail({ id: goal.id })).toMatchObject({ titleEn: 'Better informed people at risk', descriptionSr: 'Radionice, tribine i kampanje.' });

    // An approved activity contributes 25 to the indicator: 25 % of the target of 100.
    const activities = t.app.get(ActivitiesService);
    const asMember = { id: member.id, organizationId: paor.id, role: member.role };
    const asCoordinator = { id: coordinator.id, organizationId: astra.id, role: coordinator.role };
    const activity = await activities.create(asMember, { type: ActivityType.YOUTH_WORKSHOP, title: 'Radionica', startsOn: '2024-03-14', goalIds: [goal.id], indicatorValues: [{ indicatorId: indicator.id, value: 25 }] });
    await activities.submit(asMember, activity.id);
    await activities.approve(asCoordinator, activity.id);

    await page.goto(`${base}/strategy/progress?periodId=${period.id}`);
    const row = page.locator(`tr[data-indicator="${indicator.id}"]`);
    expect(await row.locator('td').first().textContent()).toBe('25');
    expect(await row.locator('.share').textContent()).toBe('25 %');
    expect(await page.getAttribute('#export-csv', 'href')).toBe(`/exports/progress.csv?periodId=${period.id}`);
    await shot('strategy-progress-before');

    // The coordinator halves the target: the same contribution is now half of it.
    await page.goto(`${base}/strategy/indicators/${indicator.id}/edit`);
    await page.fill('#target', 'x');
    await Promise.all([page.waitForLoadState('load'), page.click('#save-indicator')]);
    expect(await page.textContent('#error')).toContain('Ciljna vrednost');
    await page.fill('#target', '50');
    await Promise.all([page.waitForURL(/\/strategy\/progress\?periodId=.*done=saved/), page.click('#save-indicator')]);
    expect(await row.locator('td[data-target]').textContent()).toBe('50');
    expect(await row.locator('.share').textContent()).toBe('50 %');
    await shot('strategy-progress-after');

    // The download behind the page's link, with the page's session.
    const csv = await page.request.get(`${base}/exports/progress.csv?periodId=${period.id}`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');

    await checkPageEverywhere(page, `${base}/strategy/progress?periodId=${period.id}`, 'strategy-progress', shot);
    await checkPageEverywhere(page, `${base}/strategy`, 'strategy-plan', shot);
    await checkPageEverywhere(page, `${base}/strategy/indicators/${indicator.id}/edit`, 'strategy-indicator', shot);
    await checkPageEverywhere(page, `${base}/strategy/goals/${goal.id}/edit`, 'strategy-goal', shot);
  });
});
