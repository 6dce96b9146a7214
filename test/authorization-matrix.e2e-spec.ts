import { ActivityStatus } from '@app/activities';
import { Action, canGrant, POLICY, RANK, Reach, Role } from '@app/policy';
import { Organization, OrganizationKind } from '@app/organizations';
import { GqlOptions, GraphqlResult, startTestApp, TestApp } from './utils/test-app';

/**
 * The authorization matrix over the real API: every GraphQL operation × every role × a
 * subject in the actor's own organization and in another one, against POLICY. Every root
 * field of the schema must have an entry here, so an operation added without deciding who
 * may use it fails this test.
 */
type Where = 'own' | 'other';

interface Context {
  t: TestApp;
  actor: { id: string; organizationId: string };
  subjectOrg: Organization;
  /** For a referral: the partner it is addressed to, when not the subject organization itself. */
  addressee?: Organization;
}

type Operation =
  | { access: 'public' }
  | { access: 'signed-in'; run: (ctx: Context, as: GqlOptions) => Promise<GraphqlResult> }
  | {
      access: Action;
      run: (ctx: Context, as: GqlOptions) => Promise<GraphqlResult & { visible?: boolean }>;
      /** When the outcome depends on more than one action of the table; generated from POLICY all the same. */
      expected?: (role: Role, where: Where) => string;
    };

/**
 * A referral sent by and addressed to the subject organization, so either side's "own" applies (or
 * addressed to `addressee`). Its reference grows with time, so the newest comes first in a list however many there are.
 */
const referralIn = async ({ t, subjectOrg, addressee = subjectOrg }: Context, status: string) => {
  const network = await t.factory.newNetwork();
  const [row] = await t.db.dataSource.query(
    `INSERT INTO referrals (reference, sending_organization_id, partner_organization_id, network_id, category, urgency, status, version, acknowledge_due_at)
     VALUES ('T-' || floor(extract(epoch FROM clock_timestamp()) * 1000000)::bigint, $1, $4, $2, 'LEGAL_AID', 'URGENT', $3, 1, now() + interval '1 day') RETURNING id`,
    [subjectOrg.id, network.id, status, addressee.id],
  );
  return row.id as string;
};
const referralOp = (mutation: string, status: string, args = '') => async (ctx: Context, as: GqlOptions) =>
  ctx.t.gql(`mutation($id: ID!) { ${mutation}(id: $id${args}) { __typename } }`, { id: await referralIn(ctx, status) }, as);
/** Operations with no "other organization": allowed wherever the role may act at all. */
const anywhere = (action: Action) => (role: Role) => (POLICY[action][role] === Reach.NONE ? 'FORBIDDEN' : 'ALLOWED');

/** A partner organization in a partner network that accepts legal-aid referrals. */
const partnerWithProfile = async (t: TestApp): Promise<string> => {
  const partner = await t.factory.newOrganization();
  const network = await t.factory.newNetwork();
  await t.factory.newMembership(network, partner);
  await t.db.dataSource.query(`INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails) VALUES ($1, '{LEGAL_AID}', '{en}', '{intake@partner.example}')`, [partner.id]);
  return partner.id;
};

const activityIn = (ctx: Context, status: ActivityStatus) => ctx.t.factory.newActivity({ organization: ctx.subjectOrg, status });
const activityOp = (mutation: string, status: ActivityStatus, args = '') => async (ctx: Context, as: GqlOptions) =>
  ctx.t.gql(`mutation($id: ID!) { ${mutation}(id: $id${args}) { id } }`, { id: (await activityIn(ctx, status)).id }, as);

/** A person of the subject organization: member staff unless said otherwise (the lowest rank, so only the reach decides). */
const userIn = (ctx: Context, overrides: { role?: Role; active?: boolean } = {}) => ctx.t.factory.newUser({ organization: ctx.subjectOrg, passwordHash: null, ...overrides } as never);

/** A training with one named participant of the subject organization (the matrix database is not seeded: it brings its topic). */
const trainingIn = async ({ t, subjectOrg }: Context) => {
  const [topic] = await t.db.dataSource.query(
    `INSERT INTO training_topics (code, name_sr, name_en) VALUES ('MATRIX', 'Matrica', 'Matrix') ON CONFLICT (code) DO UPDATE SET active = true RETURNING id`,
  );
  const [training] = await t.db.dataSource.query(`INSERT INTO trainings (title, starts_on, ends_on, hours) VALUES ('Obuka', '2024-04-10', '2024-04-10', 6) RETURNING id`);
  await t.db.dataSource.query(`INSERT INTO training_topic_links (training_id, topic_id) VALUES ($1, $2)`, [training.id, topic.id]);
  const [participant] = await t.db.dataSource.query(`INSERT INTO training_participants (training_id, organization_id, full_name) VALUES ($1, $2, 'Mira Mirić') RETURNING id`, [
    training.id,
    subjectOrg.id,
  ]);
  return { trainingId: training.id as string, participantId: participant.id as string };
};
const uniqueCode = () => `M_${Math.random().toString(36).slice(2, 10).toUpperCase()}`;

/** A plan period in a year of its own far ahead (plans may not overlap), with one goal and its indicator. */
const strategyIn = async ({ t }: Context): Promise<{ periodId: string; goalId: string; indicatorId: string }> => {
  const year = 2200 + Math.floor(Math.random() * 7000);
  const [period] = await t.db.dataSource.query(`INSERT INTO strategy_periods (code, title_sr, title_en, starts_on, ends_on) VALUES ($1, 'Plan', 'Plan', $2, $3) RETURNING id`, [uniqueCode(), `${year}-01-01`, `${year}-12-31`]);
  const [goal] = await t.db.dataSource.query(`INSERT INTO strategic_goals (period_id, code, position, title_sr, title_en) VALUES ($1, '1', 1, 'Cilj', 'Goal') RETURNING id`, [period.id]);
  const [indicator] = await t.db.dataSource.query(`INSERT INTO indicators (goal_id, code, position, name_sr, name_en, unit) VALUES ($1, '1.1', 1, 'Indikator', 'Indicator', 'activities') RETURNING id`, [goal.id]);
  return { periodId: period.id, goalId: goal.id, indicatorId: indicator.id };
};

/** A scheduled meeting next year to which the subject organization is invited, and an action item it owns. */
const meetingIn = async ({ t, subjectOrg }: Context): Promise<string> => {
  const [row] = await t.db.dataSource.query(
    `INSERT INTO meetings (title, kind, starts_at, ends_at, time_zone, city, version) VALUES ('Sastanak mreže', 'NETWORK_MEETING', now() + interval '400 days', now() + interval '400 days 2 hours', 'Europe/Belgrade', 'Beograd', 1) RETURNING id`,
  );
  await t.db.dataSource.query(`INSERT INTO meeting_invited_organizations (meeting_id, organization_id) VALUES ($1, $2)`, [row.id, subjectOrg.id]);
  return row.id as string;
};
const actionItemIn = async (ctx: Context): Promise<string> => {
  const [row] = await ctx.t.db.dataSource.query(
    `INSERT INTO meeting_action_items (meeting_id, description, owner_organization_id, due_on, version) VALUES ($1, 'Pripremiti izveštaj', $2, '2099-01-01', 1) RETURNING id`,
    [await meetingIn(ctx), ctx.subjectOrg.id],
  );
  return row.id as string;
};
const meetingOp = (mutation: string, args = '') => async (ctx: Context, as: GqlOptions) =>
  ctx.t.gql(`mutation($id: ID!) { ${mutation}(id: $id${args}) { __typename } }`, { id: await meetingIn(ctx) }, as);

const OPERATIONS: Record<string, Operation> = {
  // Published facts of the network, and the ways in.
  organizations: { access: 'public' },
  organization: { access: 'public' },
  networks: { access: 'public' },
  network: { access: 'public' },
  strategyPeriods: { access: 'public' },
  strategyPeriod: { access: 'public' },
  signIn: { access: 'public' },
  refreshSession: { access: 'public' },
  acceptInvitation: { access: 'public' },
  requestPasswordReset: { access: 'public' },
  resetPassword: { access: 'public' },
  // One's own account.
  me: { access: 'signed-in', run: ({ t }, as) => t.gql(`{ me { id } }`, {}, as) },
  changePassword: {
    access: 'signed-in',
    run: ({ t }, as) => t.gql(`mutation { changePassword(currentPassword: "wrong password here", newPassword: "x") }`, {}, as),
  },
  signOut: { access: 'signed-in', run: ({ t }, as) => t.gql(`mutation { signOut }`, {}, as) },
  setPreferredLanguage: { access: 'signed-in', run: ({ t }, as) => t.gql(`mutation { setPreferredLanguage(language: EN) { language } }`, {}, as) },
  ageBands: { access: 'public' },
  // Governed by the policy table.
  activities: {
    access: Action.ACTIVITY_READ,
    run: async (ctx, as) => {
      const subject = await activityIn(ctx, ActivityStatus.APPROVED);
      const result = await ctx.t.gql(`query($id: ID!) { activities(first: 100, filter: { organizationId: $id }) { edges { node { id } } } }`, { id: ctx.subjectOrg.id }, as);
      return { ...result, visible: !!result.data?.activities.edges.some((e: { node: { id: string } }) => e.node.id === subject.id) };
    },
  },
  activity: {
    access: Action.ACTIVITY_READ_UNAPPROVED,
    run: async (ctx, as) => ctx.t.gql(`query($id: ID!) { activity(id: $id) { id } }`, { id: (await activityIn(ctx, ActivityStatus.DRAFT)).id }, as),
    // A draft someone may not see looks like one that does not exist, to those who may read approved ones.
    expected: (role, where) =>
      POLICY[Action.ACTIVITY_READ][role] === Reach.NONE ? 'FORBIDDEN' : expected(Action.ACTIVITY_READ_UNAPPROVED, role, where).replace('FORBIDDEN', 'NOT_FOUND'),
  },
  strategyProgress: {
    access: Action.ACTIVITY_READ,
    run: async ({ t }, as) => {
      await t.db.dataSource.query(
        `INSERT INTO strategy_periods (code, title_sr, title_en, starts_on, ends_on) VALUES ('2021-2024', 'Plan', 'Plan', '2021-01-01', '2024-12-31') ON CONFLICT DO NOTHING`,
      );
      const [period] = await t.db.dataSource.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`);
      return t.gql(`query($id: ID!) { strategyProgress(periodId: $id) { network { activities } } }`, { id: period.id }, as);
    },
  },
  reportingPeriodLocks: { access: Action.ACTIVITY_READ, run: ({ t }, as) => t.gql(`{ reportingPeriodLocks { id } }`, {}, as) },
  createActivity: {
    access: Action.ACTIVITY_WRITE,
    run: ({ t, subjectOrg }, as) =>
      t.gql(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
        { input: { organizationId: subjectOrg.id, type: 'ROUND_TABLE', title: 'Okrugli sto', startsOn: '2024-05-10' } },
        as,
      ),
  },
  updateActivity: {
    access: Action.ACTIVITY_WRITE,
    run: async (ctx, as) =>
      ctx.t.gql(`mutation($id: ID!) { updateActivity(id: $id, input: { title: "Novi naslov", version: 1 }) { id } }`, { id: (await activityIn(ctx, ActivityStatus.DRAFT)).id }, as),
  },
  submitActivity: { access: Action.ACTIVITY_WRITE, run: activityOp('submitActivity', ActivityStatus.DRAFT) },
  approveActivity: { access: Action.ACTIVITY_REVIEW, run: activityOp('approveActivity', ActivityStatus.SUBMITTED) },
  returnActivity: { access: Action.ACTIVITY_REVIEW, run: activityOp('returnActivity', ActivityStatus.SUBMITTED, ', comment: "Dopunite broj učesnika"') },
  reopenActivity: { access: Action.ACTIVITY_REVIEW, run: activityOp('reopenActivity', ActivityStatus.APPROVED, ', comment: "Ispravka datuma"') },
  referrals: {
    access: Action.REFERRAL_READ,
    run: async (ctx, as) => {
      const id = await referralIn(ctx, 'SENT');
      const result = await ctx.t.gql(`{ referrals(first: 100) { edges { node { id } } } }`, {}, as);
      return { ...result, visible: !!result.data?.referrals.edges.some((e: { node: { id: string } }) => e.node.id === id) };
    },
  },
  referral: { access: Action.REFERRAL_READ, run: async (ctx, as) => ctx.t.gql(`query($id: ID!) { referral(id: $id) { id } }`, { id: await referralIn(ctx, 'SENT') }, as) },
  createReferral: {
    access: Action.REFERRAL_WRITE,
    run: async ({ t }, as) => {
      const partner = await partnerWithProfile(t);
      return t.gql(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, { input: { partnerOrganizationId: partner, category: 'LEGAL_AID', urgency: 'ROUTINE' } }, as);
    },
    expected: anywhere(Action.REFERRAL_WRITE),
  },
  updateReferral: {
    access: Action.REFERRAL_WRITE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { updateReferral(id: $id, input: { version: 1, urgency: CRITICAL }) { id } }`, { id: await referralIn(ctx, 'DRAFT') }, as),
  },
  sendReferral: { access: Action.REFERRAL_WRITE, run: referralOp('sendReferral', 'DRAFT') },
  withdrawReferral: { access: Action.REFERRAL_WRITE, run: referralOp('withdrawReferral', 'SENT', ', reason: "Vratila se kući"') },
  acknowledgeReferral: { access: Action.REFERRAL_RESPOND, run: referralOp('acknowledgeReferral', 'SENT') },
  acceptReferral: { access: Action.REFERRAL_RESPOND, run: referralOp('acceptReferral', 'ACKNOWLEDGED') },
  declineReferral: { access: Action.REFERRAL_RESPOND, run: referralOp('declineReferral', 'ACKNOWLEDGED', ', reason: "No capacity"') },
  startReferral: { access: Action.REFERRAL_RESPOND, run: referralOp('startReferral', 'ACCEPTED') },
  closeReferral: { access: Action.REFERRAL_RESPOND, run: referralOp('closeReferral', 'IN_PROGRESS', ', outcome: SUCCESSFUL') },
  addReferralMessage: { access: Action.REFERRAL_MESSAGE_WRITE, run: referralOp('addReferralMessage', 'SENT', ', body: "Poruka"') },
  revealReferralDetails: { access: Action.REFERRAL_DETAILS_READ, run: referralOp('revealReferralDetails', 'ACCEPTED', ', reason: "Planning the reception"') },
  referralStatistics: {
    access: Action.REFERRAL_STATS_READ,
    run: async (ctx, as) => {
      await referralIn(ctx, 'SENT');
      return ctx.t.gql(`{ referralStatistics { total byNetwork { key count } } }`, {}, as);
    },
  },
  createOrganization: {
    access: Action.ORGANIZATION_MANAGE,
    run: ({ t }, as) =>
      t.gql(
        `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`,
        { input: { shortName: `Partner ${Math.random().toString(36).slice(2, 8)}`, nameSr: 'Partner', nameEn: 'Partner', kind: 'PARTNER_ORGANIZATION', city: 'Skopje', country: 'MK' } },
        as,
      ),
    expected: anywhere(Action.ORGANIZATION_MANAGE),
  },
  updateOrganization: {
    access: Action.ORGANIZATION_MANAGE,
    run: async ({ t }, as) => {
      const organization = await t.factory.newOrganization();
      return t.gql(
        `mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { id } }`,
        { id: organization.id, input: { shortName: organization.shortName, nameSr: 'Novo ime', nameEn: 'New name', kind: 'PARTNER_ORGANIZATION', city: 'Wien', country: 'AT' } },
        as,
      );
    },
    expected: anywhere(Action.ORGANIZATION_MANAGE),
  },
  setNetworkMembership: {
    access: Action.ORGANIZATION_MANAGE,
    run: async ({ t }, as) => {
      const [organization, network] = [await t.factory.newOrganization(), await t.factory.newNetwork()];
      return t.gql(`mutation($input: MembershipInput!) { setNetworkMembership(input: $input) { id } }`, { input: { networkId: network.id, organizationId: organization.id } }, as);
    },
    expected: anywhere(Action.ORGANIZATION_MANAGE),
  },
  // On the subject organization: a partner may set its own organization's profile only (the matrix's organizations are
  // members, so an allowed call answers BAD_USER_INPUT "is not a partner organization", which counts as let through).
  setPartnerProfile: {
    access: Action.PARTNER_MANAGE,
    run: async ({ t, subjectOrg }, as) =>
      t.gql(
        `mutation($id: ID!) { setPartnerProfile(organizationId: $id, input: { acceptedCategories: [LEGAL_AID], languages: ["en"], contactEmails: ["x@partner.example"] }) { languages } }`,
        { id: subjectOrg.id },
        as,
      ),
  },
  myPartnerProfile: {
    access: Action.PARTNER_MANAGE,
    run: ({ t }, as) => t.gql(`{ myPartnerProfile { organizationId } }`, {}, as),
    expected: anywhere(Action.PARTNER_MANAGE),
  },
  referralPartners: {
    access: Action.REFERRAL_WRITE,
    run: async ({ t }, as) => {
      await partnerWithProfile(t);
      return t.gql(`{ referralPartners(category: LEGAL_AID, urgency: URGENT) { organization { id } acknowledgeDueAt } }`, {}, as);
    },
    expected: anywhere(Action.REFERRAL_WRITE),
  },
  lockReportingPeriod: {
    access: Action.REPORTING_PERIOD_LOCK,
    run: ({ t }, as) => t.gql(`mutation { lockReportingPeriod(startsOn: "2099-01-01", endsOn: "2099-12-31", reason: "test") { id } }`, {}, as),
  },
  unlockReportingPeriod: {
    access: Action.REPORTING_PERIOD_LOCK,
    run: async ({ t }, as) => {
      const [lock] = await t.db.dataSource.query(`INSERT INTO reporting_period_locks (starts_on, ends_on) VALUES ('2098-01-01', '2098-12-31') RETURNING id`);
      return t.gql(`mutation($id: ID!) { unlockReportingPeriod(id: $id) { id } }`, { id: lock.id }, as);
    },
  },
  meetings: {
    access: Action.MEETING_READ,
    run: async (ctx, as) => {
      const id = await meetingIn(ctx);
      const result = await ctx.t.gql(`{ meetings(first: 100) { edges { node { id } } } }`, {}, as);
      return { ...result, visible: !!result.data?.meetings.edges.some((e: { node: { id: string } }) => e.node.id === id) };
    },
  },
  meeting: { access: Action.MEETING_READ, run: async (ctx, as) => ctx.t.gql(`query($id: ID!) { meeting(id: $id) { id } }`, { id: await meetingIn(ctx) }, as) },
  createMeeting: {
    access: Action.MEETING_MANAGE,
    run: ({ t, subjectOrg }, as) =>
      t.gql(
        `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
        { input: { title: 'Sastanak mreže', kind: 'NETWORK_MEETING', startsAt: '2099-03-15T09:00:00Z', endsAt: '2099-03-15T11:00:00Z', city: 'Beograd', invitedOrganizationIds: [subjectOrg.id] } },
        as,
      ),
    expected: anywhere(Action.MEETING_MANAGE),
  },
  updateMeeting: { access: Action.MEETING_MANAGE, run: meetingOp('updateMeeting', ', input: { version: 1, description: "Dnevni red u prilogu" }') },
  cancelMeeting: { access: Action.MEETING_MANAGE, run: meetingOp('cancelMeeting') },
  inviteNewPeopleOfInvitedOrganizations: { access: Action.MEETING_MANAGE, run: meetingOp('inviteNewPeopleOfInvitedOrganizations') },
  setMeetingAttendance: { access: Action.MEETING_MANAGE, run: meetingOp('setMeetingAttendance', ', attendees: [{ fullName: "Gošća" }]') },
  saveMeetingMinutes: { access: Action.MEETING_MANAGE, run: meetingOp('saveMeetingMinutes', ', minutes: "# Zapisnik"') },
  answerInvitation: {
    access: Action.MEETING_RESPOND,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { answerInvitation(meetingId: $id, answer: YES) { answer } }`, { id: await meetingIn(ctx) }, as),
  },
  actionItems: {
    access: Action.MEETING_READ,
    run: async (ctx, as) => {
      const id = await actionItemIn(ctx);
      const result = await ctx.t.gql(`{ actionItems(first: 100) { edges { node { id } } } }`, {}, as);
      return { ...result, visible: !!result.data?.actionItems.edges.some((e: { node: { id: string } }) => e.node.id === id) };
    },
  },
  createActionItem: {
    access: Action.MEETING_MANAGE,
    run: async (ctx, as) =>
      ctx.t.gql(
        `mutation($id: ID!, $input: CreateActionItemInput!) { createActionItem(meetingId: $id, input: $input) { id } }`,
        { id: await meetingIn(ctx), input: { description: 'Pripremiti izveštaj', organizationId: ctx.subjectOrg.id, dueOn: '2099-01-01' } },
        as,
      ),
  },
  updateActionItem: {
    access: Action.MEETING_MANAGE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { updateActionItem(id: $id, input: { dueOn: "2099-02-01" }) { id } }`, { id: await actionItemIn(ctx) }, as),
  },
  setActionItemStatus: {
    access: Action.ACTION_ITEM_UPDATE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { setActionItemStatus(id: $id, status: DONE) { status } }`, { id: await actionItemIn(ctx) }, as),
  },
  auditLog: { access: Action.AUDIT_READ, run: ({ t }, as) => t.gql(`{ auditLog(first: 1) { totalCount } }`, {}, as) },
  undeliveredMails: { access: Action.MAIL_OUTBOX_READ, run: ({ t }, as) => t.gql(`{ undeliveredMails { totalCount } }`, {}, as) },
  retryMail: {
    access: Action.MAIL_RETRY,
    run: async ({ t }, as) => {
      const [mail] = await t.db.dataSource.query(
        `INSERT INTO mail_outbox (idempotency_key, message_id, recipient, language, template, params, status, attempts)
         VALUES (gen_random_uuid()::text, gen_random_uuid()::text || '@test', 'x@example.org', 'sr', 'password-reset', '{}', 'DEAD', 8) RETURNING id`,
      );
      return t.gql(`mutation($id: ID!) { retryMail(id: $id) { status } }`, { id: mail.id }, as);
    },
  },
  user: {
    access: Action.USER_READ,
    run: async (ctx, as) => ctx.t.gql(`query($id: ID!) { user(id: $id) { id } }`, { id: (await userIn(ctx)).id }, as),
  },
  users: {
    access: Action.USER_READ,
    run: async (ctx, as) => {
      const subject = await userIn(ctx);
      const result = await ctx.t.gql(`query($id: ID!) { users(first: 100, filter: { organizationId: $id }) { edges { node { id } } } }`, { id: ctx.subjectOrg.id }, as);
      return { ...result, visible: !!result.data?.users.edges.some((e: { node: { id: string } }) => e.node.id === subject.id) };
    },
  },
  inviteUser: {
    access: Action.USER_INVITE,
    run: ({ t, subjectOrg }, as) =>
      t.gql(
        `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email } }`,
        { input: { email: `m${Math.random().toString(36).slice(2)}@example.org`, fullName: 'Matrix Person', organizationId: subjectOrg.id, role: 'MEMBER_STAFF' } },
        as,
      ),
  },
  updateUser: {
    access: Action.USER_UPDATE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { updateUser(id: $id, input: { fullName: "Changed Name" }) { id } }`, { id: (await userIn(ctx)).id }, as),
  },
  changeUserRole: {
    access: Action.USER_CHANGE_ROLE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { changeUserRole(id: $id, role: MEMBER_ADMIN) { id } }`, { id: (await userIn(ctx)).id }, as),
  },
  deactivateUser: {
    access: Action.USER_DEACTIVATE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: (await userIn(ctx)).id }, as),
  },
  reactivateUser: {
    access: Action.USER_REACTIVATE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { reactivateUser(id: $id) { id } }`, { id: (await userIn(ctx, { active: false })).id }, as),
  },
  trainings: {
    access: Action.TRAINING_READ,
    run: async (ctx, as) => {
      const { trainingId } = await trainingIn(ctx);
      const result = await ctx.t.gql(`query($id: ID!) { trainings(first: 100, filter: { organizationId: $id }) { edges { node { id } } } }`, { id: ctx.subjectOrg.id }, as);
      return { ...result, visible: !!result.data?.trainings.edges.some((e: { node: { id: string } }) => e.node.id === trainingId) };
    },
  },
  training: {
    access: Action.TRAINING_READ,
    run: async (ctx, as) => ctx.t.gql(`query($id: ID!) { training(id: $id) { id participants { id } } }`, { id: (await trainingIn(ctx)).trainingId }, as),
  },
  trainingTopics: { access: Action.TRAINING_READ, run: ({ t }, as) => t.gql(`{ trainingTopics { code } }`, {}, as), expected: anywhere(Action.TRAINING_READ) },
  createTraining: {
    access: Action.TRAINING_MANAGE,
    run: async (ctx, as) => {
      await trainingIn(ctx);
      return ctx.t.gql(
        `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { id } }`,
        { input: { title: 'Obuka', startsOn: '2024-05-10', hours: 4, topicCodes: ['MATRIX'], participants: [{ fullName: 'Ana Anić', organizationId: ctx.subjectOrg.id }] } },
        as,
      );
    },
  },
  updateTraining: {
    access: Action.TRAINING_MANAGE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { updateTraining(id: $id, input: { hours: 5 }) { id } }`, { id: (await trainingIn(ctx)).trainingId }, as),
  },
  issueTrainingCertificate: {
    access: Action.TRAINING_MANAGE,
    run: async (ctx, as) =>
      ctx.t.gql(`mutation($id: ID!) { issueTrainingCertificate(participantId: $id, number: "C-1", issuedOn: "2024-04-10") { id } }`, { id: (await trainingIn(ctx)).participantId }, as),
  },
  capacityRecord: {
    access: Action.CAPACITY_READ,
    run: async (ctx, as) => {
      await trainingIn(ctx);
      return ctx.t.gql(`query($id: ID!) { capacityRecord(organizationId: $id) { trainingsAttended peopleTrained } }`, { id: ctx.subjectOrg.id }, as);
    },
  },
  capacityDimensions: { access: Action.CAPACITY_READ, run: ({ t }, as) => t.gql(`{ capacityDimensions { code } }`, {}, as), expected: anywhere(Action.CAPACITY_READ) },
  setTrainingTopic: {
    access: Action.CAPACITY_MANAGE,
    run: ({ t }, as) => t.gql(`mutation($code: String!) { setTrainingTopic(input: { code: $code, nameSr: "Tema", nameEn: "Topic" }) { id } }`, { code: uniqueCode() }, as),
    expected: anywhere(Action.CAPACITY_MANAGE),
  },
  setCapacityDimension: {
    access: Action.CAPACITY_MANAGE,
    run: ({ t }, as) => t.gql(`mutation($code: String!) { setCapacityDimension(input: { code: $code, nameSr: "Dimenzija", nameEn: "Dimension" }) { id } }`, { code: uniqueCode() }, as),
    expected: anywhere(Action.CAPACITY_MANAGE),
  },
  createStrategyPeriod: {
    access: Action.STRATEGY_MANAGE,
    run: ({ t }, as) => {
      const year = 2200 + Math.floor(Math.random() * 7000);
      return t.gql(`mutation($code: String!, $s: Date!, $e: Date!) { createStrategyPeriod(input: { code: $code, titleSr: "Novi plan", titleEn: "New plan", startsOn: $s, endsOn: $e }) { id } }`, { code: uniqueCode(), s: `${year}-01-01`, e: `${year}-12-31` }, as);
    },
    expected: anywhere(Action.STRATEGY_MANAGE),
  },
  updateStrategyPeriod: {
    access: Action.STRATEGY_MANAGE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { updateStrategyPeriod(id: $id, input: { titleEn: "A clearer plan" }) { id } }`, { id: (await strategyIn(ctx)).periodId }, as),
    expected: anywhere(Action.STRATEGY_MANAGE),
  },
  createStrategicGoal: {
    access: Action.STRATEGY_MANAGE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { createStrategicGoal(input: { periodId: $id, code: "2", titleSr: "Drugi cilj", titleEn: "Second goal" }) { id } }`, { id: (await strategyIn(ctx)).periodId }, as),
    expected: anywhere(Action.STRATEGY_MANAGE),
  },
  updateStrategicGoal: {
    access: Action.STRATEGY_MANAGE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { updateStrategicGoal(id: $id, input: { titleEn: "A clearer goal" }) { id } }`, { id: (await strategyIn(ctx)).goalId }, as),
    expected: anywhere(Action.STRATEGY_MANAGE),
  },
  createIndicator: {
    access: Action.STRATEGY_MANAGE,
    run: async (ctx, as) =>
      ctx.t.gql(`mutation($id: ID!) { createIndicator(input: { goalId: $id, code: "1.2", nameSr: "Broj", nameEn: "Number", unit: "participants", target: 100 }) { id } }`, { id: (await strategyIn(ctx)).goalId }, as),
    expected: anywhere(Action.STRATEGY_MANAGE),
  },
  updateIndicator: {
    access: Action.STRATEGY_MANAGE,
    run: async (ctx, as) => ctx.t.gql(`mutation($id: ID!) { updateIndicator(id: $id, input: { baseline: 10, target: 50 }) { id } }`, { id: (await strategyIn(ctx)).indicatorId }, as),
    expected: anywhere(Action.STRATEGY_MANAGE),
  },
  submitSelfAssessment: {
    access: Action.SELF_ASSESSMENT_SUBMIT,
    run: async ({ t, subjectOrg }, as) => {
      await t.db.dataSource.query(`INSERT INTO capacity_dimensions (code, name_sr, name_en) VALUES ('MATRIX', 'Matrica', 'Matrix') ON CONFLICT DO NOTHING`);
      return t.gql(
        `mutation($input: SelfAssessmentInput!) { submitSelfAssessment(input: $input) { period } }`,
        { input: { organizationId: subjectOrg.id, period: '2024', scores: [{ dimensionCode: 'MATRIX', score: 3 }] } },
        as,
      );
    },
  },
};

/** What the caller experienced: let through (maybe with a domain error of another kind) or refused. */
function outcome(result: GraphqlResult & { visible?: boolean }): string {
  const code = result.errors?.[0]?.extensions?.code;
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN' || code === 'NOT_FOUND') return code;
  if (result.visible === false) return 'NOT_FOUND';
  return 'ALLOWED';
}

function expected(action: Action, role: Role, where: Where, subjectRole: Role = Role.MEMBER_STAFF): string {
  const reach = POLICY[action][role];
  if (reach === Reach.NONE) return 'FORBIDDEN';
  if (reach === Reach.ANY) return 'ALLOWED';
  if (where === 'other') return 'NOT_FOUND';
  // A person of one's own organization who ranks as high as one or higher: seen, but refused.
  return reach === Reach.OWN_ORGANIZATION_LOWER_RANK && RANK[role] <= RANK[subjectRole] ? 'FORBIDDEN' : 'ALLOWED';
}

/** The operations on a person, each run by every role on a person of every role of the own organization. */
const RANKED: Record<string, { action: Action; run: (ctx: Context, as: GqlOptions, subjectRole: Role) => Promise<GraphqlResult> }> = {
  updateUser: {
    action: Action.USER_UPDATE,
    run: async (ctx, as, role) => ctx.t.gql(`mutation($id: ID!) { updateUser(id: $id, input: { fullName: "Changed Name" }) { id } }`, { id: (await userIn(ctx, { role })).id }, as),
  },
  changeUserRole: {
    action: Action.USER_CHANGE_ROLE,
    run: async (ctx, as, role) => ctx.t.gql(`mutation($id: ID!) { changeUserRole(id: $id, role: MEMBER_STAFF) { id } }`, { id: (await userIn(ctx, { role })).id }, as),
  },
  deactivateUser: {
    action: Action.USER_DEACTIVATE,
    run: async (ctx, as, role) => ctx.t.gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: (await userIn(ctx, { role })).id }, as),
  },
  reactivateUser: {
    action: Action.USER_REACTIVATE,
    run: async (ctx, as, role) => ctx.t.gql(`mutation($id: ID!) { reactivateUser(id: $id) { id } }`, { id: (await userIn(ctx, { role, active: false })).id }, as),
  },
};

describe('authorization matrix over GraphQL', () => {
  let t: TestApp;
  let ownOrg: Organization;
  let otherOrg: Organization;
  const actors = new Map<Role, { user: { id: string; organizationId: string }; as: GqlOptions }>();

  beforeAll(async () => {
    t = await startTestApp('api', { seeded: false });
    ownOrg = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });
    otherOrg = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Vranje' });
    for (const role of Object.values(Role)) {
      const user = await t.factory.newUser({ role, organization: ownOrg });
      actors.set(role, { user, as: await t.as(user) });
    }
  });

  afterAll(() => t.close());

  it('has an entry for every operation of the schema', async () => {
    const { data } = await t.gql(`{ query: __type(name: "Query") { fields { name } } mutation: __type(name: "Mutation") { fields { name } } }`);
    const operations = [...data.query.fields, ...data.mutation.fields].map((f: { name: string }) => f.name).sort();
    expect(operations.filter((name: string) => !(name in OPERATIONS))).toEqual([]);
    expect(Object.keys(OPERATIONS).filter((name) => !operations.includes(name))).toEqual([]);
  });

  const governed = Object.entries(OPERATIONS).flatMap(([name, op]) =>
    typeof op.access === 'string' && op.access !== 'public' && op.access !== 'signed-in'
      ? Object.values(Role).flatMap((role) => (['own', 'other'] as Where[]).map((where) => ({ name, role, where, action: op.access as Action })))
      : [],
  );

  it.each(governed)('$name as $role on the $where organization', async ({ name, role, where, action }) => {
    const op = OPERATIONS[name] as Extract<Operation, { run: unknown }>;
    const { user, as } = actors.get(role)!;
    // An action that reaches any record has no "other organization" to hide.
    const subjectOrg = where === 'own' ? ownOrg : otherOrg;
    const result = await op.run({ t, actor: user, subjectOrg }, as);
    expect(outcome(result)).toBe((op as { expected?: (r: Role, w: Where) => string }).expected?.(role, where) ?? expected(action, role, where));
  });

  /** The operations on one referral, and those of them run on a draft (addressed to nobody yet). */
  const REFERRAL_OPERATIONS = ['referrals', 'referral', 'updateReferral', 'sendReferral', 'withdrawReferral', 'acknowledgeReferral', 'acceptReferral', 'declineReferral', 'startReferral', 'closeReferral', 'addReferralMessage', 'revealReferralDetails'];
  const ON_DRAFTS = ['updateReferral', 'sendReferral'];
  const addressedCases = REFERRAL_OPERATIONS.flatMap((name) => Object.values(Role).map((role) => ({ name, role, action: (OPERATIONS[name] as { access: Action }).access })));

  it.each(addressedCases)('security: $name as $role on a referral another organization addressed to theirs', async ({ name, role, action }) => {
    const op = OPERATIONS[name] as Extract<Operation, { run: unknown }>;
    const { user, as } = actors.get(role)!;
    const result = await op.run({ t, actor: user, subjectOrg: otherOrg, addressee: ownOrg }, as);
    const reach = POLICY[action][role];
    const reached = reach === Reach.ANY || (reach === Reach.ADDRESSED_TO_OWN_ORGANIZATION && !ON_DRAFTS.includes(name));
    expect(outcome(result)).toBe(reach === Reach.NONE ? 'FORBIDDEN' : reached ? 'ALLOWED' : 'NOT_FOUND');
  });

  const rankCases = Object.keys(RANKED).flatMap((name) => Object.values(Role).flatMap((role) => Object.values(Role).map((subjectRole) => ({ name, role, subjectRole }))));

  it.each(rankCases)('security: rank rule: $name as $role on a $subjectRole of the own organization', async ({ name, role, subjectRole }) => {
    const { user, as } = actors.get(role)!;
    const result = await RANKED[name].run({ t, actor: user, subjectOrg: ownOrg }, as, subjectRole);
    expect(outcome(result)).toBe(expected(RANKED[name].action, role, 'own', subjectRole));
  });

  const grantCases = Object.values(Role).flatMap((role) => Object.values(Role).map((granted) => ({ role, granted })));

  it.each(grantCases)('security: rank rule: inviteUser as $role giving $granted', async ({ role, granted }) => {
    const { user, as } = actors.get(role)!;
    const result = await t.gql(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { email } }`,
      { input: { email: `g${Math.random().toString(36).slice(2)}@example.org`, fullName: 'Matrix Person', organizationId: ownOrg.id, role: granted } },
      as,
    );
    const allowed = POLICY[Action.USER_INVITE][role] !== Reach.NONE && canGrant({ ...user, role }, granted);
    expect(outcome(result)).toBe(allowed ? 'ALLOWED' : 'FORBIDDEN');
  });

  it.each(Object.entries(OPERATIONS).filter(([, op]) => op.access !== 'public'))('%s refuses anonymous callers', async (name) => {
    const op = OPERATIONS[name] as Extract<Operation, { run: unknown }>;
    const result = await op.run({ t, actor: { id: '', organizationId: ownOrg.id }, subjectOrg: ownOrg }, {});
    expect(outcome(result)).toBe('UNAUTHENTICATED');
  });

  it.each(Object.entries(OPERATIONS).filter(([, op]) => op.access === 'signed-in'))('%s lets every signed-in role through', async (name) => {
    const op = OPERATIONS[name] as Extract<Operation, { access: 'signed-in' }>;
    for (const role of Object.values(Role)) {
      // A fresh user each time: signOut ends the session it runs in.
      const user = await t.factory.newUser({ role, organization: ownOrg });
      expect(outcome(await op.run({ t, actor: user, subjectOrg: ownOrg }, await t.as(user)))).toBe('ALLOWED');
    }
  });

  it.each(Object.values(Role))("resolves an organization's contact e-mail for %s only as POLICY says, and never for anonymous callers", async (role) => {
    const organization = await t.factory.newOrganization({ contactEmail: 'office@partner.example' });
    const query = `query($id: ID!) { organization(id: $id) { contactEmail } }`;
    const { data } = await t.gql(query, { id: organization.id }, actors.get(role)!.as);
    const allowed = POLICY[Action.ORGANIZATION_CONTACT_READ][role] === Reach.ANY;
    expect(data.organization.contactEmail).toBe(allowed ? 'office@partner.example' : null);
    expect((await t.gql(query, { id: organization.id })).data.organization.contactEmail).toBeNull();
  });

  it.each(Object.values(Role).filter((role) => POLICY[Action.ACTIVITY_READ_UNAPPROVED][role] !== Reach.NONE))(
    "security: resolves the IP address in an activity's history and a referral's detail reads for %s only as POLICY says",
    async (role) => {
      const { as } = actors.get(role)!;
      const activity = await t.factory.newActivity({ organization: ownOrg, status: ActivityStatus.DRAFT });
      const referral = await referralIn({ t, actor: actors.get(role)!.user, subjectOrg: ownOrg }, 'SENT');
      // A coordinator's change and read, recorded with the address they came from.
      const coordinator = actors.get(Role.COORDINATOR)!.user;
      for (const [entityType, entityId, action] of [['Activity', activity.id, 'entity.update'], ['Referral', referral, 'personal_data.read']]) {
        await t.db.dataSource.query(
          `INSERT INTO audit_log (actor_user_id, actor_organization_id, action, entity_type, entity_id, ip) VALUES ($1, $2, $3, $4, $5, '198.51.100.23')`,
          [coordinator.id, coordinator.organizationId, action, entityType, entityId],
        );
      }
      const ip = POLICY[Action.AUDIT_IP_READ][role] === Reach.ANY ? '198.51.100.23' : null;
      const history = await t.gql(`query($id: ID!) { activity(id: $id) { history { actorUserId ip } } }`, { id: activity.id }, as);
      expect(history.data.activity.history).toEqual([{ actorUserId: coordinator.id, ip }]);
      const reads = await t.gql(`query($id: ID!) { referral(id: $id) { detailReads { actorUserId ip } } }`, { id: referral }, as);
      expect(reads.data.referral.detailReads).toEqual([{ actorUserId: coordinator.id, ip }]);
    },
  );

  it.each(Object.values(Role).filter((role) => POLICY[Action.TRAINING_READ][role] !== Reach.NONE))(
    "resolves a training participant's name for %s only as POLICY says, on the own and on another organization",
    async (role) => {
      for (const [subjectOrg, where] of [[ownOrg, 'own'], [otherOrg, 'other']] as const) {
        const { trainingId } = await trainingIn({ t, actor: actors.get(role)!.user, subjectOrg });
        const { data } = await t.gql(`query($id: ID!) { training(id: $id) { participants { fullName organization { id } } } }`, { id: trainingId }, actors.get(role)!.as);
        const allowed = expected(Action.TRAINING_PARTICIPANT_READ, role, where) === 'ALLOWED';
        expect(data.training.participants).toEqual([{ fullName: allowed ? 'Mira Mirić' : null, organization: { id: subjectOrg.id } }]);
      }
    },
  );

  it.each(Object.values(Role).filter((role) => POLICY[Action.REFERRAL_STATS_READ][role] !== Reach.NONE))(
    'answers referral statistics over a period shorter than the minimum for %s only as POLICY says',
    async (role) => {
      const { errors } = await t.gql(`query($from: DateTime, $to: DateTime) { referralStatistics(from: $from, to: $to) { total } }`, { from: '2024-03-01T00:00:00Z', to: '2024-03-08T00:00:00Z' }, actors.get(role)!.as);
      const allowed = POLICY[Action.REFERRAL_STATS_ANY_PERIOD][role] !== Reach.NONE;
      expect(errors?.[0].extensions?.code ?? 'ALLOWED').toBe(allowed ? 'ALLOWED' : 'BAD_USER_INPUT');
    },
  );

  it.each(Object.values(Role).filter((role) => POLICY[Action.MEETING_READ][role] !== Reach.NONE))(
    "resolves a meeting attendee's name for %s only as POLICY says, on the own and on another organization",
    async (role) => {
      for (const [subjectOrg, where] of [[ownOrg, 'own'], [otherOrg, 'other']] as const) {
        // A meeting the actor's organization is invited to, attended by someone of the subject organization.
        const meetingId = await meetingIn({ t, actor: actors.get(role)!.user, subjectOrg: ownOrg });
        await t.db.dataSource.query(`INSERT INTO meeting_attendees (meeting_id, full_name, organization_id) VALUES ($1, 'Mira Mirić', $2)`, [meetingId, subjectOrg.id]);
        const { data } = await t.gql(`query($id: ID!) { meeting(id: $id) { attendees { fullName organization { id } } } }`, { id: meetingId }, actors.get(role)!.as);
        const allowed = expected(Action.MEETING_ATTENDEE_READ, role, where) === 'ALLOWED';
        expect(data.meeting.attendees).toEqual([{ fullName: allowed ? 'Mira Mirić' : null, organization: { id: subjectOrg.id } }]);
      }
    },
  );
});
