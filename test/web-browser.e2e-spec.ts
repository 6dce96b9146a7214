import type { INestApplication } from '@nestjs/common';
import { Organization } from '@app/organizations';
import { createAdminApp } from '../apps/admin/src/create-admin-app';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { en } from '../apps/web/src/i18n/en';
import { sr } from '../apps/web/src/i18n/sr';
import { describeInBrowser } from './utils/browser';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';
import { checkPage, openWebBrowser, WebBrowser } from './utils/web-browser';
import { ensureWebAppBuilt } from './utils/web-build';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email } }`;
const PROGRESS = `query($periodId: ID!, $organizationId: ID) { strategyProgress(periodId: $periodId, organizationId: $organizationId) { network { activities participants } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { version } }`;

describeInBrowser('web app in a browser: a member-staff person logs a workshop offline and follows it to approval', () => {
  let t: TestApp;
  let web: WebBrowser;
  let coordinator: GqlOptions;
  let coordinatorEmail: string;
  let admin: INestApplication;
  let adminBase: string;
  let periodId: string;

  beforeAll(async () => {
    // Built before the API starts: the API reads the page once, when it starts.
    ensureWebAppBuilt();
    t = await startTestApp('api');
    web = await openWebBrowser(t);
    const coordinatorUser = await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA') });
    coordinatorEmail = coordinatorUser.email;
    coordinator = await t.as(coordinatorUser);
    // The coordinators' admin app, on the same database: the review happens where ASTRA does it.
    admin = await createAdminApp();
    await admin.listen(0, '127.0.0.1');
    adminBase = (await admin.getUrl()).replace('[::1]', '127.0.0.1');
    [{ id: periodId }] = await t.db.dataSource.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`);
  }, 180_000);

  afterAll(async () => {
    await web?.browser.close();
    await admin?.close();
    await t?.close();
  });

  /** The coordinator signs in to the admin app and decides on the activity from its detail page. */
  const reviewInAdminApp = async (id: string, decision: { comment: string } | 'approve') => {
    const context = await web.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sr-Latn-RS' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${adminBase}/sign-in`);
      await page.fill('input[name=email]', coordinatorEmail);
      await page.fill('input[name=password]', DEFAULT_PASSWORD);
      await Promise.all([page.waitForURL(`${adminBase}/dashboard`), page.click('#sign-in')]);
      await page.goto(`${adminBase}/activities/${id}`);
      if (decision === 'approve') {
        await Promise.all([page.waitForURL(/done=approved/), page.click('#approve')]);
      } else {
        await page.fill('#comment', decision.comment);
        await Promise.all([page.waitForURL(/done=returned/), page.click('#return')]);
      }
    } finally {
      await context.close();
    }
  };

  const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
  /** A new browser person, signed in to the web app in Serbian as the given user. */
  const signedInSr = async (email: string) => {
    const person = await web.newPerson('sr');
    await person.page.goto(`${web.base}/sign-in`);
    await person.page.getByLabel(sr.signIn.email).fill(email);
    await person.page.getByLabel(sr.signIn.password).fill(DEFAULT_PASSWORD);
    await person.page.getByRole('button', { name: sr.signIn.submit }).click();
    await person.page.getByRole('heading', { name: sr.home.heading }).waitFor();
    return person;
  };
  const activityTitled = async (title: string) => t.db.dataSource.query(`SELECT id, status, version FROM activities WHERE title = $1`, [title]);
  const until = async <T>(check: () => Promise<T | undefined | false>, what: string, ms = 15_000): Promise<T> => {
    const end = Date.now() + ms;
    for (;;) {
      const value = await check();
      if (value) return value;
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  for (const [language, m, orgName] of [['sr', sr, 'CZD Niš'], ['en', en, 'PAOR']] as const) {
    it(`${language}: accepts the invitation, logs a youth workshop offline, sends it once, and follows it through return, resubmission and approval into the progress report`, async () => {
      const organization = await org(orgName);
      const email = `radionice.${language}@example.org`;
      const title = language === 'sr' ? 'Radionica o bezbednim migracijama, OŠ Vožd' : 'Workshop on safe migration, Vožd school';

      // The coordinator invites her; the mailed link opens the web app.
      const invited = await t.gql(INVITE, { input: { email, fullName: language === 'sr' ? 'Jelena Radionica' : 'Jane Workshop', organizationId: organization.id, role: 'MEMBER_STAFF', language: language.toUpperCase() } }, coordinator);
      expect(invited.errors).toBeUndefined();
      const [{ params }] = await t.db.dataSource.query(`SELECT params FROM mail_outbox WHERE recipient = $1 AND template = 'invitation'`, [email]);
      const link = new URL(params.link);
      expect(link.pathname).toBe('/invitation');

      const { context, page } = await web.newPerson(language);
      await page.goto(`${web.base}${link.pathname}${link.search}`);
      await page.getByRole('heading', { name: m.setPassword.invitationHeading }).waitFor();
      await checkPage(page, `${language}-invitation`);
      await page.getByLabel(m.setPassword.password, { exact: true }).fill('radionice u Nišu 2026');
      await page.getByLabel(m.setPassword.confirm).fill('radionice u Nišu 2026');
      await page.getByRole('button', { name: m.setPassword.submit }).click();
      await page.getByRole('heading', { name: m.home.heading }).waitFor();
      expect(new URL(page.url()).search).toBe('');
      await checkPage(page, `${language}-home`);
      // The app shell is kept by the service worker before the connection goes.
      await page.evaluate(`Promise.race([navigator.serviceWorker.ready, new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker after 10 s')), 10000))]).then(() => true)`);

      // At a school with no signal: the form opens and the workshop is kept on the device.
      await context.setOffline(true);
      await page.getByRole('link', { name: m.nav.newActivity }).click();
      await page.getByRole('heading', { name: m.form.newHeading }).waitFor();
      await page.getByLabel(m.form.title).fill(title);
      await page.getByLabel(m.form.startsOn).fill('2024-03-14');
      await page.getByLabel(m.form.city).fill('Niš');
      await page.getByLabel(m.targetGroup.PUPILS).check();
      await page.locator('input[name="participants-FEMALE:15_17"]').fill('12');
      await page.locator('input[name="participants-MALE:15_17"]').fill('8');
      await page.locator('input[name="participants-OTHER_UNKNOWN:UNDER_15"]').fill('1');
      expect(await page.getByTestId('grand-total').textContent()).toBe('21');
      await page.locator('input[id^="goal-"]').first().check();
      await checkPage(page, `${language}-form-offline`);
      await page.getByRole('button', { name: m.form.saveDraft }).click();
      await page.getByText(m.form.savedOffline).waitFor();

      // A reload without a connection: the app opens from the service worker and the workshop still waits.
      await page.reload();
      const waiting = page.getByTestId('waiting-list');
      await waiting.getByText(title).waitFor();
      await waiting.getByText(m.status.WAITING).waitFor();
      await checkPage(page, `${language}-waiting-offline`);
      expect(await activityTitled(title)).toEqual([]);

      // The connection returns: it is sent, once.
      await context.setOffline(false);
      await page.evaluate(`window.dispatchEvent(new Event('online'))`);
      await page.getByText(m.home.waitingNone).waitFor();
      const [sent] = await until(async () => (await activityTitled(title)).length === 1 && activityTitled(title), 'the activity to arrive');
      await page.reload();
      await page.getByRole('heading', { name: m.home.heading }).waitFor();
      expect(await activityTitled(title)).toHaveLength(1);

      // She submits it from its page.
      await page.getByRole('link', { name: m.nav.activities, exact: true }).click();
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: title }).waitFor();
      await checkPage(page, `${language}-activity`);
      await page.getByRole('button', { name: m.activity.submit }).click();
      await page.getByText(m.activity.submitted).waitFor();
      expect((await activityTitled(title))[0].status).toBe('SUBMITTED');

      // The coordinator returns it with a comment in the admin app; she sees the comment at home.
      const comment = language === 'sr' ? 'Proverite broj devojčica: na listi je 13.' : 'Check the number of girls: the list says 13.';
      await reviewInAdminApp(sent.id, { comment });
      expect((await activityTitled(title))[0].status).toBe('RETURNED');
      await page.goto(`${web.base}/`);
      await page.getByText(comment).waitFor();
      await checkPage(page, `${language}-home-returned`);

      // She fixes the numbers and submits again.
      await page.getByRole('link', { name: title }).click();
      await page.getByRole('heading', { name: m.form.editHeading }).waitFor();
      await page.getByText(comment).waitFor();
      await page.locator('input[name="participants-FEMALE:15_17"]').fill('13');
      expect(await page.getByTestId('grand-total').textContent()).toBe('22');
      await checkPage(page, `${language}-form-returned`);
      await page.getByRole('button', { name: m.activity.resubmit }).click();
      await page.getByText(m.activity.submitted).waitFor();
      expect((await activityTitled(title))[0].status).toBe('SUBMITTED');
      // The history says who did what: she submitted twice, the coordinator returned it.
      const history = page.getByRole('list').filter({ hasText: m.activity.action.ACTIVITY_RETURNED });
      await history.getByText(m.activity.action.ACTIVITY_SUBMITTED).first().waitFor();
      expect(await history.getByRole('listitem').filter({ hasText: m.activity.action.ACTIVITY_SUBMITTED }).count()).toBe(2);

      // The coordinator approves in the admin app; the progress report counts it once.
      await reviewInAdminApp(sent.id, 'approve');
      expect((await activityTitled(title))[0].status).toBe('APPROVED');
      const progress = await t.gql(PROGRESS, { periodId, organizationId: organization.id }, coordinator);
      expect(progress.data.strategyProgress.network).toEqual({ activities: 1, participants: 22 });
      await page.getByRole('link', { name: m.nav.progress }).click();
      const row = page.getByTestId('by-organization').getByRole('row', { name: new RegExp(orgName) });
      await row.waitFor();
      expect((await row.locator('td').allTextContents()).map(Number).reduce((a, b) => a + b, 0)).toBe(1);
      await checkPage(page, `${language}-progress`);

      await page.getByRole('link', { name: m.nav.import }).click();
      await page.getByRole('heading', { name: m.import.heading }).waitFor();
      await checkPage(page, `${language}-import`);

      // Signing out removes what the device kept.
      await page.getByRole('button', { name: m.app.signOut }).click();
      await page.getByRole('heading', { name: m.signIn.heading }).waitFor();
      await checkPage(page, `${language}-sign-in`);
      // Browser code as text: the tests' TypeScript has no DOM types.
      const kept = await page.evaluate(`new Promise((resolve) => {
        const open = indexedDB.open('atp-device');
        open.onsuccess = () => {
          const tx = open.result.transaction(['outbox', 'meta']);
          Promise.all(['outbox', 'meta'].map((name) => new Promise((done) => { tx.objectStore(name).count().onsuccess = (e) => done(e.target.result); })))
            .then((counts) => resolve(counts[0] + counts[1]));
        };
      })`);
      expect(kept).toBe(0);
      expect(await page.evaluate('Object.keys(localStorage)')).toEqual(['atp.language']);
      await context.close();
    }, 120_000);
  }

  it('asks before signing out would delete an activity kept on this device, and sends what it can first', async () => {
    const organization = await org('CZD Niš');
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization, email: 'odjava@example.org' });
    const { context, page } = await web.newPerson('sr');
    const signIn = async () => {
      await page.goto(`${web.base}/sign-in`);
      await page.getByLabel(sr.signIn.email).fill(staff.email);
      await page.getByLabel(sr.signIn.password).fill(DEFAULT_PASSWORD);
      await page.getByRole('button', { name: sr.signIn.submit }).click();
      await page.getByRole('heading', { name: sr.home.heading }).waitFor();
      await page.evaluate(`Promise.race([navigator.serviceWorker.ready, new Promise((_, reject) => setTimeout(() => reject(new Error('no service worker after 10 s')), 10000))]).then(() => true)`);
    };
    const keepOffline = async (title: string) => {
      await context.setOffline(true);
      await page.getByRole('link', { name: sr.nav.newActivity }).click();
      await page.getByLabel(sr.form.title).fill(title);
      await page.getByLabel(sr.form.startsOn).fill('2024-06-03');
      await page.getByLabel(sr.form.city).fill('Niš');
      await page.getByRole('button', { name: sr.form.saveDraft }).click();
      await page.getByText(sr.form.savedOffline).waitFor();
    };
    const warning = page.getByTestId('unsent-warning');
    const signOut = () => page.getByRole('button', { name: sr.app.signOut }).click();

    // Offline, with a workshop kept on the device: signing out asks first, and staying keeps it.
    await signIn();
    await keepOffline('Radionica u selu bez signala');
    await signOut();
    await warning.getByText('Na ovom uređaju 1 aktivnost još nije poslata. Odjavom se briše sa uređaja.').waitFor();
    await checkPage(page, 'sr-unsent-warning');
    await warning.getByRole('button', { name: sr.app.unsentStay }).click();
    await warning.waitFor({ state: 'detached' });
    await page.getByRole('link', { name: sr.nav.home }).click();
    await page.getByTestId('waiting-list').getByText('Radionica u selu bez signala').waitFor();

    // Back online, signing out sends it first and asks nothing.
    await context.setOffline(false);
    await signOut();
    await page.getByRole('heading', { name: sr.signIn.heading }).waitFor();
    expect(await warning.count()).toBe(0);
    expect(await activityTitled('Radionica u selu bez signala')).toHaveLength(1);

    // Offline again, she chooses to sign out and delete it: it is gone from the device and never arrives.
    await signIn();
    await keepOffline('Radionica koja se briše');
    await signOut();
    await warning.getByRole('button', { name: 'Odjavi se i obriši je' }).click();
    await page.getByRole('heading', { name: sr.signIn.heading }).waitFor();
    expect(await page.evaluate(`new Promise((resolve) => { const open = indexedDB.open('atp-device'); open.onsuccess = () => { open.result.transaction('outbox').objectStore('outbox').count().onsuccess = (e) => resolve(e.target.result); }; })`)).toBe(0);
    await context.setOffline(false);
    expect(await activityTitled('Radionica koja se briše')).toEqual([]);
    await context.close();
  }, 90_000);

  it('a person who forgot her password asks for a link at the sign-in page, and later changes it in the settings: her other devices are signed out, this one stays', async () => {
    const organization = await org('PAOR');
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization, email: 'zaboravila@example.org' });
    // Her own language, which the app takes on as she signs in.
    await t.db.dataSource.query(`UPDATE users SET language = 'en' WHERE id = $1`, [staff.id]);
    const otherDevice = async (password: string) => {
      const { data } = await t.gql(`mutation($input: SignInInput!) { signIn(input: $input) { refreshToken } }`, { input: { email: staff.email, password } });
      return data.signIn.refreshToken as string;
    };
    const stillSignedIn = async (refreshToken: string) => !(await t.gql(`mutation($token: String!) { refreshSession(refreshToken: $token) { refreshToken } }`, { token: refreshToken })).errors;
    const { context, page } = await web.newPerson('en');
    const laptop = await otherDevice(DEFAULT_PASSWORD);

    // From the sign-in page to the mailed link; the answer does not tell whether the address has an account.
    await page.goto(`${web.base}/sign-in`);
    await page.getByRole('link', { name: en.signIn.forgot }).click();
    await page.getByRole('heading', { name: en.forgot.heading }).waitFor();
    expect(await page.title()).toBe(`${en.forgot.heading} · ${en.app.name}`);
    await checkPage(page, 'en-forgot-password');
    await page.getByLabel(en.signIn.email).fill(staff.email);
    await page.getByRole('button', { name: en.forgot.submit }).click();
    await page.getByRole('status').getByText(`If ${staff.email} has an account, a link to choose a new password is on its way to it.`, { exact: false }).waitFor();
    const [{ params }] = await t.db.dataSource.query(`SELECT params FROM mail_outbox WHERE recipient = $1 AND template = 'password-reset'`, [staff.email]);
    const link = new URL(params.link);
    expect(link.pathname).toBe('/reset-password');
    await page.goto(`${web.base}${link.pathname}${link.search}`);
    await page.getByRole('heading', { name: en.setPassword.resetHeading }).waitFor();
    // The API's rule, in the reader's words.
    await page.getByLabel(en.setPassword.password, { exact: true }).fill('too short');
    await page.getByLabel(en.setPassword.confirm).fill('too short');
    await page.getByRole('button', { name: en.setPassword.submit }).click();
    await page.getByText(en.password.tooShort).waitFor();
    await page.getByLabel(en.setPassword.password, { exact: true }).fill('workshops in Zrenjanin 2026');
    await page.getByLabel(en.setPassword.confirm).fill('workshops in Zrenjanin 2026');
    await page.getByRole('button', { name: en.setPassword.submit }).click();
    await page.getByRole('heading', { name: en.home.heading }).waitFor();
    expect(await stillSignedIn(laptop)).toBe(false);

    // In the settings: the current password is checked, next to its field; then the new one is set.
    const phone = await otherDevice('workshops in Zrenjanin 2026');
    await page.getByRole('link', { name: en.refNav.settings }).click();
    await page.getByRole('heading', { name: en.password.heading }).waitFor();
    await page.getByLabel(en.password.current).fill('not my password at all');
    await page.getByLabel(en.password.new).fill('round tables in Zrenjanin 2027');
    await page.getByLabel(en.setPassword.confirm).fill('round tables in Zrenjanin 2027');
    await page.getByRole('button', { name: en.password.submit }).click();
    await page.locator('#currentPassword-problem').getByText(en.password.wrongCurrent).waitFor();
    expect(await page.getByLabel(en.password.current).getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'en-settings-password-refused');
    await page.getByLabel(en.password.current).fill('workshops in Zrenjanin 2026');
    await page.getByRole('button', { name: en.password.submit }).click();
    await page.getByRole('status').getByText(en.password.changed).waitFor();
    expect(await stillSignedIn(phone)).toBe(false);
    // This browser is still signed in, with the new password.
    await page.getByRole('link', { name: en.nav.activities }).click();
    await page.getByRole('heading', { name: en.list.heading }).waitFor();

    // A lost phone: signing out everywhere ends every session, this one too.
    const lost = await otherDevice('round tables in Zrenjanin 2027');
    await page.getByRole('link', { name: en.refNav.settings }).click();
    await page.getByRole('button', { name: en.password.signOutEverywhere }).click();
    await page.getByRole('heading', { name: en.signIn.heading }).waitFor();
    expect(await stillSignedIn(lost)).toBe(false);
    await page.reload();
    await page.getByRole('heading', { name: en.signIn.heading }).waitFor();
    await context.close();
  }, 90_000);

  it('shows the API’s refusal next to each field, in the reader’s language, with what she typed kept on the device', async () => {
    const organization = await org('CZD Niš');
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization, email: 'polja@example.org' });
    const { context, page } = await signedInSr(staff.email);

    await page.getByRole('link', { name: sr.nav.newActivity }).click();
    await page.getByLabel(sr.form.title).fill('Ab');
    await page.getByLabel(sr.form.startsOn).fill('2024-04-02');
    await page.locator('input[name="participants-FEMALE:18_29"]').fill('-3');
    await page.getByRole('button', { name: sr.form.saveDraft }).click();
    await page.getByText(sr.form.errors).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/activities\/device\//);
    await page.locator('#title-problem').getByText('mora imati bar 3 znaka').waitFor();
    await page.locator('#participants-problem').getByText(sr.fieldError.negative).waitFor();
    expect(await page.getByLabel(sr.form.title).inputValue()).toBe('Ab');
    expect(await page.getByLabel(sr.form.title).getAttribute('aria-describedby')).toBe('title-problem');
    await checkPage(page, 'sr-form-refused');

    // Kept on the device as refused, with the values she typed and why in her words, until she fixes it.
    await page.getByRole('link', { name: sr.nav.home }).click();
    await page.getByTestId('waiting-list').getByText(sr.status.REFUSED).waitFor();
    await page.getByTestId('waiting-list').getByText(`${sr.form.title}: mora imati bar 3 znaka`).waitFor();
    await page.getByTestId('waiting-list').getByText(`${sr.form.participants}: ${sr.fieldError.negative}`).waitFor();
    expect(await page.getByTestId('waiting-list').getByText(/must|title:/).count()).toBe(0);
    await page.getByTestId('waiting-list').getByRole('link', { name: 'Ab' }).click();
    await page.getByLabel(sr.form.title).fill('Predavanje u Gimnaziji Bora Stanković');
    await page.locator('input[name="participants-FEMALE:18_29"]').fill('3');
    await page.getByRole('button', { name: sr.form.saveDraft }).click();
    await page.getByRole('heading', { name: 'Predavanje u Gimnaziji Bora Stanković' }).waitFor();
    expect(await activityTitled('Predavanje u Gimnaziji Bora Stanković')).toHaveLength(1);
    await context.close();
  }, 60_000);

  it('between two plans there is no goal to name, so the activity is submitted without one; inside a plan, saying why it was only saved', async () => {
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: await org('CZD Niš'), email: 'bez-plana@example.org' });
    const { context, page } = await signedInSr(staff.email);

    // The seeded plan ends on 31 December 2024; the next one is not entered.
    await page.getByRole('link', { name: sr.nav.newActivity }).click();
    await page.getByLabel(sr.form.title).fill('Radionica posle isteka plana');
    await page.getByLabel(sr.form.startsOn).fill('2025-06-10');
    await page.getByText(/^Nijedan strateški plan u portalu ne obuhvata 10\. jun 2025\./).waitFor();
    await page.getByRole('button', { name: sr.form.saveDraft }).click();
    await page.getByRole('heading', { name: 'Radionica posle isteka plana' }).waitFor();
    // The page of one activity names it first in the title.
    await page.waitForFunction((title) => (globalThis as unknown as { document: { title: string } }).document.title === title, `Radionica posle isteka plana · ${sr.nav.activities} · ${sr.app.name}`);
    // A second tab left open on the draft, to act on a state that has moved on.
    const staleTab = await context.newPage();
    await staleTab.goto(page.url());
    await staleTab.getByRole('button', { name: sr.activity.submit }).waitFor();
    await page.getByRole('button', { name: sr.activity.submit }).click();
    await page.getByRole('status').getByText(sr.activity.submitted).waitFor();
    expect(await activityTitled('Radionica posle isteka plana')).toMatchObject([{ status: 'SUBMITTED' }]);
    // The stale tab's refusal is said in her words, not the API's English ("An activity in status SUBMITTED cannot become SUBMITTED").
    await staleTab.getByRole('button', { name: sr.activity.submit }).click();
    await staleTab.getByRole('alert').getByText(sr.refusal.changedMeanwhile).waitFor();
    await staleTab.close();

    // Inside the plan a goal is asked for: saved as a draft, and the page says why, in her words.
    await page.getByRole('link', { name: sr.nav.newActivity }).click();
    await page.getByLabel(sr.form.title).fill('Tribina bez izabranog cilja');
    await page.getByLabel(sr.form.startsOn).fill('2024-06-10');
    await page.getByRole('button', { name: sr.form.saveSubmit }).click();
    await page.getByRole('heading', { name: 'Tribina bez izabranog cilja' }).waitFor();
    const why = sr.activity.notSubmitted.replace('{{reason}}', sr.fieldError.goal);
    await page.getByRole('alert').getByText(why).waitFor();
    expect(await page.getByText(sr.activity.submitted).count()).toBe(0);
    expect(await activityTitled('Tribina bez izabranog cilja')).toMatchObject([{ status: 'DRAFT' }]);
    await checkPage(page, 'sr-activity-not-submitted');
    // Its own button says the same, not the API's English.
    await page.getByRole('button', { name: sr.activity.submit }).click();
    await page.getByRole('alert').getByText(why).waitFor();
    expect(await page.getByText('goalIds').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('shows a second editor both versions instead of overwriting the first one’s save', async () => {
    const organization = await org('CZD Niš');
    const first = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization, email: 'prva@example.org' });
    const second = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization, email: 'druga@example.org' }));
    const activity = await t.factory.newActivity({ organization, title: 'Okrugli sto u Nišu', startsOn: '2024-05-10', endsOn: '2024-05-10' });

    const { context, page } = await signedInSr(first.email);
    await page.goto(`${web.base}/activities/${activity.id}/edit`);
    await page.getByRole('heading', { name: sr.form.editHeading }).waitFor();
    await page.getByLabel(sr.form.title).fill('Okrugli sto u Nišu, sa policijom');

    // Meanwhile her colleague saves the same activity.
    const [{ version }] = await activityTitled('Okrugli sto u Nišu');
    expect((await t.gql(UPDATE, { id: activity.id, input: { version, title: 'Okrugli sto u Nišu (izmena kolege)' } }, second)).errors).toBeUndefined();

    await page.getByRole('button', { name: sr.form.save, exact: true }).click();
    const conflict = page.getByRole('alert').filter({ hasText: sr.form.conflict });
    await conflict.waitFor();
    await conflict.getByText('Okrugli sto u Nišu (izmena kolege)').waitFor();
    await conflict.getByText('Okrugli sto u Nišu, sa policijom').waitFor();
    await checkPage(page, 'sr-conflict');
    expect(await activityTitled('Okrugli sto u Nišu, sa policijom')).toEqual([]);

    await page.getByRole('button', { name: sr.form.keepMine }).click();
    await page.getByRole('heading', { name: 'Okrugli sto u Nišu, sa policijom' }).waitFor();
    expect(await activityTitled('Okrugli sto u Nišu, sa policijom')).toHaveLength(1);

    // security: markup typed into any text is shown as text, never run.
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const hostile = await t.factory.newActivity({ organization, title: `Tribina ${payload}`, description: payload, city: payload, startsOn: '2024-05-11', endsOn: '2024-05-11' });
    await page.goto(`${web.base}/activities/${hostile.id}`);
    await page.getByRole('heading', { name: `Tribina ${payload}` }).waitFor();
    await page.goto(`${web.base}/activities?q=Tribina`);
    await page.getByRole('link', { name: `Tribina ${payload}` }).waitFor();
    expect(await page.evaluate('window.__xss')).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    await context.close();
  }, 60_000);
});
