import { Organization, OrganizationKind } from '@app/organizations';
import { User } from '@app/users';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { startTestApp, TestApp } from './utils/test-app';

const formToken = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];

describe('admin app: organizations, people and the audit log', () => {
  let t: TestApp;
  let astra: Organization;
  let paor: Organization;
  let nis: Organization;
  let coordinator: User;
  let paorAdmin: User;

  beforeAll(async () => {
    t = await startTestApp('admin');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    [astra, paor, nis] = [await org('ASTRA'), await org('PAOR'), await org('CZD Niš')];
    coordinator = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Ana Koordinatorka' });
    paorAdmin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor, fullName: 'Petra Administratorka' });
  });

  afterAll(() => t.close());

  const signedIn = async (user: { email: string }) => {
    const agent = t.agent();
    const form = await agent.get('/sign-in').expect(200);
    await agent.post('/sign-in').type('form').send({ _csrf: formToken(form.text), email: user.email, password: DEFAULT_PASSWORD }).expect(303);
    return agent;
  };

  describe('organizations', () => {
    it('lets a coordinator add an organization and edit it', async () => {
      const agent = await signedIn(coordinator);
      const form = await agent.get('/organizations/new?lang=en').expect(200);
      const created = await agent.post('/organizations?lang=en').type('form').send({
        _csrf: formToken(form.text),
        shortName: 'La Strada NL',
        nameSr: 'La Strada Holandija',
        nameEn: 'La Strada Netherlands',
        kind: OrganizationKind.PARTNER_ORGANIZATION,
        city: 'Amsterdam',
        country: 'nl',
        contactEmail: 'info@lastrada.example',
        website: '',
        active: 'on',
      });
      expect(created.status).toBe(303);
      expect(created.headers.location).toBe('/organizations?done=created');
      const saved = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'La Strada NL' });
      expect(saved).toMatchObject({ country: 'NL', website: null, active: true, kind: OrganizationKind.PARTNER_ORGANIZATION });
      expect((await agent.get(created.headers.location).expect(200)).text).toContain('The organization was added.');

      const edit = await agent.get(`/organizations/${saved.id}/edit`).expect(200);
      expect(edit.text).toContain('value="La Strada Netherlands"');
      const updated = await agent.post(`/organizations/${saved.id}`).type('form').send({
        _csrf: formToken(edit.text),
        shortName: 'La Strada NL',
        nameSr: 'La Strada Holandija',
        nameEn: 'La Strada Netherlands',
        kind: OrganizationKind.PARTNER_ORGANIZATION,
        city: 'Utrecht',
        country: 'NL',
        contactEmail: '',
        website: 'https://lastrada.example',
        active: 'on',
      });
      expect(updated.status).toBe(303);
      expect(await t.db.dataSource.getRepository(Organization).findOneByOrFail({ id: saved.id })).toMatchObject({ city: 'Utrecht', contactEmail: null, website: 'https://lastrada.example' });

      const deactivated = await agent.post(`/organizations/${saved.id}/deactivate`).type('form').send({ _csrf: formToken(edit.text) });
      expect(deactivated.status).toBe(303);
      expect((await t.db.dataSource.getRepository(Organization).findOneByOrFail({ id: saved.id })).active).toBe(false);
    });

    it('rejects a bad organization form with errors next to the fields, keeps what was typed and saves nothing', async () => {
      const agent = await signedIn(coordinator);
      const form = await agent.get('/organizations/new?lang=en').expect(200);
      const before = await t.db.dataSource.getRepository(Organization).count();
      const response = await agent.post('/organizations?lang=en').type('form').send({
        _csrf: formToken(form.text),
        shortName: 'X',
        nameSr: 'Neka organizacija',
        nameEn: 'Some organization',
        kind: OrganizationKind.OTHER,
        city: 'Novi Sad',
        country: 'Serbia',
        contactEmail: 'not an address',
        active: 'on',
      });
      expect(response.status).toBe(400);
      expect(response.text).toContain('Nothing was saved');
      expect(response.text).toMatch(/data-error-for="shortName">Short name: 2 to 80 characters/);
      expect(response.text).toMatch(/data-error-for="country">A two-letter ISO code/);
      expect(response.text).toMatch(/data-error-for="contactEmail">/);
      expect(response.text).not.toMatch(/data-error-for="city"/);
      expect(response.text).toContain('value="Neka organizacija"');
      expect(await t.db.dataSource.getRepository(Organization).count()).toBe(before);

      const taken = await agent.post('/organizations?lang=en').type('form').send({
        _csrf: formToken(form.text), shortName: 'PAOR', nameSr: 'Duplikat', nameEn: 'Duplicate', kind: OrganizationKind.OTHER, city: 'Pančevo', country: 'RS',
      });
      expect(taken.status).toBe(400);
      expect(taken.text).toMatch(/data-error-for="shortName">Short name: 2 to 80 characters, unique/);
      expect(await t.db.dataSource.getRepository(Organization).count()).toBe(before);
    });

    it("shows a member organization's admin the list without edit links, and refuses the forms", async () => {
      const agent = await signedIn(paorAdmin);
      const list = await agent.get('/organizations').expect(200);
      expect(list.text).toContain(`data-organization="${paor.id}"`);
      expect(list.text).not.toContain('/edit');
      expect(list.text).toContain(`/organizations/${paor.id}/capacity`);
      expect(list.text).not.toContain(`/organizations/${nis.id}/capacity`);
      await agent.get('/organizations/new').expect(403);
      await agent.get(`/organizations/${nis.id}/edit`).expect(403);
      const refused = await agent.post(`/organizations/${nis.id}`).type('form').send({ _csrf: formToken(list.text), shortName: 'Hacked', nameSr: 'xx', nameEn: 'xx', kind: 'OTHER', city: 'x', country: 'RS' });
      expect(refused.status).toBe(403);
      expect((await t.db.dataSource.getRepository(Organization).findOneByOrFail({ id: nis.id })).shortName).toBe('CZD Niš');
    });

    it('pages long lists with a next-page link carrying the cursor', async () => {
      for (let i = 0; i < 26; i++) await t.factory.newOrganization({ shortName: `ZZ paging ${String(i).padStart(2, '0')}` });
      const agent = await signedIn(coordinator);
      const first = await agent.get('/organizations?search=paging').expect(200);
      expect(first.text).toContain('ZZ paging 24');
      expect(first.text).not.toContain('ZZ paging 25');
      // The link as a browser reads it: HTML entities decoded.
      const next = /href="([^"]+)" id="next-page"/.exec(first.text)![1].replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
      expect(next).toMatch(/^\/organizations\?search=paging&after=/);
      const second = await agent.get(next).expect(200);
      expect(second.text).toContain('ZZ paging 25');
      expect(second.text).not.toContain('ZZ paging 24');
      expect(second.text).not.toContain('id="next-page"');
    });
  });

  describe('people', () => {
    it('lets a coordinator invite someone, and queues the invitation mail', async () => {
      const agent = await signedIn(coordinator);
      const form = await agent.get('/users/invite?lang=en').expect(200);
      const response = await agent.post('/users/invite?lang=en').type('form').send({
        _csrf: formToken(form.text),
        fullName: 'Jelena Novaković',
        email: 'Jelena.Novakovic@Example.org',
        organizationId: nis.id,
        role: Role.MEMBER_STAFF,
        language: 'sr',
      });
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/users?done=invited');
      const user = await t.db.dataSource.getRepository(User).findOneByOrFail({ email: 'jelena.novakovic@example.org' });
      expect(user).toMatchObject({ organizationId: nis.id, role: Role.MEMBER_STAFF, passwordHash: null, active: true });
      const mails = await t.db.dataSource.query(`SELECT template, language FROM mail_outbox WHERE recipient = $1`, ['jelena.novakovic@example.org']);
      expect(mails).toEqual([{ template: 'invitation', language: 'sr' }]);
      const list = await agent.get('/users?done=invited&lang=en').expect(200);
      expect(list.text).toContain('The invitation was sent by e-mail.');
      expect(list.text).toContain('Jelena Novaković');
      expect(list.text).toContain('invited, no password yet');

      const again = await agent.post('/users/invite?lang=en').type('form').send({
        _csrf: formToken(form.text), fullName: 'Jelena N.', email: 'jelena.novakovic@example.org', organizationId: nis.id, role: Role.MEMBER_STAFF, language: 'sr',
      });
      expect(again.status).toBe(409);
      expect(again.text).toMatch(/data-error-for="email">An account with this e-mail address already exists/);
    });

    it('rejects a bad invitation with field errors and sends nothing', async () => {
      const agent = await signedIn(coordinator);
      const form = await agent.get('/users/invite').expect(200);
      const response = await agent.post('/users/invite').type('form').send({ _csrf: formToken(form.text), fullName: 'J', email: 'nobody', organizationId: nis.id, role: Role.MEMBER_STAFF, language: 'sr' });
      expect(response.status).toBe(400);
      expect(response.text).toMatch(/data-error-for="email">Upišite ispravnu e-adresu/);
      expect(response.text).toMatch(/data-error-for="fullName">Ime i prezime/);
      expect(response.text).toContain('value="nobody"');
      const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM mail_outbox WHERE recipient = 'nobody'`);
      expect(n).toBe(0);
    });

    it('lets a coordinator deactivate someone, which ends their sign-in', async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: nis, fullName: 'Marija Odlazi' });
      const theirs = await signedIn(staff);
      await theirs.get('/dashboard').expect(200);
      const agent = await signedIn(coordinator);
      const edit = await agent.get(`/users/${staff.id}/edit`).expect(200);
      expect(edit.text).toContain('Marija Odlazi');
      const response = await agent.post(`/users/${staff.id}/deactivate`).type('form').send({ _csrf: formToken(edit.text) });
      expect(response.status).toBe(303);
      expect((await t.db.dataSource.getRepository(User).findOneByOrFail({ id: staff.id })).active).toBe(false);
      await theirs.get('/dashboard').expect(303);
      const self = await agent.post(`/users/${coordinator.id}/deactivate?lang=en`).type('form').send({ _csrf: formToken(edit.text) });
      expect(self.status).toBe(400);
      expect(self.text).toContain('You cannot deactivate your own account.');
    });

    it("shows a member organization's admin only their own organization's people, and invites into it", async () => {
      const colleague = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor, fullName: 'Kolega Iz Paora' });
      const stranger = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: nis, fullName: 'Stranac Iz Niša' });
      const agent = await signedIn(paorAdmin);
      const list = await agent.get('/users').expect(200);
      expect(list.text).toContain('Kolega Iz Paora');
      expect(list.text).not.toContain('Stranac Iz Niša');
      expect(list.text).not.toContain(stranger.email);
      const filtered = await agent.get(`/users?organizationId=${nis.id}`).expect(200);
      expect(filtered.text).not.toContain('Stranac Iz Niša');

      const form = await agent.get('/users/invite').expect(200);
      expect(form.text).not.toContain('name="organizationId"');
      const invited = await agent.post('/users/invite').type('form').send({ _csrf: formToken(form.text), fullName: 'Nova Saradnica', email: 'nova@paor.example', organizationId: nis.id, role: Role.MEMBER_STAFF, language: 'sr' });
      expect(invited.status).toBe(303);
      expect((await t.db.dataSource.getRepository(User).findOneByOrFail({ email: 'nova@paor.example' })).organizationId).toBe(paor.id);

      const coordinatorRole = await agent.post('/users/invite?lang=en').type('form').send({ _csrf: formToken(form.text), fullName: 'Ne Može', email: 'ne@paor.example', role: Role.COORDINATOR, language: 'sr' });
      expect(coordinatorRole.status).toBe(403);
      expect(coordinatorRole.text).toMatch(/data-error-for="role">You cannot give this role/);

      await agent.post(`/users/${colleague.id}/deactivate`).type('form').send({ _csrf: formToken(form.text) }).expect(303);
      expect((await t.db.dataSource.getRepository(User).findOneByOrFail({ id: colleague.id })).active).toBe(false);
    });

    it("security: a member admin at ASTRA can neither rename nor deactivate ASTRA's coordinator or evaluator, and is offered only the roles the policy lets them give", async () => {
      const astraAdmin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: astra, fullName: 'Admin Astre' });
      const evaluator = await t.factory.newUser({ role: Role.EVALUATOR, organization: astra, fullName: 'Eva Evaluatorka' });
      const agent = await signedIn(astraAdmin);
      const list = await agent.get('/users').expect(200);
      expect(list.text).not.toContain(`/users/${coordinator.id}/edit`);
      expect(list.text).not.toContain(`/users/${evaluator.id}/edit`);
      for (const victim of [coordinator, evaluator]) {
        const page = await agent.get(`/users/${victim.id}/edit?lang=en`).expect(200);
        expect(page.text).not.toContain('id="user-form"');
        expect(page.text).not.toContain('id="deactivate-form"');
        const deactivate = await agent.post(`/users/${victim.id}/deactivate?lang=en`).type('form').send({ _csrf: formToken(list.text) });
        expect(deactivate.status).toBe(403);
        expect(deactivate.text).toContain('You cannot change a person of your rank or above.');
        const rename = await agent.post(`/users/${victim.id}?lang=en`).type('form').send({ _csrf: formToken(list.text), fullName: 'Preimenovana', language: 'sr' });
        expect(rename.status).toBe(403);
        expect(await t.db.dataSource.getRepository(User).findOneByOrFail({ id: victim.id })).toMatchObject({ fullName: victim.fullName, active: true });
      }
      const invite = await agent.get('/users/invite').expect(200);
      expect([...invite.text.matchAll(/<option value="([A-Z_]+)"/g)].map((m) => m[1]).filter((v) => v in Role).sort()).toEqual([Role.MEMBER_ADMIN, Role.MEMBER_STAFF]);
    });

    it('security: a coordinator reactivates a deactivated account from its page, audited', async () => {
      const person = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: nis, fullName: 'Vraćena Osoba', active: false });
      const agent = await signedIn(coordinator);
      const page = await agent.get(`/users/${person.id}/edit?lang=en`).expect(200);
      expect(page.text).toContain('id="reactivate"');
      const response = await agent.post(`/users/${person.id}/reactivate?lang=en`).type('form').send({ _csrf: formToken(page.text) });
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe('/users?done=reactivated');
      expect((await t.db.dataSource.getRepository(User).findOneByOrFail({ id: person.id })).active).toBe(true);
      const [entry] = await t.db.dataSource.query(`SELECT actor_user_id FROM audit_log WHERE entity_id = $1 AND action = 'user.reactivate'`, [person.id]);
      expect(entry).toEqual({ actor_user_id: coordinator.id });
      expect((await agent.get(`/users/${person.id}/edit`).expect(200)).text).not.toContain('id="reactivate"');
    });

    it("refuses a member organization's admin another organization's person and capacity page, without a word of them", async () => {
      const stranger = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: nis, fullName: 'Tajna Osoba' });
      const agent = await signedIn(paorAdmin);
      const edit = await agent.get(`/users/${stranger.id}/edit`).expect(404);
      expect(edit.text).not.toContain('Tajna Osoba');
      expect(edit.text).not.toContain(stranger.email);
      const page = await agent.get('/users').expect(200);
      const deactivate = await agent.post(`/users/${stranger.id}/deactivate`).type('form').send({ _csrf: formToken(page.text) });
      expect(deactivate.status).toBe(404);
      expect(deactivate.text).not.toContain('Tajna Osoba');
      expect((await t.db.dataSource.getRepository(User).findOneByOrFail({ id: stranger.id })).active).toBe(true);
      const rename = await agent.post(`/users/${stranger.id}`).type('form').send({ _csrf: formToken(page.text), fullName: 'Preimenovana', language: 'sr' });
      expect(rename.status).toBe(404);
      expect((await t.db.dataSource.getRepository(User).findOneByOrFail({ id: stranger.id })).fullName).toBe('Tajna Osoba');
      const capacity = await agent.get(`/organizations/${nis.id}/capacity`).expect(404);
      expect(capacity.text).not.toContain('CZD Niš');
      await agent.get(`/organizations/${paor.id}/capacity`).expect(200);
    });
  });

  describe('audit log', () => {
    it('filters by action and by person, showing who, what and when but no address', async () => {
      const agent = await signedIn(coordinator);
      const other = await t.factory.newUser({ role: Role.COORDINATOR, organization: astra, fullName: 'Druga Koordinatorka' });
      await signedIn(other);

      const byAction = await agent.get('/audit?action=user.invite&lang=en').expect(200);
      expect(byAction.text).toContain('data-action="user.invite"');
      expect(byAction.text).not.toContain('data-action="auth.sign_in"');
      expect(byAction.text).toContain('user invited');
      expect(byAction.text).toContain('Ana Koordinatorka');
      expect(byAction.text).toContain('Petra Administratorka');
      expect(byAction.text).not.toContain('127.0.0.1');
      expect(byAction.text).not.toMatch(/::ffff/);

      const byPerson = await agent.get(`/audit?person=${other.id}`).expect(200);
      expect(byPerson.text).toContain('data-action="auth.sign_in"');
      expect(byPerson.text).toContain('Druga Koordinatorka');
      expect(byPerson.text).not.toContain('data-action="user.invite"');
      const [{ n }] = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE actor_user_id = $1`, [other.id]);
      expect(byPerson.text).toContain(`<span id="total">${n}</span>`);

      // Today where the portal's days are counted (Belgrade), which is not the UTC date late in the evening.
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade' }).format(new Date());
      const byDate = await agent.get(`/audit?person=${other.id}&from=2000-01-01&to=${today}`).expect(200);
      expect(byDate.text).toContain('data-action="auth.sign_in"');
      const tooEarly = await agent.get(`/audit?person=${other.id}&to=2000-01-01`).expect(200);
      expect(tooEarly.text).toContain('<span id="total">0</span>');
      const bad = await agent.get('/audit?from=yesterday&lang=en').expect(200);
      expect(bad.text).toMatch(/data-error-for="from">A date as YYYY-MM-DD/);
    });

    it("refuses the audit log to a member organization's admin", async () => {
      const agent = await signedIn(paorAdmin);
      const response = await agent.get('/audit').expect(403);
      expect(response.text).not.toContain('data-action=');
      expect(response.text).not.toContain('Ana Koordinatorka');
      expect((await agent.get('/dashboard').expect(200)).text).not.toContain('href="/audit"');
    });
  });
});
