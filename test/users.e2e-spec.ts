import { Language } from '@app/common';
import { User, UsersService } from '@app/users';
import { Role } from '@app/policy';
import { Organization, OrganizationKind } from '@app/organizations';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { startTestApp, TestApp } from './utils/test-app';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email role } }`;
const ACCEPT = `mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) }`;
const RESET_REQUEST = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(token: $token, password: $password) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`;
const NEW_PASSWORD = 'Vranje tribina maj 2025';

describe('users, invitations and password resets', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
  });

  afterAll(() => t.close());

  /** The single-use token from the newest queued mail to an address, as the person would click it. */
  const tokenMailedTo = async (email: string, template: string) => {
    const [mail] = await t.db.dataSource.query(
      `SELECT params FROM mail_outbox WHERE recipient = $1 AND template = $2 ORDER BY created_at DESC LIMIT 1`,
      [email, template],
    );
    return mail ? new URL(mail.params.link).searchParams.get('token')! : null;
  };

  const organizationOf = (user: { organizationId: string }) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ id: user.organizationId });

  const memberOrganization = () => t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });

  it('tells which organization each person works for', async () => {
    const organization = await memberOrganization();
    const person = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization });
    const { data, errors } = await t.gql(`query($id: ID!) { user(id: $id) { organization { id shortName } } users(first: 5) { edges { node { organization { shortName } } } } }`, { id: person.id }, await t.as(person));
    expect(errors).toBeUndefined();
    expect(data.user.organization).toEqual({ id: organization.id, shortName: organization.shortName });
    expect(data.users.edges.every((e: { node: { organization: { shortName: string } } }) => e.node.organization.shortName === organization.shortName)).toBe(true);
  });

  describe('invitations', () => {
    it("writes to a person in English when they work for a partner abroad and in Serbian in the network, unless the inviter chose", async () => {
      const as = await t.as(await t.factory.newUser({ role: Role.COORDINATOR }));
      const partner = await t.factory.newOrganization({ kind: OrganizationKind.PARTNER_ORGANIZATION });
      const member = await memberOrganization();
      // The answer names no account (it must not tell whether one existed): the language is read where it is kept.
      const invite = async (organizationId: string, role: string, language?: string) => {
        const email = `p${Math.random().toString(36).slice(2)}@example.org`;
        const { errors } = await t.gql(`mutation($input: InviteUserInput!) { inviteUser(input: $input) { email } }`, { input: { email, fullName: 'Nova Osoba', organizationId, role, ...(language && { language }) } }, as);
        expect(errors).toBeUndefined();
        return (await t.db.dataSource.query(`SELECT language FROM users WHERE email = $1`, [email]))[0]?.language;
      };
      expect(await invite(partner.id, 'PARTNER')).toBe('en');
      expect(await invite(member.id, 'MEMBER_STAFF')).toBe('sr');
      expect(await invite(partner.id, 'PARTNER', 'SR')).toBe('sr');
    });

    it('lets a coordinator invite a person, who sets a password from the mailed link and signs in', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const organization = await memberOrganization();
      const email = `nova.${Date.now()}@example.org`;
      const { data, errors } = await t.gql(
        INVITE,
        { input: { email: email.toUpperCase(), fullName: 'Nova Članica', organizationId: organization.id, role: 'MEMBER_STAFF', language: 'EN' } },
        await t.as(coordinator),
      );
      expect(errors).toBeUndefined();
      expect(data.inviteUser).toEqual({ email, role: 'MEMBER_STAFF' });

      const [mail] = await t.db.dataSource.query(`SELECT language, template, params FROM mail_outbox WHERE recipient = $1`, [email]);
      expect(mail).toMatchObject({ language: 'en', template: 'invitation' });
      // Member staff work in the web app, which the API serves: the link opens there.
      expect(mail.params.link).toMatch(/^http:\/\/localhost:3000\/invitation\?token=/);

      const token = (await tokenMailedTo(email, 'invitation'))!;
      expect((await t.gql(ACCEPT, { token, password: NEW_PASSWORD })).data).toEqual({ acceptInvitation: true });
      expect((await t.gql(SIGN_IN, { input: { email, password: NEW_PASSWORD } })).data.signIn.accessToken).toEqual(expect.any(String));

      // Single use: the same link cannot set a password again.
      const again = await t.gql(ACCEPT, { token, password: 'another long password 1' });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: expect.stringMatching(/invalid, already used or expired/), code: 'LINK_INVALID' }] });
    });

    it('refuses an invitation link after 72 hours', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const email = `kasno.${Date.now()}@example.org`;
      await t.gql(INVITE, { input: { email, fullName: 'Kasna Osoba', organizationId: (await memberOrganization()).id, role: 'MEMBER_STAFF' } }, await t.as(coordinator));
      await t.db.dataSource.query(`UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = (SELECT id FROM users WHERE email = $1)`, [email]);
      const { errors } = await t.gql(ACCEPT, { token: (await tokenMailedTo(email, 'invitation'))!, password: NEW_PASSWORD });
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('rejects a common password naming the field, and changes nothing', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const email = `slaba.${Date.now()}@example.org`;
      await t.gql(INVITE, { input: { email, fullName: 'Slaba Lozinka', organizationId: (await memberOrganization()).id, role: 'MEMBER_STAFF' } }, await t.as(coordinator));
      const token = (await tokenMailedTo(email, 'invitation'))!;
      const { errors } = await t.gql(ACCEPT, { token, password: 'password1234' });
      expect(errors?.[0].extensions?.fields).toEqual([{ field: 'password', reason: expect.stringMatching(/commonly used/), code: 'PASSWORD_COMMON' }]);
      // The link still works: the failed attempt used nothing up.
      expect((await t.gql(ACCEPT, { token, password: NEW_PASSWORD })).data).toEqual({ acceptInvitation: true });
    });

    it("lets a member admin invite staff to their own organization only; another's looks not found", async () => {
      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN });
      const own = await t.gql(INVITE, { input: { email: `kolega.${Date.now()}@example.org`, fullName: 'Kolega', organizationId: admin.organizationId, role: 'MEMBER_STAFF' } }, await t.as(admin));
      expect(own.errors).toBeUndefined();
      const other = await t.gql(INVITE, { input: { email: `tudji.${Date.now()}@example.org`, fullName: 'Tuđi', organizationId: (await memberOrganization()).id, role: 'MEMBER_STAFF' } }, await t.as(admin));
      expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('does not let a member admin make anyone a coordinator', async () => {
      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN });
      const { errors } = await t.gql(INVITE, { input: { email: `sef.${Date.now()}@example.org`, fullName: 'Šef', organizationId: admin.organizationId, role: 'COORDINATOR' } }, await t.as(admin));
      expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ROLE_NOT_ALLOWED' });
    });

    it('refuses staff and partners inviting anyone', async () => {
      for (const role of [Role.MEMBER_STAFF, Role.PARTNER, Role.EVALUATOR]) {
        const user = await t.factory.newUser({ role });
        const { errors } = await t.gql(INVITE, { input: { email: `x.${Date.now()}@example.org`, fullName: 'X Y', organizationId: user.organizationId, role: 'MEMBER_STAFF' } }, await t.as(user));
        expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      }
    });

    it('keeps roles to their kind of organization and one account per address', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const partnerOrg = await t.factory.newOrganization();
      const wrongKind = await t.gql(INVITE, { input: { email: `p.${Date.now()}@example.org`, fullName: 'P Q', organizationId: partnerOrg.id, role: 'MEMBER_STAFF' } }, await t.as(coordinator));
      expect(wrongKind.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'role', reason: expect.any(String) }] });
      const taken = await t.gql(INVITE, { input: { email: coordinator.email, fullName: 'Dupli', organizationId: partnerOrg.id, role: 'PARTNER' } }, await t.as(coordinator));
      expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    });
  });

  describe('security: no account enumeration by invitation', () => {
    it('security: answers a member admin alike for a new address and one with an account in another organization, without making a second account', async () => {
      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN });
      const elsewhere = await t.factory.newUser({ role: Role.MEMBER_STAFF, language: Language.EN });
      const as = await t.as(admin);
      const invite = (email: string) => t.gql(INVITE, { input: { email, fullName: 'Nova Osoba', organizationId: admin.organizationId, role: 'MEMBER_STAFF' } }, as);
      const fresh = `sveza.${Date.now()}@example.org`;
      const [forNew, forExisting] = [await invite(fresh), await invite(elsewhere.email.toUpperCase())];
      expect(forNew).toMatchObject({ status: 200, data: { inviteUser: { email: fresh, role: 'MEMBER_STAFF' } } });
      expect(forExisting).toMatchObject({ status: 200, data: { inviteUser: { email: elsewhere.email, role: 'MEMBER_STAFF' } } });
      expect(forNew.errors).toBeUndefined();
      expect(forExisting.errors).toBeUndefined();

      // Still one account for the address, where it was; its owner learns of the invitation instead.
      expect(await t.db.dataSource.query(`SELECT organization_id FROM users WHERE email = $1`, [elsewhere.email])).toEqual([{ organization_id: elsewhere.organizationId }]);
      const mails = await t.db.dataSource.query(`SELECT template, language, params FROM mail_outbox WHERE recipient = $1`, [elsewhere.email]);
      expect(mails).toEqual([{ template: 'invitation-existing-account', language: 'en', params: expect.objectContaining({ link: 'http://localhost:3001/sign-in' }) }]);
      expect(JSON.stringify(mails)).not.toMatch(/token=/);
      expect(await tokenMailedTo(fresh, 'invitation')).toEqual(expect.any(String));
    });

    it('still tells an inviter who may see the existing account that the address is taken', async () => {
      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN });
      const colleague = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: await organizationOf(admin) });
      const { errors } = await t.gql(INVITE, { input: { email: colleague.email, fullName: 'Dupli', organizationId: admin.organizationId, role: 'MEMBER_STAFF' } }, await t.as(admin));
      expect(errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN' });
    });
  });

  describe('password reset', () => {
    it('answers the same for an unknown address and mails a link only to a real account', async () => {
      const user = await t.factory.newUser();
      const known = await t.gql(RESET_REQUEST, { email: user.email });
      const unknown = await t.gql(RESET_REQUEST, { email: `nobody.${Date.now()}@example.org` });
      expect(known).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
      expect(unknown).toMatchObject({ status: 200, data: { requestPasswordReset: true } });
      expect(await tokenMailedTo(user.email, 'password-reset')).toEqual(expect.any(String));
    });

    it('sets a new password from the link once, and ends the sessions that were open', async () => {
      const user = await t.factory.newUser();
      const before = await t.as(user);
      await t.gql(RESET_REQUEST, { email: user.email });
      const token = (await tokenMailedTo(user.email, 'password-reset'))!;
      expect((await t.gql(RESET, { token, password: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
      expect((await t.gql(`{ me { email } }`, {}, before)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } })).data.signIn).toBeTruthy();
      expect((await t.gql(RESET, { token, password: 'yet another long password' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a reset link after an hour', async () => {
      const user = await t.factory.newUser();
      await t.gql(RESET_REQUEST, { email: user.email });
      await t.db.dataSource.query(`UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
      expect((await t.gql(RESET, { token: (await tokenMailedTo(user.email, 'password-reset'))!, password: NEW_PASSWORD })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('changing one\'s password', () => {
    const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;

    it('needs the current password, and ends every earlier session', async () => {
      const user = await t.factory.newUser();
      const session = await t.as(user);
      const wrong = await t.gql(CHANGE, { current: 'not my password at all', next: NEW_PASSWORD }, session);
      expect(wrong.errors?.[0].extensions?.fields).toEqual([{ field: 'currentPassword', reason: expect.any(String) }]);

      expect((await t.gql(CHANGE, { current: DEFAULT_PASSWORD, next: NEW_PASSWORD }, session)).data).toEqual({ changePassword: true });
      expect((await t.gql(`{ me { email } }`, {}, session)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await t.gql(SIGN_IN, { input: { email: user.email, password: NEW_PASSWORD } })).data.signIn).toBeTruthy();
      const [entry] = await t.db.dataSource.query(`SELECT changed_fields FROM audit_log WHERE entity_id = $1 AND action = 'auth.password_changed'`, [user.id]);
      expect(entry.changed_fields).toEqual(['passwordHash']);
    });
  });

  describe('one\'s language', () => {
    it('remembers the language a person chooses for herself, and her mails follow it', async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      const chosen = await t.gql(`mutation { setPreferredLanguage(language: EN) { language } }`, {}, await t.as(staff));
      expect(chosen.errors).toBeUndefined();
      expect(chosen.data.setPreferredLanguage).toEqual({ language: "EN" });
      expect((await t.gql(`{ me { language } }`, {}, await t.as(staff))).data.me).toEqual({ language: 'EN' });
      await t.gql(RESET_REQUEST, { email: staff.email });
      const [mail] = await t.db.dataSource.query(`SELECT language FROM mail_outbox WHERE recipient = $1 AND template = 'password-reset'`, [staff.email]);
      expect(mail).toEqual({ language: 'en' });
    });
  });

  describe('managing users', () => {
    it("shows member staff only their own organization's people", async () => {
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      const colleague = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: await organizationOf(staff) });
      const stranger = await t.factory.newUser();
      const { data } = await t.gql(`{ users(first: 100) { edges { node { email } } } }`, {}, await t.as(staff));
      expect(data.users.edges.map((e: any) => e.node.email).sort()).toEqual([colleague.email, staff.email].sort());
      const hidden = await t.gql(`query($id: ID!) { user(id: $id) { email } }`, { id: stranger.id }, await t.as(staff));
      expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });

    it('deactivating an account ends its sessions at once and is audited', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const user = await t.factory.newUser();
      const session = await t.as(user);
      const { data } = await t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id: user.id }, await t.as(coordinator));
      expect(data.deactivateUser).toEqual({ active: false });
      expect((await t.gql(`{ me { email } }`, {}, session)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const [entry] = await t.db.dataSource.query(`SELECT action, actor_user_id, changed_fields FROM audit_log WHERE entity_id = $1 AND action = 'user.deactivate'`, [user.id]);
      expect(entry).toEqual({ action: 'user.deactivate', actor_user_id: coordinator.id, changed_fields: ['active'] });
    });

    it('records changed field names, never values, when a user is updated', async () => {
      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN });
      const { errors } = await t.gql(`mutation($id: ID!) { updateUser(id: $id, input: { fullName: "Novo Ime", language: EN }) { fullName language } }`, { id: admin.id }, await t.as(admin));
      expect(errors).toBeUndefined();
      const [entry] = await t.db.dataSource.query(`SELECT changed_fields, summary FROM audit_log WHERE entity_id = $1 AND action = 'user.update'`, [admin.id]);
      expect(entry.changed_fields.sort()).toEqual(['fullName', 'language']);
      expect(JSON.stringify(entry)).not.toContain('Novo Ime');
    });

    it('lets only coordinators change roles', async () => {
      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN });
      const staff = await t.factory.newUser({ organization: await organizationOf(admin) });
      const refused = await t.gql(`mutation($id: ID!) { changeUserRole(id: $id, role: MEMBER_ADMIN) { role } }`, { id: staff.id }, await t.as(admin));
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const done = await t.gql(`mutation($id: ID!) { changeUserRole(id: $id, role: MEMBER_ADMIN) { role } }`, { id: staff.id }, await t.as(coordinator));
      expect(done.data.changeUserRole).toEqual({ role: 'MEMBER_ADMIN' });
    });
  });

  describe('the rank rule', () => {
    const UPDATE = `mutation($id: ID!) { updateUser(id: $id, input: { fullName: "Preimenovana" }) { fullName } }`;
    const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { active } }`;
    const DEMOTE = `mutation($id: ID!) { changeUserRole(id: $id, role: MEMBER_STAFF) { role } }`;
    const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { active } }`;
    const astra = () => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' });
    const stateOf = async (id: string) => (await t.db.dataSource.query(`SELECT full_name, active, role FROM users WHERE id = $1`, [id]))[0];

    it("security: a member admin at ASTRA is refused on ASTRA's coordinator, evaluator and another member admin, and nothing changes", async () => {
      const organization = await astra();
      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization });
      const as = await t.as(admin);
      for (const role of [Role.COORDINATOR, Role.EVALUATOR, Role.MEMBER_ADMIN]) {
        const victim = await t.factory.newUser({ role, organization, fullName: 'Neko Viši' });
        for (const mutation of [UPDATE, DEACTIVATE]) {
          const { errors } = await t.gql(mutation, { id: victim.id }, as);
          expect(errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTRANKED' });
        }
        expect(await stateOf(victim.id)).toEqual({ full_name: 'Neko Viši', active: true, role });
      }
      // Staff of their own organization they still manage.
      const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization });
      expect((await t.gql(UPDATE, { id: staff.id }, as)).data.updateUser).toEqual({ fullName: 'Preimenovana' });
      expect((await t.gql(DEACTIVATE, { id: staff.id }, as)).data.deactivateUser).toEqual({ active: false });
    });

    it('security: the last active coordinator can be neither deactivated nor demoted, even by two coordinators at once', async () => {
      const organization = await astra();
      const [first, second] = [await t.factory.newUser({ role: Role.COORDINATOR, organization }), await t.factory.newUser({ role: Role.COORDINATOR, organization })];
      await t.db.dataSource.query(`UPDATE users SET active = false WHERE role = 'COORDINATOR' AND id NOT IN ($1, $2)`, [first.id, second.id]);
      // Each deactivates the other at the same moment (straight at the service, so both requests are
      // past sign-in checks): one of them must stay.
      const users = t.app.get(UsersService);
      const actor = (user: User) => ({ id: user.id, organizationId: user.organizationId, role: user.role });
      const outcome = (work: Promise<unknown>) => work.then(() => 'done', (error: { code?: string }) => error.code);
      const results = await Promise.all([outcome(users.deactivate(actor(first), second.id)), outcome(users.deactivate(actor(second), first.id))]);
      expect(results.sort()).toEqual(['LAST_COORDINATOR', 'done']);
      const activeCoordinators = async () => (await t.db.dataSource.query(`SELECT id, email FROM users WHERE role = 'COORDINATOR' AND active`)) as { id: string; email: string }[];
      expect(await activeCoordinators()).toHaveLength(1);

      const [last] = await activeCoordinators();
      const demoted = await t.gql(DEMOTE, { id: last.id }, await t.as(last));
      expect(demoted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_COORDINATOR' });
      const deactivated = await t.gql(DEACTIVATE, { id: last.id }, await t.as(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization })));
      expect(deactivated.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await stateOf(last.id)).toMatchObject({ active: true, role: 'COORDINATOR' });
      // Two coordinators demoting each other at once: one goes through.
      const other = await t.factory.newUser({ role: Role.COORDINATOR, organization });
      const lastUser = await t.db.dataSource.getRepository(User).findOneByOrFail({ id: last.id });
      const demotions = await Promise.all([
        outcome(users.changeRole(actor(lastUser), other.id, Role.MEMBER_STAFF)),
        outcome(users.changeRole(actor(other), last.id, Role.MEMBER_STAFF)),
      ]);
      expect(demotions.sort()).toEqual(['LAST_COORDINATOR', 'done']);
      expect(await activeCoordinators()).toHaveLength(1);
    });

    it('security: a coordinator reactivates an account, audited, and the person signs in again; nobody else may', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const person = await t.factory.newUser({ role: Role.MEMBER_STAFF });
      await t.gql(DEACTIVATE, { id: person.id }, await t.as(coordinator));
      expect((await t.gql(SIGN_IN, { input: { email: person.email, password: DEFAULT_PASSWORD } })).errors?.[0].extensions?.reason).toBe('INVALID_CREDENTIALS');

      const admin = await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: await organizationOf(person) });
      expect((await t.gql(REACTIVATE, { id: person.id }, await t.as(admin))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect((await t.gql(REACTIVATE, { id: person.id }, await t.as(coordinator))).data.reactivateUser).toEqual({ active: true });
      expect((await t.gql(SIGN_IN, { input: { email: person.email, password: DEFAULT_PASSWORD } })).data.signIn.accessToken).toEqual(expect.any(String));
      const [entry] = await t.db.dataSource.query(`SELECT action, actor_user_id, changed_fields FROM audit_log WHERE entity_id = $1 AND action = 'user.reactivate'`, [person.id]);
      expect(entry).toEqual({ action: 'user.reactivate', actor_user_id: coordinator.id, changed_fields: ['active'] });
    });
  });

  describe('audit log and undelivered mail', () => {
    it('shows coordinators sign-ins, successful and failed, and nobody else', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const user = await t.factory.newUser();
      await t.gql(SIGN_IN, { input: { email: user.email, password: 'not the right password' } });
      await t.as(user);
      const { data, errors } = await t.gql(
        `query($id: ID!) { auditLog(filter: { actorUserId: $id }) { edges { node { action entityId requestId } } } }`,
        { id: user.id },
        await t.as(coordinator),
      );
      expect(errors).toBeUndefined();
      expect(data.auditLog.edges.map((e: any) => e.node.action)).toEqual(['AUTH_SIGN_IN', 'AUTH_SIGN_IN_FAILED']);
      expect(data.auditLog.edges[0].node.requestId).toEqual(expect.any(String));
      const refused = await t.gql(`{ auditLog { totalCount } }`, {}, await t.as(user));
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('lists undelivered mails for coordinators without their single-use links, and queues them again', async () => {
      const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
      const user = await t.factory.newUser();
      await t.gql(RESET_REQUEST, { email: user.email });
      await t.db.dataSource.query(`UPDATE mail_outbox SET status = 'DEAD', attempts = 8, last_error = 'connection refused' WHERE recipient = $1`, [user.email]);
      const as = await t.as(coordinator);
      const { data } = await t.gql(`{ undeliveredMails { edges { node { id recipient template status lastError } } } }`, {}, as);
      const mail = data.undeliveredMails.edges.map((e: any) => e.node).find((m: any) => m.recipient === user.email);
      expect(mail).toMatchObject({ template: 'password-reset', status: 'DEAD', lastError: 'connection refused' });
      expect(JSON.stringify(data)).not.toMatch(/token=/);
      const retried = await t.gql(`mutation($id: ID!) { retryMail(id: $id) { status attempts } }`, { id: mail.id }, as);
      expect(retried.data.retryMail).toEqual({ status: 'PENDING', attempts: 0 });
      expect((await t.gql(`{ undeliveredMails { totalCount } }`, {}, await t.as(user))).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
