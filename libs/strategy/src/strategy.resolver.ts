import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ConnectionArgs, groupByKeys, LanguageArgs, localize, RequestContext, RequestCtx } from '@app/common';
import { StrategyPeriodConnection } from './dto/strategy-period-connection.type';
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
