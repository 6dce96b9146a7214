import { Field, Float, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';
import { StrategicGoal } from './strategic-goal.entity';

/** numeric comes back from pg as a string, to keep precision; indicator values fit a double. */
const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('indicators')
@Index('uq_indicators_goal_code', ['goalId', 'code'], { unique: true })
@ObjectType({ description: 'A measurable indicator of a strategic goal, with baseline and target' })
export class Indicator {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_indicators' })
  @Field(() => ID)
  id: string;

  @Column({ name: 'goal_id', type: 'uuid' })
  @HideField()
  goalId: string;

  @ManyToOne(() => StrategicGoal, (goal) => goal.indicators, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'goal_id', foreignKeyConstraintName: 'fk_indicators_goal' })
  @HideField()
  goal?: StrategicGoal;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: 'Code within the goal, e.g. "1.2"' })
  code: string;

  @Column({ type: 'smallint' })
  @Field(() => Int)
  position: number;

  @Column({ name: 'name_sr', type: 'text' })
  @Field()
  nameSr: string;

  @Column({ name: 'name_en', type: 'text' })
  @Field()
  nameEn: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'Unit of measure, e.g. "participants" or "activities"' })
  unit: string;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric })
  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, nullable: true, transformer: numeric })
  @Field(() => Float, { nullable: true })
  target: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @HideField()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @HideField()
  updatedAt: Date;
}
