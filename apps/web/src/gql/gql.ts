/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SetPreferredLanguage($language: Language!) {\n    setPreferredLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": typeof types.SetPreferredLanguageDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  fragment ActivityListItem on Activity {\n    id\n    title\n    status\n    type\n    startsOn\n    city\n    online\n    organization {\n      id\n      shortName\n    }\n  }\n": typeof types.ActivityListItemFragmentDoc,
    "\n  query Activities($filter: ActivitiesFilter, $after: String) {\n    activities(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityListItem\n        }\n      }\n    }\n  }\n": typeof types.ActivitiesDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    status\n    type\n    title\n    description\n    startsOn\n    endsOn\n    city\n    online\n    targetGroups\n    participantsTotal\n    mediaOutlets\n    mediaAudience\n    reviewComment\n    reviewedAt\n    submittedAt\n    updatedAt\n    organization {\n      id\n      shortName\n    }\n    coOrganizers {\n      id\n      shortName\n    }\n    goals {\n      id\n      code\n      title\n    }\n    indicatorValues {\n      indicatorId\n      value\n    }\n    institutions {\n      kind\n      name\n    }\n    attachments {\n      url\n      title\n    }\n    participants {\n      gender\n      count\n      ageBand {\n        code\n      }\n    }\n  }\n": typeof types.ActivityFieldsFragmentDoc,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n      history {\n        id\n        action\n        actorName\n        occurredAt\n        summary\n        changedFields\n      }\n    }\n  }\n": typeof types.ActivityDocument,
    "\n  query FormReferences {\n    ageBands {\n      id\n      code\n      labelSr\n      labelEn\n      position\n    }\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n          goals {\n            id\n            code\n            titleSr\n            titleEn\n            indicators {\n              id\n              code\n              nameSr\n              nameEn\n              unit\n              target\n            }\n          }\n        }\n      }\n    }\n    organizations(first: 50, filter: { networkCode: \"AT\", active: true }) {\n      edges {\n        node {\n          id\n          shortName\n          city\n        }\n      }\n    }\n  }\n": typeof types.FormReferencesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityFields\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation SubmitActivity($id: ID!) {\n    submitActivity(id: $id) {\n      ...ActivityFields\n    }\n  }\n": typeof types.SubmitActivityDocument,
    "\n  fragment CapacityRecordFields on CapacityRecord {\n    hours\n    personHours\n    peopleTrained\n    trainingsAttended\n    certificatesIssued\n    hoursByTopicAndYear {\n      year\n      topicCode\n      topicNameSr\n      topicNameEn\n      hours\n      trainings\n    }\n    selfAssessments {\n      period\n      submittedAt\n      scores {\n        dimensionCode\n        dimensionNameSr\n        dimensionNameEn\n        score\n        scaleMax\n        change\n      }\n    }\n  }\n": typeof types.CapacityRecordFieldsFragmentDoc,
    "\n  query MyCapacity($organizationId: ID!) {\n    capacityRecord(organizationId: $organizationId) {\n      ...CapacityRecordFields\n    }\n    capacityDimensions {\n      code\n      nameSr\n      nameEn\n      scaleMin\n      scaleMax\n      active\n    }\n    trainings(first: 50, filter: { organizationId: $organizationId }) {\n      edges {\n        node {\n          id\n          title\n          startsOn\n          hours\n          participants {\n            id\n            fullName\n            certificateNumber\n            certificateIssuedOn\n            organization {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyCapacityDocument,
    "\n  mutation SubmitSelfAssessment($input: SelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      period\n    }\n  }\n": typeof types.SubmitSelfAssessmentDocument,
    "\n  query CapacityOrganizations {\n    organizations(first: 50, filter: { networkCode: \"AT\" }) {\n      edges {\n        node {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.CapacityOrganizationsDocument,
    "\n  query OrganizationCapacity($organizationId: ID!) {\n    capacityRecord(organizationId: $organizationId) {\n      ...CapacityRecordFields\n    }\n  }\n": typeof types.OrganizationCapacityDocument,
    "\n  query Home($orgId: ID!) {\n    returned: activities(filter: { status: RETURNED, organizationId: $orgId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsOn\n          reviewComment\n          reviewedAt\n        }\n      }\n    }\n    drafts: activities(filter: { status: DRAFT, organizationId: $orgId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsOn\n          updatedAt\n        }\n      }\n    }\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n          goals {\n            id\n            code\n            titleSr\n            titleEn\n          }\n        }\n      }\n    }\n  }\n": typeof types.HomeDocument,
    "\n  query QuarterProgress($periodId: ID!, $orgId: ID!) {\n    strategyProgress(periodId: $periodId, organizationId: $orgId) {\n      cells {\n        goalId\n        quarter\n        activities\n        participants\n      }\n    }\n  }\n": typeof types.QuarterProgressDocument,
    "\n  query HomeMeetings($from: DateTime!, $orgId: ID!) {\n    meetings(first: 3, orderBy: SOONEST_FIRST, filter: { from: $from }) {\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          timeZone\n          place\n          myAnswer\n        }\n      }\n    }\n    actionItems(first: 100, filter: { organizationId: $orgId }) {\n      edges {\n        node {\n          id\n          description\n          dueOn\n          status\n          meetingTitle\n        }\n      }\n    }\n  }\n": typeof types.HomeMeetingsDocument,
    "\n  query MemberMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      description\n      startsAt\n      endsAt\n      timeZone\n      place\n      venue\n      city\n      onlineUrl\n      myAnswer\n      minutes\n      minutesUpdatedAt\n      agenda {\n        position\n        title\n        startsAt\n        durationMinutes\n        presenterOrganization {\n          id\n          shortName\n        }\n      }\n      attendees {\n        fullName\n        organization {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.MemberMeetingDocument,
    "\n  query MeetingCalendar($id: ID!) {\n    meeting(id: $id) {\n      id\n      calendar\n    }\n  }\n": typeof types.MeetingCalendarDocument,
    "\n  mutation AnswerInvitation($meetingId: ID!, $answer: InvitationAnswer!) {\n    answerInvitation(meetingId: $meetingId, answer: $answer) {\n      answer\n      answeredAt\n    }\n  }\n": typeof types.AnswerInvitationDocument,
    "\n  query MyMeetings($orderBy: MeetingOrder!, $from: DateTime, $to: DateTime) {\n    meetings(first: 50, orderBy: $orderBy, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          startsAt\n          endsAt\n          timeZone\n          place\n          onlineUrl\n          myAnswer\n        }\n      }\n    }\n  }\n": typeof types.MyMeetingsDocument,
    "\n  query MyActionItems($organizationId: ID!) {\n    actionItems(first: 100, filter: { organizationId: $organizationId }) {\n      edges {\n        node {\n          id\n          description\n          dueOn\n          status\n          meetingId\n          meetingTitle\n          completedAt\n        }\n      }\n    }\n  }\n": typeof types.MyActionItemsDocument,
    "\n  mutation SetActionItemStatus($id: ID!, $status: ActionItemStatus!) {\n    setActionItemStatus(id: $id, status: $status) {\n      id\n      status\n      completedAt\n    }\n  }\n": typeof types.SetActionItemStatusDocument,
    "\n  query MyPartnerProfile {\n    myPartnerProfile {\n      organizationId\n      acceptedCategories\n      languages\n      countriesCovered\n      contactEmails\n      contactPhones\n    }\n  }\n": typeof types.MyPartnerProfileDocument,
    "\n  mutation SetPartnerProfile($organizationId: ID!, $input: PartnerProfileInput!) {\n    setPartnerProfile(organizationId: $organizationId, input: $input) {\n      organizationId\n      acceptedCategories\n      languages\n      countriesCovered\n      contactEmails\n      contactPhones\n    }\n  }\n": typeof types.SetPartnerProfileDocument,
    "\n  query ProgressPeriods {\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n        }\n      }\n    }\n    organizations(first: 50, filter: { networkCode: \"AT\" }) {\n      edges {\n        node {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": typeof types.ProgressPeriodsDocument,
    "\n  query Progress($periodId: ID!, $organizationId: ID) {\n    strategyProgress(periodId: $periodId, organizationId: $organizationId) {\n      periodCode\n      network {\n        activities\n        participants\n      }\n      goals {\n        goalId\n        code\n        activities\n        participants\n        indicators {\n          indicatorId\n          code\n          nameSr\n          nameEn\n          unit\n          baseline\n          target\n          value\n        }\n      }\n      cells {\n        goalId\n        organizationId\n        quarter\n        activities\n        participants\n      }\n    }\n  }\n": typeof types.ProgressDocument,
    "\n  fragment ReferralListItem on Referral {\n    id\n    reference\n    status\n    category\n    urgency\n    sentAt\n    acknowledgeDueAt\n    acknowledgedAt\n    updatedAt\n    sendingOrganization {\n      id\n      shortName\n    }\n    partnerOrganization {\n      id\n      shortName\n    }\n  }\n": typeof types.ReferralListItemFragmentDoc,
    "\n  query Referrals($filter: ReferralsFilter, $after: String, $orderBy: ReferralOrder!) {\n    referrals(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n": typeof types.ReferralsDocument,
    "\n  fragment ReferralFields on Referral {\n    ...ReferralListItem\n    version\n    caseCode\n    ageBroad\n    gender\n    citizenship\n    countryOfOrigin\n    countryOfExploitation\n    transitCountries\n    languages\n    typeOfExploitation\n    requestedServices\n    consentGivenBy\n    consentGivenAt\n    consentMethod\n    consentPurpose\n    legalBasis\n    declineReason\n    outcome\n    outcomeReason\n    closedAt\n    hasDetails\n    detailsErasedAt\n    network {\n      id\n      code\n    }\n    timeline {\n      id\n      toStatus\n      occurredAt\n      note\n      actorOrganizationId\n    }\n    messages {\n      id\n      body\n      createdAt\n      authorOrganizationId\n    }\n    detailReads {\n      occurredAt\n      actorOrganizationId\n      summary\n    }\n  }\n": typeof types.ReferralFieldsFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.ReferralDocument,
    "\n  mutation AcknowledgeReferral($id: ID!) {\n    acknowledgeReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.AcknowledgeReferralDocument,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.AcceptReferralDocument,
    "\n  mutation StartReferral($id: ID!) {\n    startReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.StartReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.DeclineReferralDocument,
    "\n  mutation CloseReferral($id: ID!, $outcome: ReferralOutcome!, $reason: String) {\n    closeReferral(id: $id, outcome: $outcome, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.CloseReferralDocument,
    "\n  mutation WithdrawReferral($id: ID!, $reason: String!) {\n    withdrawReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": typeof types.WithdrawReferralDocument,
    "\n  mutation SendReferral($id: ID!) {\n    sendReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": typeof types.SendReferralDocument,
    "\n  mutation AddReferralMessage($id: ID!, $body: String!) {\n    addReferralMessage(id: $id, body: $body) {\n      id\n    }\n  }\n": typeof types.AddReferralMessageDocument,
    "\n  mutation RevealReferralDetails($id: ID!, $reason: String!) {\n    revealReferralDetails(id: $id, reason: $reason) {\n      name\n      dateOfBirth\n      contact\n      lastKnownLocation\n      photoLink\n    }\n  }\n": typeof types.RevealReferralDetailsDocument,
    "\n  query ReferralPartners($category: ReferralCategory!, $urgency: ReferralUrgency!) {\n    referralPartners(category: $category, urgency: $urgency) {\n      acknowledgeDueAt\n      countriesCovered\n      languages\n      organization {\n        id\n        shortName\n        country\n        city\n      }\n      networks {\n        id\n        code\n      }\n    }\n  }\n": typeof types.ReferralPartnersDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  query AccountEmail {\n    me {\n      id\n      email\n    }\n  }\n": typeof types.AccountEmailDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOut\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query ReferralStatisticsPage($from: DateTime, $to: DateTime) {\n    referralStatistics(from: $from, to: $to) {\n      from\n      to\n      total\n      overdue\n      byCategory {\n        key\n        count\n      }\n      byUrgency {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byOutcome {\n        key\n        count\n      }\n      byNetwork {\n        key\n        count\n      }\n      responseTimesByCategory {\n        key\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n      responseTimesByUrgency {\n        key\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n      responseTimes {\n        key: networkCode\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n    }\n  }\n": typeof types.ReferralStatisticsPageDocument,
    "\n  query Me {\n    me {\n      id\n      fullName\n      role\n      organizationId\n      language\n    }\n  }\n": typeof types.MeDocument,
};
const documents: Documents = {
    "\n  mutation SetPreferredLanguage($language: Language!) {\n    setPreferredLanguage(language: $language) {\n      id\n      language\n    }\n  }\n": types.SetPreferredLanguageDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  fragment ActivityListItem on Activity {\n    id\n    title\n    status\n    type\n    startsOn\n    city\n    online\n    organization {\n      id\n      shortName\n    }\n  }\n": types.ActivityListItemFragmentDoc,
    "\n  query Activities($filter: ActivitiesFilter, $after: String) {\n    activities(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityListItem\n        }\n      }\n    }\n  }\n": types.ActivitiesDocument,
    "\n  fragment ActivityFields on Activity {\n    id\n    version\n    status\n    type\n    title\n    description\n    startsOn\n    endsOn\n    city\n    online\n    targetGroups\n    participantsTotal\n    mediaOutlets\n    mediaAudience\n    reviewComment\n    reviewedAt\n    submittedAt\n    updatedAt\n    organization {\n      id\n      shortName\n    }\n    coOrganizers {\n      id\n      shortName\n    }\n    goals {\n      id\n      code\n      title\n    }\n    indicatorValues {\n      indicatorId\n      value\n    }\n    institutions {\n      kind\n      name\n    }\n    attachments {\n      url\n      title\n    }\n    participants {\n      gender\n      count\n      ageBand {\n        code\n      }\n    }\n  }\n": types.ActivityFieldsFragmentDoc,
    "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n      history {\n        id\n        action\n        actorName\n        occurredAt\n        summary\n        changedFields\n      }\n    }\n  }\n": types.ActivityDocument,
    "\n  query FormReferences {\n    ageBands {\n      id\n      code\n      labelSr\n      labelEn\n      position\n    }\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n          goals {\n            id\n            code\n            titleSr\n            titleEn\n            indicators {\n              id\n              code\n              nameSr\n              nameEn\n              unit\n              target\n            }\n          }\n        }\n      }\n    }\n    organizations(first: 50, filter: { networkCode: \"AT\", active: true }) {\n      edges {\n        node {\n          id\n          shortName\n          city\n        }\n      }\n    }\n  }\n": types.FormReferencesDocument,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityFields\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation SubmitActivity($id: ID!) {\n    submitActivity(id: $id) {\n      ...ActivityFields\n    }\n  }\n": types.SubmitActivityDocument,
    "\n  fragment CapacityRecordFields on CapacityRecord {\n    hours\n    personHours\n    peopleTrained\n    trainingsAttended\n    certificatesIssued\n    hoursByTopicAndYear {\n      year\n      topicCode\n      topicNameSr\n      topicNameEn\n      hours\n      trainings\n    }\n    selfAssessments {\n      period\n      submittedAt\n      scores {\n        dimensionCode\n        dimensionNameSr\n        dimensionNameEn\n        score\n        scaleMax\n        change\n      }\n    }\n  }\n": types.CapacityRecordFieldsFragmentDoc,
    "\n  query MyCapacity($organizationId: ID!) {\n    capacityRecord(organizationId: $organizationId) {\n      ...CapacityRecordFields\n    }\n    capacityDimensions {\n      code\n      nameSr\n      nameEn\n      scaleMin\n      scaleMax\n      active\n    }\n    trainings(first: 50, filter: { organizationId: $organizationId }) {\n      edges {\n        node {\n          id\n          title\n          startsOn\n          hours\n          participants {\n            id\n            fullName\n            certificateNumber\n            certificateIssuedOn\n            organization {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.MyCapacityDocument,
    "\n  mutation SubmitSelfAssessment($input: SelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      period\n    }\n  }\n": types.SubmitSelfAssessmentDocument,
    "\n  query CapacityOrganizations {\n    organizations(first: 50, filter: { networkCode: \"AT\" }) {\n      edges {\n        node {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": types.CapacityOrganizationsDocument,
    "\n  query OrganizationCapacity($organizationId: ID!) {\n    capacityRecord(organizationId: $organizationId) {\n      ...CapacityRecordFields\n    }\n  }\n": types.OrganizationCapacityDocument,
    "\n  query Home($orgId: ID!) {\n    returned: activities(filter: { status: RETURNED, organizationId: $orgId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsOn\n          reviewComment\n          reviewedAt\n        }\n      }\n    }\n    drafts: activities(filter: { status: DRAFT, organizationId: $orgId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsOn\n          updatedAt\n        }\n      }\n    }\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n          goals {\n            id\n            code\n            titleSr\n            titleEn\n          }\n        }\n      }\n    }\n  }\n": types.HomeDocument,
    "\n  query QuarterProgress($periodId: ID!, $orgId: ID!) {\n    strategyProgress(periodId: $periodId, organizationId: $orgId) {\n      cells {\n        goalId\n        quarter\n        activities\n        participants\n      }\n    }\n  }\n": types.QuarterProgressDocument,
    "\n  query HomeMeetings($from: DateTime!, $orgId: ID!) {\n    meetings(first: 3, orderBy: SOONEST_FIRST, filter: { from: $from }) {\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          timeZone\n          place\n          myAnswer\n        }\n      }\n    }\n    actionItems(first: 100, filter: { organizationId: $orgId }) {\n      edges {\n        node {\n          id\n          description\n          dueOn\n          status\n          meetingTitle\n        }\n      }\n    }\n  }\n": types.HomeMeetingsDocument,
    "\n  query MemberMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      description\n      startsAt\n      endsAt\n      timeZone\n      place\n      venue\n      city\n      onlineUrl\n      myAnswer\n      minutes\n      minutesUpdatedAt\n      agenda {\n        position\n        title\n        startsAt\n        durationMinutes\n        presenterOrganization {\n          id\n          shortName\n        }\n      }\n      attendees {\n        fullName\n        organization {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": types.MemberMeetingDocument,
    "\n  query MeetingCalendar($id: ID!) {\n    meeting(id: $id) {\n      id\n      calendar\n    }\n  }\n": types.MeetingCalendarDocument,
    "\n  mutation AnswerInvitation($meetingId: ID!, $answer: InvitationAnswer!) {\n    answerInvitation(meetingId: $meetingId, answer: $answer) {\n      answer\n      answeredAt\n    }\n  }\n": types.AnswerInvitationDocument,
    "\n  query MyMeetings($orderBy: MeetingOrder!, $from: DateTime, $to: DateTime) {\n    meetings(first: 50, orderBy: $orderBy, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          startsAt\n          endsAt\n          timeZone\n          place\n          onlineUrl\n          myAnswer\n        }\n      }\n    }\n  }\n": types.MyMeetingsDocument,
    "\n  query MyActionItems($organizationId: ID!) {\n    actionItems(first: 100, filter: { organizationId: $organizationId }) {\n      edges {\n        node {\n          id\n          description\n          dueOn\n          status\n          meetingId\n          meetingTitle\n          completedAt\n        }\n      }\n    }\n  }\n": types.MyActionItemsDocument,
    "\n  mutation SetActionItemStatus($id: ID!, $status: ActionItemStatus!) {\n    setActionItemStatus(id: $id, status: $status) {\n      id\n      status\n      completedAt\n    }\n  }\n": types.SetActionItemStatusDocument,
    "\n  query MyPartnerProfile {\n    myPartnerProfile {\n      organizationId\n      acceptedCategories\n      languages\n      countriesCovered\n      contactEmails\n      contactPhones\n    }\n  }\n": types.MyPartnerProfileDocument,
    "\n  mutation SetPartnerProfile($organizationId: ID!, $input: PartnerProfileInput!) {\n    setPartnerProfile(organizationId: $organizationId, input: $input) {\n      organizationId\n      acceptedCategories\n      languages\n      countriesCovered\n      contactEmails\n      contactPhones\n    }\n  }\n": types.SetPartnerProfileDocument,
    "\n  query ProgressPeriods {\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n        }\n      }\n    }\n    organizations(first: 50, filter: { networkCode: \"AT\" }) {\n      edges {\n        node {\n          id\n          shortName\n        }\n      }\n    }\n  }\n": types.ProgressPeriodsDocument,
    "\n  query Progress($periodId: ID!, $organizationId: ID) {\n    strategyProgress(periodId: $periodId, organizationId: $organizationId) {\n      periodCode\n      network {\n        activities\n        participants\n      }\n      goals {\n        goalId\n        code\n        activities\n        participants\n        indicators {\n          indicatorId\n          code\n          nameSr\n          nameEn\n          unit\n          baseline\n          target\n          value\n        }\n      }\n      cells {\n        goalId\n        organizationId\n        quarter\n        activities\n        participants\n      }\n    }\n  }\n": types.ProgressDocument,
    "\n  fragment ReferralListItem on Referral {\n    id\n    reference\n    status\n    category\n    urgency\n    sentAt\n    acknowledgeDueAt\n    acknowledgedAt\n    updatedAt\n    sendingOrganization {\n      id\n      shortName\n    }\n    partnerOrganization {\n      id\n      shortName\n    }\n  }\n": types.ReferralListItemFragmentDoc,
    "\n  query Referrals($filter: ReferralsFilter, $after: String, $orderBy: ReferralOrder!) {\n    referrals(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n": types.ReferralsDocument,
    "\n  fragment ReferralFields on Referral {\n    ...ReferralListItem\n    version\n    caseCode\n    ageBroad\n    gender\n    citizenship\n    countryOfOrigin\n    countryOfExploitation\n    transitCountries\n    languages\n    typeOfExploitation\n    requestedServices\n    consentGivenBy\n    consentGivenAt\n    consentMethod\n    consentPurpose\n    legalBasis\n    declineReason\n    outcome\n    outcomeReason\n    closedAt\n    hasDetails\n    detailsErasedAt\n    network {\n      id\n      code\n    }\n    timeline {\n      id\n      toStatus\n      occurredAt\n      note\n      actorOrganizationId\n    }\n    messages {\n      id\n      body\n      createdAt\n      authorOrganizationId\n    }\n    detailReads {\n      occurredAt\n      actorOrganizationId\n      summary\n    }\n  }\n": types.ReferralFieldsFragmentDoc,
    "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.ReferralDocument,
    "\n  mutation AcknowledgeReferral($id: ID!) {\n    acknowledgeReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.AcknowledgeReferralDocument,
    "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.AcceptReferralDocument,
    "\n  mutation StartReferral($id: ID!) {\n    startReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.StartReferralDocument,
    "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.DeclineReferralDocument,
    "\n  mutation CloseReferral($id: ID!, $outcome: ReferralOutcome!, $reason: String) {\n    closeReferral(id: $id, outcome: $outcome, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.CloseReferralDocument,
    "\n  mutation WithdrawReferral($id: ID!, $reason: String!) {\n    withdrawReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n": types.WithdrawReferralDocument,
    "\n  mutation SendReferral($id: ID!) {\n    sendReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n": types.SendReferralDocument,
    "\n  mutation AddReferralMessage($id: ID!, $body: String!) {\n    addReferralMessage(id: $id, body: $body) {\n      id\n    }\n  }\n": types.AddReferralMessageDocument,
    "\n  mutation RevealReferralDetails($id: ID!, $reason: String!) {\n    revealReferralDetails(id: $id, reason: $reason) {\n      name\n      dateOfBirth\n      contact\n      lastKnownLocation\n      photoLink\n    }\n  }\n": types.RevealReferralDetailsDocument,
    "\n  query ReferralPartners($category: ReferralCategory!, $urgency: ReferralUrgency!) {\n    referralPartners(category: $category, urgency: $urgency) {\n      acknowledgeDueAt\n      countriesCovered\n      languages\n      organization {\n        id\n        shortName\n        country\n        city\n      }\n      networks {\n        id\n        code\n      }\n    }\n  }\n": types.ReferralPartnersDocument,
    "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n    }\n  }\n": types.CreateReferralDocument,
    "\n  query AccountEmail {\n    me {\n      id\n      email\n    }\n  }\n": types.AccountEmailDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOut\n  }\n": types.SignOutEverywhereDocument,
    "\n  query ReferralStatisticsPage($from: DateTime, $to: DateTime) {\n    referralStatistics(from: $from, to: $to) {\n      from\n      to\n      total\n      overdue\n      byCategory {\n        key\n        count\n      }\n      byUrgency {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byOutcome {\n        key\n        count\n      }\n      byNetwork {\n        key\n        count\n      }\n      responseTimesByCategory {\n        key\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n      responseTimesByUrgency {\n        key\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n      responseTimes {\n        key: networkCode\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n    }\n  }\n": types.ReferralStatisticsPageDocument,
    "\n  query Me {\n    me {\n      id\n      fullName\n      role\n      organizationId\n      language\n    }\n  }\n": types.MeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPreferredLanguage($language: Language!) {\n    setPreferredLanguage(language: $language) {\n      id\n      language\n    }\n  }\n"): typeof import('./graphql').SetPreferredLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityListItem on Activity {\n    id\n    title\n    status\n    type\n    startsOn\n    city\n    online\n    organization {\n      id\n      shortName\n    }\n  }\n"): typeof import('./graphql').ActivityListItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activities($filter: ActivitiesFilter, $after: String) {\n    activities(filter: $filter, first: 25, after: $after) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ActivityListItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActivityFields on Activity {\n    id\n    version\n    status\n    type\n    title\n    description\n    startsOn\n    endsOn\n    city\n    online\n    targetGroups\n    participantsTotal\n    mediaOutlets\n    mediaAudience\n    reviewComment\n    reviewedAt\n    submittedAt\n    updatedAt\n    organization {\n      id\n      shortName\n    }\n    coOrganizers {\n      id\n      shortName\n    }\n    goals {\n      id\n      code\n      title\n    }\n    indicatorValues {\n      indicatorId\n      value\n    }\n    institutions {\n      kind\n      name\n    }\n    attachments {\n      url\n      title\n    }\n    participants {\n      gender\n      count\n      ageBand {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Activity($id: ID!) {\n    activity(id: $id) {\n      ...ActivityFields\n      history {\n        id\n        action\n        actorName\n        occurredAt\n        summary\n        changedFields\n      }\n    }\n  }\n"): typeof import('./graphql').ActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormReferences {\n    ageBands {\n      id\n      code\n      labelSr\n      labelEn\n      position\n    }\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n          goals {\n            id\n            code\n            titleSr\n            titleEn\n            indicators {\n              id\n              code\n              nameSr\n              nameEn\n              unit\n              target\n            }\n          }\n        }\n      }\n    }\n    organizations(first: 50, filter: { networkCode: \"AT\", active: true }) {\n      edges {\n        node {\n          id\n          shortName\n          city\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FormReferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      ...ActivityFields\n    }\n  }\n"): typeof import('./graphql').CreateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($id: ID!, $input: UpdateActivityInput!) {\n    updateActivity(id: $id, input: $input) {\n      ...ActivityFields\n    }\n  }\n"): typeof import('./graphql').UpdateActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitActivity($id: ID!) {\n    submitActivity(id: $id) {\n      ...ActivityFields\n    }\n  }\n"): typeof import('./graphql').SubmitActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CapacityRecordFields on CapacityRecord {\n    hours\n    personHours\n    peopleTrained\n    trainingsAttended\n    certificatesIssued\n    hoursByTopicAndYear {\n      year\n      topicCode\n      topicNameSr\n      topicNameEn\n      hours\n      trainings\n    }\n    selfAssessments {\n      period\n      submittedAt\n      scores {\n        dimensionCode\n        dimensionNameSr\n        dimensionNameEn\n        score\n        scaleMax\n        change\n      }\n    }\n  }\n"): typeof import('./graphql').CapacityRecordFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCapacity($organizationId: ID!) {\n    capacityRecord(organizationId: $organizationId) {\n      ...CapacityRecordFields\n    }\n    capacityDimensions {\n      code\n      nameSr\n      nameEn\n      scaleMin\n      scaleMax\n      active\n    }\n    trainings(first: 50, filter: { organizationId: $organizationId }) {\n      edges {\n        node {\n          id\n          title\n          startsOn\n          hours\n          participants {\n            id\n            fullName\n            certificateNumber\n            certificateIssuedOn\n            organization {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitSelfAssessment($input: SelfAssessmentInput!) {\n    submitSelfAssessment(input: $input) {\n      period\n    }\n  }\n"): typeof import('./graphql').SubmitSelfAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CapacityOrganizations {\n    organizations(first: 50, filter: { networkCode: \"AT\" }) {\n      edges {\n        node {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CapacityOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationCapacity($organizationId: ID!) {\n    capacityRecord(organizationId: $organizationId) {\n      ...CapacityRecordFields\n    }\n  }\n"): typeof import('./graphql').OrganizationCapacityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home($orgId: ID!) {\n    returned: activities(filter: { status: RETURNED, organizationId: $orgId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsOn\n          reviewComment\n          reviewedAt\n        }\n      }\n    }\n    drafts: activities(filter: { status: DRAFT, organizationId: $orgId }, first: 20) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          startsOn\n          updatedAt\n        }\n      }\n    }\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n          goals {\n            id\n            code\n            titleSr\n            titleEn\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuarterProgress($periodId: ID!, $orgId: ID!) {\n    strategyProgress(periodId: $periodId, organizationId: $orgId) {\n      cells {\n        goalId\n        quarter\n        activities\n        participants\n      }\n    }\n  }\n"): typeof import('./graphql').QuarterProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeMeetings($from: DateTime!, $orgId: ID!) {\n    meetings(first: 3, orderBy: SOONEST_FIRST, filter: { from: $from }) {\n      edges {\n        node {\n          id\n          title\n          status\n          startsAt\n          timeZone\n          place\n          myAnswer\n        }\n      }\n    }\n    actionItems(first: 100, filter: { organizationId: $orgId }) {\n      edges {\n        node {\n          id\n          description\n          dueOn\n          status\n          meetingTitle\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MemberMeeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      title\n      kind\n      status\n      description\n      startsAt\n      endsAt\n      timeZone\n      place\n      venue\n      city\n      onlineUrl\n      myAnswer\n      minutes\n      minutesUpdatedAt\n      agenda {\n        position\n        title\n        startsAt\n        durationMinutes\n        presenterOrganization {\n          id\n          shortName\n        }\n      }\n      attendees {\n        fullName\n        organization {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MemberMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingCalendar($id: ID!) {\n    meeting(id: $id) {\n      id\n      calendar\n    }\n  }\n"): typeof import('./graphql').MeetingCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnswerInvitation($meetingId: ID!, $answer: InvitationAnswer!) {\n    answerInvitation(meetingId: $meetingId, answer: $answer) {\n      answer\n      answeredAt\n    }\n  }\n"): typeof import('./graphql').AnswerInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMeetings($orderBy: MeetingOrder!, $from: DateTime, $to: DateTime) {\n    meetings(first: 50, orderBy: $orderBy, filter: { from: $from, to: $to }) {\n      edges {\n        node {\n          id\n          title\n          kind\n          status\n          startsAt\n          endsAt\n          timeZone\n          place\n          onlineUrl\n          myAnswer\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyActionItems($organizationId: ID!) {\n    actionItems(first: 100, filter: { organizationId: $organizationId }) {\n      edges {\n        node {\n          id\n          description\n          dueOn\n          status\n          meetingId\n          meetingTitle\n          completedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyActionItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetActionItemStatus($id: ID!, $status: ActionItemStatus!) {\n    setActionItemStatus(id: $id, status: $status) {\n      id\n      status\n      completedAt\n    }\n  }\n"): typeof import('./graphql').SetActionItemStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPartnerProfile {\n    myPartnerProfile {\n      organizationId\n      acceptedCategories\n      languages\n      countriesCovered\n      contactEmails\n      contactPhones\n    }\n  }\n"): typeof import('./graphql').MyPartnerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPartnerProfile($organizationId: ID!, $input: PartnerProfileInput!) {\n    setPartnerProfile(organizationId: $organizationId, input: $input) {\n      organizationId\n      acceptedCategories\n      languages\n      countriesCovered\n      contactEmails\n      contactPhones\n    }\n  }\n"): typeof import('./graphql').SetPartnerProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgressPeriods {\n    strategyPeriods(first: 20) {\n      edges {\n        node {\n          id\n          code\n          startsOn\n          endsOn\n        }\n      }\n    }\n    organizations(first: 50, filter: { networkCode: \"AT\" }) {\n      edges {\n        node {\n          id\n          shortName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressPeriodsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Progress($periodId: ID!, $organizationId: ID) {\n    strategyProgress(periodId: $periodId, organizationId: $organizationId) {\n      periodCode\n      network {\n        activities\n        participants\n      }\n      goals {\n        goalId\n        code\n        activities\n        participants\n        indicators {\n          indicatorId\n          code\n          nameSr\n          nameEn\n          unit\n          baseline\n          target\n          value\n        }\n      }\n      cells {\n        goalId\n        organizationId\n        quarter\n        activities\n        participants\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralListItem on Referral {\n    id\n    reference\n    status\n    category\n    urgency\n    sentAt\n    acknowledgeDueAt\n    acknowledgedAt\n    updatedAt\n    sendingOrganization {\n      id\n      shortName\n    }\n    partnerOrganization {\n      id\n      shortName\n    }\n  }\n"): typeof import('./graphql').ReferralListItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referrals($filter: ReferralsFilter, $after: String, $orderBy: ReferralOrder!) {\n    referrals(filter: $filter, first: 25, after: $after, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      edges {\n        node {\n          ...ReferralListItem\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralFields on Referral {\n    ...ReferralListItem\n    version\n    caseCode\n    ageBroad\n    gender\n    citizenship\n    countryOfOrigin\n    countryOfExploitation\n    transitCountries\n    languages\n    typeOfExploitation\n    requestedServices\n    consentGivenBy\n    consentGivenAt\n    consentMethod\n    consentPurpose\n    legalBasis\n    declineReason\n    outcome\n    outcomeReason\n    closedAt\n    hasDetails\n    detailsErasedAt\n    network {\n      id\n      code\n    }\n    timeline {\n      id\n      toStatus\n      occurredAt\n      note\n      actorOrganizationId\n    }\n    messages {\n      id\n      body\n      createdAt\n      authorOrganizationId\n    }\n    detailReads {\n      occurredAt\n      actorOrganizationId\n      summary\n    }\n  }\n"): typeof import('./graphql').ReferralFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Referral($id: ID!) {\n    referral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').ReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeReferral($id: ID!) {\n    acknowledgeReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').AcknowledgeReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptReferral($id: ID!) {\n    acceptReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').AcceptReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartReferral($id: ID!) {\n    startReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').StartReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineReferral($id: ID!, $reason: String!) {\n    declineReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').DeclineReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseReferral($id: ID!, $outcome: ReferralOutcome!, $reason: String) {\n    closeReferral(id: $id, outcome: $outcome, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').CloseReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawReferral($id: ID!, $reason: String!) {\n    withdrawReferral(id: $id, reason: $reason) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').WithdrawReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendReferral($id: ID!) {\n    sendReferral(id: $id) {\n      ...ReferralFields\n    }\n  }\n"): typeof import('./graphql').SendReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReferralMessage($id: ID!, $body: String!) {\n    addReferralMessage(id: $id, body: $body) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddReferralMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealReferralDetails($id: ID!, $reason: String!) {\n    revealReferralDetails(id: $id, reason: $reason) {\n      name\n      dateOfBirth\n      contact\n      lastKnownLocation\n      photoLink\n    }\n  }\n"): typeof import('./graphql').RevealReferralDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralPartners($category: ReferralCategory!, $urgency: ReferralUrgency!) {\n    referralPartners(category: $category, urgency: $urgency) {\n      acknowledgeDueAt\n      countriesCovered\n      languages\n      organization {\n        id\n        shortName\n        country\n        city\n      }\n      networks {\n        id\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralPartnersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($input: CreateReferralInput!) {\n    createReferral(input: $input) {\n      id\n      reference\n    }\n  }\n"): typeof import('./graphql').CreateReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountEmail {\n    me {\n      id\n      email\n    }\n  }\n"): typeof import('./graphql').AccountEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOut\n  }\n"): typeof import('./graphql').SignOutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralStatisticsPage($from: DateTime, $to: DateTime) {\n    referralStatistics(from: $from, to: $to) {\n      from\n      to\n      total\n      overdue\n      byCategory {\n        key\n        count\n      }\n      byUrgency {\n        key\n        count\n      }\n      byStatus {\n        key\n        count\n      }\n      byOutcome {\n        key\n        count\n      }\n      byNetwork {\n        key\n        count\n      }\n      responseTimesByCategory {\n        key\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n      responseTimesByUrgency {\n        key\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n      responseTimes {\n        key: networkCode\n        acknowledged\n        closed\n        medianHoursToAcknowledge\n        p90HoursToAcknowledge\n        medianHoursToClose\n        p90HoursToClose\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralStatisticsPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      fullName\n      role\n      organizationId\n      language\n    }\n  }\n"): typeof import('./graphql').MeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
