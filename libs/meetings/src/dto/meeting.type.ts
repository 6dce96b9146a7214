import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Meeting } from '../meeting.entity';
import { MeetingKind, MeetingStatus } from '../meeting.enums';

/** A meeting as GraphQL shows it: without the reminder job's bookkeeping and who created it. */
@ObjectType('Meeting', { description: 'A meeting of the AT network, with its agenda, invitations, attendance, minutes and action items' })
export class MeetingType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field({ description: 'IANA time zone the meeting is held in, e.g. Europe/Belgrade' })
  timeZone: string;

  @Field(() => String, { nullable: true })
  city: string | null;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Field()
  description: string;

  @Field(() => String, { nullable: true, description: 'Minutes as Markdown source' })
  minutes: string | null;

  @Field(() => Date, { nullable: true })
  minutesUpdatedAt: Date | null;

  @Field(() => Int, { description: 'iCalendar SEQUENCE of the latest invitation sent' })
  sequence: number;

  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Field(() => Int, { description: 'Send back with an update; a stale version is refused with CONFLICT' })
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export function toMeetingType(meeting: Meeting): MeetingType {
  return {
    id: meeting.id,
    title: meeting.title,
    kind: meeting.kind,
    status: meeting.status,
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    timeZone: meeting.timeZone,
    city: meeting.city,
    venue: meeting.venue,
    onlineUrl: meeting.onlineUrl,
    description: meeting.description,
    minutes: meeting.minutes,
    minutesUpdatedAt: meeting.minutesUpdatedAt,
    sequence: meeting.sequence,
    cancelledAt: meeting.cancelledAt,
    version: meeting.version,
    createdAt: meeting.createdAt,
    updatedAt: meeting.updatedAt,
  };
}
