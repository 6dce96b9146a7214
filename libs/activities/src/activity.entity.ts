import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Organization } from '@app/organizations';
import { ActivityStatus, ActivityType, TargetGroup } from './activity.enums';
import type { ActivityParticipants } from './activity-parts.entity';
import { CalendarDate } from '@app/common';

/** A prevention activity a member organization carried out (or plans), with what it reached. */
@Entity('activities')
// (organization_id, starts_on, id) INCLUDE (status): written in its migration, as TypeORM cannot say INCLUDE.
@Index('ix_activities_organization_starts', { synchronize: false })
@Index('ix_activities_status_starts', ['status', 'startsOn'])
@Index('ix_activities_search', { synchronize: false })
@Index('ux_activities_client_request', ['createdBy', 'clientRequestId'], { unique: true, where: '"client_request_id" IS NOT NULL' })
@Check('ck_activities_dates', '"ends_on" >= "starts_on"')
@Check('ck_activities_counts', '"participants_total" IS NULL OR "participants_total" >= 0')
@ObjectType({ description: 'A prevention activity of a member organization' })
export class Activity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_activities' })
  @Field(() => ID)
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  @HideField()
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_activities_organization' })
  @HideField()
  organization?: Organization;

  @Column({ type: 'enum', enum: ActivityType, enumName: 'activity_type' })
  @Field(() => ActivityType)
  type: ActivityType;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  title: string;

  @Column({ type: 'text', default: '' })
  @Field()
  description: string;

  @Column({ name: 'starts_on', type: 'date' })
  @Field(() => CalendarDate, { description: 'YYYY-MM-DD' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  @Field(() => CalendarDate, { description: 'YYYY-MM-DD' })
  endsOn: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'Municipality or city; empty for an online activity' })
  city: string | null;

  @Column({ type: 'boolean', default: false })
  @Field()
  online: boolean;

  @Column({ name: 'target_groups', type: 'enum', enum: TargetGroup, enumName: 'activity_target_group', array: true, default: '{}' })
  @Field(() => [TargetGroup])
  targetGroups: TargetGroup[];

  @Column({ name: 'participants_total', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Total as declared; when given, the counts by gender and age add up to it' })
  participantsTotal: number | null;

  @Column({ name: 'media_outlets', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Media outlets that carried a campaign' })
  mediaOutlets: number | null;

  @Column({ name: 'media_audience', type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Estimated audience of a campaign' })
  mediaAudience: number | null;

  @Column({ type: 'enum', enum: ActivityStatus, enumName: 'activity_status', default: ActivityStatus.DRAFT })
  @Field(() => ActivityStatus)
  status: ActivityStatus;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The coordinator's comment when returned or reopened" })
  reviewComment: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @HideField()
  createdBy: string | null;

  /** createActivity's idempotency key, unique per creating user. */
  @Column({ name: 'client_request_id', type: 'uuid', nullable: true })
  @HideField()
  clientRequestId: string | null;

  @OneToMany('ActivityParticipants', (p: ActivityParticipants) => p.activity)
  @HideField()
  participants?: ActivityParticipants[];

  /** Optimistic locking: an update names the version it read, and loses if another came first. */
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
