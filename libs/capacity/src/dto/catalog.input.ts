import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

const CODE = /^[A-Z][A-Z0-9_]*$/;

/** A topic by its code: a new code adds one, a known code changes it. */
@InputType()
export class TrainingTopicInput {
  @Field({ description: 'Upper-case code, e.g. "VICTIM_IDENTIFICATION"; the key, so it cannot change' })
  @Matches(CODE, { message: 'code must be upper-case letters, digits and _' })
  @Length(2, 40)
  code: string;

  @Field()
  @IsString()
  @Length(2, 120)
  nameSr: string;

  @Field()
  @IsString()
  @Length(2, 120)
  nameEn: string;

  @Field(() => Int, { nullable: true, description: 'Place in lists' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;

  @Field({ nullable: true, description: 'False retires it: kept on past trainings, not offered for new ones' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

/** A self-assessment dimension by its code, with the scale its scores lie on. */
@InputType()
export class CapacityDimensionInput extends TrainingTopicInput {
  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(0)
  @Max(99)
  scaleMin: number = 1;

  @Field(() => Int, { defaultValue: 5 })
  @IsInt()
  @Min(1)
  @Max(100)
  scaleMax: number = 5;
}
