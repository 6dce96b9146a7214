import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '@app/common';

@InputType()
export class TrainingsFilter {
  @Field(() => ID, { nullable: true, description: 'Trainings someone of this organization attended' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;

  @Field({ nullable: true, description: 'Topic code' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  topicCode?: string;

  @Field(() => Int, { nullable: true, description: 'Starting in this year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @Field(() => ID, { nullable: true, description: 'Part of this meeting' })
  @IsOptional()
  @IsUUID('all', { message: 'meetingId must be an id returned by the meetings query' })
  meetingId?: string;
}

@ArgsType()
export class TrainingsArgs extends ConnectionArgs {
  @Field(() => TrainingsFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TrainingsFilter)
  filter?: TrainingsFilter;
}
