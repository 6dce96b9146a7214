import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CalendarDate } from '@app/common';

/** A closed reporting period (e.g. a year whose donor report is sent): no activity in it changes. */
@Entity('reporting_period_locks')
@Check('ck_reporting_period_locks_dates', '"ends_on" >= "starts_on"')
@ObjectType()
export class ReportingPeriodLock {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_reporting_period_locks' })
  @Field(() => ID)
  id: string;

  @Column({ name: 'starts_on', type: 'date' })
  @Field(() => CalendarDate, { description: 'YYYY-MM-DD' })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'date' })
  @Field(() => CalendarDate, { description: 'YYYY-MM-DD' })
  endsOn: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  @Field()
  reason: string;

  @Column({ name: 'locked_by', type: 'uuid', nullable: true })
  lockedBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  @Field()
  createdAt: Date;
}
