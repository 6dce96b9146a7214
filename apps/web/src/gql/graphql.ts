/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

export type Gender =
  | 'FEMALE'
  | 'MALE'
  /** Other or not known */
  | 'OTHER_UNKNOWN';

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

/** Serbian (Latin script) or English */
export type Language =
  /** English */
  | 'EN'
  /** Srpski (latinica) */
  | 'SR';

export type ParticipantCountInput = {
  /** Age band code, e.g. "15_17" (see the ageBands query) */
  ageBand: string;
  count: number;
  gender: Gender;
};

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

export type HomeQueryVariables = Exact<{
  orgId: string | number;
}>;


export type HomeQuery = { returned: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsOn: string, reviewComment: string | null, reviewedAt: string | null } }> }, drafts: { totalCount: number, edges: Array<{ node: { id: string, title: string, startsOn: string, updatedAt: string } }> }, strategyPeriods: { edges: Array<{ node: { id: string, code: string, startsOn: string, endsOn: string, goals: Array<{ id: string, code: string, titleSr: string, titleEn: string }> } }> } };

export type QuarterProgressQueryVariables = Exact<{
  periodId: string | number;
  orgId: string | number;
}>;


export type QuarterProgressQuery = { strategyProgress: { cells: Array<{ goalId: string, quarter: string, activities: number, participants: number }> } };

export type ProgressPeriodsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProgressPeriodsQuery = { strategyPeriods: { edges: Array<{ node: { id: string, code: string, startsOn: string, endsOn: string } }> }, organizations: { edges: Array<{ node: { id: string, shortName: string } }> } };

export type ProgressQueryVariables = Exact<{
  periodId: string | number;
  organizationId?: string | number | null | undefined;
}>;


export type ProgressQuery = { strategyProgress: { periodCode: string, network: { activities: number, participants: number }, goals: Array<{ goalId: string, code: string, activities: number, participants: number, indicators: Array<{ indicatorId: string, code: string, nameSr: string, nameEn: string, unit: string, baseline: number | null, target: number | null, value: number }> }>, cells: Array<{ goalId: string, organizationId: string, quarter: string, activities: number, participants: number }> } };

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
export const SetPreferredLanguageDocument = new TypedDocumentString(`
    mutation SetPreferredLanguage($language: Language!) {
  setPreferredLanguage(language: $language) {
    id
    language
  }
}
    `) as unknown as TypedDocumentString<SetPreferredLanguageMutation, SetPreferredLanguageMutationVariables>;
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