import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { AuditEntry, AuditService } from '@app/audit';
import { Action, Actor, can, CurrentUser } from '@app/policy';
import { RequestContext, DateField } from '@app/common';
import { Organization, organizationsById, OrganizationsService } from '@app/organizations';
import { StrategicGoal } from '@app/strategy';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActivitiesService } from './activities.service';
import { ActivityLoaders } from './activity-loaders.service';
import { ActivityAttachment, ActivityIndicatorValue, ActivityInstitution, ActivityParticipants } from './activity-parts.entity';
import { Activity } from './activity.entity';
import { AgeBand } from './age-band.entity';
import { ActivitiesArgs } from './dto/activities.args';
import { ActivityConnection } from './dto/activity-connection.type';
import { CreateActivityInput, UpdateActivityInput } from './dto/activity.input';
import { ReportingPeriodLock } from './reporting-period-lock.entity';
import { ReportingLocksService } from './reporting-locks.service';

@ArgsType()
class ActivityIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id returned by the activities query' })
  id: string;
}

@ArgsType()
class ReviewCommentArgs extends ActivityIdArgs {
  @Field({ description: 'Why: shown to the organization with the activity' })
  @IsString()
  @Length(3, 2000)
  comment: string;
}

@ArgsType()
class LockPeriodArgs {
  @DateField()
  startsOn: string;

  @DateField()
  endsOn: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(300)
  reason: string = '';
}

@Resolver(() => Activity)
export class ActivitiesResolver {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly locks: ReportingLocksService,
    private readonly loaders: ActivityLoaders,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Query(() => ActivityConnection, { name: 'activities', description: 'Activities the signed-in user may see, newest first unless ordered otherwise' })
  listActivities(@CurrentUser() actor: Actor | null, @Args() args: ActivitiesArgs) {
    return this.activities.list(actor, args);
  }

  @Query(() => Activity)
  activity(@CurrentUser() actor: Actor | null, @Args() { id }: ActivityIdArgs) {
    return this.activities.get(actor, id);
  }

  @Query(() => [AgeBand], { description: 'Age bands participants are counted in' })
  ageBands() {
    return this.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } });
  }

  @Query(() => [ReportingPeriodLock], { description: 'Locked reporting periods' })
  reportingPeriodLocks(@CurrentUser() actor: Actor | null) {
    return this.locks.list(actor);
  }

  @Mutation(() => Activity, { description: 'Log an activity (as a draft)' })
  createActivity(@CurrentUser() actor: Actor | null, @Args('input') input: CreateActivityInput) {
    return this.activities.create(actor, input);
  }

  @Mutation(() => Activity)
  updateActivity(@CurrentUser() actor: Actor | null, @Args() { id }: ActivityIdArgs, @Args('input') input: UpdateActivityInput) {
    return this.activities.update(actor, id, input);
  }

  @Mutation(() => Activity, { description: 'Send a draft or returned activity for review' })
  submitActivity(@CurrentUser() actor: Actor | null, @Args() { id }: ActivityIdArgs) {
    return this.activities.submit(actor, id);
  }

  @Mutation(() => Activity, { description: 'Approve a submitted activity: it then counts in reports' })
  approveActivity(@CurrentUser() actor: Actor | null, @Args() { id }: ActivityIdArgs) {
    return this.activities.approve(actor, id);
  }

  @Mutation(() => Activity, { description: 'Return a submitted activity with a comment' })
  returnActivity(@CurrentUser() actor: Actor | null, @Args() { id, comment }: ReviewCommentArgs) {
    return this.activities.returnForChanges(actor, id, comment);
  }

  @Mutation(() => Activity, { description: 'Reopen an approved activity for corrections' })
  reopenActivity(@CurrentUser() actor: Actor | null, @Args() { id, comment }: ReviewCommentArgs) {
    return this.activities.reopen(actor, id, comment);
  }

  @Mutation(() => ReportingPeriodLock, { description: 'Lock a reporting period: no activity in it can change' })
  lockReportingPeriod(@CurrentUser() actor: Actor | null, @Args() { startsOn, endsOn, reason }: LockPeriodArgs) {
    return this.locks.lock(actor, startsOn, endsOn, reason);
  }

  @Mutation(() => ReportingPeriodLock)
  unlockReportingPeriod(@CurrentUser() actor: Actor | null, @Args() { id }: ActivityIdArgs) {
    return this.locks.unlock(actor, id);
  }

  // The relations of a list's every activity take graphql-js' own arguments (parent, arguments,
  // context) instead of parameter decorators: Nest then hands graphql the method itself, without
  // the per-call wrapper that resolves decorators and runs pipes (250 calls on a page of 50).
  @ResolveField(() => Organization, { description: 'The lead organization' })
  organization(activity: Activity, _args: unknown, ctx: RequestContext) {
    return organizationsById(ctx.loaders, this.organizations).load(activity.organizationId);
  }

  @ResolveField(() => [Organization])
  coOrganizers(activity: Activity, _args: unknown, ctx: RequestContext) {
    return this.loaders.coOrganizers(ctx.loaders).load(activity.id);
  }

  @ResolveField(() => [StrategicGoal])
  goals(activity: Activity, _args: unknown, ctx: RequestContext) {
    return this.loaders.goals(ctx.loaders).load(activity.id);
  }

  @ResolveField(() => [ActivityParticipants], { description: 'Participants by gender and age band' })
  participants(activity: Activity, _args: unknown, ctx: RequestContext) {
    return this.loaders.participants(ctx.loaders).load(activity.id);
  }

  @ResolveField(() => [ActivityInstitution])
  institutions(activity: Activity, _args: unknown, ctx: RequestContext) {
    return this.loaders.institutions(ctx.loaders).load(activity.id);
  }

  @ResolveField(() => [ActivityIndicatorValue])
  indicatorValues(activity: Activity, _args: unknown, ctx: RequestContext) {
    return this.loaders.indicatorValues(ctx.loaders).load(activity.id);
  }

  @ResolveField(() => [ActivityAttachment])
  attachments(activity: Activity, _args: unknown, ctx: RequestContext) {
    return this.loaders.attachments(ctx.loaders).load(activity.id);
  }

  @ResolveField(() => [AuditEntry], { nullable: true, description: "Who changed what and when; for the organization's own people and coordinators" })
  async history(@Parent() activity: Activity, @CurrentUser() actor: Actor | null) {
    if (!can(actor, Action.ACTIVITY_READ_UNAPPROVED, { organizationId: activity.organizationId })) return null;
    const { edges } = await this.audit.list({ entityType: 'Activity', entityId: activity.id }, { first: 100 });
    return edges.map(({ node }) => node);
  }
}
