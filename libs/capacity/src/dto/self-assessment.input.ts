import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Length, ValidateNested } from 'class-validator';

@InputType()
export class DimensionScoreInput {
  @Field({ description: 'Dimension code (see capacityDimensions)' })
  @IsString()
  @Length(1, 40)
  dimensionCode: string;

  @Field(() => Int, { description: "Within the dimension's scale" })
  @IsInt()
  score: number;
}

@InputType()
export class SelfAssessmentInput {
  @Field(() => ID, { nullable: true, description: "The user's own organization when omitted" })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;

  @Field({ description: 'A year ("2024"), half-year ("2024-H1") or quarter ("2024-Q3"); submitting a period again replaces it' })
  @Matches(/^[0-9]{4}(-(H[12]|Q[1-4]))?$/, { message: 'period must look like 2024, 2024-H1 or 2024-Q3' })
  period: string;

  @Field(() => [DimensionScoreInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'scores must rate at least one dimension' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DimensionScoreInput)
  scores: DimensionScoreInput[];

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(2000)
  notes: string = '';
}
