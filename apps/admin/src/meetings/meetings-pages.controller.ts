import { Body, Controller, Get, HttpCode, Next, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import dayjs from 'dayjs';
import type { NextFunction, Request, Response } from 'express';
import { Action, Actor, authorize, can, CurrentUser } from '@app/policy';
import { Clock, DomainException, ErrorKind, FieldError, httpStatusOf, InvalidInputException, isUuid } from '@app/common';
import { ActionItemsService, ActionItemStatus, AttendeeInput, CreateActionItemInput, CreateMeetingInput, DEFAULT_MEETING_TIME_ZONE, InvitationAnswer, MEETING_MINUTES_MAX, MeetingKind, MeetingOrder, MeetingsService, MeetingStatus, placeOf, renderMinutes, serbianDate, UpdateMeetingInput } from '@app/meetings';
import { Organization, OrganizationKind, OrganizationsService } from '@app/organizations';
import { UsersService } from '@app/users';
import { AdminUserGuard } from '../admin-user.guard';
import { conflictText, MeetingsPageFilter } from './meetings-page.filter';
import { fieldErrors, list, problemsOf, text, typed } from '../forms';
import { Messages } from '../i18n/messages';
import { pageContext, PageContext } from '../page';
import {
  emptyMeetingForm,
  formatDateTime,
  formatDay,
  formatMeetingTime,
  formatTime,
  meetingFieldErrors,
  meetingFormOf,
  MeetingFormValues,
  readMeetingForm,
  toMeetingInput,
  withSpareRows,
} from './meeting-form';

const PAGE_SIZE = 25;
const ALL = 100;
const SPARE_GUEST_ROWS = 2;
const DONE = ['created', 'updated', 'cancelled', 'answered', 'attendance', 'minutes', 'actionItem', 'actionItemStatus', 'invitedNew', 'nobodyNew'] as const;

type FormBody = Record<string, unknown>;

/** What a form on the meeting's page sent back, with its errors, when it was refused. */
interface DetailForms {
  error?: string;
  actionItem?: { values: Record<string, string>; errors: Record<string, string> };
  minutes?: { value: string; error?: string };
  attendance?: { error: string };
}

/**
 * The meetings pages: the list, the form to plan or change a meeting, and its page (the one the
 * mails link to) with replies, attendance, minutes and action items. The services decide who may
 * see and do what; these pages only show what they allow.
 */
@Controller('meetings')
@UseGuards(AdminUserGuard)
@UseFilters(MeetingsPageFilter)
export class MeetingsPagesController {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly actionItems: ActionItemsService,
    private readonly organizations: OrganizationsService,
    private readonly users: UsersService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Query('when') when?: string, @Query('after') after?: string, @Query('done') done?: string) {
    const page = pageContext(req);
    const past = when === 'past';
    // A meeting stays "upcoming" for the whole day it is held.
    const today = dayjs(this.clock.now()).tz(DEFAULT_MEETING_TIME_ZONE).startOf('day').toDate();
    const connection = await this.meetings.list(actor, {
      filter: past ? { to: today } : { from: today },
      first: PAGE_SIZE,
      after: typeof after === 'string' && after.length <= 512 ? after : undefined,
      orderBy: past ? MeetingOrder.LATEST_FIRST : MeetingOrder.SOONEST_FIRST,
    });
    const { endCursor, hasNextPage } = connection.pageInfo;
    res.render('meetings/list', {
      ...page,
      title: page.t.meetingsHeading,
      notice: noticeOf(page, done),
      past,
      manage: can(actor, Action.MEETING_MANAGE),
      meetings: connection.edges.map(({ node }) => ({
        id: node.id,
        title: node.title,
        kind: page.t[`meetingKind_${node.kind}`],
        when: formatMeetingTime(node.startsAt, node.endsAt, page.lang),
        place: node.kind === MeetingKind.ONLINE_CALL ? page.t.meetingOnline : [node.venue, node.city].filter(Boolean).join(', ') || page.t.meetingOnline,
        cancelled: node.status === MeetingStatus.CANCELLED,
        status: page.t[`meetingStatus_${node.status}`],
      })),
      next: hasNextPage && endCursor ? `/meetings?${new URLSearchParams({ ...(past && { when: 'past' }), after: endCursor }).toString()}` : null,
    });
  }

  @Get('new')
  async newForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor) {
    authorize(actor, Action.MEETING_MANAGE);
    await this.renderForm(req, res, actor, emptyMeetingForm());
  }

  @Post()
  @HttpCode(200)
  async create(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: FormBody) {
    authorize(actor, Action.MEETING_MANAGE);
    const values = readMeetingForm(body);
    const { input, errors } = await toMeetingInput(CreateMeetingInput, values, this.clock.now());
    if (!input) return this.renderForm(req, res, actor, values, undefined, errors);
    try {
      const meeting = await this.meetings.create(actor, input);
      // Post/redirect/get: reloading the page never plans the meeting twice.
      res.redirect(303, `/meetings/${meeting.id}?done=created`);
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      await this.renderForm(req, res, actor, values, undefined, error.fields);
    }
  }

  @Get(':id')
  async detail(@Req() req: Request, @Res() res: Response, @Next() next: NextFunction, @CurrentUser() actor: Actor, @Param('id') id: string, @Query('done') done?: string) {
    // Not a meeting's id: no such page.
    if (!isUuid(id)) return next();
    await this.renderDetail(req, res, actor, id, 200, {}, noticeOf(pageContext(req), done));
  }

  @Get(':id/edit')
  async editForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string) {
    authorize(actor, Action.MEETING_MANAGE);
    const details = await this.meetings.details(actor, id);
    if (details.meeting.status === MeetingStatus.CANCELLED) return this.renderDetail(req, res, actor, id, 409, { error: pageContext(req).t.meetingErr_MEETING_CANCELLED });
    await this.renderForm(req, res, actor, meetingFormOf(details), id);
  }

  @Post(':id')
  @HttpCode(200)
  async update(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string, @Body() body: FormBody) {
    authorize(actor, Action.MEETING_MANAGE);
    const values = readMeetingForm(body);
    const { input, errors } = await toMeetingInput(UpdateMeetingInput, values, this.clock.now());
    if (!input) return this.renderForm(req, res, actor, values, id, errors);
    try {
      await this.meetings.update(actor, id, input);
      res.redirect(303, `/meetings/${id}?done=updated`);
    } catch (error) {
      if (error instanceof InvalidInputException) return this.renderForm(req, res, actor, values, id, error.fields);
      if (error instanceof DomainException && error.kind === ErrorKind.CONFLICT) return this.renderForm(req, res, actor, values, id, [], conflictText(pageContext(req), error));
      throw error;
    }
  }

  @Post(':id/cancel')
  @HttpCode(200)
  async cancel(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string) {
    return this.act(req, res, actor, id, 'cancelled', () => this.meetings.cancel(actor, id));
  }

  @Post(':id/invite-new-people')
  @HttpCode(200)
  async inviteNewPeople(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string) {
    try {
      const { invited } = await this.meetings.inviteNewPeopleOfInvitedOrganizations(actor, id);
      res.redirect(303, `/meetings/${id}?done=${invited ? 'invitedNew' : 'nobodyNew'}`);
    } catch (error) {
      if (error instanceof DomainException && error.kind === ErrorKind.CONFLICT) return this.renderDetail(req, res, actor, id, 409, { error: conflictText(pageContext(req), error) });
      throw error;
    }
  }

  @Post(':id/answer')
  @HttpCode(200)
  async answer(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string, @Body('answer') answer: unknown) {
    const value = Object.values(InvitationAnswer).find((a) => a === answer);
    if (!value) return this.renderDetail(req, res, actor, id, 400, { error: pageContext(req).t.meetingErrGeneric });
    return this.act(req, res, actor, id, 'answered', () => this.meetings.answer(actor, id, value));
  }

  @Post(':id/attendance')
  @HttpCode(200)
  async attendance(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string, @Body() body: FormBody) {
    const names = list(body.guestName);
    const organizationIds = list(body.guestOrganization);
    const checked = await Promise.all(
      [
        ...[...new Set(list(body.attendeeUserIds))].map((userId) => ({ userId })),
        ...names.map((name, index) => ({ fullName: name.trim(), organizationId: (organizationIds[index] ?? '').trim() || undefined })).filter((guest) => guest.fullName),
      ].map((plain) => problemsOf(AttendeeInput, plain)),
    );
    const attendees = checked.map(({ input }) => input);
    const invalid = checked.some(({ fields }) => fields.length > 0);
    const refuse = () => this.renderDetail(req, res, actor, id, 400, { attendance: { error: pageContext(req).t.meetingErr_attendees } });
    if (invalid) return refuse();
    return this.act(req, res, actor, id, 'attendance', () => this.meetings.setAttendance(actor, id, attendees), refuse);
  }

  @Post(':id/minutes')
  @HttpCode(200)
  async minutes(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string, @Body('minutes') minutes: unknown) {
    const value = typed(minutes);
    if (value.length > MEETING_MINUTES_MAX) return this.renderDetail(req, res, actor, id, 400, { minutes: { value, error: pageContext(req).t.meetingErr_minutes } });
    return this.act(req, res, actor, id, 'minutes', () => this.meetings.saveMinutes(actor, id, value));
  }

  @Post(':id/action-items')
  @HttpCode(200)
  async addActionItem(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id') id: string, @Body() body: FormBody) {
    const values = { description: text(body.description), organizationId: text(body.organizationId), dueOn: text(body.dueOn) };
    const { input, fields: errors } = await problemsOf(CreateActionItemInput, values);
    const refuse = (fields: readonly FieldError[]) =>
      this.renderDetail(req, res, actor, id, 400, { actionItem: { values, errors: fieldErrors(fields, pageContext(req).t, 'meetingActionItemErr_') } });
    if (errors.length) return refuse(errors);
    return this.act(req, res, actor, id, 'actionItem', () => this.actionItems.create(actor, id, input), (error) => refuse(error.fields));
  }

  @Post('action-items/:itemId/status')
  @HttpCode(200)
  async actionItemStatus(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('itemId') itemId: string, @Body('status') status: unknown) {
    const value = Object.values(ActionItemStatus).find((s) => s === status);
    if (!value) throw InvalidInputException.field('status', 'must be OPEN, IN_PROGRESS or DONE');
    const item = await this.actionItems.setStatus(actor, itemId, value);
    res.redirect(303, `/meetings/${item.meetingId}?done=actionItemStatus#action-items`);
  }

  /** A change from the meeting's page: back to the page with a notice, or the page again with what went wrong. */
  private async act(req: Request, res: Response, actor: Actor, id: string, done: (typeof DONE)[number], work: () => Promise<unknown>, onInvalid?: (error: InvalidInputException) => Promise<void>) {
    try {
      await work();
      res.redirect(303, `/meetings/${id}?done=${done}`);
    } catch (error) {
      if (error instanceof InvalidInputException && onInvalid) return onInvalid(error);
      if (error instanceof DomainException && (error.kind === ErrorKind.CONFLICT || error.kind === ErrorKind.BAD_USER_INPUT)) {
        return this.renderDetail(req, res, actor, id, httpStatusOf(error.kind), { error: conflictText(pageContext(req), error) });
      }
      throw error;
    }
  }

  private async renderForm(req: Request, res: Response, actor: Actor, values: MeetingFormValues, id?: string, errors: readonly FieldError[] = [], error?: string) {
    const page = pageContext(req);
    const [organizations, people] = await Promise.all([this.organizationList(), this.users.list(actor, { filter: { active: true }, first: ALL })]);
    const shortNames = new Map(organizations.map((o) => [o.id, o.shortName]));
    const shown = withSpareRows(values);
    const messages = meetingFieldErrors(errors, page.t);
    res.status(errors.length ? 400 : error ? 409 : 200).render('meetings/form', {
      ...page,
      title: id ? page.t.meetingsEditHeading : page.t.meetingsNewHeading,
      id,
      action: id ? `/meetings/${id}` : '/meetings',
      values: shown,
      errors: messages,
      error: error ?? (errors.length ? page.t.meetingFormHasErrors : undefined),
      kinds: Object.values(MeetingKind).map((kind) => ({ value: kind, label: page.t[`meetingKind_${kind}`], selected: kind === values.kind })),
      agenda: shown.agenda.map((row, index) => ({
        ...row,
        number: index + 1,
        error: messages[`agenda.${index}`],
        presenters: byKind(organizations, page.t, (o) => ({ id: o.id, shortName: o.shortName, selected: o.id === row.presenter })),
      })),
      organizations: byKind(organizations, page.t, (o) => ({ id: o.id, shortName: o.shortName, name: page.lang === 'en' ? o.nameEn || o.nameSr : o.nameSr, checked: values.invitedOrganizationIds.includes(o.id) })),
      people: people.edges.map(({ node }) => ({ id: node.id, fullName: node.fullName, organization: shortNames.get(node.organizationId) ?? '', checked: values.invitedUserIds.includes(node.id) })),
    });
  }

  private async renderDetail(req: Request, res: Response, actor: Actor, id: string, status: number, forms: DetailForms, notice?: string) {
    const page = pageContext(req);
    const { t, lang } = page;
    const details = await this.meetings.details(actor, id);
    const { meeting } = details;
    const items = await this.actionItems.byMeetingIds([meeting.id]);
    const organizations = await this.organizationList();
    const shortName = (organizationId: string | null) => (organizationId && organizations.find((o) => o.id === organizationId)?.shortName) || '';
    const manage = can(actor, Action.MEETING_MANAGE);
    const scheduled = meeting.status === MeetingStatus.SCHEDULED;
    const today = serbianDate(this.clock.now());
    const mine = details.invitations.find((i) => i.userId === actor.id);
    const attending = new Set(details.attendees.flatMap((a) => (a.userId ? [a.userId] : [])));
    const people = details.invitations.map((i) => ({ userId: i.userId, name: i.user?.fullName ?? '', organization: shortName(i.user?.organizationId ?? null), checked: attending.has(i.userId) }));
    for (const a of details.attendees) {
      if (a.userId && !people.some((p) => p.userId === a.userId)) people.push({ userId: a.userId, name: a.fullName, organization: shortName(a.organizationId), checked: true });
    }
    const guests = [...details.attendees.filter((a) => !a.userId).map((a) => ({ name: a.fullName, organizationId: a.organizationId ?? '' })), ...Array.from({ length: SPARE_GUEST_ROWS }, () => ({ name: '', organizationId: '' }))];
    const answers = details.invitations.map((i) => i.answer);
    const actionValues = forms.actionItem?.values ?? { description: '', organizationId: '', dueOn: '' };

    res.status(status).render('meetings/detail', {
      ...page,
      title: meeting.title,
      notice,
      error: forms.error,
      manage,
      editable: manage && scheduled,
      canInviteNewPeople: manage && scheduled && details.invitedOrganizationIds.length > 0,
      cancelled: !scheduled,
      meeting: {
        id: meeting.id,
        title: meeting.title,
        kind: t[`meetingKind_${meeting.kind}`],
        status: t[`meetingStatus_${meeting.status}`],
        when: formatMeetingTime(meeting.startsAt, meeting.endsAt, lang),
        otherZone: meeting.timeZone !== DEFAULT_MEETING_TIME_ZONE ? meeting.timeZone : null,
        place: [meeting.venue, meeting.city].filter(Boolean).join(', '),
        onlineUrl: meeting.onlineUrl,
        summary: placeOf(meeting),
        description: meeting.description,
        // Rendered from Markdown with raw HTML off and sanitized against an allowlist by the meetings library.
        minutesHtml: meeting.minutes ? renderMinutes(meeting.minutes) : null,
        minutesUpdated: meeting.minutesUpdatedAt ? formatDateTime(meeting.minutesUpdatedAt, lang) : null,
      },
      agenda: details.agenda.map((item) => ({
        position: item.position,
        title: item.title,
        presenter: shortName(item.presenterOrganizationId),
        time: item.startsAt ? formatTime(item.startsAt, lang) : '',
        duration: item.durationMinutes ?? '',
      })),
      attachments: details.attachments.map((a) => ({ url: a.url, title: a.title || a.url })),
      invitedOrganizations: details.invitedOrganizationIds.map(shortName).filter(Boolean).sort(),
      replies: manage
        ? details.invitations.map((i) => ({
            name: i.user?.fullName ?? '',
            organization: shortName(i.user?.organizationId ?? null),
            byName: i.invited,
            answer: i.answer ?? 'NONE',
            answerLabel: i.answer ? t[`meetingReply_${i.answer}`] : t.meetingNoAnswer,
            answeredAt: i.answeredAt ? formatDateTime(i.answeredAt, lang) : '',
          }))
        : null,
      replyCounts: [
        ...Object.values(InvitationAnswer).map((a) => ({ label: t[`meetingReply_${a}`], count: answers.filter((x) => x === a).length })),
        { label: t.meetingNoAnswer, count: answers.filter((x) => !x).length },
      ],
      canAnswer: scheduled && can(actor, Action.MEETING_RESPOND),
      myAnswer: mine?.answer ? t[`meetingAnswer_${mine.answer}`] : null,
      answerOptions: Object.values(InvitationAnswer).map((a) => ({ value: a, label: t[`meetingAnswer_${a}`], current: mine?.answer === a })),
      // Names are personal data: only the attendee's own organization and coordinators see them (MEETING_ATTENDEE_READ).
      attendees: details.attendees.map((a) => ({
        // A guest without an organization belongs to none: coordinators only (as the API's field rule does).
        name: can(actor, Action.MEETING_ATTENDEE_READ, { organizationId: a.organizationId ?? a.id }) ? a.fullName : t.meetingNameHidden,
        organization: shortName(a.organizationId),
      })),
      attendance: { people, guests: guests.map((g) => ({ ...g, organizations: byKind(organizations, t, (o) => ({ id: o.id, shortName: o.shortName, selected: o.id === g.organizationId })) })), error: forms.attendance?.error },
      minutesForm: { value: forms.minutes?.value ?? meeting.minutes ?? '', error: forms.minutes?.error, max: MEETING_MINUTES_MAX },
      actionItems: items.map((item) => ({
        id: item.id,
        description: item.description,
        owner: shortName(item.organizationId),
        due: formatDay(item.dueOn, lang),
        overdue: item.status !== ActionItemStatus.DONE && item.dueOn < today,
        status: t[`meetingActionStatus_${item.status}`],
        done: item.status === ActionItemStatus.DONE,
        canUpdate: can(actor, Action.ACTION_ITEM_UPDATE, { organizationId: item.organizationId }),
        statuses: Object.values(ActionItemStatus).map((s) => ({ value: s, label: t[`meetingActionStatus_${s}`], selected: s === item.status })),
      })),
      actionItemForm: {
        values: actionValues,
        errors: forms.actionItem?.errors ?? {},
        organizations: byKind(organizations, t, (o) => ({ id: o.id, shortName: o.shortName, selected: o.id === actionValues.organizationId })),
      },
    });
  }

  private async organizationList() {
    const { edges } = await this.organizations.list({ filter: {}, first: ALL });
    return edges.map(({ node }) => node).sort((a, b) => a.shortName.localeCompare(b.shortName));
  }
}

/** Pick lists of organizations: the AT network's members, partners abroad and others apart, each group in its own order. */
function byKind<T>(organizations: Organization[], t: Messages, item: (organization: Organization) => T): { label: string; items: T[] }[] {
  const groups: [OrganizationKind, string][] = [
    [OrganizationKind.AT_NETWORK_MEMBER, t.meetingOrganizationsMembers],
    [OrganizationKind.PARTNER_ORGANIZATION, t.meetingOrganizationsPartners],
    [OrganizationKind.OTHER, t.meetingOrganizationsOther],
  ];
  return groups.map(([kind, label]) => ({ label, items: organizations.filter((o) => o.kind === kind).map(item) })).filter((group) => group.items.length > 0);
}

function noticeOf(page: PageContext, done: unknown): string | undefined {
  const key = DONE.find((d) => d === done);
  return key ? page.t[`meetingDone_${key}`] : undefined;
}
