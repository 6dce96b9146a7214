import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@app/common';
import { ActionItemStatus, MeetingKind, MeetingStatus } from '../meeting.enums';

export enum MeetingOrder {
  SOONEST_FIRST = 'SOONEST_FIRST',
  LATEST_FIRST = 'LATEST_FIRST',
}
registerEnumType(MeetingOrder, { name: 'MeetingOrder', description: 'By start' });

@InputType()
export class MeetingsFilter {
  @Field(() => Date, { nullable: true, description: 'Starting at or after' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => Date, { nullable: true, description: 'Starting before' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => MeetingStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingStatus)
  status?: MeetingStatus;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind;
}

@ArgsType()
export class MeetingsArgs extends ConnectionArgs {
  @Field(() => MeetingsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => MeetingsFilter)
  filter?: MeetingsFilter;

  @Field(() => MeetingOrder, { defaultValue: MeetingOrder.SOONEST_FIRST })
  @IsEnum(MeetingOrder)
  orderBy: MeetingOrder = MeetingOrder.SOONEST_FIRST;
}

@InputType()
export class ActionItemsFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all')
  meetingId?: string;

  @Field(() => ID, { nullable: true, description: 'Owned by this organization' })
  @IsOptional()
  @IsUUID('all')
  organizationId?: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;

  @Field({ nullable: true, description: 'Only items not done whose due date has passed (in Serbian time)' })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean;
}

/** Action items ordered by due date, soonest first. */
@ArgsType()
export class ActionItemsArgs extends ConnectionArgs {
  @Field(() => ActionItemsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActionItemsFilter)
  filter?: ActionItemsFilter;
}
