import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsNumber, IsOptional, IsPositive, IsString, IsUUID, Length, Matches, Max, MaxLength, ValidateNested } from 'class-validator';
import { DateField } from '@app/common';

/** A person: a portal user, or a named person with an organization. Never both. */
@InputType()
export class TrainingPersonInput {
  @Field(() => ID, { nullable: true, description: 'A portal user; their organization is taken from their account' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be an id returned by the users query' })
  userId?: string;

  @Field({ nullable: true, description: 'Full name of someone without an account (personal data: nothing more is kept)' })
  @IsOptional()
  @IsString()
  @Length(2, 120)
  fullName?: string;

  @Field(() => ID, { nullable: true, description: "The named person's organization" })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;
}

@InputType()
export class TrainingParticipantInput extends TrainingPersonInput {
  @Field({ nullable: true, description: 'Certificate number, unique within the training' })
  @IsOptional()
  @IsString()
  @Matches(/^\S(.*\S)?$/, { message: 'certificateNumber must not start or end with spaces' })
  @Length(1, 40)
  certificateNumber?: string;

  @DateField({ nullable: true, description: 'YYYY-MM-DD; the last day of the training when omitted' })
  certificateIssuedOn?: string;
}

/** Everything a training records; on update every field is optional and replaces what was there. */
@InputType()
export class TrainingFieldsInput {
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

  @Field(() => Float, { nullable: true, description: 'More than 0, at most 200' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @IsPositive({ message: 'hours must be more than 0' })
  @Max(200, { message: 'hours must be at most 200' })
  hours?: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @Field(() => ID, { nullable: true, description: 'The network meeting it is part of' })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be an id returned by the meetings query' })
  meetingId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Topic codes (see trainingTopics)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'topicCodes must name at least one topic' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  topicCodes?: string[];

  @Field(() => [TrainingPersonInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TrainingPersonInput)
  trainers?: TrainingPersonInput[];

  @Field(() => [TrainingParticipantInput], { nullable: true, description: 'Replaces the participants (with their certificates) when given' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TrainingParticipantInput)
  participants?: TrainingParticipantInput[];
}

@InputType()
export class CreateTrainingInput extends TrainingFieldsInput {
  @Field()
  @IsString()
  @Length(3, 200)
  declare title: string;

  @DateField()
  declare startsOn: string;

  @Field(() => Float, { description: 'More than 0, at most 200' })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @IsPositive({ message: 'hours must be more than 0' })
  @Max(200, { message: 'hours must be at most 200' })
  declare hours: number;

  @Field(() => [String], { description: 'Topic codes (see trainingTopics)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'topicCodes must name at least one topic' })
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(40, { each: true })
  declare topicCodes: string[];
}

@InputType()
export class UpdateTrainingInput extends TrainingFieldsInput {
  @Field(() => Int, { nullable: true, description: 'The version you read; if someone saved in between, the update is refused with CONFLICT (the admin app always sends it)' })
  @IsOptional()
  @IsInt({ message: 'version must be the whole number the training was read with' })
  version?: number;
}
