import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { ConnectionArgs, groupByKeys, LanguageArgs, localize, RequestContext, RequestCtx } from '@app/common';
import { StrategyPeriodConnection } from './dto/strategy-period-connection.type';
import { CreateIndicatorInput, CreateStrategicGoalInput, CreateStrategyPeriodInput, IndicatorFieldsInput, StrategicGoalFieldsInput, UpdateStrategyPeriodInput } from './dto/strategy.input';
import { StrategyAdminService } from './strategy-admin.service';
import { Indicator } from './indicator.entity';
import { StrategicGoal } from './strategic-goal.entity';
import { StrategyPeriod } from './strategy-period.entity';
import { StrategyService } from './strategy.service';

@Resolver(() => StrategyPeriod)
export class StrategyPeriodsResolver {
  constructor(private readonly strategy: StrategyService) {}

  @Query(() => StrategyPeriodConnection, { description: 'Strategic plan periods, oldest first' })
  strategyPeriods(@Args() args: ConnectionArgs) {
    return this.strategy.listPeriods(args);
  }

  @Query(() => StrategyPeriod)
  strategyPeriod(@Args('id', { type: () => ID }) id: string) {
    return this.strategy.getPeriod(id);
  }

  @ResolveField(() => String)
  title(@Parent() period: StrategyPeriod, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext) {
    return localize(language ?? ctx.language, period.titleSr, period.titleEn);
  }

  @ResolveField(() => [StrategicGoal], { description: 'Goals in their order' })
  goals(@Parent() period: StrategyPeriod, @RequestCtx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, StrategicGoal[]>('goalsByPeriod', async (ids) =>
        groupByKeys(ids, await this.strategy.goalsOfPeriods(ids), (goal) => goal.periodId),
      )
      .load(period.id);
  }
}

@Resolver(() => StrategicGoal)
export class StrategicGoalsResolver {
  constructor(private readonly strategy: StrategyService) {}

  @ResolveField(() => String)
  title(@Parent() goal: StrategicGoal, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext) {
    return localize(language ?? ctx.language, goal.titleSr, goal.titleEn);
  }

  @ResolveField(() => String, { nullable: true })
  description(@Parent() goal: StrategicGoal, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext) {
    return localize(language ?? ctx.language, goal.descriptionSr, goal.descriptionEn);
  }

  @ResolveField(() => [Indicator])
  indicators(@Parent() goal: StrategicGoal, @RequestCtx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, Indicator[]>('indicatorsByGoal', async (ids) =>
        groupByKeys(ids, await this.strategy.indicatorsOfGoals(ids), (indicator) => indicator.goalId),
      )
      .load(goal.id);
  }
}

@Resolver(() => Indicator)
export class IndicatorsResolver {
  @ResolveField(() => String)
  name(@Parent() indicator: Indicator, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext) {
    return localize(language ?? ctx.language, indicator.nameSr, indicator.nameEn);
  }
}

@ArgsType()
class StrategyIdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an id returned by the strategyPeriods query' })
  id: string;
}

/** Coordinators keep the plan: new periods, goals and indicators, baselines and targets. */
@Resolver()
export class StrategyAdminResolver {
  constructor(private readonly admin: StrategyAdminService) {}

  @Mutation(() => StrategyPeriod, { description: 'Add a plan period (whole quarters), e.g. the next plan' })
  createStrategyPeriod(@CurrentUser() actor: Actor | null, @Args('input') input: CreateStrategyPeriodInput) {
    return this.admin.createPeriod(actor, input);
  }

  @Mutation(() => StrategyPeriod, { description: "Change a plan period's titles" })
  updateStrategyPeriod(@CurrentUser() actor: Actor | null, @Args() { id }: StrategyIdArgs, @Args('input') input: UpdateStrategyPeriodInput) {
    return this.admin.updatePeriod(actor, id, input);
  }

  @Mutation(() => StrategicGoal, { description: 'Add a goal to a plan period, after its last goal' })
  createStrategicGoal(@CurrentUser() actor: Actor | null, @Args('input') input: CreateStrategicGoalInput) {
    return this.admin.createGoal(actor, input);
  }

  @Mutation(() => StrategicGoal)
  updateStrategicGoal(@CurrentUser() actor: Actor | null, @Args() { id }: StrategyIdArgs, @Args('input') input: StrategicGoalFieldsInput) {
    return this.admin.updateGoal(actor, id, input);
  }

  @Mutation(() => Indicator, { description: 'Add an indicator to a goal, with its baseline and target' })
  createIndicator(@CurrentUser() actor: Actor | null, @Args('input') input: CreateIndicatorInput) {
    return this.admin.createIndicator(actor, input);
  }

  @Mutation(() => Indicator, { description: "Change an indicator: names, unit, baseline, target (null clears them)" })
  updateIndicator(@CurrentUser() actor: Actor | null, @Args() { id }: StrategyIdArgs, @Args('input') input: IndicatorFieldsInput) {
    return this.admin.updateIndicator(actor, id, input);
  }
}
