import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUrl, IsUUID, Length, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { MeetingKind } from '../meeting.enums';

/** Limits users meet in forms; the same numbers are in the error messages. */
export const MEETING_DESCRIPTION_MAX = 10_000;
export const MEETING_MINUTES_MAX = 50_000;

@InputType()
export class AgendaItemInput {
  @Field()
  @IsString()
  @Length(1, 300)
  title: string;

  @Field(() => ID, { nullable: true, description: 'The organization presenting this point' })
  @IsOptional()
  @IsUUID('all', { message: 'presenterOrganizationId must be an id returned by the organizations query' })
  presenterOrganizationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'When this point begins; within the meeting' })
  @IsOptional()
  @IsDate({ message: 'startsAt must be a date and time (ISO 8601 with an offset)' })
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  durationMinutes?: number | null;
}

@InputType()
export class MeetingAttachmentInput {
  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) link' })
  @MaxLength(500)
  url: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(200)
  title: string = '';
}

/** Everything a meeting records; on update every field is optional, and lists given replace the old ones. */
@InputType()
export class MeetingFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200, { message: 'title must be 3 to 200 characters long' })
  title?: string;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind)
  kind?: MeetingKind;

  @Field(() => Date, { nullable: true, description: 'ISO 8601 with an offset, e.g. 2026-03-15T10:00:00+01:00' })
  @IsOptional()
  @IsDate({ message: 'startsAt must be a date and time (ISO 8601 with an offset)' })
  startsAt?: Date;

  @Field(() => Date, { nullable: true, description: 'After startsAt' })
  @IsOptional()
  @IsDate({ message: 'endsAt must be a date and time (ISO 8601 with an offset)' })
  endsAt?: Date;

  @Field({ nullable: true, description: 'IANA time zone the meeting is held in; Europe/Belgrade when omitted on creation' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  timeZone?: string;

  @Field(() => String, { nullable: true, description: 'Required unless the meeting is an online call' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for an online call' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'onlineUrl must be an http(s) link' })
  @MaxLength(500)
  onlineUrl?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MEETING_DESCRIPTION_MAX, { message: `description must be at most ${MEETING_DESCRIPTION_MAX} characters long` })
  description?: string;

  @Field(() => [AgendaItemInput], { nullable: true, description: 'In order' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AgendaItemInput)
  agenda?: AgendaItemInput[];

  @Field(() => [MeetingAttachmentInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MeetingAttachmentInput)
  attachments?: MeetingAttachmentInput[];

  @Field(() => [ID], { nullable: true, description: 'Organizations invited as a whole: their people see the meeting and may answer' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true, message: 'invitedOrganizationIds must hold ids returned by the organizations query' })
  invitedOrganizationIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'People invited by name: they get the invitation by e-mail with the .ics' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(300)
  @IsUUID('all', { each: true, message: 'invitedUserIds must hold ids returned by the users query' })
  invitedUserIds?: string[];
}

@InputType()
export class CreateMeetingInput extends MeetingFieldsInput {
  @Field()
  @IsString()
  @Length(3, 200, { message: 'title must be 3 to 200 characters long' })
  declare title: string;

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind)
  declare kind: MeetingKind;

  @Field(() => Date, { description: 'ISO 8601 with an offset, in the future' })
  @IsDate({ message: 'startsAt must be a date and time (ISO 8601 with an offset)' })
  declare startsAt: Date;

  @Field(() => Date, { description: 'After startsAt' })
  @IsDate({ message: 'endsAt must be a date and time (ISO 8601 with an offset)' })
  declare endsAt: Date;
}

@InputType()
export class UpdateMeetingInput extends MeetingFieldsInput {
  @Field(() => Int, { description: 'The version you read; if someone saved in between, the update is refused with CONFLICT' })
  @IsInt()
  version: number;
}

@InputType()
export class AttendeeInput {
  @Field(() => ID, { nullable: true, description: 'A portal user; name and organization come from the account unless given' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be an id returned by the users query' })
  userId?: string;

  @Field({ nullable: true, description: 'Required for a guest without an account' })
  @IsOptional()
  @IsString()
  @Length(1, 120)
  fullName?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;
}
