import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { Action, Actor, can, CurrentUser } from '@app/policy';
import { mapConnection, RequestContext, RequestCtx } from '@app/common';
import { Organization } from '@app/organizations';
import { ActionItemType, toActionItemType } from './dto/action-item.type';
import { MeetingConnection } from './dto/connections.type';
import { AttendeeInput, CreateMeetingInput, MEETING_MINUTES_MAX, UpdateMeetingInput } from './dto/meeting.input';
import { MeetingsArgs } from './dto/meetings.args';
import { MeetingType, toMeetingType } from './dto/meeting.type';
import { MeetingLoaders } from './meeting-loaders.service';
import { MeetingAgendaItem, MeetingAttachment, MeetingAttendee, MeetingInvitation } from './meeting-parts.entity';
import { InvitationAnswer } from './meeting.enums';
import { MeetingsService } from './meetings.service';
import { renderMinutes } from './minutes-renderer';

@ArgsType()
class MeetingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id returned by the meetings query' })
  id: string;
}

@ArgsType()
class AnswerInvitationArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'meetingId must be an id returned by the meetings query' })
  meetingId: string;

  @Field(() => InvitationAnswer)
  @IsEnum(InvitationAnswer)
  answer: InvitationAnswer;
}

@ArgsType()
class AttendanceArgs extends MeetingIdArgs {
  @Field(() => [AttendeeInput], { description: 'Everyone who came; replaces the earlier list' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendeeInput)
  attendees: AttendeeInput[];
}

@ArgsType()
class MinutesArgs extends MeetingIdArgs {
  @Field({ description: `Markdown, at most ${MEETING_MINUTES_MAX} characters; empty removes the minutes` })
  @IsString()
  @MaxLength(MEETING_MINUTES_MAX, { message: `minutes must be at most ${MEETING_MINUTES_MAX} characters long` })
  minutes: string;
}

@ArgsType()
class UpdateMeetingArgs extends MeetingIdArgs {
  @Field(() => UpdateMeetingInput)
  @ValidateNested()
  @Type(() => UpdateMeetingInput)
  input: UpdateMeetingInput;
}

@Resolver(() => MeetingType)
export class MeetingsResolver {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @Query(() => MeetingConnection, { name: 'meetings', description: 'Meetings the signed-in user may see, soonest first unless ordered otherwise' })
  async listMeetings(@CurrentUser() actor: Actor | null, @Args() args: MeetingsArgs) {
    return mapConnection(await this.meetings.list(actor, args), toMeetingType);
  }

  @Query(() => MeetingType)
  async meeting(@CurrentUser() actor: Actor | null, @Args() { id }: MeetingIdArgs) {
    return toMeetingType(await this.meetings.get(actor, id));
  }

  @Mutation(() => MeetingType, { description: 'Plan a meeting; people invited by name get the invitation with an .ics (METHOD:REQUEST)' })
  async createMeeting(@CurrentUser() actor: Actor | null, @Args('input') input: CreateMeetingInput) {
    return toMeetingType(await this.meetings.create(actor, input));
  }

  @Mutation(() => MeetingType, { description: 'Change a meeting; a new time or place sends an update (same UID, higher SEQUENCE)' })
  async updateMeeting(@CurrentUser() actor: Actor | null, @Args() { id, input }: UpdateMeetingArgs) {
    return toMeetingType(await this.meetings.update(actor, id, input));
  }

  @Mutation(() => MeetingType, { description: 'Cancel a meeting; invitees get METHOD:CANCEL' })
  async cancelMeeting(@CurrentUser() actor: Actor | null, @Args() { id }: MeetingIdArgs) {
    return toMeetingType(await this.meetings.cancel(actor, id));
  }

  @Mutation(() => MeetingType, { description: 'Invite the people who joined an invited organization since it was invited: each gets the invitation with the .ics and their own answer links' })
  async inviteNewPeopleOfInvitedOrganizations(@CurrentUser() actor: Actor | null, @Args() { id }: MeetingIdArgs) {
    return toMeetingType((await this.meetings.inviteNewPeopleOfInvitedOrganizations(actor, id)).meeting);
  }

  @Mutation(() => MeetingInvitation, { description: "Answer a meeting's invitation for yourself" })
  answerInvitation(@CurrentUser() actor: Actor | null, @Args() { meetingId, answer }: AnswerInvitationArgs) {
    return this.meetings.answer(actor, meetingId, answer);
  }

  @Mutation(() => MeetingType, { description: 'Record who came, and from which organization' })
  async setMeetingAttendance(@CurrentUser() actor: Actor | null, @Args() { id, attendees }: AttendanceArgs) {
    return toMeetingType(await this.meetings.setAttendance(actor, id, attendees));
  }

  @Mutation(() => MeetingType, { description: 'Save the minutes (Markdown)' })
  async saveMeetingMinutes(@CurrentUser() actor: Actor | null, @Args() { id, minutes }: MinutesArgs) {
    return toMeetingType(await this.meetings.saveMinutes(actor, id, minutes));
  }

  @ResolveField(() => String, { description: 'Venue and city, or the online link' })
  place(@Parent() meeting: MeetingType) {
    return [[meeting.venue, meeting.city].filter(Boolean).join(', '), meeting.onlineUrl].filter(Boolean).join(' / ');
  }

  @ResolveField(() => String, { nullable: true, description: 'The minutes rendered as sanitized HTML' })
  minutesHtml(@Parent() meeting: MeetingType) {
    return meeting.minutes ? renderMinutes(meeting.minutes) : null;
  }

  @ResolveField(() => [MeetingAgendaItem])
  agenda(@Parent() meeting: MeetingType, @RequestCtx() ctx: RequestContext) {
    return this.loaders.agenda(ctx.loaders).load(meeting.id);
  }

  @ResolveField(() => [MeetingAttachment], { description: 'Links to documents' })
  attachments(@Parent() meeting: MeetingType, @RequestCtx() ctx: RequestContext) {
    return this.loaders.attachments(ctx.loaders).load(meeting.id);
  }

  @ResolveField(() => [Organization])
  invitedOrganizations(@Parent() meeting: MeetingType, @RequestCtx() ctx: RequestContext) {
    return this.loaders.invitedOrganizations(ctx.loaders).load(meeting.id);
  }

  @ResolveField(() => [MeetingInvitation], { description: "Invitations and answers: all of them for coordinators, one's own for others" })
  async invitations(@Parent() meeting: MeetingType, @CurrentUser() actor: Actor | null, @RequestCtx() ctx: RequestContext) {
    const all = await this.loaders.invitations(ctx.loaders).load(meeting.id);
    return can(actor, Action.MEETING_MANAGE) ? all.filter((i) => i.invited || i.answer) : all.filter((i) => i.userId === actor?.id);
  }

  @ResolveField(() => InvitationAnswer, { nullable: true, description: "The signed-in user's answer" })
  async myAnswer(@Parent() meeting: MeetingType, @CurrentUser() actor: Actor | null, @RequestCtx() ctx: RequestContext) {
    const all = await this.loaders.invitations(ctx.loaders).load(meeting.id);
    return all.find((i) => i.userId === actor?.id)?.answer ?? null;
  }

  @ResolveField(() => String, {
    description: "The meeting as an iCalendar file (.ics) for the signed-in person, to add to a calendar: the invitations' UID and SEQUENCE, so a calendar keeps one event",
  })
  calendar(@Parent() meeting: MeetingType, @CurrentUser() actor: Actor | null) {
    return this.meetings.calendarFor(actor, meeting.id);
  }

  @ResolveField(() => [MeetingAttendee])
  attendees(@Parent() meeting: MeetingType, @RequestCtx() ctx: RequestContext) {
    return this.loaders.attendees(ctx.loaders).load(meeting.id);
  }

  @ResolveField(() => [ActionItemType], { description: 'Decisions recorded as action items' })
  async actionItems(@Parent() meeting: MeetingType, @RequestCtx() ctx: RequestContext) {
    return (await this.loaders.actionItems(ctx.loaders).load(meeting.id)).map(toActionItemType);
  }
}

@Resolver(() => MeetingAgendaItem)
export class MeetingAgendaItemResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => Organization, { nullable: true })
  presenterOrganization(@Parent() item: MeetingAgendaItem, @RequestCtx() ctx: RequestContext) {
    return item.presenterOrganizationId ? this.loaders.organizations(ctx.loaders).load(item.presenterOrganizationId) : null;
  }
}

@Resolver(() => MeetingInvitation)
export class MeetingInvitationResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => String, { description: 'The invited person' })
  async fullName(@Parent() invitation: MeetingInvitation, @RequestCtx() ctx: RequestContext) {
    return (await this.loaders.users(ctx.loaders).load(invitation.userId))?.fullName ?? '';
  }

  @ResolveField(() => Organization, { nullable: true, description: "The person's organization" })
  async organization(@Parent() invitation: MeetingInvitation, @RequestCtx() ctx: RequestContext) {
    const user = await this.loaders.users(ctx.loaders).load(invitation.userId);
    return user ? this.loaders.organizations(ctx.loaders).load(user.organizationId) : null;
  }
}

@Resolver(() => MeetingAttendee)
export class MeetingAttendeeResolver {
  constructor(private readonly loaders: MeetingLoaders) {}

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() attendee: MeetingAttendee, @RequestCtx() ctx: RequestContext) {
    return attendee.organizationId ? this.loaders.organizations(ctx.loaders).load(attendee.organizationId) : null;
  }
}
