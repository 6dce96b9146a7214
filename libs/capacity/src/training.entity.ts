import { Field, Float, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer, VersionColumn } from 'typeorm';
import { Meeting } from '@app/meetings';
import { Organization } from '@app/organizations';
import { User } from '@app/users';
import { TrainingTopic } from './catalog.entity';
import { CalendarDate } from '@app/common';

const numeric: ValueTransformer = { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/**
 * A training session, standalone or part of a network meeting. A training of a meeting counts in
 * the capacity record of every organization the meeting recorded as attending (see
 * CapacityRecordService), besides those of its own named participants.
 */
@Entity('trainings')
@Index('ix_trainings_starts', ['startsOn'])
@Check('ck_trainings_dates', '"ends_on" >= "starts_on"')
@Check('ck_trainings_hours', '"hours" > 0 AND "hours" <= 200')
@ObjectType({ description: 'A training session of the capacity-building programme' })
export class Training {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_trainings' })
  @Field(() => ID)
  id: string;

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

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  @Field(() => Float, { description: 'Training hours, more than 0 and at most 200' })
  hours: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true })
  city: string | null;

  @Index('ix_trainings_meeting')
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The network meeting it was part of; empty for a standalone training' })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_trainings_meeting' })
  meeting?: Meeting;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  @HideField()
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @Field()
  updatedAt: Date;

  /** Optimistic locking: an edit that names the version it read loses if another save came first. */
  @VersionColumn({ default: 1 })
  @Field(() => Int, { description: 'Send back with updateTraining; a stale version is refused with CONFLICT' })
  version: number;
}

/** A topic a training covered. */
@Entity('training_topic_links')
export class TrainingTopicLink {
  @PrimaryColumn({ name: 'training_id', type: 'uuid', primaryKeyConstraintName: 'pk_training_topic_links' })
  trainingId: string;

  @Index('ix_training_topic_links_topic')
  @PrimaryColumn({ name: 'topic_id', type: 'uuid', primaryKeyConstraintName: 'pk_training_topic_links' })
  topicId: string;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_id', foreignKeyConstraintName: 'fk_training_topic_links_training' })
  training?: Training;

  @ManyToOne(() => TrainingTopic, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'topic_id', foreignKeyConstraintName: 'fk_training_topic_links_topic' })
  topic?: TrainingTopic;
}

/** A trainer: a portal user, or a named person (with an organization where there is one). */
@Entity('training_trainers')
@Check('ck_training_trainers_person', '("user_id" IS NULL) <> ("full_name" IS NULL)')
export class TrainingTrainer {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_training_trainers' })
  id: string;

  @Index('ix_training_trainers_training')
  @Column({ name: 'training_id', type: 'uuid' })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_id', foreignKeyConstraintName: 'fk_training_trainers_training' })
  training?: Training;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_training_trainers_user' })
  user?: User;

  @Column({ name: 'full_name', type: 'varchar', length: 120, nullable: true })
  fullName: string | null;

  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_training_trainers_organization' })
  organization?: Organization;
}

/**
 * A participant: a portal user (whose organization is copied here, as it was at the training)
 * or a named person of an organization. Names are personal data: the full name only, nothing else.
 */
@Entity('training_participants')
@Index('ix_training_participants_organization', ['organizationId', 'trainingId'])
@Index('uq_training_participants_user', ['trainingId', 'userId'], { unique: true })
@Index('uq_training_participants_certificate', ['trainingId', 'certificateNumber'], { unique: true })
@Check('ck_training_participants_person', '("user_id" IS NULL) <> ("full_name" IS NULL)')
@Check('ck_training_participants_certificate', '("certificate_number" IS NULL) = ("certificate_issued_on" IS NULL)')
export class TrainingParticipant {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_training_participants' })
  id: string;

  @Column({ name: 'training_id', type: 'uuid' })
  trainingId: string;

  @ManyToOne(() => Training, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'training_id', foreignKeyConstraintName: 'fk_training_participants_training' })
  training?: Training;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_training_participants_organization' })
  organization?: Organization;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_training_participants_user' })
  user?: User;

  @Column({ name: 'full_name', type: 'varchar', length: 120, nullable: true })
  fullName: string | null;

  @Column({ name: 'certificate_number', type: 'varchar', length: 40, nullable: true })
  certificateNumber: string | null;

  @Column({ name: 'certificate_issued_on', type: 'date', nullable: true })
  certificateIssuedOn: string | null;
}
