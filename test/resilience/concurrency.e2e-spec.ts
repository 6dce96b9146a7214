import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { caseWithDetails, newPartner, newReferral } from '../factories/referral-factory';
import { GqlOptions, GraphqlResult, startTestApp, TestApp } from '../utils/test-app';

/** How often each race is run: a race that is won by luck once is not proven. */
const ROUNDS = 5;

describe('concurrent changes to the same record', () => {
  let t: TestApp;
  let paor: Organization;
  let staff: GqlOptions;
  let otherStaff: GqlOptions;
  let coordinators: GqlOptions[];
  let member: GqlOptions;
  let partnerUsers: GqlOptions[];
  let partnerId: string;

  beforeAll(async () => {
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    paor = await org('PAOR');
    const astra = await org('ASTRA');
    staff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor }));
    otherStaff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor }));
    coordinators = [await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra })), await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }))];
    member = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: await org('CZD Niš') }));
    const { partner } = await newPartner(t);
    partnerId = partner.id;
    partnerUsers = [await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: partner })), await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: partner }))];
  });

  afterAll(() => t.close());

  const submittedActivity = async (): Promise<{ id: string; version: number }> => {
    const goalId = (await t.db.dataSource.query(`SELECT g.id FROM strategic_goals g JOIN strategy_periods p ON p.id = g.period_id WHERE p.code = '2021-2024' ORDER BY g.position LIMIT 1`))[0].id;
    const created = await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, { input: { type: 'YOUTH_WORKSHOP', title: 'Radionica', startsOn: '2024-03-14', goalIds: [goalId] } }, staff);
    const id = created.data.createActivity.id;
    const submitted = await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { id version } }`, { id }, staff);
    if (submitted.errors) throw new Error(JSON.stringify(submitted.errors));
    return submitted.data.submitActivity;
  };
  const winnersAndLosers = (results: GraphqlResult[], mutations: string[]) => {
    const winners = results.filter((r, i) => r.data?.[mutations[i]]);
    const losers = results.filter((r) => r.errors);
    return { winners, losers };
  };

  it('lets exactly one of two coordinators approving the same activity at once win; the other gets CONFLICT', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await submittedActivity();
      const results = await Promise.all(coordinators.map((as) => t.gql(`mutation($id: ID!) { approveActivity(id: $id) { status } }`, { id }, as)));
      const { winners, losers } = winnersAndLosers(results, ['approveActivity', 'approveActivity']);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      const approvals = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1::text AND action = 'activity.approve'`, [id]);
      expect(approvals[0].n).toBe(1);
    }
  });

  it('lets exactly one of a coordinator approving and another returning the same activity at once win', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await submittedActivity();
      const results = await Promise.all([
        t.gql(`mutation($id: ID!) { approveActivity(id: $id) { status } }`, { id }, coordinators[0]),
        t.gql(`mutation($id: ID!) { returnActivity(id: $id, comment: "Dopunite") { status } }`, { id }, coordinators[1]),
      ]);
      const { winners, losers } = winnersAndLosers(results, ['approveActivity', 'returnActivity']);
      expect(winners).toHaveLength(1);
      expect(losers[0].errors?.[0].extensions?.code).toBe('CONFLICT');
      const [row] = await t.db.dataSource.query(`SELECT status FROM activities WHERE id = $1`, [id]);
      expect(row.status).toBe(winners[0] === results[0] ? 'APPROVED' : 'RETURNED');
    }
  });

  it('lets exactly one of two editors saving the same version at once win; the other gets CONFLICT STALE_VERSION and nothing is lost', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const created = await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`, { input: { type: 'YOUTH_WORKSHOP', title: 'Radionica', startsOn: '2024-03-14' } }, staff);
      const { id, version } = created.data.createActivity;
      const edit = (as: GqlOptions, title: string) => t.gql(`mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { title version } }`, { id, input: { title, version } }, as);
      const results = await Promise.all([edit(staff, 'Izmena prve urednice'), edit(otherStaff, 'Izmena druge urednice')]);
      const { winners, losers } = winnersAndLosers(results, ['updateActivity', 'updateActivity']);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      // The winner's change is what is stored, at exactly one version later.
      const [row] = await t.db.dataSource.query(`SELECT title, version FROM activities WHERE id = $1`, [id]);
      expect(row).toEqual({ title: winners[0].data.updateActivity.title, version: version + 1 });
    }
  });

  it('lets exactly one of two acknowledgments of the same referral at once win; the other gets CONFLICT', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await newReferral(t, member, caseWithDetails(partnerId));
      const results = await Promise.all(partnerUsers.map((as) => t.gql(`mutation($id: ID!) { acknowledgeReferral(id: $id) { status version } }`, { id }, as)));
      const { winners, losers } = winnersAndLosers(results, ['acknowledgeReferral', 'acknowledgeReferral']);
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(1);
      expect(losers[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      const events = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM referral_events WHERE referral_id = $1 AND to_status = 'ACKNOWLEDGED'`, [id]);
      expect(events[0].n).toBe(1);
    }
  });

  it('lets exactly one of an accept and a decline of the same referral at once win; the other gets CONFLICT', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await newReferral(t, member, caseWithDetails(partnerId));
      await t.gql(`mutation($id: ID!) { acknowledgeReferral(id: $id) { status } }`, { id }, partnerUsers[0]);
      const results = await Promise.all([
        t.gql(`mutation($id: ID!) { acceptReferral(id: $id) { status } }`, { id }, partnerUsers[0]),
        t.gql(`mutation($id: ID!) { declineReferral(id: $id, reason: "Nemamo kapacitet") { status } }`, { id }, partnerUsers[1]),
      ]);
      const { winners, losers } = winnersAndLosers(results, ['acceptReferral', 'declineReferral']);
      expect(winners).toHaveLength(1);
      expect(losers[0].errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      const [row] = await t.db.dataSource.query(`SELECT status, decline_reason_ciphertext IS NOT NULL AS has_reason FROM referrals WHERE id = $1`, [id]);
      expect(row).toEqual(winners[0] === results[0] ? { status: 'ACCEPTED', has_reason: false } : { status: 'DECLINED', has_reason: true });
      const { data } = await t.gql(`query($id: ID!) { referral(id: $id) { declineReason } }`, { id }, member);
      expect(data.referral.declineReason).toBe(winners[0] === results[0] ? null : 'Nemamo kapacitet');
    }
  });

  it('lets exactly one of the sender withdrawing and the partner acknowledging at once win', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { id } = await newReferral(t, member, caseWithDetails(partnerId));
      const results = await Promise.all([
        t.gql(`mutation($id: ID!) { withdrawReferral(id: $id, reason: "Osoba se vratila") { status } }`, { id }, member),
        t.gql(`mutation($id: ID!) { acknowledgeReferral(id: $id) { status } }`, { id }, partnerUsers[0]),
      ]);
      const { winners, losers } = winnersAndLosers(results, ['withdrawReferral', 'acknowledgeReferral']);
      // Withdrawing is legal after an acknowledgment, so both may succeed one after the other; never neither, never a lost step.
      expect(winners.length).toBeGreaterThanOrEqual(1);
      for (const loser of losers) expect(loser.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION' });
      const timeline = await t.db.dataSource.query(`SELECT to_status FROM referral_events WHERE referral_id = $1 ORDER BY occurred_at, to_status`, [id]);
      expect(timeline).toHaveLength(2 + winners.length);
      const [row] = await t.db.dataSource.query(`SELECT status FROM referrals WHERE id = $1`, [id]);
      expect(row.status).toBe('WITHDRAWN');
    }
  });

  it('lets exactly one of two coordinators creating the same capacity dimension at once win; the other gets CONFLICT, never an internal error', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const code = `RACE_${round}_${Date.now()}`;
      const input = (nameEn: string) => ({ code, nameSr: 'Dimenzija', nameEn, scaleMin: 1, scaleMax: 5 });
      const results = await Promise.all(
        coordinators.map((as, i) => t.gql(`mutation($input: CapacityDimensionInput!) { setCapacityDimension(input: $input) { code nameEn } }`, { input: input(`Dimension ${i}`) }, as)),
      );
      // Both may succeed one after the other (the second updates); when they truly race, the loser is told to retry.
      for (const result of results) {
        if (result.errors) expect(result.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'CONCURRENT_WRITE' });
      }
      expect(results.some((r) => r.data?.setCapacityDimension)).toBe(true);
      const rows = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM capacity_dimensions WHERE code = $1`, [code]);
      expect(rows[0].n).toBe(1);
    }
  });
});
