import { Module } from '@nestjs/common';
import { ActivitiesModule } from '@app/activities';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { StrategyModule } from '@app/strategy';
import { ActivitiesPagesController } from './activities-pages.controller';
import { StrategyPagesController } from '../strategy/strategy-pages.controller';
import { ReportingPeriodsPagesController } from './reporting-periods-pages.controller';

/** The activity pages (review queue, all activities, one activity, reporting periods) and the strategic plan with its progress. */
@Module({
  imports: [ActivitiesModule, AuditModule, OrganizationsModule, StrategyModule],
  controllers: [ActivitiesPagesController, ReportingPeriodsPagesController, StrategyPagesController],
})
export class ActivitiesPagesModule {}
