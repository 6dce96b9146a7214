import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { AppConfig } from '@app/config';
import { OrganizationsModule } from '@app/organizations';
import { UsersModule } from '@app/users';
import { PolicyModule } from '@app/policy';
import { DetailsCipher } from './details-cipher';
import { PartnersResolver } from './partners.resolver';
import { PartnersService } from './partners.service';
import { ReferralEscalationService } from './referral-escalation.service';
import { ReferralJobs } from './referral-jobs';
import { ReferralNotifications } from './referral-notifications';
import { ReferralRetentionService } from './referral-retention.service';
import { ReferralStatisticsResolver } from './referral-statistics.resolver';
import { ReferralStatisticsService } from './referral-statistics.service';
import { PartnerProfileResolver, ReferralEventResolver, ReferralsResolver } from './referrals.resolver';
import { ReferralsService } from './referrals.service';

/**
 * Cross-border referrals to partner organizations, their reminders, alerts and retention (run every
 * minute by ReferralJobs, a pg-boss schedule, unless JOBS=off), and their statistics. Needs MailModule.forRoot()
 * and ClockModule in the app.
 */
@Module({
  imports: [AuditModule, OrganizationsModule, UsersModule, PolicyModule],
  providers: [
    {
      provide: DetailsCipher,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        if (!config.REFERRAL_DATA_KEYS) throw new Error('REFERRAL_DATA_KEYS is not set: `npm start` provides one, production must set it');
        return new DetailsCipher(config.REFERRAL_DATA_KEYS);
      },
    },
    ReferralsService,
    ReferralNotifications,
    PartnersService,
    PartnersResolver,
    ReferralsResolver,
    PartnerProfileResolver,
    ReferralEventResolver,
    ReferralEscalationService,
    ReferralRetentionService,
    ReferralJobs,
    ReferralStatisticsService,
    ReferralStatisticsResolver,
  ],
  exports: [ReferralsService, PartnersService, DetailsCipher, ReferralEscalationService, ReferralRetentionService, ReferralJobs],
})
export class ReferralsModule {}
