import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@app/common';
import { AuditAction } from '../audit-action.enum';

@InputType()
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this user did' })
  @IsOptional()
  @IsUUID('all', { message: 'actorUserId must be a user id' })
  actorUserId?: string;

  @Field(() => ID, { nullable: true, description: "Only what this organization's users did" })
  @IsOptional()
  @IsUUID('all', { message: 'actorOrganizationId must be an id returned by the organizations query' })
  actorOrganizationId?: string;

  @Field(() => AuditAction, { nullable: true })
  @IsOptional()
  @IsEnum(AuditAction)
  action?: AuditAction;

  @Field({ nullable: true, description: 'Only entries about this kind of record, e.g. "Organization"' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  entityType?: string;

  @Field({ nullable: true, description: 'Only entries about the record with this id (best with entityType)' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  entityId?: string;

  @Field({ nullable: true, description: 'Only entries at or after this instant' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Only entries before this instant (exclusive)' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  to?: Date;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditLogFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter;
}
