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

  it("audits a sign-in with its own request's id and address, also when the body arrives in pieces and requests overlap", async () => {
    const users = await Promise.all([1, 2, 3].map(() => t.factory.newUser({ password: PASSWORD })));
    // Bodies far over a socket read (64 kB): the server reads each in several pieces, interleaved.
    const padding = 'x'.repeat(300_000);
    const ids = users.map((_, i) => `body-in-pieces-${i}-${Date.now()}`);
    const responses = await Promise.all(
      users.map((user, i) =>
        t.http().post('/graphql').set({ 'content-type': 'application/json', 'x-request-id': ids[i] })
          .send({ query: SIGN_IN, variables: { input: { email: user.email, password: PASSWORD } }, extensions: { padding } }),
      ),
    );
    for (const response of responses) expect(response.body.errors).toBeUndefined();
    const rows = await t.db.dataSource.query(
      `SELECT entity_id, request_id, host(ip) AS ip FROM audit_log WHERE action = 'auth.sign_in' AND entity_id = ANY($1)`,
      [users.map((user) => user.id)],
    );
    expect(rows).toHaveLength(3);
    for (const [i, user] of users.entries()) {
      const row = rows.find((r: { entity_id: string }) => r.entity_id === user.id);
      expect(row.request_id).toBe(ids[i]);
      expect(['127.0.0.1', '::1', '::ffff:127.0.0.1']).toContain(row.ip);
    }
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

  it('security: a reused refresh token also stops the access tokens of the session at once', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    const first = (await signIn(user.email)).data.signIn;
    const second = (await t.gql(REFRESH, { token: first.refreshToken })).data.refreshSession;
    expect((await t.gql(ME, {}, bearer(second.accessToken))).data.me.email).toBe(user.email);

    expect((await t.gql(REFRESH, { token: first.refreshToken })).errors?.[0].extensions?.reason).toBe('INVALID_REFRESH_TOKEN');
    // Neither the thief's nor the holder's access token of that session works any more.
    for (const accessToken of [first.accessToken, second.accessToken]) {
      expect((await t.gql(ME, {}, bearer(accessToken))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // The owner signs in again as usual.
    expect((await signIn(user.email)).data.signIn.accessToken).toEqual(expect.any(String));
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

describe('attempt limits on sign-in and password reset', () => {
  let t: TestApp;
  const saved = { ip: process.env.ATTEMPTS_PER_IP, account: process.env.ATTEMPTS_PER_ACCOUNT };

  beforeAll(async () => {
    process.env.ATTEMPTS_PER_IP = '1000';
    process.env.ATTEMPTS_PER_ACCOUNT = '3';
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(async () => {
    Object.assign(process.env, { ATTEMPTS_PER_IP: saved.ip, ATTEMPTS_PER_ACCOUNT: saved.account });
    await t.close();
  });

  const signIn = (email: string, password = 'wrong but long password') => t.gql(SIGN_IN, { input: { email, password } });

  it('refuses the attempt after the limit, for a real account and an unknown address alike', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    for (const email of [user.email, 'ghost@example.org']) {
      for (let i = 0; i < 3; i++) expect((await signIn(email)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
      const { errors } = await signIn(email);
      expect(errors?.[0].extensions).toEqual({ code: 'TOO_MANY_REQUESTS', reason: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: expect.any(Number) });
    }
    // Even the right password waits now.
    expect((await signIn(user.email, PASSWORD)).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // Every refused attempt leaves a trace, without the address.
    const refused = await t.db.dataSource.query(`SELECT actor_user_id, summary FROM audit_log WHERE action = 'auth.sign_in_failed' AND summary = 'too many attempts'`);
    expect(refused).toHaveLength(3);
    expect(JSON.stringify(refused)).not.toContain('ghost');
  });

  it('counts every attempt, also several at once, and a wrong password ends a batch of aliases', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    // Six guesses in parallel against a limit of three: each is counted before its password is checked.
    const results = await Promise.all(Array.from({ length: 6 }, () => signIn(user.email)));
    expect(results.map((r) => r.errors?.[0].extensions?.code).sort()).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
    // Aliases run one after another, and the first wrong password stops the rest.
    const other = await t.factory.newUser({ password: PASSWORD });
    const aliases = [1, 2, 3, 4, 5].map((i) => `a${i}: signIn(input: $input) { accessToken }`).join(' ');
    const { data, errors } = await t.gql(`mutation($input: SignInInput!) { ${aliases} }`, { input: { email: other.email, password: 'wrong but long password' } });
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors?.[0]).toMatchObject({ path: ['a1'], extensions: { reason: 'INVALID_CREDENTIALS' } });
  });

  it('security: the account limit keeps its owner out only briefly, and a password reset lifts it at once', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    // An account that failed very often waits minutes, not an hour.
    const often = await t.factory.newUser({ password: PASSWORD });
    await t.db.dataSource.query(`UPDATE users SET failed_sign_ins = 40 WHERE id = $1`, [often.id]);
    await signIn(often.email);
    const [{ wait }] = await t.db.dataSource.query(`SELECT extract(epoch FROM locked_until - now()) AS wait FROM users WHERE id = $1`, [often.id]);
    expect(Number(wait)).toBeGreaterThan(0);
    expect(Number(wait)).toBeLessThanOrEqual(5 * 60);

    for (let i = 0; i < 3; i++) await signIn(user.email);
    expect((await signIn(user.email, PASSWORD)).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');

    // The owner resets the password from the mailed link and is in at once.
    await t.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: user.email });
    const [mail] = await t.db.dataSource.query(`SELECT params FROM mail_outbox WHERE recipient = $1 AND template = 'password-reset'`, [user.email]);
    const token = new URL(mail.params.link).searchParams.get('token');
    expect((await t.gql(`mutation($token: String!) { resetPassword(token: $token, password: "Nova lozinka za Vranje 2025") }`, { token })).data).toEqual({ resetPassword: true });
    expect((await signIn(user.email, 'Nova lozinka za Vranje 2025')).data?.signIn.accessToken).toEqual(expect.any(String));
  });

  it('limits password reset requests per address too', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    const request = () => t.gql(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: user.email });
    for (let i = 0; i < 3; i++) expect((await request()).data).toEqual({ requestPasswordReset: true });
    expect((await request()).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('security: sign-in limits count failures, per client address', () => {
  let t: TestApp;
  const saved = { ip: process.env.ATTEMPTS_PER_IP, account: process.env.ATTEMPTS_PER_ACCOUNT };

  beforeAll(async () => {
    process.env.ATTEMPTS_PER_IP = '5';
    process.env.ATTEMPTS_PER_ACCOUNT = '1000';
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(async () => {
    Object.assign(process.env, { ATTEMPTS_PER_IP: saved.ip, ATTEMPTS_PER_ACCOUNT: saved.account });
    await t.close();
  });

  const signIn = (email: string, password: string, forwardedFor?: string) =>
    t.gql(SIGN_IN, { input: { email, password } }, forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {});

  it('security: 100 successful sign-ins from one address leave the next correct one through', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    for (let i = 0; i < 100; i++) expect((await signIn(user.email, PASSWORD)).errors).toBeUndefined();
    expect((await signIn(user.email, PASSWORD)).data.signIn.accessToken).toEqual(expect.any(String));
  });

  it('security: failures from one address are still limited, whatever X-Forwarded-For claims without TRUST_PROXY', async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    for (let i = 0; i < 5; i++) {
      expect((await signIn(`ghost${i}@example.org`, 'wrong but long password', `203.0.113.${i + 1}`)).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    }
    const refused = await signIn(user.email, PASSWORD, '203.0.113.99');
    expect(refused.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('security: behind a configured proxy (TRUST_PROXY), the per-IP limit counts the real client address', () => {
  let t: TestApp;
  const saved = { ip: process.env.ATTEMPTS_PER_IP, proxy: process.env.TRUST_PROXY };

  beforeAll(async () => {
    process.env.ATTEMPTS_PER_IP = '3';
    process.env.TRUST_PROXY = 'loopback';
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(async () => {
    process.env.ATTEMPTS_PER_IP = saved.ip;
    if (saved.proxy === undefined) delete process.env.TRUST_PROXY;
    else process.env.TRUST_PROXY = saved.proxy;
    await t.close();
  });

  const signIn = (email: string, password: string, forwardedFor: string) => t.gql(SIGN_IN, { input: { email, password } }, { headers: { 'x-forwarded-for': forwardedFor } });

  it("security: limits one client's failures without refusing the other clients behind the same proxy", async () => {
    const user = await t.factory.newUser({ password: PASSWORD });
    for (let i = 0; i < 3; i++) expect((await signIn(`ghost${i}@example.org`, 'wrong but long password', '203.0.113.10')).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');
    expect((await signIn(user.email, PASSWORD, '203.0.113.10')).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect((await signIn(user.email, PASSWORD, '203.0.113.11')).data.signIn.accessToken).toEqual(expect.any(String));
    const [entry] = await t.db.dataSource.query(`SELECT host(ip) AS ip FROM audit_log WHERE action = 'auth.sign_in' AND entity_id = $1`, [user.id]);
    expect(entry).toEqual({ ip: '203.0.113.11' });
  });
});

describe("security: the admin app's sign-in believes X-Forwarded-For only with TRUST_PROXY", () => {
  let t: TestApp;
  const saved = process.env.ATTEMPTS_PER_IP;

  beforeAll(async () => {
    process.env.ATTEMPTS_PER_IP = '3';
    t = await startTestApp('admin', { seeded: false });
  });

  afterAll(async () => {
    process.env.ATTEMPTS_PER_IP = saved;
    await t.close();
  });

  it('security: a client on the same host cannot escape the per-IP limit by claiming other addresses', async () => {
    const agent = t.agent();
    const form = await agent.get('/sign-in').expect(200);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1];
    const statuses = [];
    for (let i = 0; i < 5; i++) {
      const response = await agent.post('/sign-in').set('x-forwarded-for', `203.0.113.${i + 20}`).type('form').send({ _csrf: csrf, email: `ghost${i}@example.org`, password: 'wrong but long password' });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
