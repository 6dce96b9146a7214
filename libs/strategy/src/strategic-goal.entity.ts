import { Field, HideField, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Indicator } from './indicator.entity';
import { StrategyPeriod } from './strategy-period.entity';

@Entity('strategic_goals')
@Index('uq_strategic_goals_period_code', ['periodId', 'code'], { unique: true })
@ObjectType({ description: 'A strategic goal (direction) of a strategy period' })
export class StrategicGoal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_strategic_goals' })
  @Field(() => ID)
  id: string;

  @Column({ name: 'period_id', type: 'uuid' })
  @HideField()
  periodId: string;

  @ManyToOne(() => StrategyPeriod, (period) => period.goals, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'period_id', foreignKeyConstraintName: 'fk_strategic_goals_period' })
  @HideField()
  period?: StrategyPeriod;

  @Column({ type: 'varchar', length: 20 })
  @Field({ description: 'Code within the period, e.g. "1"' })
  code: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Order within the period' })
  position: number;

  @Column({ name: 'title_sr', type: 'text' })
  @Field({ description: 'Title in Serbian, as the network wrote it' })
  titleSr: string;

  @Column({ name: 'title_en', type: 'text' })
  @Field()
  titleEn: string;

  @Column({ name: 'description_sr', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  descriptionSr: string | null;

  @Column({ name: 'description_en', type: 'text', nullable: true })
  @Field(() => String, { nullable: true })
  descriptionEn: string | null;

  @OneToMany('Indicator', (indicator: Indicator) => indicator.goal)
  @HideField()
  indicators?: Indicator[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @HideField()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @HideField()
  updatedAt: Date;
}
