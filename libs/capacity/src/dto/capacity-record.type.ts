import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

/** Hours of the trainings an organization attended, for one topic and year. */
@ObjectType()
export class TopicYearHours {
  @Field(() => Int)
  year: number;

  @Field()
  topicCode: string;

  @Field()
  topicNameSr: string;

  @Field()
  topicNameEn: string;

  @Field(() => Int)
  trainings: number;

  @Field(() => Float, { description: "Each training's hours once, however many of the organization's people attended" })
  hours: number;

  @Field(() => Float, { description: 'Hours × the organization’s participants' })
  personHours: number;
}

@ObjectType()
export class YearFigures {
  @Field(() => Int)
  year: number;

  @Field(() => Int)
  trainings: number;

  @Field(() => Float)
  hours: number;

  @Field(() => Float)
  personHours: number;

  @Field(() => Int, { description: 'Distinct people trained that year' })
  peopleTrained: number;
}

@ObjectType()
export class DimensionScore {
  @Field()
  dimensionCode: string;

  @Field()
  dimensionNameSr: string;

  @Field()
  dimensionNameEn: string;

  @Field(() => Int)
  scaleMin: number;

  @Field(() => Int)
  scaleMax: number;

  @Field(() => Int)
  score: number;

  @Field(() => Int, { nullable: true, description: 'Score minus the score of the previous period that rated this dimension; null the first time' })
  change: number | null;
}

@ObjectType()
export class SelfAssessmentPeriod {
  @Field()
  period: string;

  @Field()
  submittedAt: Date;

  @Field(() => [DimensionScore], { description: 'In the order of the dimensions' })
  scores: DimensionScore[];
}

/** An organization's capacity building: aggregated figures only, never a name. */
@ObjectType()
export class CapacityRecord {
  @Field(() => ID)
  organizationId: string;

  @Field(() => Int, { description: 'Trainings at least one of its people attended' })
  trainingsAttended: number;

  @Field(() => Float, { description: 'Hours of those trainings, each training once' })
  hours: number;

  @Field(() => Float)
  personHours: number;

  @Field(() => Int, { description: 'Distinct people trained: a user once, a named person once per name' })
  peopleTrained: number;

  @Field(() => Int)
  certificatesIssued: number;

  @Field(() => [TopicYearHours], { description: 'A training on two topics counts its hours for each, so topics do not add up to the total' })
  hoursByTopicAndYear: TopicYearHours[];

  @Field(() => [YearFigures])
  byYear: YearFigures[];

  @Field(() => [SelfAssessmentPeriod], { description: 'Oldest period first' })
  selfAssessments: SelfAssessmentPeriod[];
}
