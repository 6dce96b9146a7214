import { Controller, Get, Query, Render, Req, UseFilters, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { AuditAction, AuditLogFilter, AuditService } from '@app/audit';
import { Action, Actor, authorize, CurrentUser } from '@app/policy';
import { FieldError, isUuid, NotFoundException } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { AdminUserGuard } from '../admin-user.guard';
import { formatDateTime, nextPageLink, pageContext } from '../page';
import { DomainPageFilter, fieldErrors, text } from '../forms';

const PAGE_SIZE = 50;
const ALL = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ACTIONS = Object.entries(AuditAction) as [keyof typeof AuditAction, AuditAction][];

/**
 * The audit log for coordinators: who (name and organization), what, on which record, when, and
 * the request id to find the request in the logs. Never an IP address or a changed value.
 */
@Controller('audit')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class AuditPagesController {
  constructor(
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Get()
  @Render('directory/audit')
  async log(@Req() req: Request, @CurrentUser() actor: Actor, @Query() query: Record<string, unknown>) {
    // AuditService does not authorize: reading the log is decided here, by the policy layer.
    authorize(actor, Action.AUDIT_READ);
    const page = pageContext(req);
    const { t, lang } = page;
    const form = {
      person: text(query.person, 36),
      organization: text(query.organization, 36),
      action: text(query.action, 60),
      from: text(query.from, 10),
      to: text(query.to, 10),
    };
    const { filter, problems } = toFilter(form);
    const connection = problems.length ? null : await this.audit.list(filter, { first: PAGE_SIZE, after: text(query.after, 512) || undefined });
    const entries = connection?.edges.map(({ node }) => node) ?? [];

    const people = await this.people(actor, [...new Set(entries.flatMap((e) => (e.actorUserId ? [e.actorUserId] : [])))]);
    const organizationNames = new Map(
      (await this.organizations.findByIds([...new Set(entries.flatMap((e) => (e.actorOrganizationId ? [e.actorOrganizationId] : [])))])).map((o) => [o.id, o.shortName]),
    );
    const actionLabel = new Map(ACTIONS.map(([key, value]) => [value as string, t[`auditAction_${key}`]]));

    const { edges: userEdges } = await this.users.list(actor, { first: ALL });
    const { edges: organizationEdges } = await this.organizations.list({ first: ALL });
    return {
      ...page,
      title: t.navAudit,
      form,
      errors: fieldErrors(problems, t, 'auditInvalid_'),
      error: problems.length ? t.formHasErrors : undefined,
      personOptions: userEdges.map(({ node }) => ({ value: node.id, label: node.fullName, selected: node.id === form.person })),
      organizationOptions: organizationEdges.map(({ node }) => ({ value: node.id, label: node.shortName, selected: node.id === form.organization })),
      actionOptions: ACTIONS.map(([key, value]) => ({ value, label: t[`auditAction_${key}`], selected: value === form.action })),
      totalCount: connection?.totalCount ?? 0,
      entries: entries.map((entry) => ({
        when: formatDateTime(entry.occurredAt, lang),
        isoWhen: entry.occurredAt.toISOString(),
        personId: entry.actorUserId,
        person: entry.actorUserId ? (people.get(entry.actorUserId) ?? t.auditUnknownPerson) : t.auditNoPerson,
        organizationId: entry.actorOrganizationId,
        organization: entry.actorOrganizationId ? (organizationNames.get(entry.actorOrganizationId) ?? '') : '',
        action: actionLabel.get(entry.action) ?? entry.action,
        actionCode: entry.action,
        entityType: entry.entityType ?? '',
        entityId: entry.entityId ?? '',
        changedFields: entry.changedFields.join(', '),
        summary: entry.summary ?? '',
        requestId: entry.requestId ?? '',
      })),
      next: connection && nextPageLink('/audit', form, connection.pageInfo.endCursor, connection.pageInfo.hasNextPage),
    };
  }

  /** Names of the people who acted; someone deleted since shows as unknown. */
  private async people(actor: Actor, ids: string[]): Promise<Map<string, string>> {
    const found = await Promise.all(
      ids.map((id) =>
        this.users.get(actor, id).catch((error: unknown) => {
          if (error instanceof NotFoundException) return null;
          throw error;
        }),
      ),
    );
    return new Map(found.flatMap((user) => (user ? [[user.id, user.fullName] as [string, string]] : [])));
  }
}

/** The form's fields as the service's filter; dates are whole days in Belgrade, the last one included. */
function toFilter(form: Record<'person' | 'organization' | 'action' | 'from' | 'to', string>): { filter: AuditLogFilter; problems: FieldError[] } {
  const problems: FieldError[] = [];
  const filter: AuditLogFilter = {};
  if (isUuid(form.person)) filter.actorUserId = form.person;
  else if (form.person) problems.push({ field: 'person', reason: 'not a user id' });
  if (isUuid(form.organization)) filter.actorOrganizationId = form.organization;
  else if (form.organization) problems.push({ field: 'organization', reason: 'not an organization id' });
  const action = ACTIONS.find(([, value]) => value === form.action)?.[1];
  if (action) filter.action = action;
  else if (form.action) problems.push({ field: 'action', reason: 'unknown action' });
  const from = form.from ? startOfDayInBelgrade(form.from) : undefined;
  const to = form.to ? startOfDayInBelgrade(form.to, 1) : undefined;
  if (from === null) problems.push({ field: 'from', reason: 'not a date' });
  if (to === null) problems.push({ field: 'to', reason: 'not a date' });
  if (from && to && to <= from) problems.push({ field: 'to', reason: 'before from' });
  if (from) filter.from = from;
  if (to) filter.to = to;
  return { filter, problems };
}

/** Midnight in Belgrade at the start of the day (plus `days`), as an instant; null for anything but a real date. */
function startOfDayInBelgrade(date: string, days = 0): Date | null {
  if (!DATE.test(date)) return null;
  const utc = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(utc.getTime()) || utc.toISOString().slice(0, 10) !== date) return null;
  utc.setUTCDate(utc.getUTCDate() + days);
  const offset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Belgrade', timeZoneName: 'longOffset' }).formatToParts(utc).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const [, sign = '+', hours = '00', minutes = '00'] = /GMT([+-])(\d{2}):(\d{2})/.exec(offset) ?? [];
  const ms = (Number(hours) * 60 + Number(minutes)) * 60_000 * (sign === '-' ? -1 : 1);
  return new Date(utc.getTime() - ms);
}
