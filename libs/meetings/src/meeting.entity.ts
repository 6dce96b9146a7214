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
export class Meeting {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meetings' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'enum', enum: MeetingKind, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Column({ type: 'enum', enum: MeetingStatus, enumName: 'meeting_status', default: MeetingStatus.SCHEDULED })
  status: MeetingStatus;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  /** IANA name; the meeting's local time in mails and in the .ics (DTSTART;TZID=...). */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Column({ name: 'online_url', type: 'varchar', length: 500, nullable: true })
  onlineUrl: string | null;

  @Column({ type: 'text', default: '' })
  description: string;

  /** Markdown as written; `minutesHtml` is the sanitized rendering. */
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

  @Column({ name: 'minutes_updated_at', type: 'timestamptz', nullable: true })
  minutesUpdatedAt: Date | null;

  /** iCalendar SEQUENCE: raised whenever time or place change, and on cancellation. */
  @Column({ type: 'integer', default: 0 })
  sequence: number;

  /** Set by the reminder job; cleared when the time changes, so a moved meeting is reminded again. */
  @Column({ name: 'reminder_sent_at', type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The iCalendar UID of a meeting: the same in every REQUEST and CANCEL sent for it. */
export function meetingUid(meeting: Pick<Meeting, 'id'>): string {
  return `meeting-${meeting.id}@${MEETING_UID_DOMAIN}`;
}
