/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ActionItemStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'OPEN';

export type ActivitiesFilter = {
  /** City, ignoring case and diacritics */
  city?: string | null | undefined;
  /** Starting on or after this day (YYYY-MM-DD) */
  from?: string | null | undefined;
  goalId?: string | number | null | undefined;
  /** Led or co-organized by this organization */
  organizationId?: string | number | null | undefined;
  /** Activities starting within this strategy period */
  periodId?: string | number | null | undefined;
  /** Words in the title, description or city, ignoring case and diacritics */
  search?: string | null | undefined;
  status?: ActivityStatus | null | undefined;
  targetGroup?: TargetGroup | null | undefined;
  /** Starting on or before this day (YYYY-MM-DD) */
  to?: string | null | undefined;
  type?: ActivityType | null | undefined;
};

export type ActivityStatus =
  /** Counted in reports; members can no longer edit it */
  | 'APPROVED'
  /** Being written by its organization */
  | 'DRAFT'
  /** Sent back with the coordinator's comment, to be edited and submitted again */
  | 'RETURNED'
  /** Waiting for a coordinator */
  | 'SUBMITTED';

export type ActivityType =
  /** Info štand ili ulična akcija / info stand or street action */
  | 'INFO_STAND'
  /** Predavanje / lecture */
  | 'LECTURE'
  /** Medijska kampanja / media campaign */
  | 'MEDIA_CAMPAIGN'
  /** Drugo / other */
  | 'OTHER'
  /** Trening ili seminar za stručnjake / training or seminar for professionals */
  | 'PROFESSIONAL_TRAINING'
  /** Tribina / public forum */
  | 'PUBLIC_FORUM'
  /** Okrugli sto / round table */
  | 'ROUND_TABLE'
  /** Radionica za mlade / workshop for young people */
  | 'YOUTH_WORKSHOP';

export type AttachmentInput = {
  title?: string;
  url: string;
};

export type AuditAction =
  /** An activity was approved and now counts in reports */
  | 'ACTIVITY_APPROVED'
  /** An approved activity was reopened for editing */
  | 'ACTIVITY_REOPENED'
  /** An activity was returned with the coordinator's comment */
  | 'ACTIVITY_RETURNED'
  /** An activity was submitted for review */
  | 'ACTIVITY_SUBMITTED'
  /** A password was changed or reset */
  | 'AUTH_PASSWORD_CHANGED'
  /** A password reset was requested */
  | 'AUTH_PASSWORD_RESET_REQUESTED'
  /** A refresh token was used twice; the whole session family was revoked and the user's access tokens stopped */
  | 'AUTH_REFRESH_REUSE_DETECTED'
  /** Signed in */
  | 'AUTH_SIGN_IN'
  /** A sign-in failed; the actor is empty when the address is unknown */
  | 'AUTH_SIGN_IN_FAILED'
  /** Signed out */
  | 'AUTH_SIGN_OUT'
  /** A record of `entityType` was created */
  | 'ENTITY_CREATED'
  /** A record of `entityType` was deleted */
  | 'ENTITY_DELETED'
  /** A record of `entityType` was changed; `changedFields` names the fields */
  | 'ENTITY_UPDATED'
  /** Personal data in a record of `entityType` was read */
  | 'PERSONAL_DATA_READ'
  /** A referral's identifying details and free texts were erased at the end of the retention period (by the system) */
  | 'REFERRAL_DETAILS_ERASED'
  /** A referral's identifying details or free texts were re-encrypted with the current key (key rotation) */
  | 'REFERRAL_DETAILS_REKEYED'
  /** The sending organization and the coordinators were alerted to a referral still unacknowledged at twice its due time (by the system) */
  | 'REFERRAL_ESCALATED'
  /** The partner was reminded of a referral it had not acknowledged in time (by the system) */
  | 'REFERRAL_REMINDED'
  /** The sender of a draft or of an open referral gone quiet was told it is about to be erased (by the system) */
  | 'REFERRAL_RETENTION_WARNED'
  /** A referral's thread (messages, decline and close reasons, timeline notes) was read */
  | 'REFERRAL_THREAD_READ'
  /** A reporting period was locked */
  | 'REPORTING_PERIOD_LOCKED'
  /** A reporting period was unlocked */
  | 'REPORTING_PERIOD_UNLOCKED'
  /** A user account was created */
  | 'USER_CREATED'
  /** A user was deactivated */
  | 'USER_DEACTIVATED'
  /** A user was invited */
  | 'USER_INVITED'
  /** A deactivated user was let sign in again (without an actor: from the command line) */
  | 'USER_REACTIVATED'
  /** A user's role was changed */
  | 'USER_ROLE_CHANGED'
  /** A user's details were changed */
  | 'USER_UPDATED';

export type ConsentInput = {
  /** When (ISO 8601) */
  givenAt: string;
  /** Who gave it, e.g. "the person" or "legal guardian" (not a name) */
  givenBy: string;
  /** How: written form, recorded verbal consent, ... */
  method: string;
  /** For what */
  purpose: string;
};

export type CreateActivityInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  city?: string | null | undefined;
  /** An idempotency key (a UUID the client makes once per new activity): sent again, it gives the activity already created instead of a second one */
  clientRequestId?: string | number | null | undefined;
  /** Other AT network members that co-organized it */
  coOrganizerIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  /** YYYY-MM-DD; the start date when omitted on creation */
  endsOn?: string | null | undefined;
  /** Strategic goals of the plan period covering the start date */
  goalIds?: Array<string | number> | null | undefined;
  indicatorValues?: Array<IndicatorValueInput> | null | undefined;
  institutions?: Array<InstitutionInput> | null | undefined;
  mediaAudience?: number | null | undefined;
  mediaOutlets?: number | null | undefined;
  online?: boolean | null | undefined;
  /** Lead organization; the user's own when omitted */
  organizationId?: string | number | null | undefined;
  /** Counts by gender and age band */
  participants?: Array<ParticipantCountInput> | null | undefined;
  /** Declared total; when given, the counts must add up to it */
  participantsTotal?: number | null | undefined;
  /** YYYY-MM-DD */
  startsOn: string;
  targetGroups?: Array<TargetGroup> | null | undefined;
  title: string;
  type: ActivityType;
};

export type CreateReferralInput = {
  category: ReferralCategory;
  consent?: ConsentInput | null | undefined;
  details?: ReferralDetailsInput | null | undefined;
  /** For a missing child: the legal basis for sharing details without consent */
  legalBasis?: string | null | undefined;
  /** The network it goes through; needed when the partner belongs to several */
  networkId?: string | number | null | undefined;
  partnerOrganizationId: string | number;
  person?: ReferralPersonInput | null | undefined;
  requestedServices?: Array<RequestedService>;
  urgency: ReferralUrgency;
};

export type DimensionScoreInput = {
  /** Dimension code (see capacityDimensions) */
  dimensionCode: string;
  /** Within the dimension's scale */
  score: number;
};

export type Gender =
  | 'FEMALE'
  | 'MALE'
  /** Other or not known */
  | 'OTHER_UNKNOWN';

/** Age band as in HTCDS `ageBroad` */
export type HtcdsAgeBroad =
  | 'AGE_0_8'
  | 'AGE_9_17'
  | 'AGE_18_20'
  | 'AGE_21_23'
  | 'AGE_24_26'
  | 'AGE_27_29'
  | 'AGE_30_38'
  | 'AGE_39_47'
  | 'AGE_48_PLUS'
  | 'UNKNOWN';

/** Gender as in IOM’s Human Trafficking Case Data Standard */
export type HtcdsGender =
  | 'FEMALE'
  | 'MALE'
  | 'TRANSGENDER_OR_NON_CONFORMING'
  | 'UNKNOWN';

export type IndicatorValueInput = {
  indicatorId: string | number;
  value: number;
};

export type InstitutionInput = {
  kind: InstitutionKind;
  name: string;
};

export type InstitutionKind =
  /** Another civil-society organization */
  | 'CSO'
  | 'HEALTH'
  | 'LOCAL_GOVERNMENT'
  | 'MEDIA'
  | 'OTHER'
  | 'POLICE'
  | 'SCHOOL'
  /** Centar za socijalni rad */
  | 'SOCIAL_WORK_CENTRE';

export type InvitationAnswer =
  | 'MAYBE'
  | 'NO'
  | 'YES';

/** Serbian (Latin script) or English */
export type Language =
  /** English */
  | 'EN'
  /** Srpski (latinica) */
  | 'SR';

export type MeetingKind =
  /** Sastanak mreže / network meeting */
  | 'NETWORK_MEETING'
  /** Onlajn sastanak / online call (needs an online link, no place) */
  | 'ONLINE_CALL'
  /** Studijska poseta / study visit */
  | 'STUDY_VISIT'
  /** Obuka / training */
  | 'TRAINING';

/** By start */
export type MeetingOrder =
  | 'LATEST_FIRST'
  | 'SOONEST_FIRST';

export type MeetingStatus =
  /** Cancelled: invitees got METHOD:CANCEL */
  | 'CANCELLED'
  | 'SCHEDULED';

export type ParticipantCountInput = {
  /** Age band code, e.g. "15_17" (see the ageBands query) */
  ageBand: string;
  count: number;
  gender: Gender;
};

export type PartnerProfileInput = {
  acceptedCategories: Array<ReferralCategory>;
  contactEmails: Array<string>;
  /** Phone numbers in international format (+43 1 234 5678); unchanged when omitted */
  contactPhones?: Array<string> | null | undefined;
  /** ISO 3166-1 alpha-2 codes of the countries it covers besides its own; unchanged when omitted */
  countriesCovered?: Array<string> | null | undefined;
  /** ISO 639-1 codes, preferred first */
  languages: Array<string>;
};

export type ReferralCategory =
  /** A labour-exploitation case */
  | 'LABOUR_EXPLOITATION'
  /** Legal aid */
  | 'LEGAL_AID'
  /** Missing child: a 116000 cross-border case */
  | 'MISSING_CHILD'
  /** Information for policy monitoring (prEUgovor): no personal data at all */
  | 'POLICY_MONITORING'
  /** Safe return */
  | 'SAFE_RETURN'
  /** Assistance to a victim abroad */
  | 'VICTIM_ASSISTANCE_ABROAD';

export type ReferralDetailsInput = {
  contact?: string | null | undefined;
  /** YYYY-MM-DD */
  dateOfBirth?: string | null | undefined;
  lastKnownLocation?: string | null | undefined;
  name?: string | null | undefined;
  /** For a missing child: a link to a photo */
  photoLink?: string | null | undefined;
};

export type ReferralOrder =
  /** A partner's inbox: unacknowledged first, then by urgency, then by the least time left before the due time */
  | 'INBOX'
  /** By reference, newest first */
  | 'NEWEST_FIRST';

export type ReferralOutcome =
  | 'NOT_SUCCESSFUL'
  | 'SUCCESSFUL';

export type ReferralPersonInput = {
  ageBroad?: HtcdsAgeBroad | null | undefined;
  /** The sender's own case code; never a name */
  caseCode?: string | null | undefined;
  /** Nationality, ISO 3166-1 alpha-2 */
  citizenship?: string | null | undefined;
  countryOfExploitation?: string | null | undefined;
  countryOfOrigin?: string | null | undefined;
  gender?: HtcdsGender | null | undefined;
  /** ISO 639-1 codes */
  languages?: Array<string> | null | undefined;
  transitCountries?: Array<string> | null | undefined;
  typeOfExploitation?: Array<TypeOfExploitation> | null | undefined;
};

export type ReferralStatus =
  | 'ACCEPTED'
  | 'ACKNOWLEDGED'
  | 'CLOSED'
  | 'DECLINED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'SENT'
  | 'WITHDRAWN';

export type ReferralUrgency =
  | 'CRITICAL'
  | 'ROUTINE'
  | 'URGENT';

export type ReferralsFilter = {
  category?: ReferralCategory | null | undefined;
  /** Only sent referrals whose acknowledgment is overdue */
  overdue?: boolean | null | undefined;
  partnerOrganizationId?: string | number | null | undefined;
  status?: ReferralStatus | null | undefined;
};

export type RequestedService =
  | 'ECONOMIC_EMPOWERMENT'
  | 'LEGAL'
  | 'MEDICAL'
  | 'PSYCHOLOGICAL'
  | 'REINTEGRATION'
  | 'SHELTER'
  /** Transport, hygiene packages */
  | 'TECHNICAL';

export type Role =
  /** ASTRA's network coordination staff: everything */
  | 'COORDINATOR'
  /** Donors and evaluators: aggregated, approved reports only, no personal data */
  | 'EVALUATOR'
  /** A member organization's admin: its own organization's users and data */
  | 'MEMBER_ADMIN'
  /** A member organization's staff: its own organization's records and the network's shared information */
  | 'MEMBER_STAFF'
  /** Staff of a partner organization abroad: only what is addressed to their organization */
  | 'PARTNER';

export type SelfAssessmentInput = {
  notes?: string;
  /** The user's own organization when omitted */
  organizationId?: string | number | null | undefined;
  /** A year ("2024"), half-year ("2024-H1") or quarter ("2024-Q3"); submitting a period again replaces it */
  period: string;
  scores: Array<DimensionScoreInput>;
};

/** Who an activity reached */
export type TargetGroup =
  | 'EDUCATION'
  | 'GENERAL_PUBLIC'
  | 'HEALTH'
  | 'JUDICIARY'
  | 'LOCAL_GOVERNMENT'
  | 'OTHER'
  | 'PARENTS'
  | 'POLICE'
  | 'PUPILS'
  | 'SOCIAL_PROTECTION'
  | 'STUDENTS'
  | 'YOUNG_PEOPLE';

export type TypeOfExploitation =
  | 'FORCED_BEGGING'
  | 'FORCED_CRIMINALITY'
  | 'FORCED_DOMESTIC_WORK'
  | 'FORCED_LABOUR'
  | 'FORCED_MARRIAGE'
  | 'OTHER'
  | 'REMOVAL_OF_ORGANS'
  | 'SERVITUDE'
  | 'SEXUAL_EXPLOITATION'
  | 'SLAVERY_OR_SIMILAR';

export type UpdateActivityInput = {
  attachments?: Array<AttachmentInput> | null | undefined;
  city?: string | null | undefined;
  /** Other AT network members that co-organized it */
  coOrganizerIds?: Array<string | number> | null | undefined;
  description?: string | null | undefined;
  /** YYYY-MM-DD; the start date when omitted on creation */
  endsOn?: string | null | undefined;
  /** Strategic goals of the plan period covering the start date */
  goalIds?: Array<string | number> | null | undefined;
  indicatorValues?: Array<IndicatorValueInput> | null | undefined;
  institutions?: Array<InstitutionInput> | null | undefined;
  mediaAudience?: number | null | undefined;
  mediaOutlets?: number | null | undefined;
  online?: boolean | null | undefined;
  /** Counts by gender and age band */
  participants?: Array<ParticipantCountInput> | null | undefined;
  /** Declared total; when given, the counts must add up to it */
  participantsTotal?: number | null | undefined;
  /** YYYY-MM-DD */
  startsOn?: string | null | undefined;
  targetGroups?: Array<TargetGroup> | null | undefined;
  title?: string | null | undefined;
  type?: ActivityType | null | undefined;
  /** The version you read; if someone saved in between, the update is refused with CONFLICT */
  version: number;
};

export type SetPreferredLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetPreferredLanguageMutation = { setPreferredLanguage: { id: string, language: Language } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ActivityListItemFragment = { id: string, title: string, status: ActivityStatus, type: ActivityType, startsOn: string, city: string | null, online: boolean, organization: { id: string, shortName: string } };

export type ActivitiesQueryVariables = Exact<{
  filter?: ActivitiesFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ActivitiesQuery = { activities: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, title: string, status: ActivityStatus, type: ActivityType, startsOn: string, city: string | null, online: boolean, organization: { id: string, shortName: string } } }> } };

export type ActivityFieldsFragment = { id: string, version: number, status: ActivityStatus, type: ActivityType, title: string, description: string, startsOn: string, endsOn: string, city: string | null, online: boolean, targetGroups: Array<TargetGroup>, participantsTotal: number | null, mediaOutlets: number | null, mediaAudience: number | null, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, organization: { id: string, shortName: string }, coOrganizers: Array<{ id: string, shortName: string }>, goals: Array<{ id: string, code: string, title: string }>, indicatorValues: Array<{ indicatorId: string, value: number }>, institutions: Array<{ kind: InstitutionKind, name: string }>, attachments: Array<{ url: string, title: string }>, participants: Array<{ gender: Gender, count: number, ageBand: { code: string } }> };

export type ActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityQuery = { activity: { id: string, version: number, status: ActivityStatus, type: ActivityType, title: string, description: string, startsOn: string, endsOn: string, city: string | null, online: boolean, targetGroups: Array<TargetGroup>, participantsTotal: number | null, mediaOutlets: number | null, mediaAudience: number | null, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, history: Array<{ id: string, action: AuditAction, actorName: string | null, occurredAt: string, summary: string | null, changedFields: Array<string> }> | null, organization: { id: string, shortName: string }, coOrganizers: Array<{ id: string, shortName: string }>, goals: Array<{ id: string, code: string, title: string }>, indicatorValues: Array<{ indicatorId: string, value: number }>, institutions: Array<{ kind: InstitutionKind, name: string }>, attachments: Array<{ url: string, title: string }>, participants: Array<{ gender: Gender, count: number, ageBand: { code: string } }> } };

export type FormReferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type FormReferencesQuery = { ageBands: Array<{ id: string, code: string, labelSr: string, labelEn: string, position: number }>, strategyPeriods: { edges: Array<{ node: { id: string, code: string, startsOn: string, endsOn: string, goals: Array<{ id: string, code: string, titleSr: string, titleEn: string, indicators: Array<{ id: string, code: string, nameSr: string, nameEn: string, unit: string, target: number | null }> }> } }> }, organizations: { edges: Array<{ node: { id: string, shortName: string, city: string } }> } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateActivityMutation = { createActivity: { id: string, version: number, status: ActivityStatus, type: ActivityType, title: string, description: string, startsOn: string, endsOn: string, city: string | null, online: boolean, targetGroups: Array<TargetGroup>, participantsTotal: number | null, mediaOutlets: number | null, mediaAudience: number | null, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, organization: { id: string, shortName: string }, coOrganizers: Array<{ id: string, shortName: string }>, goals: Array<{ id: string, code: string, title: string }>, indicatorValues: Array<{ indicatorId: string, value: number }>, institutions: Array<{ kind: InstitutionKind, name: string }>, attachments: Array<{ url: string, title: string }>, participants: Array<{ gender: Gender, count: number, ageBand: { code: string } }> } };

export type UpdateActivityMutationVariables = Exact<{
  id: string | number;
  input: UpdateActivityInput;
}>;


export type UpdateActivityMutation = { updateActivity: { id: string, version: number, status: ActivityStatus, type: ActivityType, title: string, description: string, startsOn: string, endsOn: string, city: string | null, online: boolean, targetGroups: Array<TargetGroup>, participantsTotal: number | null, mediaOutlets: number | null, mediaAudience: number | null, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, organization: { id: string, shortName: string }, coOrganizers: Array<{ id: string, shortName: string }>, goals: Array<{ id: string, code: string, title: string }>, indicatorValues: Array<{ indicatorId: string, value: number }>, institutions: Array<{ kind: InstitutionKind, name: string }>, attachments: Array<{ url: string, title: string }>, participants: Array<{ gender: Gender, count: number, ageBand: { code: string } }> } };

export type SubmitActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type SubmitActivityMutation = { submitActivity: { id: string, version: number, status: ActivityStatus, type: ActivityType, title: string, description: string, startsOn: string, endsOn: string, city: string | null, online: boolean, targetGroups: Array<TargetGroup>, participantsTotal: number | null, mediaOutlets: number | null, mediaAudience: number | null, reviewComment: string | null, reviewedAt: string | null, submittedAt: string | null, updatedAt: string, organization: { id: string, shortName: string }, coOrganizers: Array<{ id: string, shortName: string }>, goals: Array<{ id: string, code: string, title: string }>, indicatorValues: Array<{ indicatorId: string, value: number }>, institutions: Array<{ kind: InstitutionKind, name: string }>, attachments: Array<{ url: string, title: string }>, participants: Array<{ gender: Gender, count: number, ageBand: { code: string } }> } };

export type CapacityRecordFieldsFragment = { hours: number, personHours: number, peopleTrained: number, trainingsAttended: number, certificatesIssued: number, hoursByTopicAndYear: Array<{ year: number, topicCode: string, topicNameSr: string, topicNameEn: string, hours: number, trainings: number }>, selfAssessments: Array<{ period: string, submittedAt: string, scores: Array<{ dimensionCode: string, dimensionNameSr: string, dimensionNameEn: string, score: number, scaleMax: number, change: number | null }> }> };

export type MyCapacityQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type MyCapacityQuery = { capacityRecord: { hours: number, personHours: number, peopleTrained: number, trainingsAttended: number, certificatesIssued: number, hoursByTopicAndYear: Array<{ year: number, topicCode: string, topicNameSr: string, topicNameEn: string, hours: number, trainings: number }>, selfAssessments: Array<{ period: string, submittedAt: string, scores: Array<{ dimensionCode: string, dimensionNameSr: string, dimensionNameEn: string, score: number, scaleMax: number, change: number | null }> }> }, capacityDimensions: Array<{ code: string, nameSr: string, nameEn: string, scaleMin: number, scaleMax: number, active: boolean }>, trainings: { edges: Array<{ node: { id: string, title: string, startsOn: string, hours: number, participants: Array<{ id: string, fullName: string | null, certificateNumber: string | null, certificateIssuedOn: string | null, organization: { id: string } }> } }> } };

export type SubmitSelfAssessmentMutationVariables = Exact<{
  input: SelfAssessmentInput;
}>;


export type SubmitSelfAssessmentMutation = { submitSelfAssessment: { period: string } };

export type CapacityOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CapacityOrganizationsQuery = { organizations: { edges: Array<{ node: { id: string, shortName: string } }> } };

export type OrganizationCapacityQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type OrganizationCapacityQuery = { capacityRecord: { hours: number, personHours: number, peopleTrained: number, trainingsAttended: number, certificatesIssued: number, hoursByTopicAndYear: Array<{ year: number, topicCode: string, topicNameSr: string, topicNameEn: string, hours: number, trainings: number }>, selfAssessments: Array<{ period: string, submittedAt: string, scores: Array<{ dimensionCode: string, dimensionNameSr: string, dimensionNameEn: string, score: number, scaleMax: number, change: number | null }> }> } };

export type HomeQueryVariables = Exact<{
  orgId: string | number;
}>;


export type HomeQuery = { returned: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsOn: string, reviewComment: string | null, reviewedAt: string | null } }> }, drafts: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsOn: string, updatedAt: string } }> }, strategyPeriods: { edges: Array<{ node: { id: string, code: string, startsOn: string, endsOn: string, goals: Array<{ id: string, code: string, titleSr: string, titleEn: string }> } }> } };

export type QuarterProgressQueryVariables = Exact<{
  periodId: string | number;
  orgId: string | number;
}>;


export type QuarterProgressQuery = { strategyProgress: { cells: Array<{ goalId: string, quarter: string, activities: number, participants: number }> } };

export type HomeMeetingsQueryVariables = Exact<{
  from: string;
  orgId: string | number;
}>;


export type HomeMeetingsQuery = { meetings: { edges: Array<{ node: { id: string, title: string, status: MeetingStatus, startsAt: string, timeZone: string, place: string, myAnswer: InvitationAnswer | null } }> }, actionItems: { edges: Array<{ node: { id: string, description: string, dueOn: string, status: ActionItemStatus, meetingTitle: string } }> } };

export type MemberMeetingQueryVariables = Exact<{
  id: string | number;
}>;


export type MemberMeetingQuery = { meeting: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, description: string, startsAt: string, endsAt: string, timeZone: string, place: string, venue: string | null, city: string | null, onlineUrl: string | null, myAnswer: InvitationAnswer | null, minutes: string | null, minutesUpdatedAt: string | null, agenda: Array<{ position: number, title: string, startsAt: string | null, durationMinutes: number | null, presenterOrganization: { id: string, shortName: string } | null }>, attendees: Array<{ fullName: string | null, organization: { id: string, shortName: string } | null }> } };

export type MeetingCalendarQueryVariables = Exact<{
  id: string | number;
}>;


export type MeetingCalendarQuery = { meeting: { id: string, calendar: string } };

export type AnswerInvitationMutationVariables = Exact<{
  meetingId: string | number;
  answer: InvitationAnswer;
}>;


export type AnswerInvitationMutation = { answerInvitation: { answer: InvitationAnswer | null, answeredAt: string | null } };

export type MyMeetingsQueryVariables = Exact<{
  orderBy: MeetingOrder;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type MyMeetingsQuery = { meetings: { edges: Array<{ node: { id: string, title: string, kind: MeetingKind, status: MeetingStatus, startsAt: string, endsAt: string, timeZone: string, place: string, onlineUrl: string | null, myAnswer: InvitationAnswer | null } }> } };

export type MyActionItemsQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type MyActionItemsQuery = { actionItems: { edges: Array<{ node: { id: string, description: string, dueOn: string, status: ActionItemStatus, meetingId: string, meetingTitle: string, completedAt: string | null } }> } };

export type SetActionItemStatusMutationVariables = Exact<{
  id: string | number;
  status: ActionItemStatus;
}>;


export type SetActionItemStatusMutation = { setActionItemStatus: { id: string, status: ActionItemStatus, completedAt: string | null } };

export type MyPartnerProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPartnerProfileQuery = { myPartnerProfile: { organizationId: string, acceptedCategories: Array<ReferralCategory>, languages: Array<string>, countriesCovered: Array<string>, contactEmails: Array<string>, contactPhones: Array<string> } | null };

export type SetPartnerProfileMutationVariables = Exact<{
  organizationId: string | number;
  input: PartnerProfileInput;
}>;


export type SetPartnerProfileMutation = { setPartnerProfile: { organizationId: string, acceptedCategories: Array<ReferralCategory>, languages: Array<string>, countriesCovered: Array<string>, contactEmails: Array<string>, contactPhones: Array<string> } };

export type ProgressPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressPeriodsQuery = { strategyPeriods: { edges: Array<{ node: { id: string, code: string, startsOn: string, endsOn: string } }> }, organizations: { edges: Array<{ node: { id: string, shortName: string } }> } };

export type ProgressQueryVariables = Exact<{
  periodId: string | number;
  organizationId?: string | number | null | undefined;
}>;


export type ProgressQuery = { strategyProgress: { periodCode: string, network: { activities: number, participants: number }, goals: Array<{ goalId: string, code: string, activities: number, participants: number, indicators: Array<{ indicatorId: string, code: string, nameSr: string, nameEn: string, unit: string, baseline: number | null, target: number | null, value: number }> }>, cells: Array<{ goalId: string, organizationId: string, quarter: string, activities: number, participants: number }> } };

export type ReferralListItemFragment = { id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } };

export type ReferralsQueryVariables = Exact<{
  filter?: ReferralsFilter | null | undefined;
  after?: string | null | undefined;
  orderBy: ReferralOrder;
}>;


export type ReferralsQuery = { referrals: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, edges: Array<{ node: { id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } }> } };

export type ReferralFieldsFragment = { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } };

export type ReferralQueryVariables = Exact<{
  id: string | number;
}>;


export type ReferralQuery = { referral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type AcknowledgeReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcknowledgeReferralMutation = { acknowledgeReferral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type AcceptReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type AcceptReferralMutation = { acceptReferral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type StartReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type StartReferralMutation = { startReferral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type DeclineReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type DeclineReferralMutation = { declineReferral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type CloseReferralMutationVariables = Exact<{
  id: string | number;
  outcome: ReferralOutcome;
  reason?: string | null | undefined;
}>;


export type CloseReferralMutation = { closeReferral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type WithdrawReferralMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type WithdrawReferralMutation = { withdrawReferral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type SendReferralMutationVariables = Exact<{
  id: string | number;
}>;


export type SendReferralMutation = { sendReferral: { version: number, caseCode: string | null, ageBroad: HtcdsAgeBroad | null, gender: HtcdsGender | null, citizenship: string | null, countryOfOrigin: string | null, countryOfExploitation: string | null, transitCountries: Array<string>, languages: Array<string>, typeOfExploitation: Array<TypeOfExploitation>, requestedServices: Array<RequestedService>, consentGivenBy: string | null, consentGivenAt: string | null, consentMethod: string | null, consentPurpose: string | null, legalBasis: string | null, declineReason: string | null, outcome: ReferralOutcome | null, outcomeReason: string | null, closedAt: string | null, hasDetails: boolean, detailsErasedAt: string | null, id: string, reference: string, status: ReferralStatus, category: ReferralCategory, urgency: ReferralUrgency, sentAt: string | null, acknowledgeDueAt: string | null, acknowledgedAt: string | null, updatedAt: string, network: { id: string, code: string }, timeline: Array<{ id: string, toStatus: ReferralStatus, occurredAt: string, note: string | null, actorOrganizationId: string | null }>, messages: Array<{ id: string, body: string, createdAt: string, authorOrganizationId: string }>, detailReads: Array<{ occurredAt: string, actorOrganizationId: string | null, summary: string | null }> | null, sendingOrganization: { id: string, shortName: string }, partnerOrganization: { id: string, shortName: string } } };

export type AddReferralMessageMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type AddReferralMessageMutation = { addReferralMessage: { id: string } };

export type RevealReferralDetailsMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RevealReferralDetailsMutation = { revealReferralDetails: { name: string | null, dateOfBirth: string | null, contact: string | null, lastKnownLocation: string | null, photoLink: string | null } | null };

export type ReferralPartnersQueryVariables = Exact<{
  category: ReferralCategory;
  urgency: ReferralUrgency;
}>;


export type ReferralPartnersQuery = { referralPartners: Array<{ acknowledgeDueAt: string, countriesCovered: Array<string>, languages: Array<string>, organization: { id: string, shortName: string, country: string, city: string }, networks: Array<{ id: string, code: string }> }> };

export type CreateReferralMutationVariables = Exact<{
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { createReferral: { id: string, reference: string } };

export type AccountEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountEmailQuery = { me: { id: string, email: string } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOut: boolean };

export type ReferralStatisticsPageQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ReferralStatisticsPageQuery = { referralStatistics: { from: string | null, to: string, total: number | null, overdue: number | null, byCategory: Array<{ key: string, count: number | null }>, byUrgency: Array<{ key: string, count: number | null }>, byStatus: Array<{ key: string, count: number | null }>, byOutcome: Array<{ key: string, count: number | null }>, byNetwork: Array<{ key: string, count: number | null }>, responseTimesByCategory: Array<{ key: string, acknowledged: number | null, closed: number | null, medianHoursToAcknowledge: number | null, p90HoursToAcknowledge: number | null, medianHoursToClose: number | null, p90HoursToClose: number | null }>, responseTimesByUrgency: Array<{ key: string, acknowledged: number | null, closed: number | null, medianHoursToAcknowledge: number | null, p90HoursToAcknowledge: number | null, medianHoursToClose: number | null, p90HoursToClose: number | null }>, responseTimes: Array<{ acknowledged: number | null, closed: number | null, medianHoursToAcknowledge: number | null, p90HoursToAcknowledge: number | null, medianHoursToClose: number | null, p90HoursToClose: number | null, key: string }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, fullName: string, role: Role, organizationId: string, language: Language } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ActivityListItemFragmentDoc = new TypedDocumentString(`
    fragment ActivityListItem on Activity {
  id
  title
  status
  type
  startsOn
  city
  online
  organization {
    id
    shortName
  }
}
    `, {"fragmentName":"ActivityListItem"}) as unknown as TypedDocumentString<ActivityListItemFragment, unknown>;
export const ActivityFieldsFragmentDoc = new TypedDocumentString(`
    fragment ActivityFields on Activity {
  id
  version
  status
  type
  title
  description
  startsOn
  endsOn
  city
  online
  targetGroups
  participantsTotal
  mediaOutlets
  mediaAudience
  reviewComment
  reviewedAt
  submittedAt
  updatedAt
  organization {
    id
    shortName
  }
  coOrganizers {
    id
    shortName
  }
  goals {
    id
    code
    title
  }
  indicatorValues {
    indicatorId
    value
  }
  institutions {
    kind
    name
  }
  attachments {
    url
    title
  }
  participants {
    gender
    count
    ageBand {
      code
    }
  }
}
    `, {"fragmentName":"ActivityFields"}) as unknown as TypedDocumentString<ActivityFieldsFragment, unknown>;
export const CapacityRecordFieldsFragmentDoc = new TypedDocumentString(`
    fragment CapacityRecordFields on CapacityRecord {
  hours
  personHours
  peopleTrained
  trainingsAttended
  certificatesIssued
  hoursByTopicAndYear {
    year
    topicCode
    topicNameSr
    topicNameEn
    hours
    trainings
  }
  selfAssessments {
    period
    submittedAt
    scores {
      dimensionCode
      dimensionNameSr
      dimensionNameEn
      score
      scaleMax
      change
    }
  }
}
    `, {"fragmentName":"CapacityRecordFields"}) as unknown as TypedDocumentString<CapacityRecordFieldsFragment, unknown>;
export const ReferralListItemFragmentDoc = new TypedDocumentString(`
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
    `, {"fragmentName":"ReferralListItem"}) as unknown as TypedDocumentString<ReferralListItemFragment, unknown>;
export const ReferralFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}`, {"fragmentName":"ReferralFields"}) as unknown as TypedDocumentString<ReferralFieldsFragment, unknown>;
export const SetPreferredLanguageDocument = new TypedDocumentString(`
    mutation SetPreferredLanguage($language: Language!) {
  setPreferredLanguage(language: $language) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<SetPreferredLanguageMutation, SetPreferredLanguageMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ActivitiesDocument = new TypedDocumentString(`
    query Activities($filter: ActivitiesFilter, $after: String) {
  activities(filter: $filter, first: 25, after: $after) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ActivityListItem
      }
    }
  }
}
    fragment ActivityListItem on Activity {
  id
  title
  status
  type
  startsOn
  city
  online
  organization {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<ActivitiesQuery, ActivitiesQueryVariables>;
export const ActivityDocument = new TypedDocumentString(`
    query Activity($id: ID!) {
  activity(id: $id) {
    ...ActivityFields
    history {
      id
      action
      actorName
      occurredAt
      summary
      changedFields
    }
  }
}
    fragment ActivityFields on Activity {
  id
  version
  status
  type
  title
  description
  startsOn
  endsOn
  city
  online
  targetGroups
  participantsTotal
  mediaOutlets
  mediaAudience
  reviewComment
  reviewedAt
  submittedAt
  updatedAt
  organization {
    id
    shortName
  }
  coOrganizers {
    id
    shortName
  }
  goals {
    id
    code
    title
  }
  indicatorValues {
    indicatorId
    value
  }
  institutions {
    kind
    name
  }
  attachments {
    url
    title
  }
  participants {
    gender
    count
    ageBand {
      code
    }
  }
}`) as unknown as TypedDocumentString<ActivityQuery, ActivityQueryVariables>;
export const FormReferencesDocument = new TypedDocumentString(`
    query FormReferences {
  ageBands {
    id
    code
    labelSr
    labelEn
    position
  }
  strategyPeriods(first: 20) {
    edges {
      node {
        id
        code
        startsOn
        endsOn
        goals {
          id
          code
          titleSr
          titleEn
          indicators {
            id
            code
            nameSr
            nameEn
            unit
            target
          }
        }
      }
    }
  }
  organizations(first: 50, filter: {networkCode: "AT", active: true}) {
    edges {
      node {
        id
        shortName
        city
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FormReferencesQuery, FormReferencesQueryVariables>;
export const CreateActivityDocument = new TypedDocumentString(`
    mutation CreateActivity($input: CreateActivityInput!) {
  createActivity(input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  version
  status
  type
  title
  description
  startsOn
  endsOn
  city
  online
  targetGroups
  participantsTotal
  mediaOutlets
  mediaAudience
  reviewComment
  reviewedAt
  submittedAt
  updatedAt
  organization {
    id
    shortName
  }
  coOrganizers {
    id
    shortName
  }
  goals {
    id
    code
    title
  }
  indicatorValues {
    indicatorId
    value
  }
  institutions {
    kind
    name
  }
  attachments {
    url
    title
  }
  participants {
    gender
    count
    ageBand {
      code
    }
  }
}`) as unknown as TypedDocumentString<CreateActivityMutation, CreateActivityMutationVariables>;
export const UpdateActivityDocument = new TypedDocumentString(`
    mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {
  updateActivity(id: $id, input: $input) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  version
  status
  type
  title
  description
  startsOn
  endsOn
  city
  online
  targetGroups
  participantsTotal
  mediaOutlets
  mediaAudience
  reviewComment
  reviewedAt
  submittedAt
  updatedAt
  organization {
    id
    shortName
  }
  coOrganizers {
    id
    shortName
  }
  goals {
    id
    code
    title
  }
  indicatorValues {
    indicatorId
    value
  }
  institutions {
    kind
    name
  }
  attachments {
    url
    title
  }
  participants {
    gender
    count
    ageBand {
      code
    }
  }
}`) as unknown as TypedDocumentString<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const SubmitActivityDocument = new TypedDocumentString(`
    mutation SubmitActivity($id: ID!) {
  submitActivity(id: $id) {
    ...ActivityFields
  }
}
    fragment ActivityFields on Activity {
  id
  version
  status
  type
  title
  description
  startsOn
  endsOn
  city
  online
  targetGroups
  participantsTotal
  mediaOutlets
  mediaAudience
  reviewComment
  reviewedAt
  submittedAt
  updatedAt
  organization {
    id
    shortName
  }
  coOrganizers {
    id
    shortName
  }
  goals {
    id
    code
    title
  }
  indicatorValues {
    indicatorId
    value
  }
  institutions {
    kind
    name
  }
  attachments {
    url
    title
  }
  participants {
    gender
    count
    ageBand {
      code
    }
  }
}`) as unknown as TypedDocumentString<SubmitActivityMutation, SubmitActivityMutationVariables>;
export const MyCapacityDocument = new TypedDocumentString(`
    query MyCapacity($organizationId: ID!) {
  capacityRecord(organizationId: $organizationId) {
    ...CapacityRecordFields
  }
  capacityDimensions {
    code
    nameSr
    nameEn
    scaleMin
    scaleMax
    active
  }
  trainings(first: 50, filter: {organizationId: $organizationId}) {
    edges {
      node {
        id
        title
        startsOn
        hours
        participants {
          id
          fullName
          certificateNumber
          certificateIssuedOn
          organization {
            id
          }
        }
      }
    }
  }
}
    fragment CapacityRecordFields on CapacityRecord {
  hours
  personHours
  peopleTrained
  trainingsAttended
  certificatesIssued
  hoursByTopicAndYear {
    year
    topicCode
    topicNameSr
    topicNameEn
    hours
    trainings
  }
  selfAssessments {
    period
    submittedAt
    scores {
      dimensionCode
      dimensionNameSr
      dimensionNameEn
      score
      scaleMax
      change
    }
  }
}`) as unknown as TypedDocumentString<MyCapacityQuery, MyCapacityQueryVariables>;
export const SubmitSelfAssessmentDocument = new TypedDocumentString(`
    mutation SubmitSelfAssessment($input: SelfAssessmentInput!) {
  submitSelfAssessment(input: $input) {
    period
  }
}
    `) as unknown as TypedDocumentString<SubmitSelfAssessmentMutation, SubmitSelfAssessmentMutationVariables>;
export const CapacityOrganizationsDocument = new TypedDocumentString(`
    query CapacityOrganizations {
  organizations(first: 50, filter: {networkCode: "AT"}) {
    edges {
      node {
        id
        shortName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CapacityOrganizationsQuery, CapacityOrganizationsQueryVariables>;
export const OrganizationCapacityDocument = new TypedDocumentString(`
    query OrganizationCapacity($organizationId: ID!) {
  capacityRecord(organizationId: $organizationId) {
    ...CapacityRecordFields
  }
}
    fragment CapacityRecordFields on CapacityRecord {
  hours
  personHours
  peopleTrained
  trainingsAttended
  certificatesIssued
  hoursByTopicAndYear {
    year
    topicCode
    topicNameSr
    topicNameEn
    hours
    trainings
  }
  selfAssessments {
    period
    submittedAt
    scores {
      dimensionCode
      dimensionNameSr
      dimensionNameEn
      score
      scaleMax
      change
    }
  }
}`) as unknown as TypedDocumentString<OrganizationCapacityQuery, OrganizationCapacityQueryVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home($orgId: ID!) {
  returned: activities(
    filter: {status: RETURNED, organizationId: $orgId}
    first: 20
  ) {
    totalCount
    edges {
      node {
        id
        title
        startsOn
        reviewComment
        reviewedAt
      }
    }
  }
  drafts: activities(filter: {status: DRAFT, organizationId: $orgId}, first: 20) {
    totalCount
    edges {
      node {
        id
        title
        startsOn
        updatedAt
      }
    }
  }
  strategyPeriods(first: 20) {
    edges {
      node {
        id
        code
        startsOn
        endsOn
        goals {
          id
          code
          titleSr
          titleEn
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const QuarterProgressDocument = new TypedDocumentString(`
    query QuarterProgress($periodId: ID!, $orgId: ID!) {
  strategyProgress(periodId: $periodId, organizationId: $orgId) {
    cells {
      goalId
      quarter
      activities
      participants
    }
  }
}
    `) as unknown as TypedDocumentString<QuarterProgressQuery, QuarterProgressQueryVariables>;
export const HomeMeetingsDocument = new TypedDocumentString(`
    query HomeMeetings($from: DateTime!, $orgId: ID!) {
  meetings(first: 3, orderBy: SOONEST_FIRST, filter: {from: $from}) {
    edges {
      node {
        id
        title
        status
        startsAt
        timeZone
        place
        myAnswer
      }
    }
  }
  actionItems(first: 100, filter: {organizationId: $orgId}) {
    edges {
      node {
        id
        description
        dueOn
        status
        meetingTitle
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HomeMeetingsQuery, HomeMeetingsQueryVariables>;
export const MemberMeetingDocument = new TypedDocumentString(`
    query MemberMeeting($id: ID!) {
  meeting(id: $id) {
    id
    title
    kind
    status
    description
    startsAt
    endsAt
    timeZone
    place
    venue
    city
    onlineUrl
    myAnswer
    minutes
    minutesUpdatedAt
    agenda {
      position
      title
      startsAt
      durationMinutes
      presenterOrganization {
        id
        shortName
      }
    }
    attendees {
      fullName
      organization {
        id
        shortName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MemberMeetingQuery, MemberMeetingQueryVariables>;
export const MeetingCalendarDocument = new TypedDocumentString(`
    query MeetingCalendar($id: ID!) {
  meeting(id: $id) {
    id
    calendar
  }
}
    `) as unknown as TypedDocumentString<MeetingCalendarQuery, MeetingCalendarQueryVariables>;
export const AnswerInvitationDocument = new TypedDocumentString(`
    mutation AnswerInvitation($meetingId: ID!, $answer: InvitationAnswer!) {
  answerInvitation(meetingId: $meetingId, answer: $answer) {
    answer
    answeredAt
  }
}
    `) as unknown as TypedDocumentString<AnswerInvitationMutation, AnswerInvitationMutationVariables>;
export const MyMeetingsDocument = new TypedDocumentString(`
    query MyMeetings($orderBy: MeetingOrder!, $from: DateTime, $to: DateTime) {
  meetings(first: 50, orderBy: $orderBy, filter: {from: $from, to: $to}) {
    edges {
      node {
        id
        title
        kind
        status
        startsAt
        endsAt
        timeZone
        place
        onlineUrl
        myAnswer
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyMeetingsQuery, MyMeetingsQueryVariables>;
export const MyActionItemsDocument = new TypedDocumentString(`
    query MyActionItems($organizationId: ID!) {
  actionItems(first: 100, filter: {organizationId: $organizationId}) {
    edges {
      node {
        id
        description
        dueOn
        status
        meetingId
        meetingTitle
        completedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyActionItemsQuery, MyActionItemsQueryVariables>;
export const SetActionItemStatusDocument = new TypedDocumentString(`
    mutation SetActionItemStatus($id: ID!, $status: ActionItemStatus!) {
  setActionItemStatus(id: $id, status: $status) {
    id
    status
    completedAt
  }
}
    `) as unknown as TypedDocumentString<SetActionItemStatusMutation, SetActionItemStatusMutationVariables>;
export const MyPartnerProfileDocument = new TypedDocumentString(`
    query MyPartnerProfile {
  myPartnerProfile {
    organizationId
    acceptedCategories
    languages
    countriesCovered
    contactEmails
    contactPhones
  }
}
    `) as unknown as TypedDocumentString<MyPartnerProfileQuery, MyPartnerProfileQueryVariables>;
export const SetPartnerProfileDocument = new TypedDocumentString(`
    mutation SetPartnerProfile($organizationId: ID!, $input: PartnerProfileInput!) {
  setPartnerProfile(organizationId: $organizationId, input: $input) {
    organizationId
    acceptedCategories
    languages
    countriesCovered
    contactEmails
    contactPhones
  }
}
    `) as unknown as TypedDocumentString<SetPartnerProfileMutation, SetPartnerProfileMutationVariables>;
export const ProgressPeriodsDocument = new TypedDocumentString(`
    query ProgressPeriods {
  strategyPeriods(first: 20) {
    edges {
      node {
        id
        code
        startsOn
        endsOn
      }
    }
  }
  organizations(first: 50, filter: {networkCode: "AT"}) {
    edges {
      node {
        id
        shortName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressPeriodsQuery, ProgressPeriodsQueryVariables>;
export const ProgressDocument = new TypedDocumentString(`
    query Progress($periodId: ID!, $organizationId: ID) {
  strategyProgress(periodId: $periodId, organizationId: $organizationId) {
    periodCode
    network {
      activities
      participants
    }
    goals {
      goalId
      code
      activities
      participants
      indicators {
        indicatorId
        code
        nameSr
        nameEn
        unit
        baseline
        target
        value
      }
    }
    cells {
      goalId
      organizationId
      quarter
      activities
      participants
    }
  }
}
    `) as unknown as TypedDocumentString<ProgressQuery, ProgressQueryVariables>;
export const ReferralsDocument = new TypedDocumentString(`
    query Referrals($filter: ReferralsFilter, $after: String, $orderBy: ReferralOrder!) {
  referrals(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    edges {
      node {
        ...ReferralListItem
      }
    }
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}`) as unknown as TypedDocumentString<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralDocument = new TypedDocumentString(`
    query Referral($id: ID!) {
  referral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<ReferralQuery, ReferralQueryVariables>;
export const AcknowledgeReferralDocument = new TypedDocumentString(`
    mutation AcknowledgeReferral($id: ID!) {
  acknowledgeReferral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<AcknowledgeReferralMutation, AcknowledgeReferralMutationVariables>;
export const AcceptReferralDocument = new TypedDocumentString(`
    mutation AcceptReferral($id: ID!) {
  acceptReferral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<AcceptReferralMutation, AcceptReferralMutationVariables>;
export const StartReferralDocument = new TypedDocumentString(`
    mutation StartReferral($id: ID!) {
  startReferral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<StartReferralMutation, StartReferralMutationVariables>;
export const DeclineReferralDocument = new TypedDocumentString(`
    mutation DeclineReferral($id: ID!, $reason: String!) {
  declineReferral(id: $id, reason: $reason) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<DeclineReferralMutation, DeclineReferralMutationVariables>;
export const CloseReferralDocument = new TypedDocumentString(`
    mutation CloseReferral($id: ID!, $outcome: ReferralOutcome!, $reason: String) {
  closeReferral(id: $id, outcome: $outcome, reason: $reason) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<CloseReferralMutation, CloseReferralMutationVariables>;
export const WithdrawReferralDocument = new TypedDocumentString(`
    mutation WithdrawReferral($id: ID!, $reason: String!) {
  withdrawReferral(id: $id, reason: $reason) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<WithdrawReferralMutation, WithdrawReferralMutationVariables>;
export const SendReferralDocument = new TypedDocumentString(`
    mutation SendReferral($id: ID!) {
  sendReferral(id: $id) {
    ...ReferralFields
  }
}
    fragment ReferralListItem on Referral {
  id
  reference
  status
  category
  urgency
  sentAt
  acknowledgeDueAt
  acknowledgedAt
  updatedAt
  sendingOrganization {
    id
    shortName
  }
  partnerOrganization {
    id
    shortName
  }
}
fragment ReferralFields on Referral {
  ...ReferralListItem
  version
  caseCode
  ageBroad
  gender
  citizenship
  countryOfOrigin
  countryOfExploitation
  transitCountries
  languages
  typeOfExploitation
  requestedServices
  consentGivenBy
  consentGivenAt
  consentMethod
  consentPurpose
  legalBasis
  declineReason
  outcome
  outcomeReason
  closedAt
  hasDetails
  detailsErasedAt
  network {
    id
    code
  }
  timeline {
    id
    toStatus
    occurredAt
    note
    actorOrganizationId
  }
  messages {
    id
    body
    createdAt
    authorOrganizationId
  }
  detailReads {
    occurredAt
    actorOrganizationId
    summary
  }
}`) as unknown as TypedDocumentString<SendReferralMutation, SendReferralMutationVariables>;
export const AddReferralMessageDocument = new TypedDocumentString(`
    mutation AddReferralMessage($id: ID!, $body: String!) {
  addReferralMessage(id: $id, body: $body) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddReferralMessageMutation, AddReferralMessageMutationVariables>;
export const RevealReferralDetailsDocument = new TypedDocumentString(`
    mutation RevealReferralDetails($id: ID!, $reason: String!) {
  revealReferralDetails(id: $id, reason: $reason) {
    name
    dateOfBirth
    contact
    lastKnownLocation
    photoLink
  }
}
    `) as unknown as TypedDocumentString<RevealReferralDetailsMutation, RevealReferralDetailsMutationVariables>;
export const ReferralPartnersDocument = new TypedDocumentString(`
    query ReferralPartners($category: ReferralCategory!, $urgency: ReferralUrgency!) {
  referralPartners(category: $category, urgency: $urgency) {
    acknowledgeDueAt
    countriesCovered
    languages
    organization {
      id
      shortName
      country
      city
    }
    networks {
      id
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralPartnersQuery, ReferralPartnersQueryVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($input: CreateReferralInput!) {
  createReferral(input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const AccountEmailDocument = new TypedDocumentString(`
    query AccountEmail {
  me {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<AccountEmailQuery, AccountEmailQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ReferralStatisticsPageDocument = new TypedDocumentString(`
    query ReferralStatisticsPage($from: DateTime, $to: DateTime) {
  referralStatistics(from: $from, to: $to) {
    from
    to
    total
    overdue
    byCategory {
      key
      count
    }
    byUrgency {
      key
      count
    }
    byStatus {
      key
      count
    }
    byOutcome {
      key
      count
    }
    byNetwork {
      key
      count
    }
    responseTimesByCategory {
      key
      acknowledged
      closed
      medianHoursToAcknowledge
      p90HoursToAcknowledge
      medianHoursToClose
      p90HoursToClose
    }
    responseTimesByUrgency {
      key
      acknowledged
      closed
      medianHoursToAcknowledge
      p90HoursToAcknowledge
      medianHoursToClose
      p90HoursToClose
    }
    responseTimes {
      key: networkCode
      acknowledged
      closed
      medianHoursToAcknowledge
      p90HoursToAcknowledge
      medianHoursToClose
      p90HoursToClose
    }
  }
}
    `) as unknown as TypedDocumentString<ReferralStatisticsPageQuery, ReferralStatisticsPageQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    fullName
    role
    organizationId
    language
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;