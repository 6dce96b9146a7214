import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Action, Actor, authorize, can, canGrant, CurrentUser, Reach, reachOf, Role } from '@app/policy';
import { DomainException, ErrorKind, httpStatusOf, InvalidInputException, isUuid, Language } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { InviteUserInput, UpdateUserInput, User, UsersService } from '@app/users';
import { AdminUserGuard } from '../admin-user.guard';
import { Messages } from '../i18n/messages';
import { formatDate, nextPageLink, pageContext } from '../page';
import { DomainPageFilter, fieldErrors, text, validated } from '../forms';

const PAGE_SIZE = 25;
const ALL = 100;
const DONE = ['invited', 'updated', 'roleChanged', 'deactivated', 'reactivated'] as const;

type Form = Record<string, string | undefined>;

/**
 * People: coordinators see and manage everyone; a member organization's admin sees, invites and
 * deactivates only their own organization's people of a lower rank. The policy decides what each
 * page offers, and the service refuses the rest.
 */
@Controller('users')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class UsersPagesController {
  constructor(
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Get()
  async list(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Query() query: Record<string, unknown>) {
    const page = pageContext(req);
    const { t, lang } = page;
    const filter = { organizationId: text(query.organizationId, 36), search: text(query.search, 100), active: text(query.active, 5) };
    const connection = await this.users.list(actor, {
      filter: {
        ...(isUuid(filter.organizationId) && { organizationId: filter.organizationId }),
        ...(filter.search && { search: filter.search }),
        ...(filter.active && { active: filter.active === 'true' }),
      },
      first: PAGE_SIZE,
      after: text(query.after, 512) || undefined,
    });
    const names = await this.organizationNames(connection.edges.map(({ node }) => node.organizationId));
    const done = DONE.find((d) => d === query.done);
    res.render('directory/users', {
      ...page,
      title: t.navUsers,
      notice: done && t[`userDone_${done}`],
      invite: can(actor, Action.USER_INVITE),
      filter,
      // Only who may see every organization's people gets to pick one.
      organizations: reachOf(actor, Action.USER_READ) === Reach.ANY ? await this.organizationOptions(filter.organizationId) : [],
      activeOptions: [
        { value: '', label: t.userFilterAll, selected: !filter.active },
        { value: 'true', label: t.userStatusActive, selected: filter.active === 'true' },
        { value: 'false', label: t.userStatusDeactivated, selected: filter.active === 'false' },
      ],
      totalCount: connection.totalCount,
      users: connection.edges.map(({ node }) => ({
        id: node.id,
        fullName: node.fullName,
        email: node.email,
        organization: names.get(node.organizationId) ?? '',
        role: t[`userRole_${node.role}`],
        status: statusOf(node, t),
        active: node.active,
        lastSignIn: node.lastSignInAt ? formatDate(node.lastSignInAt, lang) : '—',
        edit: can(actor, Action.USER_UPDATE, node),
      })),
      next: nextPageLink('/users', { organizationId: filter.organizationId, search: filter.search, active: filter.active }, connection.pageInfo.endCursor, connection.pageInfo.hasNextPage),
    });
  }

  @Get('invite')
  async inviteForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor) {
    authorize(actor, Action.USER_INVITE);
    return this.renderInvite(req, res, actor, { organizationId: actor.organizationId, role: Role.MEMBER_STAFF, language: pageContext(req).lang });
  }

  @Post('invite')
  @HttpCode(200)
  async invite(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: Form) {
    const values: Form = {
      email: text(body.email, 254),
      fullName: text(body.fullName, 120),
      // A member organization's admin invites into their own organization, whatever the form says.
      organizationId: reachOf(actor, Action.USER_INVITE) === Reach.ANY ? text(body.organizationId, 36) : actor.organizationId,
      role: text(body.role, 20),
      language: text(body.language, 2),
    };
    try {
      await this.users.invite(actor, await validated(InviteUserInput, values));
      return res.redirect(303, '/users?done=invited');
    } catch (error) {
      if (!(error instanceof DomainException) || [ErrorKind.NOT_FOUND, ErrorKind.UNAUTHENTICATED].includes(error.kind)) throw error;
      const { t } = pageContext(req);
      const errors = error instanceof InvalidInputException ? fieldErrors(error.fields, t, 'userInvalid_') : fieldOfCode(error.code, t);
      return this.renderInvite(req, res.status(httpStatusOf(error.kind)), actor, values, errors);
    }
  }

  @Get(':id/edit')
  async editForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    const user = await this.users.get(actor, id);
    return this.renderEdit(req, res, actor, user, { fullName: user.fullName, language: user.language });
  }

  @Post(':id')
  @HttpCode(200)
  async update(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Form) {
    const values: Form = { fullName: text(body.fullName, 120), language: text(body.language, 2) };
    return this.change(req, res, actor, id, values, async () => this.users.update(actor, id, await validated(UpdateUserInput, values)), 'updated');
  }

  @Post(':id/role')
  @HttpCode(200)
  async changeRole(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body('role') role?: string) {
    const value = text(role, 20);
    return this.change(req, res, actor, id, { role: value }, async () => {
      if (!Object.values(Role).includes(value as Role)) throw InvalidInputException.field('role', 'unknown role');
      return this.users.changeRole(actor, id, value as Role);
    }, 'roleChanged');
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  async deactivate(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.change(req, res, actor, id, {}, () => this.users.deactivate(actor, id), 'deactivated');
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  async reactivate(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    return this.change(req, res, actor, id, {}, () => this.users.reactivate(actor, id), 'reactivated');
  }

  /** Post/redirect/get after a change; refused input re-renders the edit page with the typed values. */
  private async change(req: Request, res: Response, actor: Actor, id: string, values: Form, work: () => Promise<User>, done: (typeof DONE)[number]) {
    try {
      await work();
      return res.redirect(303, `/users?done=${done}`);
    } catch (error) {
      if (!(error instanceof DomainException) || [ErrorKind.NOT_FOUND, ErrorKind.UNAUTHENTICATED].includes(error.kind)) throw error;
      const { t } = pageContext(req);
      const user = await this.users.get(actor, id);
      const errors = error instanceof InvalidInputException ? fieldErrors(error.fields, t, 'userInvalid_') : fieldOfCode(error.code, t);
      return this.renderEdit(req, res.status(httpStatusOf(error.kind)), actor, user, { fullName: user.fullName, language: user.language, ...values }, errors);
    }
  }

  private async renderInvite(req: Request, res: Response, actor: Actor, values: Form, errors: Record<string, string> = {}) {
    const page = pageContext(req);
    const { t } = page;
    const coordinator = reachOf(actor, Action.USER_INVITE) === Reach.ANY;
    res.render('directory/user-invite', {
      ...page,
      title: t.userInviteHeading,
      values,
      errors,
      error: Object.keys(errors).length ? t.formHasErrors : undefined,
      organizations: coordinator ? await this.organizationOptions(values.organizationId) : [],
      ownOrganization: coordinator ? undefined : (await this.organizationNames([actor.organizationId])).get(actor.organizationId),
      roles: roleOptions(grantable(actor), values.role, t),
      languages: languageOptions(values.language, t),
    });
  }

  private async renderEdit(req: Request, res: Response, actor: Actor, user: User, values: Form, errors: Record<string, string> = {}) {
    const page = pageContext(req);
    const { t, lang } = page;
    res.render('directory/user-edit', {
      ...page,
      title: t.userEditHeading,
      person: {
        id: user.id,
        fullName: user.fullName,
        email: user.email,
        organization: (await this.organizationNames([user.organizationId])).get(user.organizationId),
        role: t[`userRole_${user.role}`],
        status: statusOf(user, t),
        active: user.active,
        createdAt: formatDate(user.createdAt, lang),
      },
      values,
      errors,
      error: Object.keys(errors).length ? (errors.form ?? t.formHasErrors) : undefined,
      update: can(actor, Action.USER_UPDATE, user),
      roles: can(actor, Action.USER_CHANGE_ROLE, user) ? roleOptions(grantable(actor), values.role ?? user.role, t) : null,
      deactivate: user.active && user.id !== actor.id && can(actor, Action.USER_DEACTIVATE, user),
      reactivate: !user.active && can(actor, Action.USER_REACTIVATE, user),
      languages: languageOptions(values.language, t),
    });
  }

  private async organizationOptions(selected: string | undefined) {
    const { edges } = await this.organizations.list({ filter: { active: true }, first: ALL });
    return edges.map(({ node }) => ({ value: node.id, label: node.shortName, selected: node.id === selected }));
  }

  private async organizationNames(ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.organizations.findByIds([...new Set(ids)])).map((o) => [o.id, o.shortName]));
  }
}

function statusOf(user: User, t: Messages): string {
  if (!user.active) return t.userStatusDeactivated;
  return user.passwordHash ? t.userStatusActive : t.userStatusInvited;
}

/** The roles the policy lets this person give. */
function grantable(actor: Actor): Role[] {
  return Object.values(Role).filter((role) => canGrant(actor, role));
}

function roleOptions(roles: Role[], selected: string | undefined, t: Messages) {
  return roles.map((role) => ({ value: role, label: t[`userRole_${role}`], selected: role === selected }));
}

function languageOptions(selected: string | undefined, t: Messages) {
  return [Language.SR, Language.EN].map((language) => ({ value: language, label: t[`userLanguage_${language}`], selected: language === selected }));
}

/** The service's refusals that belong to one field of the form, in the page's language. */
function fieldOfCode(code: string, t: Messages): Record<string, string> {
  switch (code) {
    case 'EMAIL_TAKEN':
      return { email: t.userInvalid_EMAIL_TAKEN };
    case 'ROLE_NOT_ALLOWED':
      return { role: t.userInvalid_ROLE_NOT_ALLOWED };
    case 'ORGANIZATION_INACTIVE':
      return { organizationId: t.userInvalid_ORGANIZATION_INACTIVE };
    case 'CANNOT_DEACTIVATE_SELF':
      return { form: t.userInvalid_CANNOT_DEACTIVATE_SELF };
    case 'LAST_COORDINATOR':
      return { form: t.userInvalid_LAST_COORDINATOR };
    case 'OUTRANKED':
      return { form: t.userInvalid_OUTRANKED };
    default:
      return { form: t.refusedForbidden };
  }
}
