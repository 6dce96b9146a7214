import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { Action, Actor, authorize, can, scopeOf } from '@app/policy';
import { Clock, Connection, FieldError, InvalidInputException, isUuid, KeysetOrder, NotFoundException, paginate } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { AgendaItemInput, AttendeeInput, CreateMeetingInput, MeetingFieldsInput, UpdateMeetingInput } from './dto/meeting.input';
import { MeetingOrder, MeetingsArgs, MeetingsFilter } from './dto/meetings.args';
import { isSupportedTimeZone } from './meeting-calendar';
import { MeetingMailer, MeetingRecipient } from './meeting-mailer';
import { MeetingAgendaItem, MeetingAttachment, MeetingAttendee, MeetingInvitation, MeetingInvitedOrganization } from './meeting-parts.entity';
import { Meeting } from './meeting.entity';
import { InvitationAnswer, MeetingKind, MeetingStatus } from './meeting.enums';
import { MeetingErrorCode, MeetingException } from './meeting.exception';

export const DEFAULT_MEETING_TIME_ZONE = 'Europe/Belgrade';

/** A meeting and its parts, as its page shows them (`MeetingsService.details`). */
export interface MeetingDetails {
  meeting: Meeting;
  agenda: MeetingAgendaItem[];
  attachments: MeetingAttachment[];
  invitedOrganizationIds: string[];
  /** With `user` loaded. */
  invitations: MeetingInvitation[];
  attendees: MeetingAttendee[];
}

/** How many people of one organization attended one meeting (`MeetingsService.attendanceOf`). */
export interface MeetingAttendanceCount {
  meetingId: string;
  people: number;
}

const ORDERS: Record<MeetingOrder, KeysetOrder> = {
  [MeetingOrder.SOONEST_FIRST]: { sortExpression: 'm.starts_at', idExpression: 'm.id', direction: 'ASC', keyOf: (m: Meeting) => [m.startsAt.toISOString(), m.id] },
  [MeetingOrder.LATEST_FIRST]: { sortExpression: 'm.starts_at', idExpression: 'm.id', direction: 'DESC', keyOf: (m: Meeting) => [m.startsAt.toISOString(), m.id] },
};

/** Fields whose change makes the invitation a new version (SEQUENCE + 1) that calendars must replace. */
const RESCHEDULING = ['startsAt', 'endsAt', 'timeZone', 'city', 'venue', 'onlineUrl'] as const;
const SCALARS = ['title', 'kind', 'description', ...RESCHEDULING] as const;

@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly mailer: MeetingMailer,
    private readonly clock: Clock,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
  ) {}

  /**
   * Limits a query on meetings (alias `m`) to what the actor may see: all of them for coordinators;
   * for members, meetings their organization or they themselves are invited to. Filtered in SQL.
   */
  restrictToVisible<T extends object>(actor: Actor | null, query: SelectQueryBuilder<T>): SelectQueryBuilder<T> {
    const scope = scopeOf(actor, Action.MEETING_READ);
    if (scope.all) return query;
    return query.andWhere(
      new Brackets((where) =>
        where
          .where('EXISTS (SELECT 1 FROM meeting_invited_organizations vo WHERE vo.meeting_id = m.id AND vo.organization_id IN (:...visibleOrgs))', { visibleOrgs: scope.organizationIds })
          .orWhere('EXISTS (SELECT 1 FROM meeting_invitations vi WHERE vi.meeting_id = m.id AND vi.user_id = :visibleUser AND vi.invited)', { visibleUser: actor!.id }),
      ),
    );
  }

  list(actor: Actor | null, { filter = {}, first, after, orderBy }: MeetingsArgs): Promise<Connection<Meeting>> {
    return paginate(this.filteredQuery(actor, filter), ORDERS[orderBy], { first, after });
  }

  private filteredQuery(actor: Actor | null, filter: MeetingsFilter): SelectQueryBuilder<Meeting> {
    const query = this.restrictToVisible(actor, this.dataSource.getRepository(Meeting).createQueryBuilder('m'));
    if (filter.from) query.andWhere('m.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('m.starts_at < :to', { to: filter.to });
    if (filter.status) query.andWhere('m.status = :status', { status: filter.status });
    if (filter.kind) query.andWhere('m.kind = :kind', { kind: filter.kind });
    return query;
  }

  /** One meeting the actor may see; any other looks like one that does not exist. */
  async get(actor: Actor | null, id: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<Meeting> {
    const query = this.restrictToVisible(actor, manager.getRepository(Meeting).createQueryBuilder('m')).andWhere('m.id = :id', { id: isUuid(id) ? id : null });
    if (lock) query.setLock('pessimistic_write', undefined, ['m']);
    const meeting = isUuid(id) ? await query.getOne() : null;
    if (!meeting) throw new NotFoundException('Meeting');
    return meeting;
  }

  /** The meeting as a calendar file (.ics) for the actor, who must be able to see it. */
  async calendarFor(actor: Actor | null, id: string): Promise<string> {
    const meeting = await this.get(actor, id);
    return this.mailer.calendarFor(meeting, await this.users.findByIdOrFail(actor!.id), this.clock.now());
  }

  /**
   * A meeting with everything its page shows, for one who may see it: the agenda in order, links,
   * invited organizations, attendance, and the invitations with answers (all of them for
   * coordinators, one's own for everyone else, as the API's `invitations` field).
   */
  async details(actor: Actor | null, id: string): Promise<MeetingDetails> {
    const meeting = await this.get(actor, id);
    const manager = this.dataSource.manager;
    const [agenda, attachments, invitedOrganizations, invitations, attendees] = await Promise.all([
      manager.getRepository(MeetingAgendaItem).find({ where: { meetingId: meeting.id }, order: { position: 'ASC' } }),
      manager.getRepository(MeetingAttachment).find({ where: { meetingId: meeting.id }, order: { title: 'ASC', id: 'ASC' } }),
      manager.getRepository(MeetingInvitedOrganization).find({ where: { meetingId: meeting.id } }),
      manager.getRepository(MeetingInvitation).find({ where: { meetingId: meeting.id }, relations: { user: true }, order: { createdAt: 'ASC', id: 'ASC' } }),
      manager.getRepository(MeetingAttendee).find({ where: { meetingId: meeting.id }, order: { fullName: 'ASC', id: 'ASC' } }),
    ]);
    const everyAnswer = can(actor, Action.MEETING_MANAGE);
    return {
      meeting,
      agenda,
      attachments,
      invitedOrganizationIds: invitedOrganizations.map((row) => row.organizationId),
      invitations: invitations.filter((i) => (everyAnswer ? i.invited || i.answer : i.userId === actor?.id)),
      attendees,
    };
  }

  findByIds(ids: readonly string[]): Promise<Meeting[]> {
    return this.dataSource.getRepository(Meeting).findBy({ id: In([...ids]) });
  }

  /**
   * The meetings an organization's people were recorded as attending, with how many of them came;
   * cancelled meetings are left out (nobody attended them). Capacity records count these.
   */
  async attendanceOf(organizationId: string): Promise<MeetingAttendanceCount[]> {
    const rows: { meeting_id: string; people: number }[] = await this.dataSource.query(
      `SELECT a.meeting_id, count(*)::int AS people
         FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id
        WHERE a.organization_id = $1 AND m.status <> $2
        GROUP BY a.meeting_id`,
      [organizationId, MeetingStatus.CANCELLED],
    );
    return rows.map((row) => ({ meetingId: row.meeting_id, people: row.people }));
  }

  /** Creates a meeting and mails every person invited by name an invitation with METHOD:REQUEST. */
  async create(actor: Actor | null, input: CreateMeetingInput): Promise<Meeting> {
    authorize(actor, Action.MEETING_MANAGE);
    const now = this.clock.now();
    const fields = {
      title: input.title.trim(),
      kind: input.kind,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      timeZone: input.timeZone ?? DEFAULT_MEETING_TIME_ZONE,
      city: blankToNull(input.city),
      venue: blankToNull(input.venue),
      onlineUrl: blankToNull(input.onlineUrl),
      description: input.description ?? '',
    };
    const errors = validateMeeting(fields, input.agenda);
    if (input.startsAt.getTime() <= now.getTime()) errors.push({ field: 'startsAt', reason: 'a new meeting must start in the future' });
    if (errors.length) throw new InvalidInputException(errors);

    return this.dataSource.transaction(async (manager) => {
      await this.assertReferences(manager, input);
      const repository = manager.getRepository(Meeting);
      const meeting = await repository.save(repository.create({ ...fields, createdBy: actor.id }));
      await this.writeParts(manager, meeting.id, input);
      // Inviting an organization invites its active people, each by name (mail, .ics, own RSVP links).
      const people = await this.activePeopleOf(manager, input.invitedOrganizationIds ?? []);
      const invited = await this.replaceInvitedPeople(manager, meeting.id, [...(input.invitedUserIds ?? []), ...people]);
      for (const recipient of invited.added) await this.mailer.invite(manager, meeting, recipient, now, false);
      await this.audit.record({ action: AuditAction.ENTITY_CREATED, actor: auditActor(actor), entityType: 'Meeting', entityId: meeting.id }, manager);
      return meeting;
    });
  }

  /**
   * Changes a meeting. A new time or place raises SEQUENCE and mails everyone still invited an update
   * with the same UID; people added get an invitation, people removed a METHOD:CANCEL.
   */
  async update(actor: Actor | null, id: string, input: UpdateMeetingInput): Promise<Meeting> {
    authorize(actor, Action.MEETING_MANAGE);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.get(actor, id, manager, true);
      if (meeting.status === MeetingStatus.CANCELLED) throw new MeetingException(MeetingErrorCode.MEETING_CANCELLED);
      if (input.version !== meeting.version) throw new MeetingException(MeetingErrorCode.STALE_VERSION);

      const next: Meeting = { ...meeting };
      for (const field of SCALARS) {
        const value = input[field];
        if (value === undefined) continue;
        (next as unknown as Record<string, unknown>)[field] = typeof value === 'string' && field !== 'description' ? blankToNull(value.trim()) : value;
      }
      if (next.title === null) next.title = '';
      const errors = validateMeeting(next, input.agenda);
      if (input.startsAt && input.startsAt.getTime() !== meeting.startsAt.getTime() && input.startsAt.getTime() <= now.getTime()) {
        errors.push({ field: 'startsAt', reason: 'a meeting can only be moved to a time in the future' });
      }
      if (errors.length) throw new InvalidInputException(errors);
      await this.assertReferences(manager, input);

      const rescheduled = RESCHEDULING.some((field) => comparable(next[field]) !== comparable(meeting[field]));
      const changed = [
        ...changedFieldNames(meeting, next),
        ...(['agenda', 'attachments', 'invitedOrganizationIds', 'invitedUserIds'] as const).filter((part) => input[part] !== undefined),
      ];
      if (changed.length === 0) return meeting;
      if (rescheduled) {
        next.sequence = meeting.sequence + 1;
        // A moved meeting is reminded again before its new time.
        next.reminderSentAt = null;
      }
      const saved = await manager.getRepository(Meeting).save(next);
      const wanted = await this.wantedPeople(manager, id, input);
      await this.writeParts(manager, id, input);

      const invited = wanted ? await this.replaceInvitedPeople(manager, id, wanted) : { added: [], removed: [], kept: await this.recipients(manager, id) };
      for (const recipient of invited.removed) await this.mailer.cancel(manager, saved, recipient, now);
      for (const recipient of invited.added) await this.mailer.invite(manager, saved, recipient, now, false);
      if (rescheduled) for (const recipient of invited.kept) await this.mailer.invite(manager, saved, recipient, now, true);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Meeting', entityId: id, changedFields: changed }, manager);
      return saved;
    });
  }

  /** Cancels a meeting: SEQUENCE + 1 and METHOD:CANCEL to everyone invited by name. */
  async cancel(actor: Actor | null, id: string): Promise<Meeting> {
    authorize(actor, Action.MEETING_MANAGE);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.get(actor, id, manager, true);
      if (meeting.status === MeetingStatus.CANCELLED) throw new MeetingException(MeetingErrorCode.MEETING_CANCELLED);
      const saved = await manager.getRepository(Meeting).save({ ...meeting, status: MeetingStatus.CANCELLED, cancelledAt: now, sequence: meeting.sequence + 1 });
      for (const recipient of await this.recipients(manager, id)) await this.mailer.cancel(manager, saved, recipient, now);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Meeting', entityId: id, changedFields: ['status'], summary: 'cancelled' }, manager);
      return saved;
    });
  }

  /**
   * The actor's own answer, in the app. Someone of an invited organization who was not invited by
   * name gets an invitation row of their own with the answer.
   */
  async answer(actor: Actor | null, meetingId: string, answer: InvitationAnswer): Promise<MeetingInvitation> {
    authorize(actor, Action.MEETING_RESPOND);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.get(actor, meetingId, manager, true);
      const invitation = await this.recordAnswer(manager, meeting, actor.id, answer, this.clock.now(), true);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Meeting', entityId: meeting.id, changedFields: ['answer'], summary: answer }, manager);
      return invitation;
    });
  }

  /** Records an answer on a meeting locked by the caller; shared by the app and the RSVP link. */
  async recordAnswer(manager: EntityManager, meeting: Meeting, userId: string, answer: InvitationAnswer, now: Date, createIfMissing: boolean): Promise<MeetingInvitation> {
    if (meeting.status === MeetingStatus.CANCELLED) throw new MeetingException(MeetingErrorCode.MEETING_CANCELLED);
    const repository = manager.getRepository(MeetingInvitation);
    const existing = await repository.findOneBy({ meetingId: meeting.id, userId });
    if (!existing && !createIfMissing) throw new NotFoundException('Invitation');
    return repository.save({ ...(existing ?? { meetingId: meeting.id, userId, invited: false }), answer, answeredAt: now });
  }

  /** Replaces who came, each with the organization they came from (a user's own unless given). */
  async setAttendance(actor: Actor | null, meetingId: string, attendees: AttendeeInput[]): Promise<Meeting> {
    authorize(actor, Action.MEETING_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.get(actor, meetingId, manager, true);
      const userIds = attendees.flatMap((a) => (a.userId ? [a.userId] : []));
      const users = new Map((userIds.length ? await this.users.findByIds(userIds, manager) : []).map((u) => [u.id, u]));
      const errors: FieldError[] = [];
      const rows = attendees.map((a, index) => {
        const user = a.userId ? users.get(a.userId) : undefined;
        if (a.userId && !user) errors.push({ field: `attendees.${index}.userId`, reason: 'no such user' });
        const fullName = a.fullName?.trim() || user?.fullName;
        if (!fullName) errors.push({ field: `attendees.${index}.fullName`, reason: 'name a guest who has no account' });
        return { meetingId, userId: user?.id ?? null, fullName: fullName ?? '', organizationId: a.organizationId ?? user?.organizationId ?? null };
      });
      const organizationIds = [...new Set(rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])))];
      const found = organizationIds.length ? await this.organizations.countByIds(organizationIds, manager) : 0;
      if (found !== organizationIds.length) errors.push({ field: 'attendees.organizationId', reason: 'must be ids returned by the organizations query' });
      if (errors.length) throw new InvalidInputException(errors);
      await manager.getRepository(MeetingAttendee).delete({ meetingId });
      if (rows.length) await manager.getRepository(MeetingAttendee).insert(rows);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Meeting', entityId: meetingId, changedFields: ['attendees'] }, manager);
      return meeting;
    });
  }

  async saveMinutes(actor: Actor | null, meetingId: string, minutes: string): Promise<Meeting> {
    authorize(actor, Action.MEETING_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.get(actor, meetingId, manager, true);
      const saved = await manager.getRepository(Meeting).save({ ...meeting, minutes: minutes.trim() ? minutes : null, minutesUpdatedAt: this.clock.now() });
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Meeting', entityId: meetingId, changedFields: ['minutes'] }, manager);
      return saved;
    });
  }

  /**
   * Invites the people who joined an invited organization since it was invited (or since the last
   * time): each gets the invitation with the .ics and their own RSVP links. Says how many.
   */
  async inviteNewPeopleOfInvitedOrganizations(actor: Actor | null, meetingId: string): Promise<{ meeting: Meeting; invited: number }> {
    authorize(actor, Action.MEETING_MANAGE);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const meeting = await this.get(actor, meetingId, manager, true);
      if (meeting.status === MeetingStatus.CANCELLED) throw new MeetingException(MeetingErrorCode.MEETING_CANCELLED);
      const organizationIds = (await manager.getRepository(MeetingInvitedOrganization).findBy({ meetingId })).map((row) => row.organizationId);
      const current = (await this.recipients(manager, meetingId)).map((r) => r.user.id);
      const joined = (await this.activePeopleOf(manager, organizationIds)).filter((id) => !current.includes(id));
      if (!joined.length) return { meeting, invited: 0 };
      const { added } = await this.replaceInvitedPeople(manager, meetingId, [...current, ...joined]);
      for (const recipient of added) await this.mailer.invite(manager, meeting, recipient, now, false);
      await this.audit.record({ action: AuditAction.ENTITY_UPDATED, actor: auditActor(actor), entityType: 'Meeting', entityId: meetingId, changedFields: ['invitedUserIds'], summary: `${added.length} invited` }, manager);
      return { meeting, invited: added.length };
    });
  }

  /** The active people of organizations (evaluators, who follow reports only, excepted). */
  private async activePeopleOf(manager: EntityManager, organizationIds: readonly string[]): Promise<string[]> {
    if (!organizationIds.length) return [];
    const people = await this.users.activePeopleOf(organizationIds, manager);
    return people.map((u) => u.id);
  }

  /**
   * Who should be invited by name after an update, or undefined when the update leaves it: the
   * people named (or those invited so far), plus the active people of organizations newly invited,
   * less — when no names were given — the people of organizations no longer invited.
   */
  private async wantedPeople(manager: EntityManager, meetingId: string, input: UpdateMeetingInput): Promise<string[] | undefined> {
    if (!input.invitedOrganizationIds) return input.invitedUserIds;
    const before = (await manager.getRepository(MeetingInvitedOrganization).findBy({ meetingId })).map((row) => row.organizationId);
    const addedOrganizations = input.invitedOrganizationIds.filter((id) => !before.includes(id));
    const removedOrganizations = before.filter((id) => !input.invitedOrganizationIds!.includes(id));
    const named = input.invitedUserIds ?? (await this.recipients(manager, meetingId)).map((r) => r.user.id);
    const dropped = input.invitedUserIds ? [] : await this.activePeopleOf(manager, removedOrganizations);
    return [...named.filter((id) => !dropped.includes(id)), ...(await this.activePeopleOf(manager, addedOrganizations))];
  }

  /** People invited by name, with their accounts: who gets the meeting's mails. */
  async recipients(manager: EntityManager, meetingId: string, where = 'i.invited'): Promise<MeetingRecipient[]> {
    const rows = await manager
      .getRepository(MeetingInvitation)
      .createQueryBuilder('i')
      .innerJoinAndSelect('i.user', 'u')
      .where('i.meeting_id = :meetingId', { meetingId })
      .andWhere('u.active')
      .andWhere(where)
      .orderBy('i.created_at')
      .addOrderBy('i.id')
      .getMany();
    return rows.map((invitation) => ({ invitation, user: invitation.user! }));
  }

  /** Makes the people invited by name exactly these; says who was added, removed and kept. */
  private async replaceInvitedPeople(manager: EntityManager, meetingId: string, userIds: string[]) {
    const wanted = [...new Set(userIds)];
    const users = wanted.length ? await this.users.activeByIds(wanted, manager) : [];
    if (users.length !== wanted.length) throw InvalidInputException.field('invitedUserIds', 'must be ids of active users (see the users query)');
    const repository = manager.getRepository(MeetingInvitation);
    const before = await this.recipients(manager, meetingId);
    const removed = before.filter((r) => !wanted.includes(r.user.id));
    if (removed.length) await repository.update({ id: In(removed.map((r) => r.invitation.id)) }, { invited: false });
    const kept = before.filter((r) => wanted.includes(r.user.id));
    const added: MeetingRecipient[] = [];
    for (const user of users.filter((u) => !kept.some((r) => r.user.id === u.id))) {
      // Someone who had answered as a member of an invited organization keeps their answer.
      const existing = await repository.findOneBy({ meetingId, userId: user.id });
      const invitation = await repository.save(existing ? { ...existing, invited: true } : { meetingId, userId: user.id, invited: true });
      added.push({ invitation, user });
    }
    return { added, removed, kept };
  }

  private async assertReferences(manager: EntityManager, input: MeetingFieldsInput): Promise<void> {
    const organizationIds = [...new Set([...(input.invitedOrganizationIds ?? []), ...(input.agenda ?? []).flatMap((a) => (a.presenterOrganizationId ? [a.presenterOrganizationId] : []))])];
    if (!organizationIds.length) return;
    const found = new Set((await this.organizations.findByIds(organizationIds, manager)).map((o) => o.id));
    const errors: FieldError[] = [];
    if ((input.invitedOrganizationIds ?? []).some((id) => !found.has(id))) errors.push({ field: 'invitedOrganizationIds', reason: 'must be ids returned by the organizations query' });
    (input.agenda ?? []).forEach((item, index) => {
      if (item.presenterOrganizationId && !found.has(item.presenterOrganizationId)) errors.push({ field: `agenda.${index}.presenterOrganizationId`, reason: 'no such organization' });
    });
    if (errors.length) throw new InvalidInputException(errors);
  }

  private async writeParts(manager: EntityManager, meetingId: string, input: MeetingFieldsInput): Promise<void> {
    if (input.agenda) {
      await manager.getRepository(MeetingAgendaItem).delete({ meetingId });
      if (input.agenda.length) {
        await manager.getRepository(MeetingAgendaItem).insert(
          input.agenda.map((item, index) => ({
            meetingId,
            position: index + 1,
            title: item.title.trim(),
            presenterOrganizationId: item.presenterOrganizationId ?? null,
            startsAt: item.startsAt ?? null,
            durationMinutes: item.durationMinutes ?? null,
          })),
        );
      }
    }
    if (input.attachments) {
      await manager.getRepository(MeetingAttachment).delete({ meetingId });
      if (input.attachments.length) await manager.getRepository(MeetingAttachment).insert(input.attachments.map((a) => ({ meetingId, url: a.url, title: a.title.trim() })));
    }
    if (input.invitedOrganizationIds) {
      await manager.getRepository(MeetingInvitedOrganization).delete({ meetingId });
      const ids = [...new Set(input.invitedOrganizationIds)];
      if (ids.length) await manager.getRepository(MeetingInvitedOrganization).insert(ids.map((organizationId) => ({ meetingId, organizationId })));
    }
  }
}

type MeetingFacts = Pick<Meeting, 'title' | 'kind' | 'startsAt' | 'endsAt' | 'timeZone' | 'city' | 'venue' | 'onlineUrl'>;

/** Every rule a meeting's fields must meet together, as field errors (all of them at once). */
export function validateMeeting(meeting: MeetingFacts, agenda?: AgendaItemInput[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!meeting.title || meeting.title.trim().length < 3) errors.push({ field: 'title', reason: 'title must be 3 to 200 characters long' });
  if (meeting.endsAt.getTime() <= meeting.startsAt.getTime()) errors.push({ field: 'endsAt', reason: 'must be after startsAt' });
  if (!isSupportedTimeZone(meeting.timeZone)) errors.push({ field: 'timeZone', reason: 'must be an IANA time zone, e.g. Europe/Belgrade' });
  if (meeting.kind === MeetingKind.ONLINE_CALL && !meeting.onlineUrl) errors.push({ field: 'onlineUrl', reason: 'an online call needs its link' });
  if (meeting.kind !== MeetingKind.ONLINE_CALL && !meeting.city) errors.push({ field: 'city', reason: 'name the city where the meeting takes place' });
  (agenda ?? []).forEach((item, index) => {
    if (item.startsAt && (item.startsAt < meeting.startsAt || item.startsAt >= meeting.endsAt)) {
      errors.push({ field: `agenda.${index}.startsAt`, reason: 'must be within the meeting' });
    }
  });
  return errors;
}

function comparable(value: Date | string | null): string | number | null {
  return value instanceof Date ? value.getTime() : value;
}

function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}
