import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A topic trainings are on; a list the coordinators maintain, so it is rows and not an enum. */
@Entity('training_topics')
@ObjectType()
export class TrainingTopic {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_training_topics' })
  @Field(() => ID)
  id: string;

  @Index('uq_training_topics_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'e.g. "VICTIM_IDENTIFICATION"' })
  code: string;

  @Column({ name: 'name_sr', type: 'varchar', length: 120 })
  @Field()
  nameSr: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  @Field()
  nameEn: string;

  @Column({ type: 'smallint', default: 100 })
  @Field(() => Int)
  position: number;

  /** A retired topic stays on the trainings that had it, but new trainings cannot choose it. */
  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;
}

/** A dimension member organizations rate themselves on (e.g. "fundraising", 1–5). */
@Entity('capacity_dimensions')
@Check('ck_capacity_dimensions_scale', '"scale_min" >= 0 AND "scale_max" > "scale_min" AND "scale_max" <= 100')
@ObjectType()
export class CapacityDimension {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_capacity_dimensions' })
  @Field(() => ID)
  id: string;

  @Index('uq_capacity_dimensions_code', { unique: true })
  @Column({ type: 'varchar', length: 40 })
  @Field()
  code: string;

  @Column({ name: 'name_sr', type: 'varchar', length: 120 })
  @Field()
  nameSr: string;

  @Column({ name: 'name_en', type: 'varchar', length: 120 })
  @Field()
  nameEn: string;

  @Column({ name: 'scale_min', type: 'smallint', default: 1 })
  @Field(() => Int)
  scaleMin: number;

  @Column({ name: 'scale_max', type: 'smallint', default: 5 })
  @Field(() => Int)
  scaleMax: number;

  @Column({ type: 'smallint', default: 100 })
  @Field(() => Int)
  position: number;

  @Column({ type: 'boolean', default: true })
  @Field()
  active: boolean;
}
