import { ActivityStatus } from '@app/activities';
import { Clock } from '@app/common';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const HOUR = 3_600_000;
const T = new Date(Date.UTC(2026, 2, 1));
const h = (hours: number) => new Date(T.getTime() + hours * HOUR);

const STATISTICS = `query($from: DateTime, $to: DateTime) {
  referralStatistics(from: $from, to: $to) {
    total byCategory { key count } byUrgency { key count } byNetwork { key count }
    responseTimes { networkCode acknowledged medianHoursToAcknowledge p90HoursToAcknowledge closed medianHoursToClose p90HoursToClose }
    responseTimesByCategory { key acknowledged medianHoursToAcknowledge p90HoursToAcknowledge closed medianHoursToClose p90HoursToClose }
    responseTimesByUrgency { key acknowledged medianHoursToAcknowledge p90HoursToAcknowledge closed medianHoursToClose p90HoursToClose }
  }
}`;

describe('evaluators: aggregates only, never a person', () => {
  let t: TestApp;
  let evaluator: GqlOptions;
  let referralId: string;
  let periodId: string;
  let paor: Organization;

  beforeAll(async () => {
    t = await startTestApp('api');
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(h(2500));
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    paor = await org('PAOR');
    evaluator = await t.as(await t.factory.newUser({ role: Role.EVALUATOR, organization: await org('ASTRA') }));
    const sender = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS' });
    const network = await t.factory.newNetwork({ code: 'EVAL-NET' });
    const partner = await t.factory.newOrganization({ country: 'AT' });
    const insert = async (values: Record<string, unknown>) => {
      const columns = Object.keys(values);
      const [row] = await t.db.dataSource.query(
        `INSERT INTO referrals (reference, sending_organization_id, partner_organization_id, network_id, version, case_code, ${columns.join(', ')})
         VALUES ('EV-' || substr(md5(random()::text), 1, 12), $1, $2, $3, 1, 'CASE-SECRET-9', ${columns.map((_, i) => `$${i + 4}`).join(', ')}) RETURNING id`,
        [sender.id, partner.id, network.id, ...Object.values(values)],
      );
      return row.id as string;
    };
    // Five of one kind (shown) and one of another (a cell under 5: suppressed, with its times).
    const legalAid = [[2, 100], [4, 120], [6, 140], [8, 160], [10, 200]];
    for (const [acknowledged, closed] of legalAid) {
      referralId = await insert({ category: 'LEGAL_AID', urgency: 'URGENT', status: 'CLOSED', outcome: 'SUCCESSFUL', sent_at: h(0), acknowledge_due_at: h(24), acknowledged_at: h(acknowledged), closed_at: h(closed) });
    }
    await insert({ category: 'SAFE_RETURN', urgency: 'CRITICAL', status: 'ACKNOWLEDGED', sent_at: h(0), acknowledge_due_at: h(2), acknowledged_at: h(1) });
    [{ id: periodId }] = await t.db.dataSource.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`);
  });

  afterAll(() => t.close());

  it('reads the referral statistics with median and 90th percentile times by category, urgency and partner network', async () => {
    const { data, errors } = await t.gql(STATISTICS, { from: T.toISOString(), to: h(2400).toISOString() }, evaluator);
    expect(errors).toBeUndefined();
    const s = data.referralStatistics;
    expect(s.total).toBe(6);
    expect(s.responseTimes).toEqual([
      { networkCode: 'EVAL-NET', acknowledged: 6, medianHoursToAcknowledge: 5, p90HoursToAcknowledge: 9, closed: 5, medianHoursToClose: 140, p90HoursToClose: 184 },
    ]);
    const legal = { acknowledged: 5, medianHoursToAcknowledge: 6, p90HoursToAcknowledge: 9.2, closed: 5, medianHoursToClose: 140, p90HoursToClose: 184 };
    const tooFew = { acknowledged: null, medianHoursToAcknowledge: null, p90HoursToAcknowledge: null, closed: 0, medianHoursToClose: null, p90HoursToClose: null };
    expect(s.responseTimesByCategory).toEqual([{ key: 'LEGAL_AID', ...legal }, { key: 'SAFE_RETURN', ...tooFew }]);
    expect(s.responseTimesByUrgency).toEqual([{ key: 'CRITICAL', ...tooFew }, { key: 'URGENT', ...legal }]);
    expect(JSON.stringify(data)).not.toMatch(/EV-|CASE-SECRET|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('reads the strategy progress report and approved activities, without their history of who did what', async () => {
    await t.factory.newActivity({ organization: paor, status: ActivityStatus.APPROVED, startsOn: '2023-05-10', endsOn: '2023-05-10' });
    await t.factory.newActivity({ organization: paor, status: ActivityStatus.DRAFT, startsOn: '2023-05-11', endsOn: '2023-05-11' });
    const { data, errors } = await t.gql(`query($p: ID!) { strategyProgress(periodId: $p) { network { activities } } }`, { p: periodId }, evaluator);
    expect(errors).toBeUndefined();
    expect(data.strategyProgress.network.activities).toBe(1);
    // The approved activity itself, but not who wrote, submitted or approved it.
    const listed = await t.gql(`{ activities { edges { node { status history { actorUserId } } } } }`, {}, evaluator);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.activities.edges).toEqual([{ node: { status: 'APPROVED', history: null } }]);
  });

  it.each([
    ['the referrals list', `{ referrals { edges { node { id } } } }`, {}],
    ['a referral', `query($id: ID!) { referral(id: $id) { id } }`, 'referral'],
    ["a referral's identifying details", `mutation($id: ID!) { revealReferralDetails(id: $id, reason: "Planning the reception") { name } }`, 'referral'],
    ['the people of any organization', `{ users { edges { node { fullName email } } } }`, {}],
    ['the audit log', `{ auditLog { edges { node { id } } } }`, {}],
    ['the trainings with their participants', `{ trainings { edges { node { id } } } }`, {}],
  ])('is refused %s', async (_what, query, variables) => {
    const { data, errors } = await t.gql(query, variables === 'referral' ? { id: referralId } : variables, evaluator);
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(data ?? null)).not.toMatch(/CASE-SECRET|@/);
  });

  it("sees no organization's contact address", async () => {
    const { data } = await t.gql(`{ organizations(filter: { networkCode: "AT" }) { edges { node { shortName contactEmail } } } }`, {}, evaluator);
    expect(data.organizations.edges.length).toBe(8);
    expect(data.organizations.edges.every((e: { node: { contactEmail: string | null } }) => e.node.contactEmail === null)).toBe(true);
  });
});
