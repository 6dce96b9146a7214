import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Page } from 'playwright-core';
import type { INestApplication } from '@nestjs/common';
import { ActivityStatus } from '@app/activities';
import { Network, Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { describeInBrowser, openBrowser } from './utils/browser';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';
import { ensureWebAppBuilt } from './utils/web-build';
import { createAdminApp } from '../apps/admin/src/create-admin-app';

const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');

describeInBrowser('meetings, capacity and referral statistics in the web app', () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let member: { email: string; id: string; fullName: string };
  let memberAdmin: { email: string };
  let evaluator: { email: string };
  let coordinator: GqlOptions;
  let coordinatorEmail: string;
  let admin: INestApplication;
  let meetingId: string;
  let meetingStart: Date;
  let actionItemId: string;
  let references: string[];

  beforeAll(async () => {
    ensureWebAppBuilt();
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    const paor = await org('PAOR');
    member = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor });
    memberAdmin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor });
    evaluator = await t.factory.newUser({ role: Role.EVALUATOR, organization: await org('ASTRA') });
    const coordinatorUser = await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA') });
    coordinatorEmail = coordinatorUser.email;
    coordinator = await t.as(coordinatorUser);
    for (const [code, nameEn, nameSr] of [
      ['VICTIM_IDENTIFICATION', 'Victim identification', 'Identifikacija žrtava'],
      ['NETWORKING', 'Networking', 'Umrežavanje'],
    ]) {
      const dimension = await t.gql(`mutation($input: CapacityDimensionInput!) { setCapacityDimension(input: $input) { code } }`, { input: { code, nameEn, nameSr } }, coordinator);
      if (dimension.errors) throw new Error(JSON.stringify(dimension.errors));
    }
    const start = new Date(Date.now() + 7 * 86_400_000);
    meetingStart = start;
    const meeting = await t.gql(
      `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
      {
        input: {
          title: 'Sastanak mreže u Kragujevcu',
          kind: 'NETWORK_MEETING',
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
          city: 'Kragujevac',
          venue: 'Sala opštine',
          invitedUserIds: [member.id],
          agenda: [{ title: 'Izveštaji članica', durationMinutes: 60 }],
        },
      },
      coordinator,
    );
    if (meeting.errors) throw new Error(JSON.stringify(meeting.errors));
    meetingId = meeting.data.createMeeting.id;
    const item = await t.gql(
      `mutation($id: ID!, $input: CreateActionItemInput!) { createActionItem(meetingId: $id, input: $input) { id } }`,
      { id: meetingId, input: { description: 'Poslati plan obuka za 2027.', dueOn: '2026-12-31', organizationId: paor.id } },
      coordinator,
    );
    if (item.errors) throw new Error(JSON.stringify(item.errors));
    actionItemId = item.data.createActionItem.id;

    // Enough referrals for figures above the small-cell threshold.
    const partner = await t.factory.newOrganization({ shortName: 'LS Kyiv', city: 'Kyiv', country: 'UA' });
    await t.factory.newMembership(await t.db.dataSource.getRepository(Network).findOneByOrFail({ code: 'LSI' }), partner);
    await t.db.dataSource.query(`INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails) VALUES ($1, '{SAFE_RETURN}', '{en}', '{intake@lskyiv.example}')`, [partner.id]);
    const asMember = await t.as(member);
    references = [];
    for (let i = 0; i < 6; i++) {
      const created = await t.gql(
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`,
        { input: { partnerOrganizationId: partner.id, category: 'SAFE_RETURN', urgency: 'URGENT', person: { caseCode: `PAOR-CASE-${i}`, gender: 'FEMALE' } } },
        asMember,
      );
      if (created.errors) throw new Error(JSON.stringify(created.errors));
      references.push(created.data.createReferral.reference);
      await t.gql(`mutation($id: ID!) { sendReferral(id: $id) { status } }`, { id: created.data.createReferral.id }, asMember);
    }
    ({ base, browser } = await openBrowser(t));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await admin?.close();
    await t?.close();
  });

  async function signedIn(email: string, language: 'sr' | 'en', timezoneId?: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: language === 'sr' ? 'sr-Latn-RS' : 'en-GB', timezoneId });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    // The language is the person's own setting, applied when she signs in.
    await t.db.dataSource.query(`UPDATE users SET language = $2 WHERE email = $1`, [email, language]);
    await page.goto(`${base}/sign-in`);
    await page.fill('#email', email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await page.click('form button[type=submit]');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
    return page;
  }
  async function axeClean(page: Page) {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('a member-staff person answers a meeting invitation and marks an action item done; the coordinator sees both', async () => {
    // Her browser's clock is set abroad: the meeting's hours are still said in its own time zone, as its invitation says them.
    const page = await signedIn(member.email, 'sr', 'America/New_York');
    // Her home page says what waits for her: the meeting not answered yet, her organization's open action item.
    const nextMeetings = page.getByTestId('next-meetings');
    await nextMeetings.getByRole('link', { name: 'Sastanak mreže u Kragujevcu' }).waitFor();
    await nextMeetings.getByText('Još niste odgovorili.').waitFor();
    await page.getByTestId('open-tasks').getByText('Poslati plan obuka za 2027.').waitFor();
    // The seeded plan ended with 2024: this quarter counts against no goal, and the page says so rather than "nothing approved yet".
    await page.getByText('Nijedan strateški plan u portalu ne obuhvata ovaj kvartal, pa nema ciljeva prema kojima bi se brojalo.').waitFor();
    await axeClean(page);
    await shot(page, 'home-meeting-and-task');
    await page.goto(`${base}/meetings`);
    await page.waitForSelector('header .brand span:text-is("Aktivnosti članica")');
    // The meeting's link: its title is also in the action items' text ("iz sastanka …"), which may render first.
    await page.getByRole('link', { name: 'Sastanak mreže u Kragujevcu' }).click();
    await page.waitForSelector('text=Izveštaji članica');
    const belgrade = (at: Date) => new Intl.DateTimeFormat('sr-Latn-RS', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Belgrade' }).format(at);
    const when = (await page.locator('dt:text-is("Kada") + dd').textContent())!;
    expect(when).toContain(belgrade(meetingStart));
    expect(when).toContain(belgrade(new Date(meetingStart.getTime() + 3 * 3_600_000)));
    expect(when).toContain('(Europe/Belgrade)');
    await page.click('button:has-text("Dolazim")');
    await page.waitForSelector('text=Vaš odgovor je zabeležen: Dolazim.');
    // The meeting for her calendar, the same event as the mailed invitation's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Dodaj u moj kalendar (.ics)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^meeting-\d{4}-\d{2}-\d{2}\.ics$/);
    const calendar = readFileSync((await download.path())!, 'utf8');
    expect(calendar).toContain(`UID:meeting-${meetingId}@at-portal`);
    expect(calendar).toContain('SUMMARY:Sastanak mreže u Kragujevcu');
    await shot(page, 'meeting-answered');
    await page.goto(`${base}/meetings`);
    await page.selectOption(`#item-${actionItemId}`, 'DONE');
    await page.waitForSelector('text=Status je sačuvan: Završen.');
    await shot(page, 'meetings-action-item-done');
    // Home again: her answer, and no open action item left.
    await page.getByRole('link', { name: 'Početna' }).click();
    await page.getByTestId('next-meetings').getByText('Vaš odgovor: Dolazim').waitFor();
    await page.getByText('Vaša organizacija nema otvorenih zadataka.').waitFor();

    const { data } = await t.gql(
      `query($id: ID!) { meeting(id: $id) { invitations { userId answer } actionItems { id status } } }`,
      { id: meetingId },
      coordinator,
    );
    expect(data.meeting.invitations).toContainEqual({ userId: member.id, answer: 'YES' });
    expect(data.meeting.actionItems).toContainEqual({ id: actionItemId, status: 'DONE' });

    // The coordinator sees both on the meeting's page in the admin app (same database).
    admin = await createAdminApp();
    await admin.listen(0, '127.0.0.1');
    const adminBase = (await admin.getUrl()).replace('[::1]', '127.0.0.1');
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
    try {
      const adminPage = await context.newPage();
      adminPage.setDefaultTimeout(15_000);
      await adminPage.goto(`${adminBase}/sign-in?lang=en`);
      await adminPage.fill('input[name=email]', coordinatorEmail);
      await adminPage.fill('input[name=password]', DEFAULT_PASSWORD);
      await Promise.all([adminPage.waitForURL(/\/dashboard/), adminPage.click('#sign-in')]);
      await adminPage.goto(`${adminBase}/meetings/${meetingId}?lang=en`);
      const reply = adminPage.locator('#replies tr', { hasText: member.fullName });
      expect(await reply.locator('.reply-YES').count()).toBe(1);
      expect(await adminPage.locator(`tr[data-action-item="${actionItemId}"] select[name=status]`).inputValue()).toBe('DONE');
      await shot(adminPage, 'admin-meeting-member-answer-and-action-item');
    } finally {
      await context.close();
    }
  });

  it("a member organization's admin submits the self-assessment and sees it in the history", async () => {
    const page = await signedIn(memberAdmin.email, 'en');
    await page.goto(`${base}/capacity`);
    await page.fill('#sa-period', '2026-H2');
    await page.fill('#sa-VICTIM_IDENTIFICATION', '4');
    await page.click('text=Submit the self-assessment');
    await page.waitForSelector('text=The self-assessment for 2026-H2 is saved.').catch(async (e) => {
      throw new Error(`${String(e)}\n${await page.textContent('main')}`);
    });
    await page.waitForSelector('li:has-text("2026-H2")');
    expect(await page.textContent('li:has-text("2026-H2")')).toContain('Victim identification 4 of 5');
    await shot(page, 'capacity-self-assessment');
  });

  it('an evaluator sees referral statistics and a chart, and no person or single referral; a period without referrals says so', async () => {
    const page = await signedIn(evaluator.email, 'en');
    expect(await page.locator('nav.main-nav a').allTextContents()).toEqual(['Network progress', 'Capacity', 'Referral statistics', 'Settings']);
    await page.waitForSelector('header .brand span:text-is("Progress and statistics")');
    await page.goto(`${base}/statistics`);
    await page.waitForSelector('table caption:has-text("By category")');
    await page.waitForSelector('svg.bar-chart rect');
    const body = (await page.textContent('body'))!;
    expect(body).toContain('Safe return');
    expect(body).toContain('fewer than 5');
    for (const reference of references) expect(body).not.toContain(reference);
    expect(body).not.toContain('PAOR-CASE');
    expect(body).not.toContain(member.email);
    await shot(page, 'statistics-evaluator');
    // A period under 90 days is refused in words before asking.
    await page.fill('#stats-from', '2026-11-01');
    await page.fill('#stats-to', '2026-11-20');
    await page.click('text=Show');
    await page.waitForSelector('text=Choose a period of at least 90 days.');
    // A year without referrals says so once, instead of a chart and tables of headers only.
    await page.fill('#stats-from', '2020-01-01');
    await page.fill('#stats-to', '2020-12-31');
    await page.click('text=Show');
    await page.waitForSelector('main p:has-text("No referral in this period.")');
    expect(await page.locator('svg.bar-chart, main table').count()).toBe(0);
  });

  it("an evaluator reads the network's progress with every organization, its own figure per goal, and any one organization, kept in the address; what is missing says so", async () => {
    const paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    const [{ id: goalOne }] = await t.db.dataSource.query(`SELECT g.id FROM strategic_goals g JOIN strategy_periods p ON p.id = g.period_id WHERE p.code = '2021-2024' AND g.code = '1'`);
    const approved = await t.factory.newActivity({ organization: paor, status: ActivityStatus.APPROVED, startsOn: '2023-05-10', endsOn: '2023-05-10' });
    await t.db.dataSource.query(`INSERT INTO activity_goals (activity_id, goal_id) VALUES ($1, $2)`, [approved.id, goalOne]);
    const network: string[] = (
      await t.db.dataSource.query(`SELECT o.short_name FROM organizations o JOIN network_memberships m ON m.organization_id = o.id JOIN networks n ON n.id = m.network_id WHERE n.code = 'AT'`)
    ).map((o: { short_name: string }) => o.short_name);
    expect(network.length).toBeGreaterThanOrEqual(8);

    const page = await signedIn(evaluator.email, 'en');
    await page.goto(`${base}/progress`);
    const table = page.getByTestId('by-organization');
    await table.locator('tbody tr').first().waitFor();
    // Every organization of the network has its row, those without approved activities too.
    expect((await table.locator('tbody th').allTextContents()).sort()).toEqual([...network].sort());
    expect(await table.getByRole('row', { name: /^PAOR/ }).locator('td').allTextContents()).toEqual(['1', '0', '0', '0']);
    expect(await table.getByRole('row', { name: /^ASTRA/ }).locator('td').allTextContents()).toEqual(['0', '0', '0', '0']);
    expect(await table.locator('tfoot tr').textContent()).toBe('Whole network1000');
    // The strategy has no indicators yet: the table says so instead of showing column headers only.
    await page.getByTestId('indicators').getByText('No indicator is set for this period’s goals yet.').waitFor();
    await axeClean(page);

    // One organization, chosen from all of them (an evaluator's own is not marked: she reads, she does not log); the address keeps it.
    await page.selectOption('#scope', { label: 'ASTRA' });
    await page.waitForURL(/[?&]organization=/);
    await page.reload();
    await page.getByTestId('progress-none').getByText('ASTRA: no approved activity in this period yet.').waitFor();
    expect(await page.locator('#scope option:checked').textContent()).toBe('ASTRA');
    expect(await page.locator('svg.chart').count()).toBe(0);
    expect(await table.locator('tbody th').allTextContents()).toEqual(['ASTRA']);
    expect(await table.locator('tfoot').count()).toBe(0);
    await page.selectOption('#scope', { label: 'PAOR' });
    await page.getByTestId('network-figures').getByText('Activities: 1').waitFor();
    // Only the goal with an approved activity has a chart; each heading counts in words that agree with its number.
    expect(await page.locator('svg.chart').count()).toBe(1);
    expect(await page.locator('main h3').allTextContents()).toEqual([
      'Goal 1: 1 activity, 0 participants',
      'Goal 2: 0 activities, 0 participants',
      'Goal 3: 0 activities, 0 participants',
      'Goal 4: 0 activities, 0 participants',
    ]);
    await axeClean(page);
    await shot(page, 'progress-evaluator-organization');
  });

  it("an evaluator reads any network organization's capacity in figures, without a trainee's name, the organization kept in the address", async () => {
    const paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    const page = await signedIn(evaluator.email, 'en');
    await page.getByRole('link', { name: 'Capacity' }).click();
    await page.getByRole('heading', { name: 'Capacity of the network’s organizations' }).waitFor();
    // The heading comes before the organizations arrive (on a loaded machine, well before).
    await page.locator('#capacity-organization option', { hasText: 'PAOR' }).waitFor({ state: 'attached' });
    const options = await page.locator('#capacity-organization option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['ASTRA', 'PAOR', 'CZD Niš']));
    await page.selectOption('#capacity-organization', { label: 'PAOR' });
    await page.waitForURL(new RegExp(`organization=${paor.id}`));
    await page.reload();
    await page.locator('dt', { hasText: 'Training hours' }).waitFor();
    expect(await page.locator('#capacity-organization option:checked').textContent()).toBe('PAOR');
    await page.getByRole('heading', { name: 'Self-assessment history' }).waitFor();
    // Figures only: the member pages' trainee list and the self-assessment form are not here.
    expect(await page.getByRole('heading', { name: 'Trainings' }).count()).toBe(0);
    expect(await page.locator('form textarea').count()).toBe(0);
    expect((await page.textContent('main'))!).not.toContain(member.fullName);
    await axeClean(page);
    await shot(page, 'capacity-evaluator');
  });

  it.each(['sr', 'en'] as const)('meetings, capacity and statistics in %s are named in the title, have no axe-core violations and fit a 375 px phone', async (language) => {
    // What the browser tab, the history and a screen reader's first announcement call each page.
    const titles: Record<string, [string, string]> = {
      meetings: ['Sastanci', 'Meetings'],
      capacity: ['Kapaciteti', 'Capacity'],
      statistics: ['Statistika uputnica', 'Referral statistics'],
      settings: ['Podešavanja', 'Settings'],
      // A mistyped or outdated link is said to be one, with the way home.
      'no-such-page': ['Stranica nije pronađena', 'Page not found'],
    };
    const app = language === 'sr' ? 'AT mreža' : 'AT Network';
    for (const [email, paths] of [
      [member.email, ['/meetings', `/meetings/${meetingId}`, '/capacity', '/statistics', '/settings', '/no-such-page']],
      [memberAdmin.email, ['/capacity']],
      [evaluator.email, ['/statistics', '/capacity']],
    ] as const) {
      const page = await signedIn(email, language);
      for (const path of paths) {
        for (const width of [1280, 375]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${base}${path}`);
          await page.waitForSelector('main h1');
          await page.waitForSelector('main [role=status]:has-text("…")', { state: 'detached' });
          expect(await page.evaluate('document.documentElement.lang')).toBe(language === 'sr' ? 'sr-Latn-RS' : 'en-GB');
          // A page of one meeting names it first.
          const named = path.startsWith('/meetings/') ? 'Sastanak mreže u Kragujevcu · ' : '';
          await page.waitForFunction((title) => (globalThis as unknown as { document: { title: string } }).document.title === title, `${named}${titles[path.split('/')[1]][language === 'sr' ? 0 : 1]} · ${app}`);
          await axeClean(page);
          expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        }
        if (path === '/no-such-page') await page.getByRole('link', { name: language === 'sr' ? 'Idi na početnu stranicu' : 'Go to the home page' }).waitFor();
        await shot(page, `member-pages-${language}${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}/, '-id')}`);
      }
    }
  }, 240_000);
});
