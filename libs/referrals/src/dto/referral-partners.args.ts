import { ArgsType, Field, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, Matches } from 'class-validator';
import { Network, Organization } from '@app/organizations';
import { ReferralCategory, ReferralUrgency } from '../referral.enums';

@ArgsType()
export class ReferralPartnersArgs {
  @Field(() => ReferralCategory)
  @IsEnum(ReferralCategory)
  category: ReferralCategory;

  @Field(() => ReferralUrgency, { description: 'Sets the due time shown for each partner' })
  @IsEnum(ReferralUrgency)
  urgency: ReferralUrgency;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-2: only partners based in, or covering, this country' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter ISO 3166-1 code in capitals, e.g. AT' })
  country?: string;
}

/** A partner a referral of this category (and country) can go to, with when it would have to acknowledge it. */
@ObjectType()
export class ReferralPartner {
  @Field(() => Organization)
  organization: Organization;

  @Field(() => [Network], { description: 'Partner networks it can be reached through; name one in createReferral when there are several' })
  networks: Network[];

  @Field(() => [String], { description: 'Languages it works in, ISO 639-1, preferred first' })
  languages: string[];

  @Field(() => [String], { description: 'Countries it covers besides its own (ISO 3166-1 alpha-2)' })
  countriesCovered: string[];

  @Field({ description: 'When the partner would have to acknowledge the referral if it were sent now' })
  acknowledgeDueAt: Date;
}
