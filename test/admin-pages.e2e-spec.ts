import { ActivityStatus } from '@app/activities';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { startTestApp, TestApp } from './utils/test-app';

const formToken = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];

describe('admin app: signed-in pages', () => {
  let t: TestApp;
  let paor: Organization;

  beforeAll(async () => {
    t = await startTestApp('admin');
    paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
  });

  afterAll(() => t.close());

  /** A browser session signed in as the user (their password is the factory default). */
  const signedIn = async (user: { email: string }) => {
    const agent = t.agent();
    const form = await agent.get('/sign-in').expect(200);
    const response = await agent.post('/sign-in').type('form').send({ _csrf: formToken(form.text), email: user.email, password: DEFAULT_PASSWORD });
    expect(response.status).toBe(303);
    return agent;
  };

  it('sends anonymous visitors to the sign-in page', async () => {
    const response = await t.http().get('/dashboard').expect(303);
    expect(response.headers.location).toBe('/sign-in?next=%2Fdashboard');
  });

  it('signs a coordinator in to a server-side session in an httpOnly, SameSite cookie', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    const agent = t.agent();
    const form = await agent.get('/sign-in').expect(200);
    const response = await agent.post('/sign-in').type('form').send({ _csrf: formToken(form.text), email: coordinator.email, password: DEFAULT_PASSWORD });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe('/dashboard');
    const cookie = ([] as string[]).concat(response.headers['set-cookie'] ?? []).find((c) => c.startsWith('atp.sid='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const [{ count }] = await t.db.dataSource.query(`SELECT count(*)::int AS count FROM admin_sessions`);
    expect(count).toBeGreaterThan(0);
    expect((await agent.get('/dashboard').expect(200)).text).toContain(coordinator.fullName);
  });

  it('answers a wrong password without saying more, and lets staff know the app is not for them', async () => {
    const agent = t.agent();
    const form = await agent.get('/sign-in?lang=en').expect(200);
    const wrong = await agent.post('/sign-in?lang=en').type('form').send({ _csrf: formToken(form.text), email: 'nobody@example.org', password: 'wrong password here' });
    expect(wrong.status).toBe(401);
    expect(wrong.text).toContain('The e-mail address or the password is wrong.');
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
    const notAdmin = await agent.post('/sign-in?lang=en').type('form').send({ _csrf: formToken(wrong.text), email: staff.email, password: DEFAULT_PASSWORD });
    // Member staff are pointed to the web app they work in, instead of a bare refusal.
    expect(notAdmin.status).toBe(403);
    expect(notAdmin.text).toContain('web app: log and submit activities there');
    expect(notAdmin.text).toContain('href="http://localhost:3000/sign-in"');
  });

  it('refuses a sign-in form without its token', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    await t.http().post('/sign-in').type('form').send({ email: coordinator.email, password: DEFAULT_PASSWORD }).expect(403);
  });

  it('shows the review queue and approves an activity, which then counts', async () => {
    const activity = await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED, title: 'Tribina u Zrenjaninu' });
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR }));
    const dashboard = await agent.get('/dashboard').expect(200);
    expect(dashboard.text).toContain('Tribina u Zrenjaninu');
    const queue = await agent.get('/activities/review').expect(200);
    expect(queue.text).toContain(`data-activity="${activity.id}"`);
    const posted = await agent.post(`/activities/${activity.id}/approve`).type('form').send({ _csrf: formToken(queue.text) });
    expect(posted.status).toBe(303);
    const approved = await agent.get(posted.headers.location).expect(200);
    expect(approved.text).toContain('Aktivnost je odobrena.');
    expect(approved.text).not.toContain(`data-activity="${activity.id}"`);
    const [row] = await t.db.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [activity.id]);
    expect(row.status).toBe('APPROVED');
  });

  it('returns an activity only with a comment', async () => {
    const activity = await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED });
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR }));
    const queue = await agent.get('/activities/review?lang=en').expect(200);
    const empty = await agent.post(`/activities/${activity.id}/return?lang=en`).type('form').send({ _csrf: formToken(queue.text), comment: ' ' });
    expect(empty.status).toBe(400);
    const posted = await agent.post(`/activities/${activity.id}/return?lang=en`).type('form').send({ _csrf: formToken(queue.text), comment: 'Dodajte učesnike' });
    const returned = await agent.get(posted.headers.location).expect(200);
    expect(returned.text).toContain('The activity was returned');
    const [row] = await t.db.dataSource.query(`SELECT status, review_comment FROM activities WHERE id = $1`, [activity.id]);
    expect(row).toEqual({ status: 'RETURNED', review_comment: 'Dodajte učesnike' });
  });

  it("does not let a member organization's admin review", async () => {
    const activity = await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED });
    const agent = await signedIn(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor }));
    const dashboard = await agent.get('/dashboard').expect(200);
    const response = await agent.post(`/activities/${activity.id}/approve`).type('form').send({ _csrf: formToken(dashboard.text) });
    expect(response.status).toBe(409);
    const [row] = await t.db.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [activity.id]);
    expect(row.status).toBe('SUBMITTED');
  });

  it('ends the session at sign-out, and when the account is deactivated', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    const agent = await signedIn(coordinator);
    const dashboard = await agent.get('/dashboard').expect(200);
    await agent.post('/sign-out').type('form').send({ _csrf: formToken(dashboard.text) }).expect(303);
    await agent.get('/dashboard').expect(303);

    const other = await signedIn(coordinator);
    await t.db.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [coordinator.id]);
    await other.get('/dashboard').expect(303);
  });

  it('switches language and remembers it', async () => {
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR }));
    expect((await agent.get('/dashboard?lang=en').expect(200)).text).toContain('Activities waiting for review');
    expect((await agent.get('/dashboard').expect(200)).text).toContain('<html lang="en">');
  });

  it("downloads the review queue's export with the session, and refuses it without one", async () => {
    const activity = await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED, title: 'Okrugli sto o izvozu' });
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR }));
    const csv = await agent.get('/exports/activities.csv?status=SUBMITTED').expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('Okrugli sto o izvozu');
    expect(csv.text).toContain(activity.id);
    await t.http().get('/exports/activities.csv').expect(401);
  });

  it('offers the export also as a semicolon CSV that Excel with Serbian settings opens, labelled so in both languages, with headers in the page language', async () => {
    await t.factory.newActivity({ organization: paor, status: ActivityStatus.SUBMITTED, title: 'Tribina za Excel' });
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR }));
    // The page as a browser reads its attributes (the template writes `=` as `&#x3D;`).
    const html = (page: { text: string }) => page.text.replace(/&#x3D;/g, '=');
    const serbian = await agent.get('/activities/review?lang=sr').expect(200);
    expect(html(serbian)).toContain('href="/exports/activities-excel-sr.csv?status=SUBMITTED&amp;lang=sr"');
    expect(serbian.text).toContain('CSV za Excel sa srpskim podešavanjima, tačka-zarez');
    expect(serbian.text).toContain('CSV, zarez: LibreOffice i drugi programi');
    const english = await agent.get('/activities/review?lang=en').expect(200);
    expect(html(english)).toContain('href="/exports/activities-excel-sr.csv?status=SUBMITTED&amp;lang=en"');
    expect(english.text).toContain('CSV for Excel with Serbian settings, semicolon');
    const csv = await agent.get('/exports/activities-excel-sr.csv?status=SUBMITTED&lang=en').buffer(true).expect(200);
    expect(csv.headers['content-disposition']).toMatch(/filename="activities-\d{4}-\d{2}-\d{2}-excel-sr\.csv"/);
    expect(csv.text.startsWith('\uFEFF"ID";"Version";"Organization"')).toBe(true);
    expect(csv.text).toContain('"Tribina za Excel"');
  });

  it('tells a coordinator on the dashboard when no strategic plan covers today, with the way to enter the next; not once one does', async () => {
    // The seeded plan, 2021-2024, has ended: members have no goal to name.
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR }));
    const gap = await agent.get('/dashboard?lang=en').expect(200);
    expect(gap.text).toContain('id="plan-gap"');
    expect(gap.text).toMatch(/No strategic plan covers today: the last one \(2021-2024\) ended on 31 Dec 2024\./);
    expect(gap.text).toContain('href="/strategy?lang=en#new-period-heading"');
    expect((await agent.get('/dashboard?lang=sr').expect(200)).text).toContain('Nijedan strateški plan ne obuhvata današnji dan: poslednji (2021-2024) završio se 31. dec 2024.');
    // A member organization's admin enters no plans and is not told to.
    const memberAdmin = await signedIn(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor }));
    expect((await memberAdmin.get('/dashboard').expect(200)).text).not.toContain('id="plan-gap"');

    // The coordinator follows the link and enters the next plan: the notice is gone.
    const plan = await agent.get('/strategy?lang=en').expect(200);
    const year = new Date().getFullYear();
    const saved = await agent
      .post('/strategy/periods?lang=en')
      .type('form')
      .send({ _csrf: formToken(plan.text), code: `${year - 1}-${year + 2}`, titleSr: 'Strateški pravci', titleEn: 'Strategic directions', startsOn: `${year - 1}-01-01`, endsOn: `${year + 2}-12-31` });
    expect(saved.status).toBe(303);
    expect((await agent.get('/dashboard?lang=en').expect(200)).text).not.toContain('id="plan-gap"');
    await t.db.dataSource.query(`DELETE FROM strategy_periods WHERE code = $1`, [`${year - 1}-${year + 2}`]);
  });

  it('answers a browser with a page of the app when there is none to show: not found in its language, a failure with only its reference', async () => {
    const agent = await signedIn(await t.factory.newUser({ role: Role.COORDINATOR }));
    const missing = await agent.get('/no-such-page?lang=en').set('Accept', 'text/html').expect(404);
    expect(missing.headers['content-type']).toMatch(/text\/html/);
    expect(missing.text).toContain('<title>Page not found');
    expect(missing.text).toMatch(/<h1>Page not found<\/h1>/);
    expect(missing.text).toContain('This page does not exist or is not available to you.');
    expect(missing.text).toContain('href="/dashboard"');
    expect((await agent.get('/no-such-page?lang=sr').set('Accept', 'text/html').expect(404)).text).toContain('Stranica nije pronađena');
    // Not asking for HTML (a script, an export's client): Nest's own answer, as before.
    expect((await agent.get('/no-such-page').expect(404)).body).toMatchObject({ statusCode: 404 });

    // A failure of ours (here the meetings table gone): the page says it failed and gives the request's id, never the SQL.
    await t.db.dataSource.query(`ALTER TABLE meetings RENAME TO meetings_away`);
    try {
      const failed = await agent.get('/dashboard?lang=en').set('Accept', 'text/html').expect(500);
      const id = failed.headers['x-request-id'];
      expect(failed.text).toContain(`give the administrator the request reference ${id}.`);
      expect(failed.text).not.toMatch(/relation|does not exist|SELECT|\.js:\d+/);
    } finally {
      await t.db.dataSource.query(`ALTER TABLE meetings_away RENAME TO meetings`);
    }
  });
});
