import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { ActionItemStatus } from '../meeting.enums';
import { DateField } from '@app/common';

@InputType()
export class ActionItemFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 1000, { message: 'description must be 3 to 1000 characters long' })
  description?: string;

  @Field(() => ID, { nullable: true, description: 'The organization that owns it' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;

  @DateField({ nullable: true })
  dueOn?: string;

  @Field(() => ActionItemStatus, { nullable: true })
  @IsOptional()
  @IsEnum(ActionItemStatus)
  status?: ActionItemStatus;
}

@InputType()
export class CreateActionItemInput extends ActionItemFieldsInput {
  @Field()
  @IsString()
  @Length(3, 1000, { message: 'description must be 3 to 1000 characters long' })
  declare description: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  declare organizationId: string;

  @DateField()
  declare dueOn: string;
}
