import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { CapacityRecordService } from './capacity-record.service';
import { CapacityDimension, TrainingTopic } from './catalog.entity';
import { CatalogService } from './catalog.service';
import { CapacityDimensionInput, TrainingTopicInput } from './dto/catalog.input';
import { CapacityRecord, SelfAssessmentPeriod } from './dto/capacity-record.type';
import { SelfAssessmentInput } from './dto/self-assessment.input';

@ArgsType()
class CapacityRecordArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId: string;
}

/** Capacity records, self-assessments and the lists they are built on. */
@Resolver(() => CapacityRecord)
export class CapacityResolver {
  constructor(
    private readonly records: CapacityRecordService,
    private readonly catalog: CatalogService,
  ) {}

  @Query(() => CapacityRecord, { description: "An organization's trainings, hours by topic and year, people trained and self-assessments; figures only" })
  capacityRecord(@CurrentUser() actor: Actor | null, @Args() { organizationId }: CapacityRecordArgs) {
    return this.records.record(actor, organizationId);
  }

  @Query(() => [TrainingTopic], { description: 'Topics trainings are on' })
  trainingTopics(@CurrentUser() actor: Actor | null) {
    return this.catalog.topics(actor);
  }

  @Query(() => [CapacityDimension], { description: 'Dimensions of the capacity self-assessment, with their scales' })
  capacityDimensions(@CurrentUser() actor: Actor | null) {
    return this.catalog.dimensions(actor);
  }

  @Mutation(() => TrainingTopic, { description: 'Add a training topic, or change one by its code' })
  setTrainingTopic(@CurrentUser() actor: Actor | null, @Args('input') input: TrainingTopicInput) {
    return this.catalog.setTopic(actor, input);
  }

  @Mutation(() => CapacityDimension, { description: 'Add a self-assessment dimension, or change one by its code' })
  setCapacityDimension(@CurrentUser() actor: Actor | null, @Args('input') input: CapacityDimensionInput) {
    return this.catalog.setDimension(actor, input);
  }

  @Mutation(() => SelfAssessmentPeriod, { description: "Submit the organization's self-assessment for a period; again for the same period replaces it" })
  submitSelfAssessment(@CurrentUser() actor: Actor | null, @Args('input') input: SelfAssessmentInput) {
    return this.records.submitSelfAssessment(actor, input);
  }
}
