import { gzipSync } from 'node:zlib';
import { issueUserToken, UserTokenPurpose } from '@app/users';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { startTestApp, TestApp } from './utils/test-app';
import { ensureWebAppBuilt } from './utils/web-build';

const ME = `{ me { id role organizationId } }`;
const WEB = { 'content-type': 'application/json', 'x-portal-client': 'web' };

describe('web app: served by the API, with browser sessions in a refresh cookie', () => {
  let t: TestApp;

  beforeAll(async () => {
    ensureWebAppBuilt();
    t = await startTestApp('api');
  }, 120_000);

  afterAll(() => t.close());

  const refreshCookie = (setCookie: string[] | string | undefined) => [setCookie ?? []].flat().find((c) => c.startsWith('atp_refresh='));
  const signIn = (email: string, password = DEFAULT_PASSWORD) => t.http().post('/auth/sign-in').set(WEB).send({ email, password });

  describe('the app at /', () => {
    it('security: serves the app, its client routes and assets with the API\'s strict policy (plus its own service worker and manifest) and no inline script', async () => {
      const page = await t.http().get('/').set('accept', 'text/html').expect(200);
      expect(page.headers['content-type']).toMatch(/text\/html/);
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)![1];
      const api = await t.http().get('/health');
      for (const answer of [page, await t.http().get('/activities/123').set('accept', 'text/html').expect(200), await t.http().get(script).expect(200)]) {
        expect(answer.headers['content-security-policy']).toBe(`${api.headers['content-security-policy']};worker-src 'self';manifest-src 'self'`);
        expect(answer.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
        for (const header of ['x-frame-options', 'x-content-type-options', 'referrer-policy', 'cross-origin-opener-policy', 'permissions-policy', 'strict-transport-security']) {
          expect({ header, value: answer.headers[header] }).toEqual({ header, value: api.headers[header] });
        }
      }
      expect(page.headers['referrer-policy']).toBe('no-referrer');
      expect(page.headers['permissions-policy']).toBe('camera=(), microphone=(), geolocation=()');
      expect(page.text).toContain('<div id="root"></div>');
      expect(page.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      // Where member admins manage their people: the admin app's address, told in a meta tag (no inline script).
      expect(page.text).toContain('<meta name="atp-admin-url" content="http://localhost:3001" />');
    });

    it('answers client routes with the app, so links into it open after a reload', async () => {
      for (const path of ['/activities', '/activities/123e4567-e89b-12d3-a456-426614174000/edit', '/invitation?token=abc', '/progress', '/referrals/123e4567-e89b-12d3-a456-426614174000', '/meetings']) {
        const page = await t.http().get(path).set('accept', 'text/html').expect(200);
        expect(page.text).toContain('<div id="root"></div>');
      }
    });

    it('never answers the API’s own paths with the app', async () => {
      expect((await t.http().get('/health').set('accept', 'text/html')).text).not.toContain('id="root"');
      expect((await t.http().get('/exports/activities.csv').set('accept', 'text/html')).text).not.toContain('id="root"');
      expect((await t.http().get('/auth/refresh').set('accept', 'text/html')).status).toBe(404);
      expect((await t.http().get('/meetings/rsvp').set('accept', 'text/html')).text).not.toContain('id="root"');
      // The public network page is rendered by the server, crawlable without JavaScript.
      for (const path of ['/network', '/en/network']) expect((await t.http().get(path).set('accept', 'text/html')).text).not.toContain('id="root"');
      expect((await t.http().get('/assets/missing.js').set('accept', 'text/html')).status).toBe(404);
    });

    it('starts with less than 200 kB of JavaScript (gzipped), so a phone on a slow network opens it quickly', async () => {
      const page = await t.http().get('/').set('accept', 'text/html');
      const scripts = [...page.text.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
      expect(scripts.length).toBeGreaterThan(0);
      let bytes = 0;
      for (const script of scripts) bytes += gzipSync((await t.http().get(script)).text).length;
      expect(bytes).toBeLessThan(200 * 1024);
    });

    it('caches hashed assets for a year and the page never', async () => {
      const page = await t.http().get('/').set('accept', 'text/html');
      expect(page.headers['cache-control']).toBe('no-cache');
      const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)![1];
      const asset = await t.http().get(script).expect(200);
      expect(asset.headers['cache-control']).toContain('immutable');
    });
  });

  describe('sessions', () => {
    it('security: keeps the refresh token in an httpOnly, SameSite=Strict cookie sent only to /auth/refresh', async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      const response = await signIn(staff.email).expect(200);
      expect(response.body).toEqual({ accessToken: expect.any(String), expiresIn: expect.any(Number) });
      const cookie = refreshCookie(response.headers['set-cookie'])!;
      expect(cookie).toMatch(/; Path=\/auth\/refresh/);
      expect(cookie).toMatch(/; HttpOnly/);
      expect(cookie).toMatch(/; SameSite=Strict/);
      const me = await t.gql(ME, {}, { headers: { authorization: `Bearer ${response.body.accessToken}` } });
      expect(me.data.me).toMatchObject({ id: staff.id, role: 'MEMBER_STAFF', organizationId: staff.organizationId });
    });

    it('security: refuses session requests another site could forge (not JSON, or without the app’s header)', async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      const form = await t.http().post('/auth/sign-in').type('form').send({ email: staff.email, password: DEFAULT_PASSWORD });
      expect(form.status).toBe(400);
      expect(refreshCookie(form.headers['set-cookie'])).toBeUndefined();
      const noHeader = await t.http().post('/auth/sign-in').set('content-type', 'application/json').send({ email: staff.email, password: DEFAULT_PASSWORD });
      expect(noHeader.status).toBe(400);
      expect(noHeader.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    });

    it('rotates the refresh cookie, and a replayed one ends the whole session', async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      const first = refreshCookie((await signIn(staff.email)).headers['set-cookie'])!.split(';')[0];
      const refreshed = await t.http().post('/auth/refresh').set(WEB).set('cookie', first).send({}).expect(200);
      const second = refreshCookie(refreshed.headers['set-cookie'])!.split(';')[0];
      expect(second).not.toBe(first);
      await t.http().post('/auth/refresh').set(WEB).set('cookie', first).send({}).expect(401);
      // The replay revoked the family: the newer cookie no longer works either.
      await t.http().post('/auth/refresh').set(WEB).set('cookie', second).send({}).expect(401);
    });

    it('tells a browser without a session that it holds none (204, no body, no cookie) rather than refusing it', async () => {
      const none = await t.http().post('/auth/refresh').set(WEB).send({}).expect(204);
      expect(none.text).toBe('');
      expect(none.headers['cache-control']).toBe('no-store');
      expect(refreshCookie(none.headers['set-cookie'])).toBeUndefined();
      // Still only for the app's own requests.
      await t.http().post('/auth/refresh').set('content-type', 'application/json').send({}).expect(400);
    });

    it('signs out by revoking the browser’s refresh token and removing the cookie', async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      const cookie = refreshCookie((await signIn(staff.email)).headers['set-cookie'])!.split(';')[0];
      const out = await t.http().delete('/auth/refresh').set(WEB).set('cookie', cookie).send({}).expect(204);
      expect(refreshCookie(out.headers['set-cookie'])).toMatch(/^atp_refresh=;/);
      await t.http().post('/auth/refresh').set(WEB).set('cookie', cookie).send({}).expect(401);
    });

    it('answers a wrong password like the API does, without a cookie', async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      const wrong = await signIn(staff.email, 'not the password at all').expect(401);
      expect(wrong.body).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
      expect(refreshCookie(wrong.headers['set-cookie'])).toBeUndefined();
    });

    it('signs a person in as she sets her password from an invitation link', async () => {
      const invited = await t.factory.newUser({ role: Role.MEMBER_STAFF, passwordHash: null } as never);
      const { token } = await issueUserToken(t.db.dataSource.manager, invited.id, UserTokenPurpose.INVITATION);
      const response = await t.http().post('/auth/invitation').set(WEB).send({ token, password: 'a long new password 2026' }).expect(200);
      expect(refreshCookie(response.headers['set-cookie'])).toBeDefined();
      const me = await t.gql(ME, {}, { headers: { authorization: `Bearer ${response.body.accessToken}` } });
      expect(me.data.me.id).toBe(invited.id);
      const again = await t.http().post('/auth/invitation').set(WEB).send({ token, password: 'a long new password 2026' }).expect(400);
      expect(again.body.fields).toEqual([expect.objectContaining({ field: 'token', code: 'LINK_INVALID' })]);
    });
  });
});
