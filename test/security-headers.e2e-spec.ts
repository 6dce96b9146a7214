import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Role } from '@app/policy';
import { startTestApp, TestApp } from './utils/test-app';

const STRICT_CSP =
  "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';frame-ancestors 'none';base-uri 'none';form-action 'self';object-src 'none'";

/** What a browser needs to refuse injected script, framing (clickjacking), MIME sniffing, leaking links with tokens and asking for the camera. */
function expectStrictHeaders(response: { headers: Record<string, string> }, what: string): void {
  const headers = response.headers;
  expect({ what, csp: headers['content-security-policy'] }).toEqual({ what, csp: STRICT_CSP });
  expect({
    what,
    frame: headers['x-frame-options'],
    sniff: headers['x-content-type-options'],
    referrer: headers['referrer-policy'],
    permissions: headers['permissions-policy'],
    opener: headers['cross-origin-opener-policy'],
  }).toEqual({
    what,
    frame: 'DENY',
    sniff: 'nosniff',
    referrer: 'no-referrer',
    permissions: 'camera=(), microphone=(), geolocation=()',
    opener: 'same-origin',
  });
}

/** Every view file of the admin app, with its path. */
function adminViews(dir = join(__dirname, '..', 'apps', 'admin', 'views')): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? adminViews(join(dir, entry.name)) : [{ path: join(dir, entry.name), text: readFileSync(join(dir, entry.name), 'utf8') }],
  );
}

describe('security headers of the admin app', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('admin', { seeded: false });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('security: every admin page and asset has a strict Content-Security-Policy, is never framed, not sniffed and sends no referrer', async () => {
    for (const path of ['/', '/sign-in', '/invitation?token=x', '/reset-password', '/static/admin.css', '/static/admin.js', '/no-such-page']) {
      expectStrictHeaders(await t.http().get(path), path);
    }
    const signIn = await t.agent().post('/sign-in').type('form').send({ email: 'nobody@example.org', password: 'x' });
    expectStrictHeaders(signIn, 'POST /sign-in');
  });

  it('security: no admin view has an inline script, style or event handler, which the policy would block', () => {
    const inline = adminViews().flatMap(({ path, text }) =>
      [/<script(?![^>]*\bsrc=)[^>]*>/gi, /<style\b/gi, /\sstyle\s*=/gi, /\son[a-z]+\s*=/gi, /javascript:/gi].flatMap((pattern) =>
        [...text.matchAll(pattern)].map((match) => `${path.replace(/.*apps\/admin\//, '')}: ${match[0].trim()}`),
      ),
    );
    expect(inline).toEqual([]);
  });
});

describe('security headers of the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('security: GraphQL answers, exports, health and the meeting answer pages have the strict policy, never framed, not sniffed', async () => {
    const member = await t.as(await t.factory.newUser({ role: Role.MEMBER_ADMIN }));
    const graphql = await t.http().post('/graphql').set({ 'content-type': 'application/json', ...member.headers }).send({ query: '{ me { id } }' });
    expect(graphql.status).toBe(200);
    expectStrictHeaders(graphql, 'POST /graphql');
    const exported = await t.http().get('/exports/activities.csv').set(member.headers!);
    expect(exported.status).toBe(200);
    expectStrictHeaders(exported, 'GET /exports/activities.csv');
    expectStrictHeaders(await t.http().get('/health'), 'GET /health');
    expectStrictHeaders(await t.http().get('/no-such-path'), 'GET /no-such-path');
    const answerPage = await t.http().get('/meetings/rsvp').query({ token: 'not-a-token' });
    expect(answerPage.status).toBe(400);
    expectStrictHeaders(answerPage, 'GET /meetings/rsvp');
  });

  it('security: the meeting answer pages need no inline style: their stylesheet is a file of the API', async () => {
    const answerPage = await t.http().get('/meetings/rsvp').query({ token: 'not-a-token' }).set('Accept-Language', 'en');
    expect(answerPage.text).toContain('The link is not valid');
    expect(answerPage.text).not.toMatch(/<style|\sstyle=|<script/i);
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(answerPage.text)?.[1];
    expect(href).toBe('/meetings/rsvp.css');
    const stylesheet = await t.http().get(href!);
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(stylesheet.text).toContain('button{');
  });

  it('security: only the development GraphiQL page may load its scripts from unpkg', async () => {
    const ide = await t.http().get('/graphql').set('accept', 'text/html');
    expect(ide.text).toContain('GraphiQL');
    expect(ide.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline' https://unpkg.com");
    expect(ide.headers['x-frame-options']).toBe('DENY');
    expect((await t.http().get('/graphql-other')).headers['content-security-policy']).toBe(STRICT_CSP);
  });
});

describe('security headers of the API in production', () => {
  let t: TestApp;
  const saved = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(async () => {
    process.env.NODE_ENV = saved;
    await t?.close();
  });

  it('security: in production, /graphql serves no IDE and keeps the strict policy', async () => {
    const page = await t.http().get('/graphql').set('accept', 'text/html');
    expect(page.text).not.toMatch(/graphiql|sandbox|unpkg/i);
    expectStrictHeaders(page, 'GET /graphql (production)');
  });
});
