import { graphql } from '../../gql';

export const ReferralListItemFragment = graphql(`
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
`);

export const ReferralsQuery = graphql(`
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
`);

export const ReferralFieldsFragment = graphql(`
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
`);

export const ReferralQuery = graphql(`
  query Referral($id: ID!) {
    referral(id: $id) {
      ...ReferralFields
    }
  }
`);

export const AcknowledgeReferralMutation = graphql(`
  mutation AcknowledgeReferral($id: ID!) {
    acknowledgeReferral(id: $id) {
      ...ReferralFields
    }
  }
`);
export const AcceptReferralMutation = graphql(`
  mutation AcceptReferral($id: ID!) {
    acceptReferral(id: $id) {
      ...ReferralFields
    }
  }
`);
export const StartReferralMutation = graphql(`
  mutation StartReferral($id: ID!) {
    startReferral(id: $id) {
      ...ReferralFields
    }
  }
`);
export const DeclineReferralMutation = graphql(`
  mutation DeclineReferral($id: ID!, $reason: String!) {
    declineReferral(id: $id, reason: $reason) {
      ...ReferralFields
    }
  }
`);
export const CloseReferralMutation = graphql(`
  mutation CloseReferral($id: ID!, $outcome: ReferralOutcome!, $reason: String) {
    closeReferral(id: $id, outcome: $outcome, reason: $reason) {
      ...ReferralFields
    }
  }
`);
export const WithdrawReferralMutation = graphql(`
  mutation WithdrawReferral($id: ID!, $reason: String!) {
    withdrawReferral(id: $id, reason: $reason) {
      ...ReferralFields
    }
  }
`);
export const SendReferralMutation = graphql(`
  mutation SendReferral($id: ID!) {
    sendReferral(id: $id) {
      ...ReferralFields
    }
  }
`);
export const AddReferralMessageMutation = graphql(`
  mutation AddReferralMessage($id: ID!, $body: String!) {
    addReferralMessage(id: $id, body: $body) {
      id
    }
  }
`);
export const RevealReferralDetailsMutation = graphql(`
  mutation RevealReferralDetails($id: ID!, $reason: String!) {
    revealReferralDetails(id: $id, reason: $reason) {
      name
      dateOfBirth
      contact
      lastKnownLocation
      photoLink
    }
  }
`);

export const ReferralPartnersQuery = graphql(`
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
`);

export const CreateReferralMutation = graphql(`
  mutation CreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      id
      reference
    }
  }
`);

export const REFERRAL_CATEGORIES = ['VICTIM_ASSISTANCE_ABROAD', 'SAFE_RETURN', 'LEGAL_AID', 'LABOUR_EXPLOITATION', 'MISSING_CHILD', 'POLICY_MONITORING'] as const;
export const REFERRAL_STATUSES = ['SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'IN_PROGRESS', 'DECLINED', 'CLOSED', 'WITHDRAWN', 'DRAFT'] as const;
export const URGENCIES = ['CRITICAL', 'URGENT', 'ROUTINE'] as const;
export const AGE_GROUPS = ['AGE_0_8', 'AGE_9_17', 'AGE_18_20', 'AGE_21_23', 'AGE_24_26', 'AGE_27_29', 'AGE_30_38', 'AGE_39_47', 'AGE_48_PLUS', 'UNKNOWN'] as const;
export const GENDERS = ['FEMALE', 'MALE', 'TRANSGENDER_OR_NON_CONFORMING', 'UNKNOWN'] as const;
export const EXPLOITATION_TYPES = [
  'SEXUAL_EXPLOITATION',
  'FORCED_LABOUR',
  'FORCED_BEGGING',
  'FORCED_CRIMINALITY',
  'FORCED_DOMESTIC_WORK',
  'FORCED_MARRIAGE',
  'SERVITUDE',
  'SLAVERY_OR_SIMILAR',
  'REMOVAL_OF_ORGANS',
  'OTHER',
] as const;
export const SERVICES = ['SHELTER', 'MEDICAL', 'PSYCHOLOGICAL', 'LEGAL', 'REINTEGRATION', 'ECONOMIC_EMPOWERMENT', 'TECHNICAL'] as const;
