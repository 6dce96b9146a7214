import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { MeetingKind, MeetingStatus } from './meeting.enums';

/** Domain of iCalendar UIDs: `meeting-<id>@at-portal`, stable for the life of a meeting. */
export const MEETING_UID_DOMAIN = 'at-portal';

/** A network meeting, training, study visit or online call that ASTRA's coordinators organize. */
@Entity('meetings')
// Lists by start; the reminder job's pick query (scheduled meetings starting soon).
@Index('ix_meetings_status_starts_at', ['status', 'startsAt'])
@Index('ix_meetings_starts_at', ['startsAt'])
@Check('ck_meetings_times', '"ends_at" > "starts_at"')
@Check('ck_meetings_place', `"online_url" IS NOT NULL OR "city" IS NOT NULL`)
@Check('ck_meetings_sequence', '"sequence" >= 0')
@ObjectType({ description: 'A meeting of the AT network, with its agenda, invitations, attendance, minutes and action items' })
export class Meeting {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meetings' })
  @Field(() => ID)
  id: string;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  title: string;

  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  @Field(() => MeetingKind)
  kind: MeetingKind;

  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.SCHEDULED })
  @Field(() => MeetingStatus)
  status: MeetingStatus;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  @Field()
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  @Field()
  endsAt: Date;

  /** IANA name; the meeting's local time in mails and in the .ics (DTSTART;TZID=...). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  @Field({ description: 'IANA time zone the meeting is held in, e.g. Europe/Belgrade' })
  timeZone: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true })
  venue: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  /** Markdown as written; `minutesHtml` is the sanitized rendering. */
  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Minutes as Markdown source' })
  minutes: string | null;

  @Column({ name: 'minutes_updated_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  minutesUpdatedAt: Date | null;

  /** iCalendar SEQUENCE: raised whenever time or place change, and on cancellation. */
  @Column({ type: 'integer', default: 0 })
  @Field(() => Int, { description: 'iCalendar SEQUENCE of the latest invitation sent' })
  sequence: number;

  /** Set by the reminder job; cleared when the time changes, so a moved meeting is reminded again. */
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  @HideField()
  reminderSentAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @HideField()
  createdBy: string | null;

  @VersionColumn()
  @Field(() => Int, { description: 'Send back with an update; a stale version is refused with CONFLICT' })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;
}

/** The iCalendar UID of a meeting: the same in every REQUEST and CANCEL sent for it. */
export function meetingUid(meeting: Pick<Meeting, 'id'>): string {
  return `meeting-${meeting.id}@${MEETING_UID_DOMAIN}`;
}
