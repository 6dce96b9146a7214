import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '@app/policy';
import { ReferralStatisticsArgs } from './dto/referral-statistics.args';
import { ReferralStatistics } from './dto/referral-statistics.type';
import { ReferralStatisticsService } from './referral-statistics.service';

@Resolver(() => ReferralStatistics)
export class ReferralStatisticsResolver {
  constructor(private readonly statistics: ReferralStatisticsService) {}

  @Query(() => ReferralStatistics, {
    description: 'Referrals sent in a period by network, partner country, category, urgency, status and outcome, with response times per partner network: figures only',
  })
  referralStatistics(@CurrentUser() actor: Actor | null, @Args() args: ReferralStatisticsArgs) {
    return this.statistics.statistics(actor, args);
  }
}
