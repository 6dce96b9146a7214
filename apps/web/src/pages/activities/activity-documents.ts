import { graphql } from '../../gql';

export const ActivityFieldsFragment = graphql(`
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
`);

export const ActivityQuery = graphql(`
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
`);

/** What the form offers to choose from: age bands, the plan periods with goals and indicators, the network's members. */
export const FormReferencesQuery = graphql(`
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
    organizations(first: 50, filter: { networkCode: "AT", active: true }) {
      edges {
        node {
          id
          shortName
          city
        }
      }
    }
  }
`);

export const CreateActivityMutation = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const UpdateActivityMutation = graphql(`
  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, input: $input) {
      ...ActivityFields
    }
  }
`);

export const SubmitActivityMutation = graphql(`
  mutation SubmitActivity($id: ID!) {
    submitActivity(id: $id) {
      ...ActivityFields
    }
  }
`);
