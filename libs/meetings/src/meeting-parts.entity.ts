import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Action, readableBy } from '@app/policy';
import { Organization } from '@app/organizations';
import { User } from '@app/users';
import { Meeting } from './meeting.entity';
import { InvitationAnswer } from './meeting.enums';

/** One point of the agenda, in order, optionally presented by an organization at a given time. */
@Entity('meeting_agenda_items')
@Index('uq_meeting_agenda_items_position', ['meetingId', 'position'], { unique: true })
@ObjectType()
export class MeetingAgendaItem {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_agenda_items' })
  @HideField()
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  @HideField()
  meetingId: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: '1, 2, 3, ... in the order given' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  @Field()
  title: string;

  @Index('ix_meeting_agenda_items_presenter')
  @Column({ name: 'presenter_organization_id', type: 'uuid', nullable: true })
  @HideField()
  presenterOrganizationId: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  startsAt: Date | null;

  @Column({ name: 'duration_minutes', type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true })
  durationMinutes: number | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_agenda_items_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'presenter_organization_id', foreignKeyConstraintName: 'fk_meeting_agenda_items_presenter' })
  presenterOrganization?: Organization;
}

/** A link to a document of the meeting (agenda, presentation, photos). */
@Entity('meeting_attachments')
@ObjectType()
export class MeetingAttachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_attachments' })
  @HideField()
  id: string;

  @Index('ix_meeting_attachments_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' })
  @HideField()
  meetingId: string;

  @Column({ type: 'varchar', length: 500 })
  @Field()
  url: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  @Field()
  title: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_attachments_meeting' })
  meeting?: Meeting;
}

/** An organization invited as a whole: its people see the meeting and may answer for themselves. */
@Entity('meeting_invited_organizations')
export class MeetingInvitedOrganization {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid', primaryKeyConstraintName: 'pk_meeting_invited_organizations' })
  meetingId: string;

  @Index('ix_meeting_invited_organizations_organization')
  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_meeting_invited_organizations' })
  organizationId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_invited_organizations_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_meeting_invited_organizations_organization' })
  organization?: Organization;
}

/**
 * A person's invitation and answer. `invited` rows were invited by name and get the mails; people
 * of an invited organization who answer in the app get a row with `invited` false.
 */
@Entity('meeting_invitations')
@Index('uq_meeting_invitations_meeting_user', ['meetingId', 'userId'], { unique: true })
@ObjectType({ description: "A person's invitation to a meeting and their answer" })
export class MeetingInvitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_invitations' })
  @HideField()
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  @HideField()
  meetingId: string;

  @Index('ix_meeting_invitations_user')
  @Column({ name: 'user_id', type: 'uuid' })
  @Field(() => ID)
  userId: string;

  @Column({ type: 'boolean', default: true })
  @Field({ description: 'Invited by name (and mailed); false for someone of an invited organization who answered' })
  invited: boolean;

  @Column({ type: 'enum', enum: InvitationAnswer, enumName: 'meeting_invitation_answer', nullable: true })
  @Field(() => InvitationAnswer, { nullable: true, description: 'Empty until answered' })
  answer: InvitationAnswer | null;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_invitations_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_meeting_invitations_user' })
  user?: User;
}

/** Someone who came: a portal user, or a guest by name; with the organization they came from. */
@Entity('meeting_attendees')
@ObjectType({ description: 'Who came to a meeting, and from which organization' })
export class MeetingAttendee {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_meeting_attendees' })
  @HideField()
  id: string;

  @Index('ix_meeting_attendees_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' })
  @HideField()
  meetingId: string;

  @Index('ix_meeting_attendees_user')
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The portal user, when the attendee has an account; only for their organization and coordinators', middleware: [readableBy(Action.MEETING_ATTENDEE_READ)] })
  userId: string | null;

  /** Personal data: resolves only for the attendee's own organization and coordinators (a guest without one: coordinators). */
  @Column({ name: 'full_name', type: 'varchar', length: 120 })
  @Field(() => String, { nullable: true, description: 'Only for the attendee’s organization and coordinators', middleware: [readableBy(Action.MEETING_ATTENDEE_READ)] })
  fullName: string;

  @Index('ix_meeting_attendees_organization')
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  @HideField()
  organizationId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_attendees_meeting' })
  meeting?: Meeting;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_meeting_attendees_user' })
  user?: User;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_meeting_attendees_organization' })
  organization?: Organization;
}

/** An RSVP link that has been used, by the SHA-256 of its token: a second use finds it here. */
@Entity('meeting_rsvp_uses')
export class MeetingRsvpUse {
  @PrimaryColumn({ name: 'token_hash', type: 'char', length: 64, primaryKeyConstraintName: 'pk_meeting_rsvp_uses' })
  tokenHash: string;

  @Index('ix_meeting_rsvp_uses_meeting')
  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @Column({ name: 'used_at', type: 'timestamptz' })
  usedAt: Date;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_rsvp_uses_meeting' })
  meeting?: Meeting;
}
