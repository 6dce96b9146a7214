import { Field, HideField, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { StrategicGoal } from './strategic-goal.entity';
import { CalendarDate } from '@app/common';

/** A strategic plan of the network (2021–2024, then the next one): data, not code. */
@Entity('strategy_periods')
@Check('ck_strategy_periods_dates', '"ends_on" > "starts_on"')
// Progress is totalled per quarter (migration CreateProgressRollup), so a plan covers whole quarters.
@Check('ck_strategy_periods_quarters', `"starts_on" = date_trunc('quarter', "starts_on")::date AND "ends_on" + 1 = date_trunc('quarter', "ends_on" + 1)::date`)
@ObjectType({ description: "A strategic plan period of the AT network, e.g. 2021–2024" })
export class StrategyPeriod {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_strategy_periods' })
  @Field(() => ID)
  id: string;

  @Index('uq_strategy_periods_code', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  @Field({ description: 'e.g. "2021-2024"' })
  code: string;

  @Column({ name: 'title_sr', type: 'varchar', length: 200 })
  @Field()
  titleSr: string;

  @Column({ name: 'title_en', type: 'varchar', length: 200 })
  @Field()
  titleEn: string;

  @Column({ name: 'starts_on', type: 'date' })
  @Field(() => CalendarDate, { description: 'First day of the period (YYYY-MM-DD)' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  @Field(() => CalendarDate, { description: 'Last day of the period (YYYY-MM-DD)' })
  endsOn: string;

  @OneToMany('StrategicGoal', (goal: StrategicGoal) => goal.period)
  @HideField()
  goals?: StrategicGoal[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @HideField()
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  @HideField()
  updatedAt: Date;
}
