import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Referral } from '../referral.entity';
import { HtcdsAgeBroad, HtcdsGender, ReferralCategory, ReferralOutcome, ReferralStatus, ReferralUrgency, RequestedService, TypeOfExploitation } from '../referral.enums';

/**
 * A referral as GraphQL shows it: the statistical fields and the lifecycle, never a ciphertext,
 * a key id or the escalation and retention bookkeeping of the `referrals` table. The ids and
 * flags without `@Field` are for the field resolvers (organizations, network, the audited texts).
 */
@ObjectType('Referral', { description: 'A cross-border referral to a partner organization' })
export class ReferralType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'e.g. AT-2026-000123: sequential per year, never reused' })
  reference: string;

  sendingOrganizationId: string;

  partnerOrganizationId: string;

  networkId: string;

  @Field(() => ReferralCategory)
  category: ReferralCategory;

  @Field(() => ReferralUrgency)
  urgency: ReferralUrgency;

  @Field(() => [RequestedService])
  requestedServices: RequestedService[];

  @Field(() => ReferralStatus)
  status: ReferralStatus;

  @Field(() => String, { nullable: true, description: "The sender's own case code (HTCDS caseId); never a name" })
  caseCode: string | null;

  @Field(() => HtcdsAgeBroad, { nullable: true })
  ageBroad: HtcdsAgeBroad | null;

  @Field(() => HtcdsGender, { nullable: true })
  gender: HtcdsGender | null;

  @Field(() => String, { nullable: true, description: 'Nationality, ISO 3166-1 alpha-2 (HTCDS citizenship)' })
  citizenship: string | null;

  @Field(() => [String], { description: 'Languages the person speaks, ISO 639-1' })
  languages: string[];

  @Field(() => String, { nullable: true })
  countryOfOrigin: string | null;

  @Field(() => [String])
  transitCountries: string[];

  @Field(() => String, { nullable: true, description: 'Destination / country of exploitation (HTCDS CountryOfExploitation)' })
  countryOfExploitation: string | null;

  @Field(() => [TypeOfExploitation])
  typeOfExploitation: TypeOfExploitation[];

  @Field({ description: 'Whether identifying details are attached (they are read with revealReferralDetails)' })
  hasDetails: boolean;

  @Field(() => Date, { nullable: true, description: 'When the retention job erased the identifying details and the free texts (messages, reasons, notes)' })
  detailsErasedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Who gave consent (e.g. "the person", "legal guardian"), not a name' })
  consentGivenBy: string | null;

  @Field(() => Date, { nullable: true })
  consentGivenAt: Date | null;

  @Field(() => String, { nullable: true })
  consentPurpose: string | null;

  @Field(() => String, { nullable: true, description: 'How: written form, recorded verbal consent, ...' })
  consentMethod: string | null;

  @Field(() => String, { nullable: true, description: 'For a missing child: the legal basis for sharing details without consent' })
  legalBasis: string | null;

  @Field(() => Date, { nullable: true })
  acknowledgeDueAt: Date | null;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => Date, { nullable: true })
  acknowledgedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  /** Whether a decline reason is stored: `declineReason` is then read through the audited thread read. */
  hasDeclineReason: boolean;

  @Field(() => ReferralOutcome, { nullable: true })
  outcome: ReferralOutcome | null;

  /** Whether the partner's closing words are stored (`outcomeReason`, read like the decline reason). */
  hasOutcomeReason: boolean;

  @Field(() => Number)
  version: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

/** The row as GraphQL may show it: every encrypted column becomes at most a yes/no. */
export function toReferralType(referral: Referral): ReferralType {
  return {
    id: referral.id,
    reference: referral.reference,
    sendingOrganizationId: referral.sendingOrganizationId,
    partnerOrganizationId: referral.partnerOrganizationId,
    networkId: referral.networkId,
    category: referral.category,
    urgency: referral.urgency,
    requestedServices: referral.requestedServices,
    status: referral.status,
    caseCode: referral.caseCode,
    ageBroad: referral.ageBroad,
    gender: referral.gender,
    citizenship: referral.citizenship,
    languages: referral.languages,
    countryOfOrigin: referral.countryOfOrigin,
    transitCountries: referral.transitCountries,
    countryOfExploitation: referral.countryOfExploitation,
    typeOfExploitation: referral.typeOfExploitation,
    hasDetails: !!referral.detailsCiphertext,
    detailsErasedAt: referral.detailsErasedAt,
    consentGivenBy: referral.consentGivenBy,
    consentGivenAt: referral.consentGivenAt,
    consentPurpose: referral.consentPurpose,
    consentMethod: referral.consentMethod,
    legalBasis: referral.legalBasis,
    acknowledgeDueAt: referral.acknowledgeDueAt,
    sentAt: referral.sentAt,
    acknowledgedAt: referral.acknowledgedAt,
    closedAt: referral.closedAt,
    hasDeclineReason: !!referral.declineReasonCiphertext,
    outcome: referral.outcome,
    hasOutcomeReason: !!referral.outcomeReasonCiphertext,
    version: referral.version,
    createdAt: referral.createdAt,
    updatedAt: referral.updatedAt,
  };
}
