import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs, DateField } from '@app/common';
import { ActivityStatus, ActivityType, TargetGroup } from '../activity.enums';

export enum ActivityOrder {
  NEWEST_FIRST = 'NEWEST_FIRST',
  OLDEST_FIRST = 'OLDEST_FIRST',
}
registerEnumType(ActivityOrder, { name: 'ActivityOrder', description: 'By start date' });

@InputType()
export class ActivitiesFilter {
  @Field(() => ID, { nullable: true, description: 'Led or co-organized by this organization' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;

  @Field(() => ActivityType, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityType)
  type?: ActivityType;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'goalId must be an id returned by the strategyPeriods query' })
  goalId?: string;

  @Field(() => ID, { nullable: true, description: 'Activities starting within this strategy period' })
  @IsOptional()
  @IsUUID('all', { message: 'periodId must be an id returned by the strategyPeriods query' })
  periodId?: string;

  @DateField({ nullable: true, description: 'Starting on or after this day (YYYY-MM-DD)' })
  from?: string;

  @DateField({ nullable: true, description: 'Starting on or before this day (YYYY-MM-DD)' })
  to?: string;

  @Field({ nullable: true, description: 'City, ignoring case and diacritics' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  city?: string;

  @Field(() => ActivityStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityStatus)
  status?: ActivityStatus;

  @Field(() => TargetGroup, { nullable: true })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup;

  @Field({ nullable: true, description: 'Words in the title, description or city, ignoring case and diacritics' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  search?: string;
}

@ArgsType()
export class ActivitiesArgs extends ConnectionArgs {
  @Field(() => ActivitiesFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivitiesFilter)
  filter?: ActivitiesFilter;

  @Field(() => ActivityOrder, { defaultValue: ActivityOrder.NEWEST_FIRST })
  @IsEnum(ActivityOrder)
  orderBy: ActivityOrder = ActivityOrder.NEWEST_FIRST;
}
