import { startTestApp, TestApp } from './utils/test-app';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken refreshToken expiresIn user { email role } } }`;
const REFRESH = `mutation($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken } }`;
const ME = `{ me { email role } }`;
const PASSWORD = 'Prijepolje radionica 2024';

describe('sign-in, sessions and sign-out', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
  });

  afterAll(() => t.close());

  const signIn = (email: string, password = PASSWORD) => t.gql(SIGN_IN, { input: { email, password } });
  const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

  it('signs in with e-mail (any case) and password, and the access token identifies the user', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    const { data, errors } = await signIn(user.email.toUpperCase());
    expect(errors).toBeUndefined();
    expect(data.signIn).toMatchObject({ expiresIn: 900, user: { email: user.email, role: 'MEMBER_STAFF' } });
    const me = await t.gql(ME, {}, bearer(data.signIn.accessToken));
    expect(me.data.me).toEqual({ email: user.email, role: 'MEMBER_STAFF' });
  });

  it('answers a wrong password and an unknown address alike', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    const wrong = await signIn(user.email, 'not the password at all');
    const unknown = await signIn('nobody@example.org');
    for (const { data, errors } of [wrong, unknown]) {
      expect(data).toBeNull();
      expect(errors?.[0]).toMatchObject({ message: 'The e-mail address or the password is wrong', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } });
    }
  });

  it('locks an account after repeated failures, without saying so', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    for (let i = 0; i < 5; i++) await signIn(user.email, 'wrong password number x');
    const { errors } = await signIn(user.email);
    expect(errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    const [row] = await t.db.dataSource.query(`SELECT failed_sign_ins, locked_until > now() AS locked FROM users WHERE id = $1`, [user.id]);
    expect(row).toEqual({ failed_sign_ins: 5, locked: true });
  });

  it('refuses a deactivated account', async () => {
    const user = await t.factory.newUser({ password: PASSWORD, active: false });
    expect((await signIn(user.email)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
  });

  it('rotates refresh tokens, and a reused one revokes the whole session family', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    const first = (await signIn(user.email)).data.signIn;
    const second = (await t.gql(REFRESH, { token: first.refreshToken })).data.refreshSession;
    expect(second.refreshToken).not.toBe(first.refreshToken);

    const replay = await t.gql(REFRESH, { token: first.refreshToken });
    expect(replay.errors?.[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
    // The thief's replay also ends the legitimate holder's newer token.
    const afterReuse = await t.gql(REFRESH, { token: second.refreshToken });
    expect(afterReuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects earlier tokens at once after sign-out', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    const session = (await signIn(user.email)).data.signIn;
    expect((await t.gql(`mutation { signOut }`, {}, bearer(session.accessToken))).data).toEqual({ signOut: true });
    expect((await t.gql(ME, {}, bearer(session.accessToken))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.gql(REFRESH, { token: session.refreshToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects earlier tokens at once after the account is deactivated', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    const session = (await signIn(user.email)).data.signIn;
    await t.db.dataSource.query(`UPDATE users SET active = false WHERE id = $1`, [user.id]);
    expect((await t.gql(ME, {}, bearer(session.accessToken))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['garbage', 'Bearer not.a.jwt'],
    ['the none algorithm', `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"x","ver":0}').toString('base64url')}.`],
    ['a wrong scheme', 'Basic dXNlcjpwYXNz'],
  ])('refuses %s as a token', async (_, authorization) => {
    const { errors } = await t.gql(ME, {}, { headers: { authorization } });
    expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('asks anonymous callers to sign in', async () => {
    expect((await t.gql(ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
