import { Clock } from '@app/common';
import { OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { startTestApp, TestApp } from './utils/test-app';

const HOUR = 3_600_000;
const T = new Date(Date.UTC(2026, 2, 1));
const h = (hours: number) => new Date(T.getTime() + hours * HOUR);

const QUERY = `query($from: DateTime, $to: DateTime) {
  referralStatistics(from: $from, to: $to) {
    total overdue
    byNetwork { key count } byPartnerCountry { key count } byCategory { key count }
    byUrgency { key count } byStatus { key count } byOutcome { key count }
    responseTimes { networkCode acknowledged medianHoursToAcknowledge p90HoursToAcknowledge closed medianHoursToClose p90HoursToClose }
  }
}`;

describe('referral statistics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
    jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(h(240));
    const sender = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS' });
    const [netA, netB] = [await t.factory.newNetwork({ code: 'STAT-A' }), await t.factory.newNetwork({ code: 'STAT-B' })];
    const [a1, a2, b1] = [await t.factory.newOrganization({ country: 'AT' }), await t.factory.newOrganization({ country: 'DE' }), await t.factory.newOrganization({ country: 'AT' })];
    const insert = (network: { id: string }, partner: { id: string }, values: Record<string, unknown>) => {
      const columns = Object.keys(values);
      return t.db.dataSource.query(
        `INSERT INTO referrals (reference, sending_organization_id, partner_organization_id, network_id, version, case_code, ${columns.join(', ')})
         VALUES ('ST-' || substr(md5(random()::text), 1, 12), $1, $2, $3, 1, 'CASE-SECRET-1', ${columns.map((_, i) => `$${i + 4}`).join(', ')})`,
        [sender.id, partner.id, network.id, ...Object.values(values)],
      );
    };
    // Sent in the period [T, T + 90 days), five of each, so that no count is too small to show:
    for (let i = 0; i < 5; i++) {
      await insert(netA, a1, { category: 'LEGAL_AID', urgency: 'URGENT', status: 'CLOSED', outcome: 'SUCCESSFUL', sent_at: h(0), acknowledge_due_at: h(24), acknowledged_at: h(2), closed_at: h(100) });
      await insert(netA, a1, { category: 'SAFE_RETURN', urgency: 'CRITICAL', status: 'CLOSED', outcome: 'NOT_SUCCESSFUL', sent_at: h(0), acknowledge_due_at: h(2), acknowledged_at: h(4), closed_at: h(200) });
      await insert(netA, a2, { category: 'LEGAL_AID', urgency: 'ROUTINE', status: 'ACKNOWLEDGED', sent_at: h(0), acknowledge_due_at: h(120), acknowledged_at: h(10) });
      await insert(netA, a2, { category: 'LEGAL_AID', urgency: 'ROUTINE', status: 'SENT', sent_at: h(1), acknowledge_due_at: h(24) });
      await insert(netB, b1, { category: 'VICTIM_ASSISTANCE_ABROAD', urgency: 'URGENT', status: 'SENT', sent_at: h(230), acknowledge_due_at: h(254) });
      // Withdrawn: it has a closed_at, but it was not the partner that closed it.
      await insert(netB, b1, { category: 'LEGAL_AID', urgency: 'URGENT', status: 'WITHDRAWN', sent_at: h(0), acknowledge_due_at: h(24), closed_at: h(5) });
    }
    // Outside the period, and never sent: not counted.
    await insert(netA, a1, { category: 'LEGAL_AID', urgency: 'URGENT', status: 'SENT', sent_at: h(-240), acknowledge_due_at: h(-216) });
    await insert(netA, a1, { category: 'LEGAL_AID', urgency: 'URGENT', status: 'DRAFT' });
    // Later, in [h(3000), h(3010)]: six legal-aid referrals to STAT-B and one safe return, the only one acknowledged and closed.
    for (let i = 0; i < 6; i++) await insert(netB, b1, { category: 'LEGAL_AID', urgency: 'URGENT', status: 'SENT', sent_at: h(3000 + i), acknowledge_due_at: h(3024) });
    await insert(netB, b1, { category: 'SAFE_RETURN', urgency: 'URGENT', status: 'CLOSED', outcome: 'SUCCESSFUL', sent_at: h(3010), acknowledge_due_at: h(3034), acknowledged_at: h(3011), closed_at: h(3050) });
  });

  afterAll(() => t.close());

  // 90 days: the shortest period an evaluator may ask about.
  const period = { from: T.toISOString(), to: h(24 * 90).toISOString() };
  const sorted = (counts: { key: string; count: number }[]) => [...counts].sort((x, y) => x.key.localeCompare(y.key));

  it('counts the referrals sent in the period by network, partner country, category, urgency, status and outcome', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    const { data, errors } = await t.gql(QUERY, period, await t.as(coordinator));
    expect(errors).toBeUndefined();
    const s = data.referralStatistics;
    expect({ total: s.total, overdue: s.overdue }).toEqual({ total: 30, overdue: 5 });
    expect(sorted(s.byNetwork)).toEqual([{ key: 'STAT-A', count: 20 }, { key: 'STAT-B', count: 10 }]);
    expect(sorted(s.byPartnerCountry)).toEqual([{ key: 'AT', count: 20 }, { key: 'DE', count: 10 }]);
    expect(sorted(s.byCategory)).toEqual([{ key: 'LEGAL_AID', count: 20 }, { key: 'SAFE_RETURN', count: 5 }, { key: 'VICTIM_ASSISTANCE_ABROAD', count: 5 }]);
    expect(sorted(s.byUrgency)).toEqual([{ key: 'CRITICAL', count: 5 }, { key: 'ROUTINE', count: 10 }, { key: 'URGENT', count: 15 }]);
    expect(sorted(s.byStatus)).toEqual([{ key: 'ACKNOWLEDGED', count: 5 }, { key: 'CLOSED', count: 10 }, { key: 'SENT', count: 10 }, { key: 'WITHDRAWN', count: 5 }]);
    expect(sorted(s.byOutcome)).toEqual([{ key: 'NOT_SUCCESSFUL', count: 5 }, { key: 'SUCCESSFUL', count: 5 }]);
  });

  it('gives the median and 90th percentile hours to acknowledge and to close per partner network', async () => {
    const evaluator = await t.factory.newUser({ role: Role.EVALUATOR });
    const { data } = await t.gql(QUERY, period, await t.as(evaluator));
    expect(data.referralStatistics.responseTimes).toEqual([
      // Acknowledged after 2, 4 and 10 hours, five times each; closed after 100 and 200 (linear interpolation, as percentile_cont).
      { networkCode: 'STAT-A', acknowledged: 15, medianHoursToAcknowledge: 4, p90HoursToAcknowledge: 10, closed: 10, medianHoursToClose: 150, p90HoursToClose: 200 },
      { networkCode: 'STAT-B', acknowledged: 0, medianHoursToAcknowledge: null, p90HoursToAcknowledge: null, closed: 0, medianHoursToClose: null, p90HoursToClose: null },
    ]);
  });

  it('holds figures only: no reference, case code or id of any referral', async () => {
    const member = await t.factory.newUser({ role: Role.MEMBER_STAFF });
    const { data } = await t.gql(QUERY, {}, await t.as(member));
    expect(data.referralStatistics.total).toBe(31);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/ST-|CASE-SECRET|[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('refuses partner organizations, and a period that ends before it starts', async () => {
    const partner = await t.factory.newUser({ role: Role.PARTNER, organization: await t.factory.newOrganization() });
    const refused = await t.gql(QUERY, period, await t.as(partner));
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.referralStatistics ?? null).toBeNull();

    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    const backwards = await t.gql(QUERY, { from: period.to, to: period.from }, await t.as(coordinator));
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'to' })] });
  });

  const later = { from: h(2900).toISOString(), to: h(2900 + 24 * 100).toISOString() };

  it('security: never shows a count under 5, nor one that would reveal it, nor times computed from one', async () => {
    const coordinator = await t.factory.newUser({ role: Role.COORDINATOR });
    const { data, errors } = await t.gql(QUERY, later, await t.as(coordinator));
    expect(errors).toBeUndefined();
    const s = data.referralStatistics;
    expect({ total: s.total, overdue: s.overdue }).toEqual({ total: 7, overdue: 0 });
    // One safe return alone would single out its case; 6 legal-aid referrals out of 7 would tell it all the same.
    expect(sorted(s.byCategory)).toEqual([{ key: 'LEGAL_AID', count: null }, { key: 'SAFE_RETURN', count: null }]);
    expect(sorted(s.byStatus)).toEqual([{ key: 'CLOSED', count: null }, { key: 'SENT', count: null }]);
    expect(s.byOutcome).toEqual([{ key: 'SUCCESSFUL', count: null }]);
    expect(s.byNetwork).toEqual([{ key: 'STAT-B', count: 7 }]);
    // The one acknowledged and closed referral: its times would be its own.
    expect(s.responseTimes).toEqual([
      { networkCode: 'STAT-B', acknowledged: null, medianHoursToAcknowledge: null, p90HoursToAcknowledge: null, closed: null, medianHoursToClose: null, p90HoursToClose: null },
    ]);
    expect(JSON.stringify(s)).not.toMatch(/"count":[1-4]\b|"(acknowledged|closed|total|overdue)":[1-4]\b|HoursTo\w+":\d/);
  });

  it('security: refuses an evaluator a period shorter than 90 days, naming `from`; a member may ask for any period', async () => {
    const evaluator = await t.as(await t.factory.newUser({ role: Role.EVALUATOR }));
    const short = { from: h(3009).toISOString(), to: h(3012).toISOString() };
    const refused = await t.gql(QUERY, short, evaluator);
    expect(refused.data?.referralStatistics ?? null).toBeNull();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'from', reason: expect.stringMatching(/90 days/) })] });
    const almost = await t.gql(QUERY, { from: h(2900).toISOString(), to: h(2900 + 24 * 90 - 1).toISOString() }, evaluator);
    expect(almost.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const enough = await t.gql(QUERY, { from: h(2900).toISOString(), to: h(2900 + 24 * 90).toISOString() }, evaluator);
    expect(enough.errors).toBeUndefined();
    expect(enough.data.referralStatistics.total).toBe(7);

    const member = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF }));
    const { data, errors } = await t.gql(QUERY, short, member);
    expect(errors).toBeUndefined();
    // Three hours hold one referral: too few to show.
    expect(data.referralStatistics.total).toBeNull();
  });
});
