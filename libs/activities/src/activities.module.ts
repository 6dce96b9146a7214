import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { TranslatedNameResolver } from '@app/common';
import { OrganizationsModule } from '@app/organizations';
import { StrategyModule } from '@app/strategy';
import { UsersModule } from '@app/users';
import { PolicyModule } from '@app/policy';
import { ActivitiesResolver } from './activities.resolver';
import { ActivitiesService } from './activities.service';
import { ActivityLoaders } from './activity-loaders.service';
import { ActivityReviewMailer } from './activity-review-mailer';
import { AgeBandResolver } from './age-bands.resolver';
import { ProgressResolver } from './progress/progress.resolver';
import { ProgressService } from './progress/progress.service';
import { IndicatorProgress } from './progress/progress.type';
import { PublicFiguresService } from './public/public-figures.service';
import { ReportingLocksService } from './reporting-locks.service';

/** Prevention activities: logging, review, locks; reports and exports build on it. */
@Module({
  imports: [AuditModule, OrganizationsModule, StrategyModule, UsersModule, PolicyModule],
  providers: [ActivitiesService, ActivityReviewMailer, ReportingLocksService, ActivityLoaders, ActivitiesResolver, ProgressService, ProgressResolver, PublicFiguresService, AgeBandResolver, TranslatedNameResolver(IndicatorProgress)],
  exports: [ActivitiesService, ProgressService, ActivityLoaders, ReportingLocksService, PublicFiguresService],
})
export class ActivitiesModule {}
