import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Render, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ActivitiesFilter, ActivitiesService, Activity, ActivityLoaders, ActivityOrder, ActivityStatus, ActivityType, Gender } from '@app/activities';
import { AuditAction, AuditService } from '@app/audit';
import { Action, Actor, can, CurrentUser } from '@app/policy';
import { DomainException, InvalidInputException, Language, LoaderRegistry, localize } from '@app/common';
import { OrganizationKind, OrganizationsService } from '@app/organizations';
import { StrategyService } from '@app/strategy';
import { AdminUserGuard } from '../admin-user.guard';
import { DomainPageFilter, text, validated } from '../forms';
import { Messages } from '../i18n/messages';
import { formatDate, formatDateTime, formatNumber, nextPageLink, PageContext, pageContext } from '../page';

const PAGE_SIZE = 50;
const ALL = 100;
const FILTER_FIELDS = ['organizationId', 'type', 'periodId', 'goalId', 'status', 'from', 'to'] as const;
const AUDIT_KEYS = new Map(Object.entries(AuditAction).map(([key, value]) => [value as string, key]));

type FilterForm = Partial<Record<(typeof FILTER_FIELDS)[number], string>>;

/** A code as words of the page's language, e.g. `activityType_YOUTH_WORKSHOP` → "Radionica za mlade". */
export function label(t: Messages, prefix: string, code: string): string {
  return (t as unknown as Record<string, string>)[`${prefix}_${code}`] ?? code;
}

/**
 * The activity pages: the review queue and the list of all activities (with the same filters),
 * and one activity with everything recorded, approved or returned from there. Every read and
 * decision goes through ActivitiesService, so the policy is the API's.
 */
@Controller('activities')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class ActivitiesPagesController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly loaders: ActivityLoaders,
    private readonly organizations: OrganizationsService,
    private readonly strategy: StrategyService,
    private readonly audit: AuditService,
  ) {}

  @Get('review')
  @Render('activities/list')
  async review(@Req() req: Request, @CurrentUser() actor: Actor, @Query() query: Record<string, unknown>) {
    const page = pageContext(req);
    const { done } = query;
    return { ...(await this.listPage(page, actor, query, true)), notice: done === 'approved' || done === 'returned' ? page.t[done] : undefined };
  }

  @Get()
  @Render('activities/list')
  async list(@Req() req: Request, @CurrentUser() actor: Actor, @Query() query: Record<string, unknown>) {
    return this.listPage(pageContext(req), actor, query, false);
  }

  @Get(':id')
  @Render('activities/detail')
  async detail(@Req() req: Request, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query() query: Record<string, unknown>) {
    const page = pageContext(req);
    const { done } = query;
    return { ...(await this.detailPage(page, actor, id)), notice: done === 'approved' || done === 'returned' ? page.t[done] : undefined };
  }

  @Post(':id/approve')
  @HttpCode(200)
  approve(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body('from') from?: string) {
    return this.decide(req, res, actor, id, from, () => this.activities.approve(actor, id), 'approved');
  }

  @Post(':id/return')
  @HttpCode(200)
  async returnActivity(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>) {
    const comment = text(body.comment, 2000);
    const from = text(body.from, 10);
    if (comment.length < 3) return this.refuse(req, res, actor, id, from, 400, pageContext(req).t.commentTooShort, text(body.comment, 2000));
    return this.decide(req, res, actor, id, from, () => this.activities.returnForChanges(actor, id, comment), 'returned');
  }

  private async decide(req: Request, res: Response, actor: Actor, id: string, from: string | undefined, work: () => Promise<unknown>, done: 'approved' | 'returned') {
    try {
      await work();
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      return this.refuse(req, res, actor, id, from, 409, error.message);
    }
    // Post/redirect/get: reloading the page or switching language never repeats the decision.
    const target = from === 'detail' ? `/activities/${id}?done=${done}` : `/activities/review?done=${done}`;
    return res.redirect(303, target);
  }

  private async refuse(req: Request, res: Response, actor: Actor, id: string, from: string | undefined, status: number, error: string, comment = '') {
    const page = pageContext(req);
    if (from === 'detail') return res.status(status).render('activities/detail', { ...(await this.detailPage(page, actor, id)), error, comment });
    return res.status(status).render('activities/list', { ...(await this.listPage(page, actor, {}, true)), error });
  }

  private async listPage(page: PageContext, actor: Actor, query: Record<string, unknown>, queue: boolean) {
    const { t, lang } = page;
    const form: FilterForm = Object.fromEntries(FILTER_FIELDS.map((field) => [field, text(query[field], 40) || undefined]));
    if (queue) form.status = ActivityStatus.SUBMITTED;
    let filter: ActivitiesFilter = {};
    let filterError: string | undefined;
    try {
      filter = await validated(ActivitiesFilter, { ...form });
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      filterError = t.activitiesBadFilter;
      filter = queue ? { status: ActivityStatus.SUBMITTED } : {};
    }
    // Members see the queue of nothing: reviewing is the coordinators' (the policy table's ACTIVITY_REVIEW).
    const reviewer = can(actor, Action.ACTIVITY_REVIEW);
    const connection =
      queue && !reviewer
        ? { edges: [], totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false } }
        : await this.activities.list(actor, { filter, first: PAGE_SIZE, after: text(query.after, 512) || undefined, orderBy: queue ? ActivityOrder.OLDEST_FIRST : ActivityOrder.NEWEST_FIRST });
    const nodes = connection.edges.map(({ node }) => node);
    const names = await this.organizationNames(nodes.map((a) => a.organizationId));
    const options = await this.filterOptions(t, lang, form);
    const shown = Object.fromEntries(Object.entries(form).filter(([, value]) => value)) as Record<string, string>;
    // Exports carry the list's filters and the page's language (column headers follow it).
    const exportQuery = new URLSearchParams({ ...(filterError ? (queue ? { status: ActivityStatus.SUBMITTED } : {}) : shown), lang }).toString();
    return {
      ...page,
      title: queue ? t.reviewHeading : t.activitiesHeading,
      queue,
      reviewer,
      action: queue ? '/activities/review' : '/activities',
      form,
      ...options,
      filterError,
      totalCount: connection.totalCount,
      exportCsv: `/exports/activities.csv?${exportQuery}`,
      exportCsvSemicolon: `/exports/activities-excel-sr.csv?${exportQuery}`,
      exportXlsx: `/exports/activities.xlsx?${exportQuery}`,
      next: nextPageLink(queue ? '/activities/review' : '/activities', { ...shown, ...(queue && { status: undefined }), lang }, connection.pageInfo.endCursor, connection.pageInfo.hasNextPage),
      items: nodes.map((a) => ({
        id: a.id,
        organization: names.get(a.organizationId),
        title: a.title,
        type: label(t, 'activityType', a.type),
        status: label(t, 'activityStatus', a.status),
        statusCode: a.status,
        city: a.online ? t.activityOnline : (a.city ?? ''),
        date: formatDate(`${a.startsOn}T12:00:00Z`, lang),
      })),
    };
  }

  /** The choices of the filter form: network members, activity types, plan periods with their goals, statuses. */
  private async filterOptions(t: Messages, lang: Language, form: FilterForm) {
    const [{ edges: organizationEdges }, { edges: periodEdges }] = await Promise.all([
      this.organizations.list({ filter: { kind: OrganizationKind.AT_NETWORK_MEMBER }, first: ALL }),
      this.strategy.listPeriods({ first: ALL }),
    ]);
    const periods = periodEdges.map(({ node }) => node);
    const goals = await this.strategy.goalsOfPeriods(periods.map((p) => p.id));
    return {
      organizationOptions: organizationEdges.map(({ node }) => ({ value: node.id, label: node.shortName, selected: node.id === form.organizationId })),
      typeOptions: Object.values(ActivityType).map((type) => ({ value: type, label: label(t, 'activityType', type), selected: type === form.type })),
      statusOptions: Object.values(ActivityStatus).map((status) => ({ value: status, label: label(t, 'activityStatus', status), selected: status === form.status })),
      periodOptions: periods.map((p) => ({ value: p.id, label: localize(lang, p.titleSr, p.titleEn), selected: p.id === form.periodId })),
      goalGroups: periods.map((p) => ({
        label: p.code,
        goals: goals.filter((g) => g.periodId === p.id).map((g) => ({ value: g.id, label: `${g.code}. ${localize(lang, g.titleSr, g.titleEn)}`, selected: g.id === form.goalId })),
      })),
    };
  }

  /** Everything recorded about one activity, with codes as words, and the decision form when it waits for review. */
  private async detailPage(page: PageContext, actor: Actor, id: string) {
    const { t, lang } = page;
    const activity = await this.activities.get(actor, id);
    const registry = new LoaderRegistry();
    const [participants, goals, indicatorValues, coOrganizers, institutions, attachments, bands, [lead]] = await Promise.all([
      this.loaders.participants(registry).load(id),
      this.loaders.goals(registry).load(id),
      this.loaders.indicatorValues(registry).load(id),
      this.loaders.coOrganizers(registry).load(id),
      this.loaders.institutions(registry).load(id),
      this.loaders.attachments(registry).load(id),
      this.activities.ageBands(),
      this.organizations.findByIds([activity.organizationId]),
    ]);
    const indicators = goals.length ? await this.strategy.indicatorsOfGoals(goals.map((g) => g.id)) : [];
    const contributed = new Map(indicatorValues.map((v) => [v.indicatorId, v.value]));
    const genders = Object.values(Gender);
    const count = (gender: Gender, bandId: string) => participants.find((p) => p.gender === gender && p.ageBandId === bandId)?.count ?? 0;
    const grid = bands.map((band) => {
      const cells = genders.map((gender) => count(gender, band.id));
      return { band: localize(lang, band.labelSr, band.labelEn), cells, total: cells.reduce((a, b) => a + b, 0) };
    });
    const columnTotals = genders.map((gender) => bands.reduce((sum, band) => sum + count(gender, band.id), 0));
    const reviewer = can(actor, Action.ACTIVITY_REVIEW, { organizationId: activity.organizationId });
    return {
      ...page,
      title: activity.title,
      activity: {
        id: activity.id,
        title: activity.title,
        description: activity.description,
        type: label(t, 'activityType', activity.type),
        status: label(t, 'activityStatus', activity.status),
        statusCode: activity.status,
        when: activity.endsOn === activity.startsOn ? formatDate(`${activity.startsOn}T12:00:00Z`, lang) : `${formatDate(`${activity.startsOn}T12:00:00Z`, lang)} – ${formatDate(`${activity.endsOn}T12:00:00Z`, lang)}`,
        where: [activity.city, activity.online ? t.activityOnline : null].filter(Boolean).join(', ') || t.activityNone,
        organization: lead ? `${lead.shortName} – ${localize(lang, lead.nameSr, lead.nameEn)}` : '',
        targetGroups: activity.targetGroups.map((g) => label(t, 'targetGroup', g)).join(', ') || t.activityNone,
        declaredTotal: activity.participantsTotal === null ? t.activityNone : formatNumber(activity.participantsTotal, lang),
        mediaOutlets: activity.mediaOutlets === null ? t.activityNone : formatNumber(activity.mediaOutlets, lang),
        mediaAudience: activity.mediaAudience === null ? t.activityNone : formatNumber(activity.mediaAudience, lang),
        reviewComment: activity.reviewComment,
        submittedAt: activity.submittedAt && formatDateTime(activity.submittedAt, lang),
        reviewedAt: activity.reviewedAt && formatDateTime(activity.reviewedAt, lang),
      },
      genders: genders.map((g) => label(t, 'gender', g)),
      grid: participants.length ? grid : [],
      columnTotals,
      grandTotal: columnTotals.reduce((a, b) => a + b, 0),
      goals: goals.map((goal) => ({
        title: `${goal.code}. ${localize(lang, goal.titleSr, goal.titleEn)}`,
        indicators: indicators
          .filter((i) => i.goalId === goal.id && contributed.has(i.id))
          .map((i) => ({ code: i.code, name: localize(lang, i.nameSr, i.nameEn), value: formatNumber(contributed.get(i.id)!, lang), unit: i.unit })),
      })),
      coOrganizers: coOrganizers.map((o) => o.shortName),
      institutions: institutions.map((i) => ({ kind: label(t, 'institutionKind', i.kind), name: i.name })),
      links: attachments.map((a) => ({ url: safeLink(a.url), title: a.title || a.url })),
      history: await this.history(actor, activity, lang, t),
      canDecide: reviewer && activity.status === ActivityStatus.SUBMITTED,
    };
  }

  private async history(actor: Actor, activity: Activity, lang: Language, t: Messages) {
    if (!can(actor, Action.ACTIVITY_READ_UNAPPROVED, { organizationId: activity.organizationId })) return [];
    const { edges } = await this.audit.list({ entityType: 'Activity', entityId: activity.id }, { first: ALL });
    const names = await this.organizationNames(edges.flatMap(({ node }) => (node.actorOrganizationId ? [node.actorOrganizationId] : [])));
    return edges.map(({ node }) => ({
      when: formatDateTime(node.occurredAt, lang),
      what: label(t, 'auditAction', AUDIT_KEYS.get(node.action) ?? node.action),
      who: (node.actorOrganizationId && names.get(node.actorOrganizationId)) ?? '',
    }));
  }

  private async organizationNames(ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.organizations.findByIds([...new Set(ids)])).map((o) => [o.id, o.shortName]));
  }
}

/** Only web links become links; anything else (a `javascript:` URL) is shown as text. */
function safeLink(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url : null;
}
