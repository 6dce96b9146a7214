import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { AccessService, Action, Actor, can, scopeOf, SubjectRow } from '@app/policy';
import { bumpVersion, Connection, decodeCursor, encodeCursor, foldedSql, InvalidInputException, isUuid, KeysetOrder, NotFoundException, paginate, preparedQuery, selectEntities, SqlCondition, wordsMatch } from '@app/common';
import { OrganizationKind, OrganizationsService } from '@app/organizations';
import { StrategyService } from '@app/strategy';
import { queriedReferences, resolveParts, writeParts } from './activity-parts';
import { ActivityGoal } from './activity-parts.entity';
import { ActivityReviewMailer } from './activity-review-mailer';
import { Activity } from './activity.entity';
import { ActivityStatus } from './activity.enums';
import { ActivityErrorCode, ActivityException } from './activity.exception';
import { AgeBand } from './age-band.entity';
import { ActivitiesArgs, ActivitiesFilter, ActivityOrder } from './dto/activities.args';
import { CreateActivityInput, UpdateActivityInput } from './dto/activity.input';
import { ReportingPeriodLock } from './reporting-period-lock.entity';

/** The folded text activity search matches; the migration indexes the same expression. */
export const ACTIVITY_SEARCH_SQL = foldedSql(`a.title || ' ' || a.description || ' ' || coalesce(a.city, '')`);

const ORDERS: Record<ActivityOrder, KeysetOrder> = {
  [ActivityOrder.NEWEST_FIRST]: { sortExpression: 'a.starts_on', idExpression: 'a.id', direction: 'DESC', keyOf: (a: Activity) => [a.startsOn, a.id] },
  [ActivityOrder.OLDEST_FIRST]: { sortExpression: 'a.starts_on', idExpression: 'a.id', direction: 'ASC', keyOf: (a: Activity) => [a.startsOn, a.id] },
};

/** Scalar fields an update may change, as named in the input and on the entity. */
const SCALARS = ['type', 'title', 'description', 'startsOn', 'endsOn', 'city', 'online', 'targetGroups', 'participantsTotal', 'mediaOutlets', 'mediaAudience'] as const;
const PARTS = ['participants', 'goalIds', 'indicatorValues', 'coOrganizerIds', 'institutions', 'attachments'] as const;

/** Statuses in which an activity's organization may still edit it; coordinators may also edit SUBMITTED. */
const EDITABLE_BY_MEMBERS = [ActivityStatus.DRAFT, ActivityStatus.RETURNED];

@Injectable()
export class ActivitiesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly reviewMailer: ActivityReviewMailer,
    private readonly organizations: OrganizationsService,
    private readonly strategy: StrategyService,
    private readonly access: AccessService,
  ) {}

  onModuleInit(): void {
    this.access.registerSubject('Activity', (ids, actor, within) => this.subjectsByIds(ids, actor, (within as EntityManager | undefined) ?? this.dataSource.manager));
  }

  /**
   * Activities as the policy's subjects, in one query: their lead organization, and whether the
   * actor may see them (an approved activity, or a joint one of theirs), so that a change refused
   * on one they see is FORBIDDEN and on one they do not, NOT_FOUND.
   */
  private subjectsByIds(ids: string[], actor: Actor, manager: EntityManager): Promise<SubjectRow[]> {
    const visible = visibleCondition(actor);
    return manager
      .getRepository(Activity)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .addSelect('a.organization_id', 'organizationId')
      .addSelect(visible?.sql ?? 'TRUE', 'readable')
      .where('a.id IN (:...ids)', { ids, ...visible?.params })
      .getRawMany();
  }

  /**
   * Limits a query on activities (alias `a`) to what the actor may see: approved activities for
   * everyone with ACTIVITY_READ, and unapproved ones of their own organization (led or co-organized)
   * for those with ACTIVITY_READ_UNAPPROVED. Filtered in SQL, so pages and counts are right.
   */
  restrictToVisible<T extends object>(actor: Actor | null, query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    const visible = visibleCondition(actor);
    return visible ? query.andWhere(visible.sql, visible.params) : query;
  }

  list(actor: Actor | null, { filter = {}, first, after, orderBy }: ActivitiesArgs): Promise<Connection<Activity>> {
    if (filter.organizationId) return this.listOfOrganization(actor, filter as ActivitiesFilter & { organizationId: string }, ORDERS[orderBy], { first, after });
    const counted = countedTotal(filter, visibleCondition(actor));
    return paginate(this.filteredQuery(actor, filter), ORDERS[orderBy], { first, after }, counted ? () => this.totalOf(counted) : undefined);
  }

  private async totalOf({ sql, params }: { sql: string; params: ObjectLiteral }): Promise<number> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return Number((await preparedQuery<{ total: string }>(this.dataSource, text, values))[0].total);
  }

  /** Activities (alias `a`) the actor may see that match a filter: what the list, exports and reports start from. */
  filteredQuery(actor: Actor | null, filter: ActivitiesFilter = {}, manager: EntityManager = this.dataSource.manager): SelectQueryBuilder<Activity> {
    const query = this.restrictToVisible(actor, manager.getRepository(Activity).createQueryBuilder('a'));
    if (filter.organizationId) {
      query.andWhere(
        `(a.organization_id = :organizationId OR EXISTS (SELECT 1 FROM activity_co_organizers fc WHERE fc.activity_id = a.id AND fc.organization_id = :organizationId))`,
        { organizationId: filter.organizationId },
      );
    }
    const { dates, others } = filterConditions(filter, 'a.starts_on');
    for (const condition of [...dates, ...others]) query.andWhere(condition.sql, condition.params);
    return query;
  }

  /**
   * One organization's activities, led or co-organized, a page at a time. "Led by X OR
   * co-organized by X" in one WHERE cannot use an index (every request would read the whole
   * date range, twice: to count and for the page), so the two halves are read apart, each from
   * its own index in the page's order with the cursor inside, and merged; they never share an
   * activity (the lead cannot co-organize, the database refuses it). The total comes in the same
   * statement as the page: from the running counts when the filter is one they are kept by (dates,
   * status), else as two counts from the same indexes.
   */
  private async listOfOrganization(
    actor: Actor | null,
    filter: ActivitiesFilter & { organizationId: string },
    order: KeysetOrder,
    { first, after }: { first: number; after?: string },
  ): Promise<Connection<Activity>> {
    const visible = visibleCondition(actor);
    const led = filterConditions(filter, 'a.starts_on');
    const coOrganized = filterConditions(filter, 'fc.starts_on');
    const activityConditions = [...(visible ? [visible] : []), ...led.others];
    const params: ObjectLiteral = Object.assign({ organizationId: filter.organizationId, limit: first + 1 }, ...[...activityConditions, ...led.dates, ...coOrganized.dates].map((c) => c.params ?? {}));
    const direction = order.direction ?? 'ASC';
    const ledKeys = [];
    const coOrganizedKeys = [];
    if (after) {
      [params.cursorSort, params.cursorId] = decodeCursor(after);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(params.cursorSort))) throw InvalidInputException.field('after', 'is not a cursor returned by this list');
      const beyond = direction === 'ASC' ? '>' : '<';
      ledKeys.push(`(a.starts_on, a.id) ${beyond} (CAST(:cursorSort AS date), CAST(:cursorId AS uuid))`);
      coOrganizedKeys.push(`(fc.starts_on, fc.activity_id) ${beyond} (CAST(:cursorSort AS date), CAST(:cursorId AS uuid))`);
    }
    const where = (conditions: (SqlCondition | string)[]) => conditions.map((c) => (typeof c === 'string' ? c : c.sql)).join(' AND ');
    const ledWhere = where(['a.organization_id = :organizationId', ...led.dates, ...activityConditions]);
    const coOrganizedWhere = where(['fc.organization_id = :organizationId', ...coOrganized.dates, ...activityConditions]);
    const coOrganizedFrom = 'activity_co_organizers fc JOIN activities a ON a.id = fc.activity_id';

    const pageSql =
      `(SELECT a.* FROM activities a WHERE ${where([ledWhere, ...ledKeys])} ORDER BY a.starts_on ${direction}, a.id ${direction} LIMIT :limit)` +
      ` UNION ALL (SELECT a.* FROM ${coOrganizedFrom} WHERE ${where([coOrganizedWhere, ...coOrganizedKeys])} ORDER BY fc.starts_on ${direction}, fc.activity_id ${direction} LIMIT :limit)`;
    const counted = countedTotal(filter, visible);
    if (counted) Object.assign(params, counted.params);
    const countSql = counted?.sql ?? `SELECT (SELECT count(*) FROM activities a WHERE ${ledWhere}) + (SELECT count(*) FROM ${coOrganizedFrom} WHERE ${coOrganizedWhere}) AS total`;

    // One statement: the merged page, with the total beside each row (computed once). Only an
    // empty page (past the end) needs the count alone.
    const [from, pageParams] = this.dataSource.driver.escapeQueryWithParameters(
      `((${pageSql}) ORDER BY starts_on ${direction}, id ${direction} LIMIT :limit) a CROSS JOIN (${countSql}) t`,
      params,
    );
    const rows = await selectEntities(this.dataSource, Activity, { alias: 'a', from, where: 'TRUE', params: pageParams, orderBy: `a.starts_on ${direction}, a.id ${direction}`, key: 't.total' });
    const totalCount = rows.length ? Number(rows[0].key) : await this.totalOf({ sql: countSql, params });
    const nodes = rows.map((row) => row.entity);
    const edges = nodes.slice(0, first).map((node) => ({ node, cursor: encodeCursor(order.keyOf(node)) }));
    return { edges, totalCount, pageInfo: { hasNextPage: nodes.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /** One activity the actor may see; any other looks like one that does not exist. */
  async get(actor: Actor | null, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Activity> {
    const query = this.restrictToVisible(actor, manager.getRepository(Activity).createQueryBuilder('a')).andWhere('a.id = :id', { id: isUuid(id) ? id : null });
    if (lock) query.setLock('pessimistic_write', undefined, ['a']);
    const activity = isUuid(id) ? await query.getOne() : null;
    if (!activity) throw new NotFoundException('Activity');
    return activity;
  }

  /**
   * How many activities the actor may see start in each quarter between two days, by status:
   * what a lock on those quarters holds back. Counted in SQL.
   */
  async countsByQuarter(actor: Actor | null, from: string, to: string): Promise<{ quarter: string; status: ActivityStatus; count: number }[]> {
    const rows = await this.filteredQuery(actor, { from, to })
      .select(`to_char(a.starts_on, 'YYYY-"Q"Q')`, 'quarter')
      .addSelect('a.status', 'status')
      .addSelect('count(*)::int', 'count')
      .groupBy('1, 2')
      .getRawMany<{ quarter: string; status: ActivityStatus; count: number }>();
    return rows;
  }

  /** The age bands participants are counted in, in their order: the rows of a participants grid. */
  ageBands(): Promise<AgeBand[]> {
    return this.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } });
  }

  findByIds(ids: readonly string[]): Promise<Activity[]> {
    return this.dataSource.getRepository(Activity).findBy({ id: In([...ids]) });
  }

  async create(actor: Actor | null, input: CreateActivityInput): Promise<Activity> {
    await this.access.require(actor, Action.ACTIVITY_WRITE, { type: 'Organization', id: input.organizationId ?? actor?.organizationId ?? '' });
    return this.dataSource.transaction(async (manager) => {
      if (input.clientRequestId) {
        // One creation per key, also when a retry races the first attempt.
        await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`activity:${actor!.id}:${input.clientRequestId}`]);
        const earlier = await manager.getRepository(Activity).findOneBy({ createdBy: actor!.id, clientRequestId: input.clientRequestId });
        if (earlier) return earlier;
      }
      const organizationId = input.organizationId ?? actor!.organizationId;
      const organization = await this.organizations.findById(organizationId, manager);
      if (!organization) throw new NotFoundException('Organization');
      if (organization.kind !== OrganizationKind.AT_NETWORK_MEMBER) {
        throw InvalidInputException.field('organizationId', 'activities are logged by members of the AT network');
      }
      const endsOn = input.endsOn ?? input.startsOn;
      assertDates(input.startsOn, endsOn);
      await this.assertNotLocked(manager, input.startsOn, endsOn);
      const parts = await resolveParts(manager, input, {
        startsOn: input.startsOn,
        leadOrganizationId: organizationId,
        participantsTotal: input.participantsTotal ?? null,
        currentGoalIds: [],
      }, this.references(manager));
      const repository = manager.getRepository(Activity);
      const activity = await repository.save(repository.create({ ...newActivityFields(input, organizationId, actor!.id), clientRequestId: input.clientRequestId ?? null }));
      await writeParts(manager, activity.id, parts);
      await this.audit.record({ action: AuditAction.ENTITY_CREATED, actor: auditActor(actor), entityType: 'Activity', entityId: activity.id }, manager);
      return activity;
    });
  }

  /** What an activity refers to, asked of the libraries that own it, in the caller's transaction. */
  private references(manager: EntityManager) {
    return queriedReferences(manager, { strategy: this.strategy, organizations: this.organizations });
  }

  /**
   * Changes an activity its organization may still edit. The caller names the version it read;
   * if another save came first, CONFLICT (no lost update). Related lists given replace the old.
   */
  async update(actor: Actor | null, id: string, input: UpdateActivityInput): Promise<Activity> {
    return this.dataSource.transaction((manager) => this.updateWithin(manager, actor, id, input));
  }

  /**
   * `update` inside a transaction the caller holds (a spreadsheet import updates many activities
   * in one): every check comes before the first write, so a refusal leaves the transaction usable.
   */
  async updateWithin(manager: EntityManager, actor: Actor | null, id: string, input: UpdateActivityInput): Promise<Activity> {
    await this.access.require(actor, Action.ACTIVITY_WRITE, { type: 'Activity', id }, manager);
    const activity = await this.locked(manager, id);
    this.assertEditable(actor!, activity);
    if (input.version !== activity.version) throw new ActivityException(ActivityErrorCode.STALE_VERSION);

    const next = { ...activity };
    for (const field of SCALARS) if (input[field] !== undefined) (next as Record<string, unknown>)[field] = input[field];
    assertDates(next.startsOn, next.endsOn);
    await this.assertNotLocked(manager, activity.startsOn, activity.endsOn);
    await this.assertNotLocked(manager, next.startsOn, next.endsOn);
    const currentGoalIds = (await manager.getRepository(ActivityGoal).findBy({ activityId: id })).map((g) => g.goalId);
    const parts = await resolveParts(manager, input, {
      startsOn: next.startsOn,
      leadOrganizationId: activity.organizationId,
      participantsTotal: next.participantsTotal,
      currentGoalIds,
    }, this.references(manager));
    const changed = [...changedFieldNames(activity, next), ...PARTS.filter((part) => input[part] !== undefined)];
    if (changed.length === 0) return activity;
    const saved = await manager.getRepository(Activity).save(next);
    // Related lists alone change no column: the version must move all the same.
    if (saved.version === activity.version) await bumpVersion(manager, Activity, saved);
    await writeParts(manager, id, parts);
    await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Activity', entityId: id, changedFields: changed }, manager);
    return saved;
  }

  /** DRAFT or RETURNED → SUBMITTED, by its organization. */
  submit(actor: Actor | null, id: string): Promise<Activity> {
    return this.transition(actor, id, Action.ACTIVITY_WRITE, [ActivityStatus.DRAFT, ActivityStatus.RETURNED], ActivityStatus.SUBMITTED, AuditAction.ACTIVITY_SUBMITTED);
  }

  /** SUBMITTED → APPROVED: from now on it counts in reports and members cannot edit it. */
  approve(actor: Actor | null, id: string): Promise<Activity> {
    return this.transition(actor, id, Action.ACTIVITY_REVIEW, [ActivityStatus.SUBMITTED], ActivityStatus.APPROVED, AuditAction.ACTIVITY_APPROVED);
  }

  /** SUBMITTED → RETURNED with the coordinator's comment, to be edited and submitted again. */
  returnForChanges(actor: Actor | null, id: string, comment: string): Promise<Activity> {
    return this.transition(actor, id, Action.ACTIVITY_REVIEW, [ActivityStatus.SUBMITTED], ActivityStatus.RETURNED, AuditAction.ACTIVITY_RETURNED, comment);
  }

  /** APPROVED → DRAFT, so that its organization can correct it; the history keeps what it was. */
  reopen(actor: Actor | null, id: string, comment: string): Promise<Activity> {
    return this.transition(actor, id, Action.ACTIVITY_REVIEW, [ActivityStatus.APPROVED], ActivityStatus.DRAFT, AuditAction.ACTIVITY_REOPENED, comment);
  }

  private async transition(
    actor: Actor | null,
    id: string,
    action: Action,
    from: ActivityStatus[],
    to: ActivityStatus,
    audited: AuditAction,
    comment?: string,
  ): Promise<Activity> {
    await this.access.require(actor, action, { type: 'Activity', id });
    return this.dataSource.transaction(async (manager) => {
      const activity = await this.locked(manager, id);
      if (!from.includes(activity.status)) {
        throw new ActivityException(ActivityErrorCode.ILLEGAL_TRANSITION, `An activity in status ${activity.status} cannot become ${to}`);
      }
      await this.assertNotLocked(manager, activity.startsOn, activity.endsOn);
      // Goals are asked for where a plan has them: between two plans (the next one not yet entered)
      // there is none to name, and the activity is reviewed without.
      if (
        to === ActivityStatus.SUBMITTED &&
        !(await manager.getRepository(ActivityGoal).existsBy({ activityId: id })) &&
        (await this.strategy.periodCovering(activity.startsOn, manager))
      ) {
        throw InvalidInputException.field('goalIds', 'name at least one strategic goal the activity serves before submitting it');
      }
      const now = new Date();
      const saved = await manager.getRepository(Activity).save({
        ...activity,
        status: to,
        ...(to === ActivityStatus.SUBMITTED && { submittedAt: now }),
        ...(action === Action.ACTIVITY_REVIEW && { reviewedAt: now, reviewComment: comment?.trim() || null }),
      });
      await this.audit.record({ action: audited, actor: auditActor(actor), entityType: 'Activity', entityId: id, changedFields: ['status'], summary: `${activity.status} -> ${to}` }, manager);
      // The organization hears of a coordinator's decision (a reopening is followed by a new review).
      if (to === ActivityStatus.RETURNED) await this.reviewMailer.queue(manager, saved, 'activity-returned');
      if (to === ActivityStatus.APPROVED) await this.reviewMailer.queue(manager, saved, 'activity-approved');
      return saved;
    });
  }

  /** An activity the actor was authorized for, locked for the rest of the transaction. */
  private async locked(manager: EntityManager, id: string): Promise<Activity> {
    const activity = await manager.getRepository(Activity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!activity) throw new NotFoundException('Activity');
    return activity;
  }

  private assertEditable(actor: Actor, activity: Activity): void {
    const editable = can(actor, Action.ACTIVITY_REVIEW) ? [...EDITABLE_BY_MEMBERS, ActivityStatus.SUBMITTED] : EDITABLE_BY_MEMBERS;
    if (!editable.includes(activity.status)) {
      throw new ActivityException(
        ActivityErrorCode.NOT_EDITABLE,
        activity.status === ActivityStatus.APPROVED
          ? 'An approved activity cannot be edited; a coordinator can reopen it'
          : `An activity in status ${activity.status} cannot be edited until it is returned`,
      );
    }
  }

  /** Refuses any change to an activity whose dates touch a locked reporting period. */
  async assertNotLocked(manager: EntityManager, startsOn: string, endsOn: string): Promise<void> {
    const lock = await manager
      .getRepository(ReportingPeriodLock)
      .createQueryBuilder('l')
      .where('l.starts_on <= :endsOn AND l.ends_on >= :startsOn', { startsOn, endsOn })
      .getOne();
    if (lock) {
      throw new ActivityException(ActivityErrorCode.PERIOD_LOCKED, `The reporting period ${lock.startsOn} – ${lock.endsOn} is locked${lock.reason ? ` (${lock.reason})` : ''}: no activity in it can change`);
    }
  }
}

/**
 * What the actor may see of activities (alias `a`), or null when everything: every approved
 * activity (`approvedAll`) or those of some organizations, and the unapproved ones of
 * `unapprovedOrgs` (led or co-organized; null when none).
 */
function visibleCondition(actor: Actor | null): (SqlCondition & { approvedAll: boolean; unapprovedOrgs: string[] | null }) | null {
  const approved = scopeOf(actor, Action.ACTIVITY_READ);
  const unapproved = can(actor, Action.ACTIVITY_READ_UNAPPROVED) ? scopeOf(actor, Action.ACTIVITY_READ_UNAPPROVED) : null;
  if (unapproved?.all && approved.all) return null;
  const involved = (param: string) =>
    `(a.organization_id IN (:...${param}) OR EXISTS (SELECT 1 FROM activity_co_organizers c WHERE c.activity_id = a.id AND c.organization_id IN (:...${param})))`;
  const anyOf = [approved.all ? `a.status = 'APPROVED'` : `(a.status = 'APPROVED' AND ${involved('readOrgs')})`];
  if (unapproved) anyOf.push(unapproved.all ? 'TRUE' : involved('unapprovedOrgs'));
  return {
    approvedAll: approved.all,
    unapprovedOrgs: unapproved && !unapproved.all ? unapproved.organizationIds : null,
    sql: `(${anyOf.join(' OR ')})`,
    params: { ...(!approved.all && { readOrgs: approved.organizationIds }), ...(unapproved && !unapproved.all && { unapprovedOrgs: unapproved.organizationIds }) },
  };
}

/**
 * The total of a list read from the running counts (migration CountActivitiesByOrganizationAndDay):
 * at most one row per day, status and reader, so it costs the same at any size of the table. The
 * list is one organization's (led or co-organized) or the whole network's. Null when the filter or
 * the reader is not one the counts are kept by (only dates, status and who may see them are). A
 * member sees every activity of their own organization's list; of another's, the approved ones and
 * the unapproved ones their organization takes part in (the rows kept with it as the viewer); of
 * the network's, the approved ones and the unapproved ones of their own organization's list.
 */
function countedTotal(filter: ActivitiesFilter, visible: ReturnType<typeof visibleCondition>): { sql: string; params: ObjectLiteral } | null {
  if (filter.type || filter.goalId || filter.city || filter.targetGroup || filter.search) return null;
  const dates = filterConditions(filter, 'k.starts_on').dates;
  const when = [...dates.map((c) => c.sql), ...(filter.status ? ['k.status = :status'] : [])];
  const params: ObjectLiteral = Object.assign({ organizationId: filter.organizationId, status: filter.status }, ...dates.map((c) => c.params ?? {}));
  const sum = (...conditions: string[]) => `COALESCE((SELECT sum(k.activities) FROM activity_counts k WHERE ${[...conditions, ...when].join(' AND ')}), 0)`;
  const total = (...sums: string[]) => ({ sql: `SELECT ${sums.join(' + ')} AS total`, params });
  const list = filter.organizationId ? 'k.organization_id = :organizationId' : 'k.organization_id IS NULL';
  const approved = sum(list, 'k.viewer_id IS NULL', `k.status = 'APPROVED'`);
  if (!visible) return total(sum(list, 'k.viewer_id IS NULL'));
  if (!visible.approvedAll) return null;
  if (!visible.unapprovedOrgs) return total(approved);
  if (visible.unapprovedOrgs.length !== 1) return null;
  const [viewer] = visible.unapprovedOrgs;
  params.viewerId = viewer;
  if (!filter.organizationId) return total(approved, sum('k.organization_id = :viewerId', 'k.viewer_id IS NULL', `k.status <> 'APPROVED'`));
  if (viewer.toLowerCase() === filter.organizationId.toLowerCase()) return total(sum(list, 'k.viewer_id IS NULL'));
  return total(approved, sum(list, 'k.viewer_id = :viewerId'));
}

/**
 * A filter's conditions on activities (alias `a`), but for the organization: those on the start
 * date apart, written on `startsOn` (the activity's own column, or a co-organizer row's copy).
 */
function filterConditions(filter: ActivitiesFilter, startsOn: string): { dates: SqlCondition[]; others: SqlCondition[] } {
  const dates: SqlCondition[] = [];
  const others: SqlCondition[] = [];
  if (filter.type) others.push({ sql: 'a.type = :type', params: { type: filter.type } });
  if (filter.status) others.push({ sql: 'a.status = :status', params: { status: filter.status } });
  if (filter.goalId) others.push({ sql: 'EXISTS (SELECT 1 FROM activity_goals fg WHERE fg.activity_id = a.id AND fg.goal_id = :goalId)', params: { goalId: filter.goalId } });
  if (filter.periodId) {
    dates.push({
      sql: `${startsOn} BETWEEN (SELECT starts_on FROM strategy_periods WHERE id = :periodId) AND (SELECT ends_on FROM strategy_periods WHERE id = :periodId)`,
      params: { periodId: filter.periodId },
    });
  }
  if (filter.from) dates.push({ sql: `${startsOn} >= :from`, params: { from: filter.from } });
  if (filter.to) dates.push({ sql: `${startsOn} <= :to`, params: { to: filter.to } });
  if (filter.city) others.push({ sql: `${foldedSql('a.city')} = ${foldedSql(':city')}`, params: { city: filter.city.trim() } });
  if (filter.targetGroup) others.push({ sql: ':targetGroup = ANY(a.target_groups)', params: { targetGroup: filter.targetGroup } });
  if (filter.search) others.push(...wordsMatch(ACTIVITY_SEARCH_SQL, filter.search));
  return { dates, others };
}

/** The columns of a new activity (a draft) from what its creator gave: the API's form and the import's rows alike. */
export function newActivityFields(input: CreateActivityInput, organizationId: string, createdBy: string) {
  return {
    organizationId,
    type: input.type,
    title: input.title.trim(),
    description: input.description ?? '',
    startsOn: input.startsOn,
    endsOn: input.endsOn ?? input.startsOn,
    city: input.city ?? null,
    online: input.online ?? false,
    targetGroups: input.targetGroups ?? [],
    participantsTotal: input.participantsTotal ?? null,
    mediaOutlets: input.mediaOutlets ?? null,
    mediaAudience: input.mediaAudience ?? null,
    createdBy,
  };
}

function assertDates(startsOn: string, endsOn: string): void {
  if (endsOn < startsOn) throw InvalidInputException.field('endsOn', `must not be before startsOn (${startsOn})`);
}
