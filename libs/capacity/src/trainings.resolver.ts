import { Args, ArgsType, Field, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, IsUUID, Length, Matches } from 'class-validator';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { RequestContext, RequestCtx, DateField } from '@app/common';
import { Organization, organizationsById, OrganizationsService } from '@app/organizations';
import { TrainingTopic } from './catalog.entity';
import { CreateTrainingInput, UpdateTrainingInput } from './dto/training.input';
import { TrainingConnection } from './dto/training-connection.type';
import { TrainingParticipantType, TrainingTrainerType } from './dto/training-person.type';
import { TrainingsArgs } from './dto/trainings.args';
import { TrainingLoaders } from './training-loaders.service';
import { Training } from './training.entity';
import { TrainingsService } from './trainings.service';

@ArgsType()
class TrainingIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id returned by the trainings query' })
  id: string;
}

@ArgsType()
class IssueCertificateArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'participantId must be an id returned by a training’s participants' })
  participantId: string;

  @Field({ description: 'Unique within the training' })
  @IsString()
  @Matches(/^\S(.*\S)?$/, { message: 'number must not start or end with spaces' })
  @Length(1, 40)
  number: string;

  @DateField()
  issuedOn: string;
}


@Resolver(() => Training)
export class TrainingsResolver {
  constructor(
    private readonly trainings: TrainingsService,
    private readonly loaders: TrainingLoaders,
  ) {}

  @Query(() => TrainingConnection, { name: 'trainings', description: 'Trainings, newest first' })
  listTrainings(@CurrentUser() actor: Actor | null, @Args() args: TrainingsArgs) {
    return this.trainings.list(actor, args);
  }

  @Query(() => Training)
  training(@CurrentUser() actor: Actor | null, @Args() { id }: TrainingIdArgs) {
    return this.trainings.get(actor, id);
  }

  @Mutation(() => Training, { description: 'Record a training, with its topics, trainers, participants and certificates' })
  createTraining(@CurrentUser() actor: Actor | null, @Args('input') input: CreateTrainingInput) {
    return this.trainings.create(actor, input);
  }

  @Mutation(() => Training, { description: 'Change a training; lists given replace the old ones' })
  updateTraining(@CurrentUser() actor: Actor | null, @Args() { id }: TrainingIdArgs, @Args('input') input: UpdateTrainingInput) {
    return this.trainings.update(actor, id, input);
  }

  @Mutation(() => Training, { description: "Issue (or correct) a participant's certificate" })
  issueTrainingCertificate(@CurrentUser() actor: Actor | null, @Args() { participantId, number, issuedOn }: IssueCertificateArgs) {
    return this.trainings.issueCertificate(actor, participantId, number, issuedOn);
  }

  @ResolveField(() => [TrainingTopic])
  topics(@Parent() training: Training, @RequestCtx() ctx: RequestContext) {
    return this.loaders.topics(ctx.loaders).load(training.id);
  }

  @ResolveField(() => [TrainingTrainerType])
  trainers(@Parent() training: Training, @RequestCtx() ctx: RequestContext) {
    return this.loaders.trainers(ctx.loaders).load(training.id);
  }

  @ResolveField(() => [TrainingParticipantType], { description: "Every participant's organization; names only for their own organization and coordinators" })
  participants(@Parent() training: Training, @RequestCtx() ctx: RequestContext) {
    return this.loaders.participants(ctx.loaders).load(training.id);
  }

  @ResolveField(() => Int)
  async participantCount(@Parent() training: Training, @RequestCtx() ctx: RequestContext) {
    return (await this.loaders.participants(ctx.loaders).load(training.id)).length;
  }
}

@Resolver(() => TrainingParticipantType)
export class TrainingParticipantResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => Organization)
  organization(@Parent() participant: TrainingParticipantType, @RequestCtx() ctx: RequestContext) {
    return organizationsById(ctx.loaders, this.organizations).load(participant.organizationId);
  }
}

@Resolver(() => TrainingTrainerType)
export class TrainingTrainerResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => Organization, { nullable: true })
  organization(@Parent() trainer: TrainingTrainerType, @RequestCtx() ctx: RequestContext) {
    return trainer.organizationId ? organizationsById(ctx.loaders, this.organizations).load(trainer.organizationId) : null;
  }
}
