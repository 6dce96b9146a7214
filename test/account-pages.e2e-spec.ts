import { AppConfig } from '@app/config';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { issueUserToken, UserTokenPurpose, verifyPassword } from '@app/users';
import { startTestApp, TestApp } from './utils/test-app';

describe('admin app: pages the e-mailed links open', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('admin');
  });

  afterAll(() => t.close());

  const invitedUser = async () => {
    const user = await t.factory.newUser({ passwordHash: null } as never);
    const { token } = await issueUserToken(t.db.dataSource.manager, user.id, UserTokenPurpose.INVITATION);
    return { user, token };
  };
  /** Opens the page as a browser would and posts its form, with the session cookie and the form token. */
  const submit = async (path: string, token: string, fields: Record<string, string>, lang?: string) => {
    const agent = t.agent();
    const page = await agent.get(`${path}?token=${token}${lang ? `&lang=${lang}` : ''}`).expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    return agent.post(`${path}${lang ? `?lang=${lang}` : ''}`).type('form').send({ _csrf: csrf, token, ...fields });
  };
  const passwordHashOf = async (id: string) => (await t.db.dataSource.query(`SELECT password_hash FROM users WHERE id = $1`, [id]))[0].password_hash;

  it('shows the set-password form for an invitation link, in Serbian, never cached and without referrer', async () => {
    const { token } = await invitedUser();
    const page = await t.http().get(`/invitation?token=${token}`).expect(200);
    expect(page.text).toContain('Aktivirajte nalog');
    expect(page.text).toContain(`name="token" value="${token}"`);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('sets the password from the form, once', async () => {
    const { user, token } = await invitedUser();
    const form = { token, password: 'Dimitrovgrad radionica 2025', confirm: 'Dimitrovgrad radionica 2025' };
    const done = await submit('/invitation', token, { password: form.password, confirm: form.confirm }, 'en');
    expect(done.status).toBe(200);
    expect(done.text).toContain('Your password is saved');
    expect(await verifyPassword(await passwordHashOf(user.id), form.password)).toBe(true);
    const again = await submit('/invitation', token, { password: 'another long password x', confirm: 'another long password x' }, 'en');
    expect(again.text).toContain('The link is invalid, already used or expired');
  });

  it('explains a weak or mistyped password in the page language and changes nothing', async () => {
    const { user, token } = await invitedUser();
    const differ = await submit('/invitation', token, { password: 'Prva duga lozinka 1', confirm: 'Druga duga lozinka 2' }, 'sr');
    expect(differ.text).toContain('Lozinke se ne poklapaju.');
    const common = await submit('/invitation', token, { password: 'password1234', confirm: 'password1234' }, 'sr');
    expect(common.text).toContain('Ovo je jedna od najčešćih lozinki');
    expect(await passwordHashOf(user.id)).toBeNull();
  });

  it('resets a password from a reset link', async () => {
    const user = await t.factory.newUser();
    const { token } = await issueUserToken(t.db.dataSource.manager, user.id, UserTokenPurpose.PASSWORD_RESET);
    expect((await t.http().get(`/reset-password?token=${token}&lang=en`).expect(200)).text).toContain('New password');
    const done = await submit('/reset-password', token, { password: 'Užice forum jesen 2025', confirm: 'Užice forum jesen 2025' });
    expect(done.text).toContain('Lozinka je sačuvana');
    expect(await verifyPassword(await passwordHashOf(user.id), 'Užice forum jesen 2025')).toBe(true);
  });

  it('refuses a form posted without its token, and saves nothing', async () => {
    const { user, token } = await invitedUser();
    const response = await t.http().post('/invitation').type('form').send({ token, password: 'Dimitrovgrad radionica 2025', confirm: 'Dimitrovgrad radionica 2025' });
    expect(response.status).toBe(403);
    expect(response.text).not.toMatch(/at \w+ \(|node_modules/);
    expect(await passwordHashOf(user.id)).toBeNull();
  });

  it('asks for a reset link from the sign-in page: a coordinator gets one to the admin app, an unknown address the same answer and no mail', async () => {
    const astra = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' });
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra });
    expect((await t.http().get('/sign-in?lang=en').expect(200)).text).toContain('<a href="/forgot-password?lang=en" id="forgot">Forgot your password?</a>');
    const ask = async (email: string) => {
      const agent = t.agent();
      const page = await agent.get('/forgot-password?lang=en').expect(200);
      expect(page.headers['cache-control']).toBe('no-store');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
      return agent.post('/forgot-password?lang=en').type('form').send({ _csrf: csrf, email });
    };
    const mails = (email: string) => t.db.dataSource.query(`SELECT params FROM mail_outbox WHERE recipient = $1 AND template = 'password-reset'`, [email]);

    const known = await ask(coordinator.email);
    expect(known.status).toBe(200);
    expect(known.text).toContain(`If ${coordinator.email} has an account, a link to choose a new password is on its way to it.`);
    const [mail] = await mails(coordinator.email);
    const link = new URL(mail.params.link);
    expect(`${link.origin}${link.pathname}`).toBe(`${t.app.get(AppConfig).PUBLIC_URL.replace(/\/$/, '')}/reset-password`);
    // The link's page sets the new password.
    const done = await submit('/reset-password', link.searchParams.get('token')!, { password: 'Koordinacija mreže 2027', confirm: 'Koordinacija mreže 2027' }, 'en');
    expect(done.text).toContain('Your password is saved');

    const unknown = await ask('niko.nije@example.org');
    expect(unknown.text).toContain('If niko.nije@example.org has an account, a link to choose a new password is on its way to it.');
    expect(await mails('niko.nije@example.org')).toEqual([]);
    // No address: said so, nothing sent.
    const empty = await ask('  ');
    expect(empty.text).toContain('Enter your e-mail address.');
  });

  it('says the link is incomplete when the token is missing', async () => {
    expect((await t.http().get('/invitation').expect(200)).text).toContain('Veza nije potpuna');
  });
});
