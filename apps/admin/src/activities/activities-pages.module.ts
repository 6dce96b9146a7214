import { Module } from '@nestjs/common';
import { ActivitiesModule } from '@app/activities';
import { AuditModule } from '@app/audit';
import { OrganizationsModule } from '@app/organizations';
import { ReferralsModule } from '@app/referrals';
import { StrategyModule } from '@app/strategy';
import { ActivitiesPagesController } from './activities-pages.controller';
import { ReferralsPagesController } from '../referrals/referrals-pages.controller';
import { StrategyPagesController } from '../strategy/strategy-pages.controller';
import { ReportingPeriodsPagesController } from './reporting-periods-pages.controller';

/** The activity pages (review queue, all activities, one activity, reporting periods) the strategic plan with its progress, referral oversight and partner profiles. */
@Module({
  imports: [ActivitiesModule, AuditModule, OrganizationsModule, StrategyModule, ReferralsModule],
  controllers: [ActivitiesPagesController, ReportingPeriodsPagesController, StrategyPagesController, ReferralsPagesController],
})
export class ActivitiesPagesModule {}
