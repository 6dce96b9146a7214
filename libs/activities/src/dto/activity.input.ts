import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ActivityType, Gender, InstitutionKind, TargetGroup } from '../activity.enums';
import { DateField } from '@app/common';

@InputType()
export class ParticipantCountInput {
  @Field(() => Gender)
  @IsEnum(Gender)
  gender: Gender;

  @Field({ description: 'Age band code, e.g. "15_17" (see the ageBands query)' })
  @IsString()
  @MaxLength(20)
  ageBand: string;

  @Field(() => Int)
  @IsInt()
  @Min(0, { message: 'count must not be negative' })
  count: number;
}

@InputType()
export class InstitutionInput {
  @Field(() => InstitutionKind)
  @IsEnum(InstitutionKind)
  kind: InstitutionKind;

  @Field()
  @IsString()
  @Length(1, 200)
  name: string;
}

@InputType()
export class IndicatorValueInput {
  @Field(() => ID)
  @IsUUID('all')
  indicatorId: string;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  value: number;
}

@InputType()
export class AttachmentInput {
  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) link' })
  @MaxLength(500)
  url: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  title: string = '';
}

/** Everything an activity records; on update every field is optional and replaces what was there. */
@InputType()
export class ActivityFieldsInput {
  @Field(() => ActivityType, { nullable: true })
  @IsOptional()
  @IsEnum(ActivityType)
  type?: ActivityType;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  description?: string;

  @DateField({ nullable: true })
  startsOn?: string;

  @DateField({ nullable: true, description: 'YYYY-MM-DD; the start date when omitted on creation' })
  endsOn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  online?: boolean;

  @Field(() => [TargetGroup], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => [ParticipantCountInput], { nullable: true, description: 'Counts by gender and age band' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ParticipantCountInput)
  participants?: ParticipantCountInput[];

  @Field(() => Int, { nullable: true, description: 'Declared total; when given, the counts must add up to it' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'participantsTotal must not be negative' })
  participantsTotal?: number | null;

  @Field(() => [InstitutionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => InstitutionInput)
  institutions?: InstitutionInput[];

  @Field(() => [ID], { nullable: true, description: 'Strategic goals of the plan period covering the start date' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true, message: 'goalIds must hold ids returned by the strategyPeriods query' })
  goalIds?: string[];

  @Field(() => [IndicatorValueInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => IndicatorValueInput)
  indicatorValues?: IndicatorValueInput[];

  @Field(() => [ID], { nullable: true, description: 'Other AT network members that co-organized it' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true, message: 'coOrganizerIds must hold ids returned by the organizations query' })
  coOrganizerIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'mediaOutlets must not be negative' })
  mediaOutlets?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'mediaAudience must not be negative' })
  mediaAudience?: number | null;

  @Field(() => [AttachmentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AttachmentInput)
  attachments?: AttachmentInput[];
}

@InputType()
export class CreateActivityInput extends ActivityFieldsInput {
  @Field(() => ID, {
    nullable: true,
    description: 'An idempotency key (a UUID the client makes once per new activity): sent again, it gives the activity already created instead of a second one',
  })
  @IsOptional()
  @IsUUID('all', { message: 'clientRequestId must be a UUID' })
  clientRequestId?: string;

  @Field(() => ID, { nullable: true, description: "Lead organization; the user's own when omitted" })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;

  @Field(() => ActivityType)
  @IsEnum(ActivityType)
  declare type: ActivityType;

  @Field()
  @IsString()
  @Length(3, 200)
  declare title: string;

  @DateField()
  declare startsOn: string;
}

@InputType()
export class UpdateActivityInput extends ActivityFieldsInput {
  @Field(() => Int, { description: 'The version you read; if someone saved in between, the update is refused with CONFLICT' })
  @IsInt()
  version: number;
}
