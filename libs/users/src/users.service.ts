import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { AccessService, Action, Actor, can, canGrant, Role, scopeOf, SubjectRow } from '@app/policy';
import { Connection, foldedSql, whereWordsMatch, InvalidInputException, isUuid, KeysetOrder, Language, localize, NotFoundException, paginate, preparedQuery, UnauthenticatedException } from '@app/common';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { Organization, OrganizationKind, organizationsByShortNames, OrganizationsService } from '@app/organizations';
import { InvitationSent } from './dto/invitation-sent.type';
import { InviteUserInput, UpdateUserInput, UsersArgs } from './dto/users.args';
import { accountLink } from './account-links';
import { defaultLanguageFor } from './default-language';
import { endAllSessions } from './sessions';
import { UserTokenPurpose } from './user-token.entity';
import { User } from './user.entity';
import { issueUserToken } from './user-tokens';
import { UsersErrorCode, UsersException } from './users.exception';

const BY_NAME: KeysetOrder = { sortExpression: 'u.full_name', idExpression: 'u.id', keyOf: (u: User) => [u.fullName, u.id] };

/** Which kind of organization each role belongs to (EVALUATOR: any). */
const ROLE_ORGANIZATION: Partial<Record<Role, OrganizationKind>> = {
  [Role.MEMBER_ADMIN]: OrganizationKind.AT_NETWORK_MEMBER,
  [Role.MEMBER_STAFF]: OrganizationKind.AT_NETWORK_MEMBER,
  [Role.COORDINATOR]: OrganizationKind.AT_NETWORK_MEMBER,
  [Role.PARTNER]: OrganizationKind.PARTNER_ORGANIZATION,
};

/** People and their roles: every read and change goes through the policy and is audited. */
@Injectable()
export class UsersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mail: MailService,
    private readonly config: AppConfig,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  /** A person as the policy's subject: their organization, and who they are and their role, for the rank rule. */
  onModuleInit(): void {
    this.access.registerSubject('User', (ids, _actor, within) =>
      ((within as EntityManager | undefined) ?? this.dataSource.manager).query(`SELECT id, organization_id AS "organizationId", role FROM users WHERE id = ANY($1::uuid[])`, [ids]) as Promise<SubjectRow[]>,
    );
  }

  list(actor: Actor | null, { filter = {}, first, after }: UsersArgs): Promise<Connection<User>> {
    const scope = scopeOf(actor, Action.USER_READ);
    const query = this.dataSource.getRepository(User).createQueryBuilder('u');
    if (!scope.all) query.andWhere('u.organization_id IN (:...scopeOrganizationIds)', { scopeOrganizationIds: scope.organizationIds });
    if (filter.organizationId) query.andWhere('u.organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.active !== undefined) query.andWhere('u.active = :active', { active: filter.active });
    if (filter.search) whereWordsMatch(query, foldedSql(`u.full_name || ' ' || u.email`), filter.search);
    return paginate(query, BY_NAME, { first, after });
  }

  /**
   * Users by id (no policy: for other domains' checks and loaders, which authorize their own
   * subject); `manager` when the caller reads inside its transaction.
   */
  findByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager.getRepository(User).findBy({ id: In([...ids]) });
  }

  /** The active users among these ids. */
  activeByIds(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager.getRepository(User).findBy({ id: In([...ids]), active: true });
  }

  /** One user, active or not, or null. */
  findById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id });
  }

  /** One user that must exist: TypeORM's EntityNotFoundError otherwise. */
  findByIdOrFail(id: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    return manager.getRepository(User).findOneByOrFail({ id });
  }

  /** The account of an e-mail address as typed at sign-in (trimmed, any case), active or not. */
  findByEmail(email: string): Promise<User | null> {
    return this.dataSource.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
  }

  /**
   * What every authenticated request checks of its user: plain SQL, prepared once per connection,
   * not the ORM's query building. Null for an unknown id (or one that is no UUID).
   */
  async sessionIdentity(id: string): Promise<Pick<User, 'id' | 'organizationId' | 'role' | 'active' | 'tokenVersion'> | null> {
    const [user] = await preparedQuery<Pick<User, 'id' | 'organizationId' | 'role' | 'active' | 'tokenVersion'>>(
      this.dataSource,
      `SELECT id, organization_id AS "organizationId", role, active, token_version AS "tokenVersion" FROM users WHERE id = $1`,
      [isUuid(id) ? id : null],
    );
    return user ?? null;
  }

  /** A successful sign-in: the failure count and any lock end. */
  async recordSignIn(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(User).update({ id: userId }, { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() });
  }

  /** A wrong password: the failures so far and the lock they earn. */
  async recordFailedSignIn(userId: string, failedSignIns: number, lockedUntil: Date | null): Promise<void> {
    await this.dataSource.getRepository(User).update({ id: userId }, { failedSignIns, lockedUntil });
  }

  /** Ends the user's access tokens (not their refresh tokens) at once. */
  async raiseTokenVersion(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(User).increment({ id: userId }, 'tokenVersion', 1);
  }

  /** One active user, or null. */
  activeById(id: string, manager: EntityManager = this.dataSource.manager): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id, active: true });
  }

  /** The active accounts of these addresses (as stored: lower case). */
  activeByEmails(emails: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager.getRepository(User).findBy({ email: In(emails.map((e) => e.toLowerCase())), active: true });
  }

  /** An organization's active people in these roles (its admins and staff, say), by id. */
  activeInRoles(organizationId: string, roles: readonly Role[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager.getRepository(User).find({ where: { organizationId, active: true, role: In([...roles]) }, order: { id: 'ASC' } });
  }

  /** The active people of organizations, evaluators (who follow reports only) excepted. */
  activePeopleOf(organizationIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager.getRepository(User).findBy({ organizationId: In([...new Set(organizationIds)]), active: true, role: Not(Role.EVALUATOR) });
  }

  /** An organization's active people in `roles`, and everyone active in `everywhereRoles` whatever their organization, by id. */
  activeInRolesOrEverywhere(organizationId: string, roles: readonly Role[], everywhereRoles: readonly Role[], manager: EntityManager = this.dataSource.manager): Promise<User[]> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where('u.active')
      .andWhere('((u.organization_id = :org AND u.role IN (:...roles)) OR u.role IN (:...everywhereRoles))', { org: organizationId, roles, everywhereRoles })
      .orderBy('u.id')
      .getMany();
  }

  /** Full names by user id, in the order asked (null for an unknown id): who acted, in histories. */
  async namesByIds(ids: readonly string[]): Promise<(string | null)[]> {
    const rows: { id: string; fullName: string }[] = await this.dataSource.query(`SELECT id, full_name AS "fullName" FROM users WHERE id = ANY($1::uuid[])`, [[...ids]]);
    const byId = new Map(rows.map((row) => [row.id, row.fullName]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One user, if the actor may see them; anyone else's looks like nobody. */
  async get(actor: Actor | null, id: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    await this.access.require(actor, Action.USER_READ, { type: 'User', id }, manager);
    return this.found(manager, id);
  }

  /** A person the actor was authorized for, read in the caller's transaction. */
  private async found(manager: EntityManager, id: string): Promise<User> {
    const user = await manager.getRepository(User).findOneBy({ id });
    if (!user) throw new NotFoundException('User');
    return user;
  }

  /**
   * Creates the account without a password and mails a single-use link (72 hours) to set one.
   * The user, the mail and the audit entry commit together or not at all.
   * An address that already has an account the inviter may see is refused (EMAIL_TAKEN); one with
   * an account the inviter may not see (another organization's) gets the same answer as a new one,
   * so that inviting cannot probe who has an account: no second account is made, and the address's
   * owner is told by mail instead.
   */
  async invite(actor: Actor | null, input: InviteUserInput): Promise<InvitationSent> {
    await this.access.require(actor, Action.USER_INVITE, { type: 'Organization', id: input.organizationId });
    return this.dataSource.transaction(async (manager) => {
      const organization = await this.activeOrganization(input.organizationId, manager);
      this.assertMayGrant(actor!, input.role, organization);
      const inviter = await this.organizations.findByIdOrFail(actor!.organizationId, manager);
      const email = input.email.trim().toLowerCase();
      const existing = await manager.getRepository(User).findOneBy({ email });
      if (existing && !can(actor, Action.USER_READ, { organizationId: existing.organizationId })) {
        await this.tellOwnerOfInvitation(manager, existing, inviter);
        await this.audit.record(
          { action: AuditAction.USER_INVITED, actor: auditActor(actor), entityType: 'User', entityId: existing.id, summary: 'address already has an account: owner told, nothing created' },
          manager,
        );
        return { email, role: input.role };
      }
      const { user } = await this.createInvited(manager, input, organization, inviter);
      await this.audit.record(
        { action: AuditAction.USER_INVITED, actor: auditActor(actor), entityType: 'User', entityId: user.id, summary: `role ${user.role}` },
        manager,
      );
      return { email: user.email, role: user.role };
    });
  }

  /** Tells the owner of an existing account that an organization invited their address (at most once a day per organization). */
  private async tellOwnerOfInvitation(manager: EntityManager, owner: User, inviter: Organization): Promise<void> {
    const now = new Date();
    await this.mail.enqueue(manager, {
      to: owner.email,
      language: owner.language,
      template: 'invitation-existing-account',
      params: { inviterOrganization: localize(owner.language, inviter.nameSr, inviter.nameEn), link: `${this.config.PUBLIC_URL.replace(/\/$/, '')}/sign-in`, invitedAt: now.toISOString() },
      idempotencyKey: `invitation-existing-account:${owner.id}:${inviter.id}:${now.toISOString().slice(0, 10)}`,
    });
  }

  /** The account, without a password, and its invitation mail; the caller authorizes and audits. */
  private async createInvited(
    manager: EntityManager,
    input: Pick<InviteUserInput, 'email' | 'fullName' | 'role' | 'language'>,
    organization: Organization,
    inviter: Organization,
  ): Promise<{ user: User; link: string }> {
    const email = input.email.trim().toLowerCase();
    if (await manager.getRepository(User).existsBy({ email })) throw new UsersException(UsersErrorCode.EMAIL_TAKEN);
    const users = manager.getRepository(User);
    const language = input.language ?? defaultLanguageFor(input.role);
    const user = await users.save(users.create({ email, fullName: input.fullName.trim(), organizationId: organization.id, role: input.role, language }));
    return { user, link: await this.sendInvitation(manager, user, inviter) };
  }

  /** A new invitation link for someone who has not set a password yet (the old link stops working). */
  async sendInvitation(manager: EntityManager, user: User, inviter: Organization): Promise<string> {
    const { token, expiresAt } = await issueUserToken(manager, user.id, UserTokenPurpose.INVITATION);
    const link = accountLink(this.config, user.role, 'invitation', token);
    await this.mail.enqueue(manager, {
      to: user.email,
      language: user.language,
      template: 'invitation',
      params: { inviterOrganization: localize(user.language, inviter.nameSr, inviter.nameEn), link, expiresAt: expiresAt.toISOString() },
      idempotencyKey: `invitation:${user.id}:${token.slice(0, 16)}`,
    });
    return link;
  }

  async update(actor: Actor | null, id: string, input: UpdateUserInput): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(actor, Action.USER_UPDATE, { type: 'User', id }, manager);
      const user = await this.found(manager, id);
      const changes = { ...(input.fullName !== undefined && { fullName: input.fullName.trim() }), ...(input.language && { language: input.language }) };
      const changed = changedFieldNames(user, { ...user, ...changes });
      if (changed.length === 0) return user;
      const saved = await manager.getRepository(User).save({ ...user, ...changes });
      await this.audit.record({ action: AuditAction.USER_UPDATED, actor: auditActor(actor), entityType: 'User', entityId: id, changedFields: changed }, manager);
      return saved;
    });
  }

  /** The signed-in person's own language, which their e-mails and pages follow; audited like any change to an account. */
  async setOwnLanguage(actor: Actor | null, language: Language): Promise<User> {
    if (!actor) throw new UnauthenticatedException();
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneByOrFail({ id: actor.id });
      if (user.language === language) return user;
      const saved = await manager.getRepository(User).save({ ...user, language });
      await this.audit.record({ action: AuditAction.USER_UPDATED, actor: auditActor(actor), entityType: 'User', entityId: user.id, changedFields: ['language'] }, manager);
      return saved;
    });
  }

  async changeRole(actor: Actor | null, id: string, role: Role): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const coordinators = await lockActiveCoordinators(manager);
      await this.access.require(actor, Action.USER_CHANGE_ROLE, { type: 'User', id }, manager);
      const user = await this.found(manager, id);
      if (user.role === role) return user;
      const organization = await this.organizations.findByIdOrFail(user.organizationId, manager);
      this.assertMayGrant(actor!, role, organization);
      assertNotLastCoordinator(user, coordinators);
      const saved = await manager.getRepository(User).save({ ...user, role });
      await this.audit.record(
        { action: AuditAction.USER_ROLE_CHANGED, actor: auditActor(actor), entityType: 'User', entityId: id, changedFields: ['role'], summary: `${user.role} -> ${role}` },
        manager,
      );
      return saved;
    });
  }

  /** Deactivates the account and ends its sessions at once; the network keeps at least one active coordinator. */
  async deactivate(actor: Actor | null, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const coordinators = await lockActiveCoordinators(manager);
      await this.access.require(actor, Action.USER_DEACTIVATE, { type: 'User', id }, manager);
      const user = await this.found(manager, id);
      if (user.id === actor!.id) throw new UsersException(UsersErrorCode.CANNOT_DEACTIVATE_SELF);
      if (!user.active) return user;
      assertNotLastCoordinator(user, coordinators);
      await manager.getRepository(User).update({ id }, { active: false });
      await endAllSessions(manager, id);
      await this.audit.record({ action: AuditAction.USER_DEACTIVATED, actor: auditActor(actor), entityType: 'User', entityId: id, changedFields: ['active'] }, manager);
      return manager.getRepository(User).findOneByOrFail({ id });
    });
  }

  /** Lets a deactivated account sign in again with its password (failed attempts forgotten). */
  async reactivate(actor: Actor | null, id: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(actor, Action.USER_REACTIVATE, { type: 'User', id }, manager);
      const user = await this.found(manager, id);
      if (user.active) return user;
      return this.markActive(manager, user, { action: AuditAction.USER_REACTIVATED, actor: auditActor(actor), entityType: 'User', entityId: id, changedFields: ['active'] });
    });
  }

  /**
   * The command line's way to reactivate an account, for the day no coordinator is left to do it:
   * whoever runs it has the server's shell and database. Audited without an actor.
   */
  async reactivateFromCommandLine(email: string): Promise<User> {
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.getRepository(User).findOneBy({ email: email.trim().toLowerCase() });
      if (!user) throw InvalidInputException.field('email', 'no account has this e-mail address');
      if (user.active) return user;
      return this.markActive(manager, user, {
        action: AuditAction.USER_REACTIVATED,
        entityType: 'User',
        entityId: user.id,
        changedFields: ['active'],
        summary: 'reactivated from the command line',
      });
    });
  }

  private async markActive(manager: EntityManager, user: User, entry: Parameters<AuditService['record']>[0]): Promise<User> {
    await manager.getRepository(User).update({ id: user.id }, { active: true, failedSignIns: 0, lockedUntil: null });
    await this.audit.record(entry, manager);
    return manager.getRepository(User).findOneByOrFail({ id: user.id });
  }

  /** The organization the actor was authorized to invite into, if it is still active. */
  private async activeOrganization(organizationId: string, manager: EntityManager): Promise<Organization> {
    const organization = isUuid(organizationId) ? await this.organizations.findById(organizationId, manager) : null;
    if (!organization) throw new NotFoundException('Organization');
    if (!organization.active) throw new UsersException(UsersErrorCode.ORGANIZATION_INACTIVE);
    return organization;
  }

  private assertMayGrant(actor: Actor, role: Role, organization: Organization): void {
    if (!canGrant(actor, role)) throw new UsersException(UsersErrorCode.ROLE_NOT_ALLOWED);
    assertRoleFits(role, organization);
  }

  /**
   * The command line's way in, for the first coordinator of an installation: whoever runs it
   * has the server's shell and database, so no portal user stands behind it. The invitation
   * link is returned (to print) as well as mailed; the creation is audited without an actor.
   */
  async createFromCommandLine(input: Omit<InviteUserInput, 'organizationId'> & { organizationShortName: string }): Promise<{ user: User; link: string }> {
    return this.dataSource.transaction(async (manager) => {
      const [organization] = await organizationsByShortNames(manager, [input.organizationShortName]);
      if (!organization) throw InvalidInputException.field('org', `no organization has the short name "${input.organizationShortName}"`);
      assertRoleFits(input.role, organization);
      const { user, link } = await this.createInvited(manager, input, organization, organization);
      await this.audit.record({ action: AuditAction.USER_CREATED, entityType: 'User', entityId: user.id, summary: `created from the command line, role ${user.role}` }, manager);
      return { user, link };
    });
  }
}

/**
 * Locks the rows of the active coordinators (in id order, so two transactions never wait on each
 * other crosswise) and returns their ids. Every deactivation and role change takes this lock
 * first, so two of them at once cannot each leave the other as the last coordinator and then both
 * go ahead: the second sees the first one's change once it gets the lock.
 */
async function lockActiveCoordinators(manager: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(`SELECT id FROM users WHERE role = $1 AND active ORDER BY id FOR UPDATE`, [Role.COORDINATOR]);
  return rows.map((row) => row.id);
}

function assertNotLastCoordinator(user: User, activeCoordinators: string[]): void {
  if (user.role === Role.COORDINATOR && user.active && !activeCoordinators.some((id) => id !== user.id)) {
    throw new UsersException(UsersErrorCode.LAST_COORDINATOR);
  }
}

function assertRoleFits(role: Role, organization: Organization): void {
  const kind = ROLE_ORGANIZATION[role];
  if (kind && organization.kind !== kind) {
    throw InvalidInputException.field('role', `${role} belongs to an organization of kind ${kind}, not ${organization.kind}`);
  }
}
