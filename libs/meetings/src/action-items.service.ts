import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { AccessService, Action, Actor, authorize, scopeOf, SubjectRow } from '@app/policy';
import { Clock, Connection, InvalidInputException, KeysetOrder, paginate } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { ActionItem } from './action-item.entity';
import { ActionItemFieldsInput, CreateActionItemInput } from './dto/action-item.input';
import { ActionItemsArgs } from './dto/meetings.args';
import { ActionItemStatus } from './meeting.enums';
import { MeetingsService } from './meetings.service';

const SOONEST_DUE: KeysetOrder = { sortExpression: 'ai.due_on', idExpression: 'ai.id', direction: 'ASC', keyOf: (item: ActionItem) => [item.dueOn, item.id] };

/** Today's date in Serbia, from the clock: what "overdue" and "due in N days" count from. */
export function serbianDate(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/** Decisions of meetings: coordinators record them; the owner organization moves them along until DONE. */
@Injectable()
export class ActionItemsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly access: AccessService,
  ) {}

  /**
   * An action item as the policy's subject: its owner organization. Inside the caller's
   * transaction the rows are locked, so the owner cannot change between the check and the write.
   */
  onModuleInit(): void {
    this.access.registerSubject('ActionItem', (ids, _actor, within) =>
      ((within as EntityManager | undefined) ?? this.dataSource.manager).query(
        `SELECT id, owner_organization_id AS "organizationId" FROM meeting_action_items WHERE id = ANY($1::uuid[])${within ? ' FOR UPDATE' : ''}`,
        [ids],
      ) as Promise<SubjectRow[]>,
    );
  }

  /**
   * Items the actor may see, soonest due first: all for coordinators, their own organization's for
   * members. `overdue` keeps those not done whose due date is before today (Serbian time).
   */
  list(actor: Actor | null, { filter = {}, first, after }: ActionItemsArgs): Promise<Connection<ActionItem>> {
    const scope = scopeOf(actor, Action.MEETING_READ);
    const query = this.dataSource.getRepository(ActionItem).createQueryBuilder('ai');
    if (!scope.all) query.andWhere('ai.owner_organization_id IN (:...scopeOrgs)', { scopeOrgs: scope.organizationIds });
    if (filter.meetingId) query.andWhere('ai.meeting_id = :meetingId', { meetingId: filter.meetingId });
    if (filter.organizationId) query.andWhere('ai.owner_organization_id = :organizationId', { organizationId: filter.organizationId });
    if (filter.status) query.andWhere('ai.status = :status', { status: filter.status });
    if (filter.overdue) query.andWhere(`ai.status <> 'DONE' AND ai.due_on < :today`, { today: serbianDate(this.clock.now()) });
    return paginate(query, SOONEST_DUE, { first, after });
  }

  /** A meeting's items, for anyone who may see the meeting. */
  byMeetingIds(meetingIds: readonly string[]): Promise<ActionItem[]> {
    return this.dataSource.getRepository(ActionItem).find({ where: { meetingId: In([...meetingIds]) }, order: { dueOn: 'ASC', id: 'ASC' } });
  }

  async create(actor: Actor | null, meetingId: string, input: CreateActionItemInput): Promise<ActionItem> {
    authorize(actor, Action.MEETING_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.meetings.get(actor, meetingId, manager);
      if (!(await this.organizations.exists(input.organizationId, manager))) throw InvalidInputException.field('organizationId', 'no such organization');
      const repository = manager.getRepository(ActionItem);
      const status = input.status ?? ActionItemStatus.OPEN;
      const item = await repository.save(
        repository.create({
          meetingId: meeting.id,
          description: input.description.trim(),
          organizationId: input.organizationId,
          dueOn: input.dueOn,
          status,
          completedAt: status === ActionItemStatus.DONE ? this.clock.now() : null,
        }),
      );
      await this.audit.record({ action: AuditAction.ENTITY_CREATED, actor: auditActor(actor), entityType: 'ActionItem', entityId: item.id }, manager);
      return item;
    });
  }

  /** A coordinator's edit of any field; a new due date is reminded again. */
  async update(actor: Actor | null, id: string, input: ActionItemFieldsInput): Promise<ActionItem> {
    return this.change(actor, Action.MEETING_MANAGE, id, input);
  }

  /** The owner organization's people (and coordinators) move an item along: OPEN, IN_PROGRESS, DONE. */
  async setStatus(actor: Actor | null, id: string, status: ActionItemStatus): Promise<ActionItem> {
    return this.change(actor, Action.ACTION_ITEM_UPDATE, id, { status });
  }

  private change(actor: Actor | null, action: Action, id: string, input: ActionItemFieldsInput): Promise<ActionItem> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.require(actor, action, { type: 'ActionItem', id }, manager);
      const item = await manager.getRepository(ActionItem).findOneByOrFail({ id });
      if (input.organizationId && !(await this.organizations.exists(input.organizationId, manager))) {
        throw InvalidInputException.field('organizationId', 'no such organization');
      }
      const next: ActionItem = {
        ...item,
        description: input.description?.trim() ?? item.description,
        organizationId: input.organizationId ?? item.organizationId,
        dueOn: input.dueOn ?? item.dueOn,
        status: input.status ?? item.status,
      };
      if (next.status !== item.status) next.completedAt = next.status === ActionItemStatus.DONE ? this.clock.now() : null;
      if (next.dueOn !== item.dueOn) next.remindedAt = null;
      const changed = changedFieldNames(item, next).filter((field) => field !== 'completedAt' && field !== 'remindedAt');
      if (changed.length === 0) return item;
      const saved = await manager.getRepository(ActionItem).save(next);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'ActionItem', entityId: id, changedFields: changed }, manager);
      return saved;
    });
  }
}
