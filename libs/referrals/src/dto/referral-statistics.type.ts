import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

/** How many referrals share one value of a dimension (a network code, a country, a status, ...). */
@ObjectType()
export class ReferralCount {
  @Field()
  key: string;

  @Field(() => Int, { nullable: true, description: 'Empty when under 5 (or when it would reveal such a count): too few to show without singling out a referral' })
  count: number | null;
}

/** Answer times in hours from sending; counts under 5 are empty, and so are the times computed from them. */
@ObjectType({ isAbstract: true })
abstract class ResponseTimeFigures {
  @Field(() => Int, { nullable: true, description: 'Referrals of the period acknowledged; empty when under 5, and so are the times' })
  acknowledged: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from sending to acknowledgment; empty without any' })
  medianHoursToAcknowledge: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the hours from sending to acknowledgment' })
  p90HoursToAcknowledge: number | null;

  @Field(() => Int, { nullable: true, description: 'Referrals of the period closed by the partner; empty when under 5, and so are the times' })
  closed: number | null;

  @Field(() => Float, { nullable: true, description: 'Median hours from sending to closing' })
  medianHoursToClose: number | null;

  @Field(() => Float, { nullable: true, description: '90th percentile of the hours from sending to closing' })
  p90HoursToClose: number | null;
}

/** How fast a partner network's organizations answer. */
@ObjectType()
export class PartnerNetworkResponseTimes extends ResponseTimeFigures {
  @Field({ description: 'The partner network\'s code, e.g. "LSI"' })
  networkCode: string;
}

/** How fast partners answer referrals of one category or one urgency. */
@ObjectType()
export class ResponseTimes extends ResponseTimeFigures {
  @Field({ description: 'The ReferralCategory or ReferralUrgency the figures are for' })
  key: string;
}

/** Aggregated figures about the referrals sent in a period: counts only, never a person or a case. */
@ObjectType()
export class ReferralStatistics {
  @Field(() => Date, { nullable: true })
  from: Date | null;

  @Field()
  to: Date;

  @Field(() => Int, { nullable: true, description: 'Referrals sent in the period; empty when under 5' })
  total: number | null;

  @Field(() => Int, { nullable: true, description: 'Of those, how many are still waiting for an acknowledgment past their due time; empty when under 5' })
  overdue: number | null;

  @Field(() => [ReferralCount], { description: 'By partner network code' })
  byNetwork: ReferralCount[];

  @Field(() => [ReferralCount], { description: "By the partner organization's country (ISO 3166-1 alpha-2)" })
  byPartnerCountry: ReferralCount[];

  @Field(() => [ReferralCount], { description: 'By ReferralCategory' })
  byCategory: ReferralCount[];

  @Field(() => [ReferralCount], { description: 'By ReferralUrgency' })
  byUrgency: ReferralCount[];

  @Field(() => [ReferralCount], { description: 'By current ReferralStatus' })
  byStatus: ReferralCount[];

  @Field(() => [ReferralCount], { description: 'Closed referrals by ReferralOutcome' })
  byOutcome: ReferralCount[];

  @Field(() => [PartnerNetworkResponseTimes], { description: 'Per partner network' })
  responseTimes: PartnerNetworkResponseTimes[];

  @Field(() => [ResponseTimes], { description: 'Per ReferralCategory' })
  responseTimesByCategory: ResponseTimes[];

  @Field(() => [ResponseTimes], { description: 'Per ReferralUrgency' })
  responseTimesByUrgency: ResponseTimes[];
}
