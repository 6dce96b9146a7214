import AxeBuilder from '@axe-core/playwright';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { createAdminApp } from '../apps/admin/src/create-admin-app';
import { freePort } from '@app/database';
import { Language } from '@app/common';
import { Network, Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { describeInBrowser, openBrowser } from './utils/browser';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';
import { ensureWebAppBuilt } from './utils/web-build';

const SCREENSHOTS = join(__dirname, '..', 'test-output', 'screenshots');

/** The text of a raw message: quoted-printable soft breaks joined, base64 parts decoded. */
function mailText(raw: string): string {
  const joined = raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  const decoded = [...raw.matchAll(/content-transfer-encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n([A-Za-z0-9+/=\r\n]+)/gi)].map((m) => Buffer.from(m[1].replace(/\s+/g, ''), 'base64').toString('utf8'));
  return [joined, ...decoded].join('\n');
}

/** Waits until the page's document title is `title` (a function, as the pages' CSP allows no evaluated strings). */
const titled = (page: Page, title: string) => page.waitForFunction((expected) => (globalThis as unknown as { document: { title: string } }).document.title === expected, title);

describeInBrowser('referral pages in a real browser: a member refers, a partner answers', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  let base: string;
  let partner: Organization;
  let otherPartner: Organization;
  let member: { email: string; id: string };
  let partnerUser: { email: string };
  let otherPartnerUser: { email: string };
  let coordinator: GqlOptions;
  let coordinatorUser: { email: string };
  let asMember: GqlOptions;
  let referralId: string;
  const contexts: BrowserContext[] = [];
  const saved = { SMTP_URL: process.env.SMTP_URL, JOBS: process.env.JOBS };

  beforeAll(async () => {
    ensureWebAppBuilt();
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    Object.assign(process.env, { SMTP_URL: smtp.url, JOBS: 'mail' });
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    const lsi = await t.db.dataSource.getRepository(Network).findOneByOrFail({ code: 'LSI' });
    partner = await t.factory.newOrganization({ shortName: 'LS Kyiv', city: 'Kyiv', country: 'UA' });
    otherPartner = await t.factory.newOrganization({ shortName: 'LS Praha', city: 'Praha', country: 'CZ' });
    const pu = await t.factory.newUser({ role: Role.PARTNER, organization: partner, language: Language.EN });
    const opu = await t.factory.newUser({ role: Role.PARTNER, organization: otherPartner, language: Language.EN });
    for (const [p, user] of [
      [partner, pu],
      [otherPartner, opu],
    ] as const) {
      await t.factory.newMembership(lsi, p);
      await t.db.dataSource.query(
        `INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails) VALUES ($1, '{VICTIM_ASSISTANCE_ABROAD,SAFE_RETURN}', '{uk,en}', $2)`,
        [p.id, `{${user.email}}`],
      );
    }
    partnerUser = pu;
    otherPartnerUser = opu;
    member = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: await org('PAOR') });
    // Signed in once here: the sign-in rate limit counts the browser's sign-ins of the same person too.
    asMember = await t.as(member);
    coordinatorUser = await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA') });
    coordinator = await t.as(coordinatorUser);
    ({ base, browser } = await openBrowser(t));
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.stop();
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  });

  /** A browser of its own for one person (its own cookies), in their language. */
  async function personPage(locale: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  async function signIn(page: Page, email: string) {
    await page.waitForURL(/\/sign-in/);
    await page.fill('#email', email);
    await page.fill('#password', DEFAULT_PASSWORD);
    await page.click('form button[type=submit]');
    await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  }
  async function mailTo(email: string, matching: (text: string) => boolean): Promise<string> {
    for (let i = 0; i < 150; i++) {
      const index = smtp.received.findIndex((m, n) => m.to.includes(email) && matching(mailText(smtp.raw[n])));
      if (index >= 0) return mailText(smtp.raw[index]);
      await sleep(100);
    }
    throw new Error(`no mail to ${email}; got ${JSON.stringify(smtp.received.map((m) => [m.to, m.subject]))}`);
  }
  async function axeClean(page: Page) {
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  let memberPage: Page;
  let partnerPage: Page;

  it('a member sends a referral with the consent recorded first, choosing a partner with its due time shown', async () => {
    memberPage = await personPage('sr-Latn-RS');
    await memberPage.goto(`${base}/referrals/new`);
    await signIn(memberPage, member.email);
    await memberPage.waitForSelector('h1:has-text("Nova uputnica")');
    await memberPage.selectOption('#category', 'VICTIM_ASSISTANCE_ABROAD');
    // No identifying field before the consent is recorded.
    expect(await memberPage.locator('#details-name').count()).toBe(0);
    expect(await memberPage.locator('input[name=partner]').count()).toBe(0);
    await axeClean(memberPage);
    await shot(memberPage, 'referral-new-consent-first');
    await memberPage.fill('#givenBy', 'sama osoba');
    await memberPage.fill('#givenAt', '2026-11-20');
    await memberPage.fill('#method', 'pisani obrazac');
    await memberPage.fill('#purpose', 'pomoć partnera u inostranstvu');
    await memberPage.click('text=Zabeleži pristanak i nastavi');
    await memberPage.waitForSelector('#details-name');
    await memberPage.selectOption('#urgency', 'CRITICAL');
    await memberPage.check('input[name=services][value=SHELTER]');
    await memberPage.selectOption('#ageBroad', 'AGE_18_20');
    await memberPage.selectOption('#gender', 'FEMALE');
    // Countries are chosen by their names in her language; the codes are what is sent.
    await memberPage.selectOption('#citizenship', { label: 'Srbija' });
    await memberPage.selectOption('#countryOfExploitation', { label: 'Ukrajina' });
    await memberPage.fill('#languages', 'sr');
    await memberPage.getByText('Prepoznato: srpski').waitFor();
    await memberPage.check('input[name=typeOfExploitation][value=FORCED_LABOUR]');
    await memberPage.fill('#details-name', 'Jelena Đorđević');
    await memberPage.fill('#details-contact', '+381 60 000 0000');
    const choice = memberPage.locator('label', { hasText: 'LS Kyiv' });
    await choice.waitFor();
    expect(await choice.textContent()).toMatch(/potvrđuje do/);
    await choice.locator('input').check();
    await axeClean(memberPage);
    await shot(memberPage, 'referral-new-filled');
    // A case code that looks like a name is refused next to its field, in her words, and nothing is sent.
    await memberPage.fill('#caseCode', 'Jelena Đorđević');
    await memberPage.click('text=Pošalji uputnicu');
    await memberPage.locator('#person-caseCode-problem').getByText('sme da sadrži samo slova, cifre i _ . / - (nikada ime), najviše 40 znakova').waitFor();
    await memberPage.fill('#caseCode', '');
    await memberPage.click('text=Pošalji uputnicu');
    await memberPage.waitForURL(/\/referrals\/[0-9a-f-]{36}$/);
    referralId = memberPage.url().split('/').pop()!;
    await memberPage.waitForSelector('text=je poslata organizaciji LS Kyiv');
    expect(await memberPage.textContent('.badge')).toBe('Poslata, nije potvrđena');
    await shot(memberPage, 'referral-sent-by-member');
  });

  it('the partner opens the link from the mail, signs in, acknowledges, writes, accepts and reads the details giving a reason', async () => {
    const mail = await mailTo(partnerUser.email, (text) => text.includes(`/referrals/${referralId}`));
    expect(mail).not.toContain('Jelena');
    const path = /\/referrals\/[0-9a-f-]{36}/.exec(mail)![0];
    partnerPage = await personPage('en-GB');
    await partnerPage.goto(`${base}${path}`);
    await signIn(partnerPage, partnerUser.email);
    await partnerPage.waitForSelector('text=Case summary (no identifying details)');
    expect(new URL(partnerPage.url()).pathname).toBe(path);
    // Named in the title by its reference, never by anything of the person.
    const [{ reference }] = await t.db.dataSource.query(`SELECT reference FROM referrals WHERE id = $1`, [referralId]);
    await titled(partnerPage, `${reference} · Referral inbox · AT Network`);
    // The codes the member chose, named in the partner's language.
    await partnerPage.waitForSelector('dd:text-is("Serbia")');
    await partnerPage.waitForSelector('dd:text-is("Ukraine")');
    await partnerPage.waitForSelector('dd:text-is("Serbian")');
    expect(await partnerPage.textContent('body')).not.toContain('Jelena');
    expect(await partnerPage.textContent('body')).toContain('Identifying details are shared with the partner only after it accepts');
    expect(await partnerPage.locator('.due').textContent()).toMatch(/Acknowledge within/);
    await axeClean(partnerPage);
    await shot(partnerPage, 'referral-partner-opened-from-mail');

    await partnerPage.click('text=Acknowledge receipt');
    await partnerPage.waitForSelector('text=Done: the referral is now “Acknowledged”.');
    // A second tab left open on the acknowledged referral, to act on a state that has moved on.
    const staleTab = await partnerPage.context().newPage();
    await staleTab.goto(`${base}${path}`);
    await staleTab.waitForSelector('text=Accept the referral');
    await partnerPage.fill('#message-body', 'Do you need an interpreter for Serbian?');
    await partnerPage.click('text=Send the message');
    await partnerPage.waitForSelector('.thread >> text=Do you need an interpreter for Serbian?');
    await partnerPage.click('text=Accept the referral');
    await partnerPage.waitForSelector('text=Done: the referral is now “Accepted”.');
    expect(await partnerPage.textContent('.referral > p .badge')).toBe('Accepted');
    await partnerPage.waitForSelector('text=Reading the identifying details is recorded');
    await axeClean(partnerPage);
    await partnerPage.fill('#reveal-reason', 'Planning the reception at the shelter');
    await partnerPage.click('text=Show the identifying details');
    await partnerPage.waitForSelector('dd:has-text("Jelena Đorđević")');
    await partnerPage.waitForSelector('text=Your reading was recorded');
    await shot(partnerPage, 'referral-partner-details-read');

    // Nothing of the referral is kept on the device: no cached GraphQL answer, nothing in localStorage.
    const cached: string[] = await partnerPage.evaluate(
      `(async () => { const urls = []; for (const key of await caches.keys()) { for (const r of await (await caches.open(key)).keys()) urls.push(r.url); } return urls; })()`,
    );
    expect(cached.filter((url) => url.includes('/graphql') || url.includes('/referrals/'))).toEqual([]);
    expect(await partnerPage.evaluate('JSON.stringify(localStorage)')).not.toMatch(/Jelena|interpreter|AT-\d{4}/);

    // An illegal step is refused by the API and the refusal shown in plain words, not the API's: accepting again from the stale tab.
    await staleTab.click('text=Accept the referral');
    const refusal = staleTab.locator('[role=alert]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'This has changed in the meantime (in another tab, or someone else acted on it), so this step is no longer possible. Reload the page to see where it stands.',
    );
    await shot(staleTab, 'referral-partner-refusal-shown');
    await staleTab.close();
  });

  it('the sender sees each step, the message and who read the details with the reason, and got the mails', async () => {
    await memberPage.reload();
    await memberPage.waitForSelector('.referral > p .badge:has-text("Prihvaćena")');
    const body = (await memberPage.textContent('body'))!;
    expect(body).toContain('Do you need an interpreter for Serbian?');
    expect(body).toContain('Planning the reception at the shelter');
    expect(body).toContain('Prijem potvrđen');
    await axeClean(memberPage);
    await shot(memberPage, 'referral-sender-sees-steps');
    const mails = async () => smtp.received.filter((m) => m.to.includes(member.email)).length;
    for (let i = 0; i < 100 && (await mails()) < 3; i++) await sleep(100);
    expect(await mails()).toBeGreaterThanOrEqual(3);
    for (let n = 0; n < smtp.raw.length; n++) if (smtp.received[n].to.includes(member.email)) expect(mailText(smtp.raw[n])).not.toContain('Jelena');
  });

  it("the coordinator's audit log shows the reading with its reason", async () => {
    const { data } = await t.gql(`query($id: String) { auditLog(filter: { entityId: $id }, first: 50) { edges { node { action summary actorOrganizationId } } } }`, { id: referralId }, coordinator);
    const reads = data.auditLog.edges.map((e: { node: { action: string; summary: string; actorOrganizationId: string } }) => e.node).filter((n: { action: string }) => n.action === 'PERSONAL_DATA_READ');
    expect(reads).toEqual([expect.objectContaining({ actorOrganizationId: partner.id, summary: expect.stringContaining('Planning the reception at the shelter') })]);

    // The same entry on the admin app's audit page (the admin app on the same database).
    const admin = await createAdminApp();
    try {
      await admin.listen(0, '127.0.0.1');
      const adminBase = (await admin.getUrl()).replace('[::1]', '127.0.0.1');
      const page = await personPage('sr-Latn-RS');
      await page.goto(`${adminBase}/sign-in`);
      await page.fill('input[name=email]', coordinatorUser.email);
      await page.fill('input[name=password]', DEFAULT_PASSWORD);
      await page.click('#sign-in');
      await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
      await page.goto(`${adminBase}/audit?action=personal_data.read`);
      const row = page.locator('#audit-log tr[data-action="personal_data.read"]', { hasText: referralId });
      expect(await row.textContent()).toContain('Planning the reception at the shelter');
      expect(await row.textContent()).toContain('LS Kyiv');
      await shot(page, 'referral-audit-log-admin');
    } finally {
      await admin.close();
    }
    // Boots a whole admin app in this process (on a fresh clone with jest's transform cache cold)
    // and signs in through a browser: more than the default 30 s on a loaded CI machine.
  }, 120_000);

  it("a second partner cannot open the first partner's referral by its address", async () => {
    const page = await personPage('en-GB');
    await page.goto(`${base}/referrals/${referralId}`);
    await signIn(page, otherPartnerUser.email);
    await page.waitForSelector('text=This referral does not exist or is not shared with your organization.');
    expect(await page.textContent('body')).not.toContain('LS Kyiv');
    await shot(page, 'referral-other-partner-refused');
  });

  it.each([
    ['sr', 'sr-Latn-RS'],
    ['en', 'en-GB'],
  ])('every referral page in %s has no axe-core violations and fits a 375 px phone', async (language, locale) => {
    for (const [email, paths] of [
      [partnerUser.email, ['/referrals', `/referrals/${referralId}`, '/organization', '/settings']],
      [member.email, ['/referrals', `/referrals/${referralId}`, '/referrals/new']],
    ] as const) {
      const page = await personPage(locale);
      // The language is the person's own setting, applied when she signs in.
      await t.db.dataSource.query(`UPDATE users SET language = $2 WHERE email = $1`, [email, language]);
      await page.goto(`${base}/sign-in`);
      await signIn(page, email);
      for (const path of paths) {
        for (const width of [1280, 375]) {
          await page.setViewportSize({ width, height: 800 });
          await page.goto(`${base}${path}`);
          await page.waitForSelector('main h1');
          expect(await page.evaluate('document.documentElement.lang')).toBe(language === 'sr' ? 'sr-Latn-RS' : 'en-GB');
          await axeClean(page);
          expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
        }
        await shot(page, `referral-pages-${language}${path.replace(/\//g, '-').replace(/-[0-9a-f-]{36}/, '-id')}`);
      }
    }
  }, 240_000);

  it('partners see only their own pages in the navigation, named in the title and the header, and the inbox puts an overdue referral first, marked as overdue', async () => {
    const { data } = await t.gql(
      `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`,
      { input: { partnerOrganizationId: partner.id, category: 'SAFE_RETURN', urgency: 'ROUTINE', person: { gender: 'MALE' } } },
      asMember,
    );
    await t.gql(`mutation($id: ID!) { sendReferral(id: $id) { status } }`, { id: data.createReferral.id }, asMember);
    await t.db.dataSource.query(`UPDATE referrals SET acknowledge_due_at = now() - interval '2 hours' WHERE id = $1`, [data.createReferral.id]);

    const page = await personPage('en-GB');
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.goto(`${base}/`);
    // The header says what the app is for whoever reads it: the portal before signing in, referrals to a partner.
    await page.waitForSelector('header .brand span:text-is("Anti-trafficking network portal")');
    // Asking whether this browser holds a session, when it holds none, is no error (the console stays clean).
    await page.waitForSelector('#email');
    expect(consoleErrors).toEqual([]);
    await signIn(page, partnerUser.email);
    await page.waitForURL(/\/referrals$/);
    const links = await page.locator('nav.main-nav a').allTextContents();
    expect(links).toEqual(['Referral inbox', 'My organization', 'Settings']);
    await page.waitForSelector('header .brand span:text-is("Referrals")');
    // The page is named in the title as in the partner's navigation, and so are the others.
    await titled(page, 'Referral inbox · AT Network');
    await page.goto(`${base}/organization`);
    await titled(page, 'My organization · AT Network');
    // Its codes are read back by name, and so is what it types, before it saves.
    await page.getByText('Read as: Ukrainian, English').waitFor();
    await page.getByLabel('Countries covered (two-letter codes, separated by commas)').fill('ua, md');
    await page.getByText('Read as: Ukraine, Moldova').waitFor();
    await page.goto(`${base}/referrals`);
    const first = page.locator('ul.cards > li').first();
    await first.waitFor();
    expect(await first.textContent()).toContain(data.createReferral.reference);
    expect(await first.locator('.due').textContent()).toMatch(/^Overdue by 2 h/);
    await shot(page, 'referral-inbox-overdue-first');
  });
});
