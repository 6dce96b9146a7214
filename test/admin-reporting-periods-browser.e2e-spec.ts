import { Browser, Page } from 'playwright-core';
import { ActivitiesService, ActivityErrorCode, ActivityStatus } from '@app/activities';
import { Organization } from '@app/organizations';
import { StrategicGoal, StrategyPeriod } from '@app/strategy';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { checkPageEverywhere } from './utils/page-checks';
import { startTestApp, TestApp } from './utils/test-app';

// Each page is checked in two languages at two widths with axe-core: longer than most tests.
jest.setTimeout(120_000);

describeInBrowser('reporting periods page in a real browser', () => {
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

  it("locks a quarter, showing what it holds back, after which a member's submission into it is refused; unlocking lets it through", async () => {
    const organizations = t.db.dataSource.getRepository(Organization);
    const paor = await organizations.findOneByOrFail({ shortName: 'PAOR' });
    const period = await t.db.dataSource.getRepository(StrategyPeriod).findOneByOrFail({ code: '2021-2024' });
    const goal = await t.db.dataSource.getRepository(StrategicGoal).findOneByOrFail({ periodId: period.id, code: '1' });
    const member = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: await organizations.findOneByOrFail({ shortName: 'ASTRA' }) });
    const asMember = { id: member.id, organizationId: paor.id, role: member.role };
    const activities = t.app.get(ActivitiesService);
    const draft = await activities.create(asMember, { type: 'LECTURE' as never, title: 'Predavanje u martu', startsOn: '2024-03-10', goalIds: [goal.id] });
    await t.factory.newActivity({ organization: paor, status: ActivityStatus.APPROVED, startsOn: '2024-02-01', endsOn: '2024-02-01' });
    await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED, startsOn: '2024-05-01', endsOn: '2024-05-01' });

    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);
    await page.click('nav a[href="/reporting-periods"]');
    await page.selectOption('#year', '2024');
    await Promise.all([page.waitForURL(/year=2024/), page.click('#show-year')]);
    const q1 = page.locator('section[data-quarter="2024-Q1"]');
    expect(await page.textContent('#state-2024-Q1')).toBe('Otvoren');
    expect(await q1.locator('td[data-status="DRAFT"]').textContent()).toBe('1');
    expect(await q1.locator('td[data-status="APPROVED"]').textContent()).toBe('1');
    expect(await q1.locator('.held-count').textContent()).toBe('1');
    expect(await page.locator('section[data-quarter="2024-Q2"] td[data-status="SUBMITTED"]').textContent()).toBe('1');
    await shot('reporting-periods-open');

    await q1.locator('input[name=reason]').fill('Izveštaj donatoru poslat');
    await Promise.all([page.waitForURL(/done=locked/), q1.locator('button.lock').click()]);
    expect(await page.textContent('#notice')).toBe('Kvartal je zaključan.');
    expect(await page.textContent('#state-2024-Q1')).toBe('Zaključan');
    expect(await q1.textContent()).toContain('Izveštaj donatoru poslat');
    expect(await page.textContent('#state-2024-Q2')).toBe('Otvoren');
    await shot('reporting-periods-locked');

    // The member's submission into the locked quarter: refused by the same service the API uses.
    await expect(activities.submit(asMember, draft.id)).rejects.toMatchObject({ code: ActivityErrorCode.PERIOD_LOCKED });
    const [held] = await t.db.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [draft.id]);
    expect(held.status).toBe('DRAFT');

    await checkPageEverywhere(page, `${base}/reporting-periods?year=2024`, 'reporting-periods', shot);

    await page.goto(`${base}/reporting-periods?year=2024&lang=sr`);
    await Promise.all([page.waitForURL(/done=unlocked/), q1.locator('button.unlock').click()]);
    expect(await page.textContent('#state-2024-Q1')).toBe('Otvoren');
    expect((await activities.submit(asMember, draft.id)).status).toBe(ActivityStatus.SUBMITTED);
  });

  it("refuses the page to a member organization's admin", async () => {
    const paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor });
    const agent = t.agent();
    const signIn = await agent.get('/sign-in');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(signIn.text)![1];
    await agent.post('/sign-in').type('form').send({ _csrf: csrf, email: admin.email, password: DEFAULT_PASSWORD }).expect(303);
    const refused = await agent.get('/reporting-periods').expect(403);
    expect(refused.text).not.toContain('data-quarter');
  });
});
