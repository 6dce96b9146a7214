import { Browser, Page } from 'playwright-core';
import { TrainingsService } from '@app/capacity';
import { Organization } from '@app/organizations';
import { User } from '@app/users';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { BrowserSession, describeInBrowser, openBrowser } from './utils/browser';
import { startTestApp, TestApp } from './utils/test-app';

describeInBrowser('admin directory and trainings pages in a real browser', () => {
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

  it('signs in, invites someone, and finds the invitation in the audit log', async () => {
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    const [astra, paor, nis] = [await org('ASTRA'), await org('PAOR'), await org('CZD Niš')];
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka' });
    const actor = { id: coordinator.id, organizationId: astra.id, role: coordinator.role };
    const trainings = t.app.get(TrainingsService);
    await trainings.create(actor, {
      title: 'Identifikacija žrtava trgovine ljudima',
      startsOn: '2023-03-10',
      endsOn: '2023-03-11',
      hours: 12,
      city: 'Pančevo',
      topicCodes: ['VICTIM_IDENTIFICATION', 'ASSISTANCE_AND_REFERRAL'],
      trainers: [{ fullName: 'Prof. Jelena Ilić' }],
      participants: [{ fullName: 'Marko Marković', organizationId: paor.id, certificateNumber: '2023-001' }, { fullName: 'Bojan Bojić', organizationId: nis.id }],
    });
    await trainings.create(actor, {
      title: 'Zaštita podataka o žrtvama',
      startsOn: '2024-02-01',
      hours: 6.5,
      topicCodes: ['DATA_PROTECTION'],
      participants: [{ fullName: 'Jovana Jovanović', organizationId: paor.id, certificateNumber: '2024-007' }],
    });

    await page.goto(`${base}/sign-in`);
    await page.fill('input[name=email]', coordinator.email);
    await page.fill('input[name=password]', DEFAULT_PASSWORD);
    await Promise.all([page.waitForURL(`${base}/dashboard`), page.click('#sign-in')]);

    await page.click('nav a[href="/organizations"]');
    await page.waitForSelector('#organizations');
    expect(await page.textContent('h1')).toBe('Organizacije');
    await shot('organizations');

    await page.click('nav a[href="/users"]');
    await page.waitForSelector('#invite-user');
    await page.click('#invite-user');
    await page.waitForSelector('#invite-form');
    await page.fill('#fullName', 'Jelena Novaković');
    await page.fill('#email', 'jelena.novakovic@example.org');
    await page.selectOption('#organizationId', { label: 'PAOR' });
    await page.selectOption('#role', 'MEMBER_ADMIN');
    await shot('user-invite');
    await Promise.all([page.waitForURL(`${base}/users?done=invited`), page.click('#send-invitation')]);
    expect(await page.textContent('#notice')).toBe('Poziv je poslat e-poštom.');
    expect(await page.textContent('#users')).toContain('Jelena Novaković');
    await shot('users');
    const invited = await t.db.dataSource.getRepository(User).findOneByOrFail({ email: 'jelena.novakovic@example.org' });
    expect(invited.organizationId).toBe(paor.id);
    const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = 'jelena.novakovic@example.org' AND template = 'invitation'`);
    expect(n).toBe(1);

    await page.click('nav a[href="/trainings"]');
    await page.waitForSelector('#trainings');
    await shot('trainings');
    await page.click('text=Identifikacija žrtava trgovine ljudima');
    await page.waitForSelector('#participants');
    await shot('training');
    await page.click('#edit-training');
    await page.waitForSelector('#training-form');
    await shot('training-form');

    await page.goto(`${base}/organizations/${paor.id}/capacity`);
    await page.waitForSelector('#by-topic');
    expect(await page.textContent('#total-hours strong')).toBe('18,5');
    await shot('capacity');

    await page.click('nav a[href="/audit"]');
    await page.waitForSelector('#audit-filter');
    await page.selectOption('select[name=action]', 'user.invite');
    await Promise.all([page.waitForURL(/action=user.invite/), page.click('#filter')]);
    expect(await page.textContent('#audit-log')).toContain('Ana Koordinatorka');
    expect(await page.locator('#audit-log tbody tr').count()).toBe(1);
    await shot('audit-log');

    await Promise.all([page.waitForURL(/lang=en/), page.click('#language-switch')]);
    expect(await page.textContent('h1')).toBe('Audit log');
    await shot('audit-log-en');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/users`);
    await shot('users-phone');
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    // A real browser over many pages: more than jest's default when the machine is busy.
  }, 120_000);
});
