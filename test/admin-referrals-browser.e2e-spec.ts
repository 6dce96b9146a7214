import { Browser, Page } from 'playwright-core';
import { Network, NetworkKind, NetworkMembership, Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { checkPageEverywhere } from './utils/page-checks';
import { startTestApp, TestApp } from './utils/test-app';

// Each page is checked in two languages at two widths with axe-core: longer than most tests.
jest.setTimeout(120_000);

describeInBrowser('referral oversight, partner profiles and network memberships in a real browser', () => {
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

  it("lists referrals with their due times and escalations and nothing about the person; edits a partner's profile; adds and ends a network membership", async () => {
    const organizations = t.db.dataSource.getRepository(Organization);
    const astra = await organizations.findOneByOrFail({ shortName: 'ASTRA' });
    const paor = await organizations.findOneByOrFail({ shortName: 'PAOR' });
    const lsi = await t.db.dataSource.getRepository(Network).findOneByOrFail({ kind: NetworkKind.PARTNER_NETWORK, shortName: 'LSI' });
    const partner = await t.factory.newOrganization({ kind: OrganizationKind.PARTNER_ORGANIZATION, shortName: 'La Strada Test', country: 'NL' });
    await t.factory.newMembership(lsi, partner);
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra });
    await t.db.dataSource.query(
      `INSERT INTO referrals (reference, sending_organization_id, partner_organization_id, network_id, category, urgency, status, case_code, gender, citizenship, sent_at, acknowledge_due_at, reminder_sent_at, escalated_at, version)
       VALUES ('AT-2026-000042', $1, $2, $3, 'MISSING_CHILD', 'CRITICAL', 'SENT', 'NIS-2026-17', 'FEMALE', 'UA', now() - interval '3 days', now() - interval '2 days', now() - interval '47 hours', now() - interval '40 hours', 1)`,
      [paor.id, partner.id, lsi.id],
    );

    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);

    await page.click('nav a[href="/referrals"]');
    const row = page.locator('tr[data-reference="AT-2026-000042"]');
    const text = (await row.textContent())!;
    expect(text).toContain('nestalo dete (116000)');
    expect(text).toContain('kritično');
    expect(text).toContain('La Strada Test');
    expect(text).toContain('PAOR');
    expect(await row.locator('.overdue').textContent()).toContain('kasni 2 d');
    expect(await row.locator('.escalated').count()).toBe(1);
    const whole = (await page.textContent('main'))!;
    for (const personal of ['NIS-2026-17', 'UA', 'FEMALE']) expect(whole).not.toContain(personal);
    await page.check('#filter-overdue');
    await Promise.all([page.waitForURL(/overdue=yes/), page.click('#apply-filters')]);
    expect(await page.textContent('#referral-count')).toBe('1');
    await shot('referrals-oversight');

    // The partner's profile: categories, languages, contacts.
    await page.goto(`${base}/partners`);
    await page.click(`tr[data-partner="${partner.id}"] a.edit-partner`);
    await page.check('input[name=acceptedCategories][value="MISSING_CHILD"]');
    await page.check('input[name=acceptedCategories][value="LEGAL_AID"]');
    await page.fill('#languages', 'nl, en');
    await page.fill('#contactEmails', 'not an address');
    await Promise.all([page.waitForLoadState('load'), page.click('#save-partner')]);
    expect(await page.textContent('#error')).toContain('Adrese za obaveštenja');
    await page.fill('#contactEmails', 'intake@lastrada.example\nhotline@lastrada.example');
    await Promise.all([page.waitForURL(/done=saved/), page.click('#save-partner')]);
    expect(await page.textContent(`tr[data-partner="${partner.id}"] .categories`)).toBe('nestalo dete (116000), pravna pomoć');
    expect(await page.textContent(`tr[data-partner="${partner.id}"] .contacts`)).toBe('intake@lastrada.example, hotline@lastrada.example');
    await shot('partners');

    // A new organization joins La Strada, and a member's membership ends.
    const newcomer = await t.factory.newOrganization({ kind: OrganizationKind.PARTNER_ORGANIZATION, shortName: 'La Strada Nova', country: 'MD' });
    await page.goto(`${base}/organizations/${newcomer.id}/memberships`);
    await page.selectOption('#networkId', lsi.id);
    await page.fill('#since', '2026-01-01');
    await Promise.all([page.waitForURL(/done=added/), page.click('#save-membership')]);
    expect(await page.textContent(`tr[data-network="${lsi.id}"]`)).toContain('LSI');
    const memberships = t.db.dataSource.getRepository(NetworkMembership);
    expect(await memberships.findOneByOrFail({ networkId: lsi.id, organizationId: newcomer.id })).toMatchObject({ since: '2026-01-01', until: null });
    await Promise.all([page.waitForURL(/done=ended/), page.click(`tr[data-network="${lsi.id}"] button.end-membership`)]);
    expect((await memberships.findOneByOrFail({ networkId: lsi.id, organizationId: newcomer.id })).until).toBe(new Date().toISOString().slice(0, 10));
    await shot('memberships');

    await checkPageEverywhere(page, `${base}/referrals`, 'referrals-oversight', shot);
    await checkPageEverywhere(page, `${base}/partners`, 'partners', shot);
    await checkPageEverywhere(page, `${base}/partners/${partner.id}/edit`, 'partner-form', shot);
    await checkPageEverywhere(page, `${base}/organizations/${newcomer.id}/memberships`, 'memberships', shot);
  });
});
