import { Args, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentUser } from '@app/policy';
import { ReferralPartner, ReferralPartnersArgs } from './dto/referral-partners.args';
import { PartnerProfile } from './partner-profile.entity';
import { PartnersService } from './partners.service';

/** Choosing a partner for a referral, and a partner's own profile. */
@Resolver(() => ReferralPartner)
export class PartnersResolver {
  constructor(private readonly partners: PartnersService) {}

  @Query(() => [ReferralPartner], { description: 'Partners that accept referrals of a category (and work in a country), by name, with the due time if sent now: for the sender\'s form' })
  referralPartners(@CurrentUser() actor: Actor | null, @Args() args: ReferralPartnersArgs) {
    return this.partners.accepting(actor, args);
  }

  @Query(() => PartnerProfile, { nullable: true, description: "The signed-in partner's own organization's profile (change it with setPartnerProfile); empty while it has none" })
  myPartnerProfile(@CurrentUser() actor: Actor | null) {
    return this.partners.ownProfile(actor);
  }
}
