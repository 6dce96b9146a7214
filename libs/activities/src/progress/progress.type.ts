import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class AgeBandCount {
  @Field()
  ageBand: string;

  @Field(() => Int)
  count: number;
}

/** Approved activities and the people they reached. */
@ObjectType()
export class ProgressFigures {
  @Field(() => Int)
  activities: number;

  @Field(() => Int, { description: 'Declared totals, or the sum of the counts by gender and age where no total was declared' })
  participants: number;

  @Field(() => Int)
  female: number;

  @Field(() => Int)
  male: number;

  @Field(() => Int)
  otherUnknown: number;

  @Field(() => [AgeBandCount], { description: 'In the order of the age bands' })
  byAgeBand: AgeBandCount[];
}

/** One goal × organization × quarter. An activity counts for its lead organization and each co-organizer. */
@ObjectType()
export class ProgressCell extends ProgressFigures {
  @Field(() => ID)
  goalId: string;

  @Field(() => ID)
  organizationId: string;

  @Field({ description: 'e.g. "2022-Q3"' })
  quarter: string;
}

@ObjectType()
export class IndicatorProgress {
  @Field(() => ID)
  indicatorId: string;

  @Field()
  code: string;

  @Field()
  nameSr: string;

  @Field()
  nameEn: string;

  @Field()
  unit: string;

  @Field(() => Float, { description: 'Sum of the contributions of approved activities' })
  value: number;

  @Field(() => Float, { nullable: true })
  baseline: number | null;

  @Field(() => Float, { nullable: true })
  target: number | null;
}

/** Network figures for one goal: a joint activity counts once. */
@ObjectType()
export class GoalProgress extends ProgressFigures {
  @Field(() => ID)
  goalId: string;

  @Field()
  code: string;

  @Field(() => [IndicatorProgress])
  indicators: IndicatorProgress[];
}

@ObjectType()
export class StrategyProgress {
  @Field(() => ID)
  periodId: string;

  @Field()
  periodCode: string;

  @Field(() => [ProgressCell])
  cells: ProgressCell[];

  @Field(() => [GoalProgress])
  goals: GoalProgress[];

  @Field(() => ProgressFigures, { description: 'Whole network over the period, every approved activity once' })
  network: ProgressFigures;
}
