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

  it('says the link is incomplete when the token is missing', async () => {
    expect((await t.http().get('/invitation').expect(200)).text).toContain('Veza nije potpuna');
  });
});
