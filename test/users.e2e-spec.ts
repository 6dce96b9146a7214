import { Role } from '@app/users/role.enum';
import { Organization, OrganizationKind } from '@app/organizations';
import { DEFAULT_PASSWORD } from './factories/test-factory';
import { startTestApp, TestApp } from './utils/test-app';

const INVITE = `mutation($input: InviteUserInput!) { inviteUser(input: $input) { id email role active } }`;
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

  describe('invitations', () => {
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
      expect(data.inviteUser).toMatchObject({ email, role: 'MEMBER_STAFF', active: true });

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
      const chosen = await t.gql(`mutation { setMyLanguage(language: EN) { language } }`, {}, await t.as(staff));
      expect(chosen.errors).toBeUndefined();
      expect(chosen.data.setMyLanguage).toEqual({ language: "EN" });
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
