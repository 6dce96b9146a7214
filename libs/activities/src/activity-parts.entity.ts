import { Field, Float, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, ValueTransformer } from 'typeorm';
import { Organization } from '@app/organizations';
import { Indicator, StrategicGoal } from '@app/strategy';
import { Activity } from './activity.entity';
import { ActivityStatus, Gender, InstitutionKind } from './activity.enums';
import { AgeBand } from './age-band.entity';

const numeric: ValueTransformer = { to: (v: number | null | undefined) => v, from: (v: string | null) => (v === null ? null : Number(v)) };

/** An organization that co-organized an activity: it appears in their list, and counts once in totals. */
@Entity('activity_co_organizers')
// (organization_id, starts_on, activity_id) INCLUDE (status): an organization's co-organized activities in date order.
@Index('ix_activity_co_organizers_organization_starts', { synchronize: false })
export class ActivityCoOrganizer {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_co_organizers' })
  activityId: string;

  @PrimaryColumn({ name: 'organization_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_co_organizers' })
  organizationId: string;

  /** The activity's start date and status, kept by the database's triggers (never written here): an organization's list reads them from an index. */
  @Column({ name: 'starts_on', type: 'date', insert: false, update: false })
  startsOn?: string;

  @Column({ name: 'status', type: 'enum', enum: ActivityStatus, enumName: 'activity_status', insert: false, update: false })
  status?: ActivityStatus;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_co_organizers_activity' })
  activity?: Activity;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_activity_co_organizers_organization' })
  organization?: Organization;
}

/** A strategic goal an activity serves. */
@Entity('activity_goals')
export class ActivityGoal {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_goals' })
  activityId: string;

  @Index('ix_activity_goals_goal')
  @PrimaryColumn({ name: 'goal_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_goals' })
  goalId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_goals_activity' })
  activity?: Activity;

  @ManyToOne(() => StrategicGoal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_activity_goals_goal' })
  goal?: StrategicGoal;
}

/** What an activity contributed to an indicator of one of its goals. */
@Entity('activity_indicator_values')
@ObjectType()
export class ActivityIndicatorValue {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_indicator_values' })
  @HideField()
  activityId: string;

  @Index('ix_activity_indicator_values_indicator')
  @PrimaryColumn({ name: 'indicator_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_indicator_values' })
  @Field(() => ID)
  indicatorId: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: numeric })
  @Field(() => Float)
  value: number;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_indicator_values_activity' })
  activity?: Activity;

  @ManyToOne(() => Indicator, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id', foreignKeyConstraintName: 'fk_activity_indicator_values_indicator' })
  indicator?: Indicator;
}

/** A partner institution involved in an activity (a school, a centre for social work, ...). */
@Entity('activity_institutions')
@ObjectType()
export class ActivityInstitution {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_activity_institutions' })
  @HideField()
  id: string;

  @Index('ix_activity_institutions_activity')
  @Column({ name: 'activity_id', type: 'uuid' })
  @HideField()
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_institutions_activity' })
  activity?: Activity;

  @Column({ type: 'enum', enum: InstitutionKind, enumName: 'institution_kind' })
  @Field(() => InstitutionKind)
  kind: InstitutionKind;

  @Column({ type: 'varchar', length: 200 })
  @Field()
  name: string;
}

/** A link to material about an activity (photos, agenda, press); files live elsewhere. */
@Entity('activity_attachments')
@ObjectType()
export class ActivityAttachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_activity_attachments' })
  @HideField()
  id: string;

  @Index('ix_activity_attachments_activity')
  @Column({ name: 'activity_id', type: 'uuid' })
  @HideField()
  activityId: string;

  @ManyToOne(() => Activity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_attachments_activity' })
  activity?: Activity;

  @Column({ type: 'varchar', length: 500 })
  @Field()
  url: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  @Field()
  title: string;
}

/** Participants of an activity by gender and age band. */
@Entity('activity_participants')
@Check('ck_activity_participants_count', '"count" >= 0')
@ObjectType()
export class ActivityParticipants {
  @PrimaryColumn({ name: 'activity_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_participants' })
  @HideField()
  activityId: string;

  @PrimaryColumn({ type: 'enum', enum: Gender, enumName: 'participant_gender', primaryKeyConstraintName: 'pk_activity_participants' })
  @Field(() => Gender)
  gender: Gender;

  @PrimaryColumn({ name: 'age_band_id', type: 'uuid', primaryKeyConstraintName: 'pk_activity_participants' })
  @HideField()
  ageBandId: string;

  @ManyToOne(() => AgeBand, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'age_band_id', foreignKeyConstraintName: 'fk_activity_participants_age_band' })
  @Field(() => AgeBand)
  ageBand?: AgeBand;

  @Column({ type: 'integer' })
  @Field(() => Int)
  count: number;

  @ManyToOne(() => Activity, (activity) => activity.participants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'activity_id', foreignKeyConstraintName: 'fk_activity_participants_activity' })
  @HideField()
  activity?: Activity;
}
