import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@app/audit';
import { Indicator } from './indicator.entity';
import { StrategicGoal } from './strategic-goal.entity';
import { StrategyAdminService } from './strategy-admin.service';
import { IndicatorsResolver, StrategicGoalsResolver, StrategyAdminResolver, StrategyPeriodsResolver } from './strategy.resolver';
import { StrategyPeriod } from './strategy-period.entity';
import { StrategyService } from './strategy.service';

/** Strategic plan periods, their goals and indicators. */
@Module({
  imports: [TypeOrmModule.forFeature([StrategyPeriod, StrategicGoal, Indicator]), AuditModule],
  providers: [StrategyService, StrategyAdminService, StrategyPeriodsResolver, StrategicGoalsResolver, IndicatorsResolver, StrategyAdminResolver],
  exports: [StrategyService, StrategyAdminService],
})
export class StrategyModule {}
