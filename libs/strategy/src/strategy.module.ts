import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Indicator } from './indicator.entity';
import { StrategicGoal } from './strategic-goal.entity';
import { IndicatorsResolver, StrategicGoalsResolver, StrategyPeriodsResolver } from './strategy.resolver';
import { StrategyPeriod } from './strategy-period.entity';
import { StrategyService } from './strategy.service';

/** Strategic plan periods, their goals and indicators. */
@Module({
  imports: [TypeOrmModule.forFeature([StrategyPeriod, StrategicGoal, Indicator])],
  providers: [StrategyService, StrategyPeriodsResolver, StrategicGoalsResolver, IndicatorsResolver],
  exports: [StrategyService],
})
export class StrategyModule {}
