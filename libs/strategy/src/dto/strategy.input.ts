import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { IsNumber, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, Min } from 'class-validator';
import { DateField } from '@app/common';

/** A new strategic plan period, e.g. 2025–2028: data, added without a migration. */
@InputType()
export class CreateStrategyPeriodInput {
  @Field({ description: 'e.g. "2025-2028"' })
  @IsString()
  @Matches(/^[A-Za-z0-9._-]{2,20}$/, { message: 'code must be 2 to 20 letters, digits, dots, dashes or underscores, e.g. 2025-2028' })
  code: string;

  @Field()
  @IsString()
  @Length(3, 200)
  titleSr: string;

  @Field()
  @IsString()
  @Length(3, 200)
  titleEn: string;

  @DateField({ description: 'First day of a quarter (YYYY-MM-DD)' })
  startsOn: string;

  @DateField({ description: 'Last day of a quarter (YYYY-MM-DD)' })
  endsOn: string;
}

/** A plan period's titles; its days stay, since progress is totalled by them. */
@InputType()
export class UpdateStrategyPeriodInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  titleSr?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  titleEn?: string;
}

@InputType()
export class StrategicGoalFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  titleSr?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  titleEn?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  descriptionSr?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(4000)
  descriptionEn?: string | null;
}

@InputType()
export class CreateStrategicGoalInput extends StrategicGoalFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'periodId must be an id returned by the strategyPeriods query' })
  periodId: string;

  @Field({ description: 'Code within the period, e.g. "1"' })
  @IsString()
  @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'code must be 1 to 20 letters, digits or dots, e.g. 1' })
  code: string;

  @Field()
  @IsString()
  @Length(3, 500)
  titleSr: string;

  @Field()
  @IsString()
  @Length(3, 500)
  titleEn: string;
}

@InputType()
export class IndicatorFieldsInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  nameSr?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @Length(3, 500)
  nameEn?: string;

  @Field({ nullable: true, description: 'Unit of measure, e.g. "participants"' })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  unit?: string;

  @Field(() => Float, { nullable: true, description: 'Where the network started; null when unknown' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'baseline must be a number with at most 2 decimals' })
  @Min(0, { message: 'baseline must not be negative' })
  baseline?: number | null;

  @Field(() => Float, { nullable: true, description: 'What the plan aims for by its end; null when not set' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, { message: 'target must be a number with at most 2 decimals' })
  @Min(0, { message: 'target must not be negative' })
  target?: number | null;
}

@InputType()
export class CreateIndicatorInput extends IndicatorFieldsInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'goalId must be an id returned by the strategyPeriods query' })
  goalId: string;

  @Field({ description: 'Code within the goal, e.g. "1.2"' })
  @IsString()
  @Matches(/^[A-Za-z0-9.]{1,20}$/, { message: 'code must be 1 to 20 letters, digits or dots, e.g. 1.2' })
  code: string;

  @Field()
  @IsString()
  @Length(3, 500)
  nameSr: string;

  @Field()
  @IsString()
  @Length(3, 500)
  nameEn: string;

  @Field()
  @IsString()
  @Length(1, 40)
  unit: string;
}
