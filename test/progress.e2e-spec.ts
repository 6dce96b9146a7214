import { ActivityStatus } from '@app/activities';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const PROGRESS = `query($period: ID!, $org: ID) {
  strategyProgress(periodId: $period, organizationId: $org) {
    periodCode
    network { activities participants female male otherUnknown byAgeBand { ageBand count } }
    goals { code activities participants female male otherUnknown byAgeBand { ageBand count } indicators { code value target } }
    cells { goalId organizationId quarter activities participants female male otherUnknown }
  }
}`;

/**
 * A small dataset whose report is computed by hand below. A1 is a joint activity of PAOR and
 * CZD Niš serving goals 1 and 3; A4 is a draft and A5 lies outside the period: neither counts.
 */
describe('strategy progress report', () => {
  let t: TestApp;
  let as: GqlOptions;
  let periodId: string;
  let goal: Record<string, string>;
  let paor: Organization;
  let nis: Organization;

  beforeAll(async () => {
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    [paor, nis] = [await org('PAOR'), await org('CZD Niš')];
    const astra = await org('ASTRA');
    as = await t.as(await t.factory.newUser({ role: Role.EVALUATOR, organization: astra }));
    [{ id: periodId }] = await t.db.dataSource.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`);
    goal = Object.fromEntries((await t.db.dataSource.query(`SELECT code, id FROM strategic_goals WHERE period_id = $1`, [periodId])).map((g: { code: string; id: string }) => [g.code, g.id]));
    const [{ id: indicatorId }] = await t.db.dataSource.query(
      `INSERT INTO indicators (goal_id, code, position, name_sr, name_en, unit, target) VALUES ($1, '1.1', 1, 'Mladi informisani', 'Young people informed', 'persons', 100) RETURNING id`,
      [goal['1']],
    );
    const band = Object.fromEntries((await t.db.dataSource.query(`SELECT code, id FROM age_bands`)).map((b: { code: string; id: string }) => [b.code, b.id]));

    const activity = async (
      organization: Organization,
      startsOn: string,
      goals: string[],
      parts: { participants?: [string, string, number][]; total?: number; coOrganizers?: Organization[]; status?: ActivityStatus; indicator?: number } = {},
    ) => {
      const a = await t.factory.newActivity({ organization, startsOn, endsOn: startsOn, status: parts.status ?? ActivityStatus.APPROVED, participantsTotal: parts.total ?? null });
      for (const code of goals) await t.db.dataSource.query(`INSERT INTO activity_goals (activity_id, goal_id) VALUES ($1, $2)`, [a.id, goal[code]]);
      for (const [gender, ageBand, count] of parts.participants ?? []) {
        await t.db.dataSource.query(`INSERT INTO activity_participants (activity_id, gender, age_band_id, count) VALUES ($1, $2, $3, $4)`, [a.id, gender, band[ageBand], count]);
      }
      for (const co of parts.coOrganizers ?? []) await t.db.dataSource.query(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [a.id, co.id]);
      if (parts.indicator) await t.db.dataSource.query(`INSERT INTO activity_indicator_values (activity_id, indicator_id, value) VALUES ($1, $2, $3)`, [a.id, indicatorId, parts.indicator]);
    };
    await activity(paor, '2022-02-10', ['1', '3'], { participants: [['FEMALE', '15_17', 10], ['MALE', '15_17', 5]], coOrganizers: [nis], indicator: 15 }); // A1
    await activity(paor, '2022-05-03', ['1'], { total: 40, participants: [['FEMALE', '18_29', 30], ['MALE', '18_29', 10]] }); // A2
    await activity(nis, '2022-05-20', ['2'], { total: 12 }); // A3
    await activity(paor, '2022-06-01', ['1'], { total: 99, status: ActivityStatus.DRAFT, indicator: 50 }); // A4, not approved
    await activity(astra, '2025-01-10', ['1'], { total: 77 }); // A5, after the period
    await activity(nis, '2024-12-31', ['4'], { participants: [['OTHER_UNKNOWN', 'UNDER_15', 3]] }); // A6
  });

  afterAll(() => t.close());

  const bands = (under15: number, b15: number, b18: number, b30: number) => [
    { ageBand: 'UNDER_15', count: under15 },
    { ageBand: '15_17', count: b15 },
    { ageBand: '18_29', count: b18 },
    { ageBand: '30_PLUS', count: b30 },
  ];

  it('counts every approved activity of the period once in the network totals, the joint one included', async () => {
    const { data, errors } = await t.gql(PROGRESS, { period: periodId }, as);
    expect(errors).toBeUndefined();
    expect(data.strategyProgress.periodCode).toBe('2021-2024');
    expect(data.strategyProgress.network).toEqual({ activities: 4, participants: 70, female: 40, male: 15, otherUnknown: 3, byAgeBand: bands(3, 15, 40, 0) });
  });

  it('gives each goal its activities, participants and indicator values against targets', async () => {
    const { data } = await t.gql(PROGRESS, { period: periodId }, as);
    expect(data.strategyProgress.goals).toEqual([
      { code: '1', activities: 2, participants: 55, female: 40, male: 15, otherUnknown: 0, byAgeBand: bands(0, 15, 40, 0), indicators: [{ code: '1.1', value: 15, target: 100 }] },
      { code: '2', activities: 1, participants: 12, female: 0, male: 0, otherUnknown: 0, byAgeBand: bands(0, 0, 0, 0), indicators: [] },
      { code: '3', activities: 1, participants: 15, female: 10, male: 5, otherUnknown: 0, byAgeBand: bands(0, 15, 0, 0), indicators: [] },
      { code: '4', activities: 1, participants: 3, female: 0, male: 0, otherUnknown: 3, byAgeBand: bands(3, 0, 0, 0), indicators: [] },
    ]);
  });

  it('puts a joint activity in the cell of each co-organizer, per goal and quarter', async () => {
    const { data } = await t.gql(PROGRESS, { period: periodId }, as);
    const cell = (code: string, org: Organization, quarter: string) =>
      data.strategyProgress.cells.find((c: any) => c.goalId === goal[code] && c.organizationId === org.id && c.quarter === quarter);
    expect(data.strategyProgress.cells).toHaveLength(7);
    expect(cell('1', paor, '2022-Q1')).toMatchObject({ activities: 1, participants: 15, female: 10, male: 5 });
    expect(cell('1', nis, '2022-Q1')).toMatchObject({ activities: 1, participants: 15 });
    expect(cell('3', nis, '2022-Q1')).toMatchObject({ activities: 1, participants: 15 });
    expect(cell('1', paor, '2022-Q2')).toMatchObject({ activities: 1, participants: 40, female: 30, male: 10 });
    expect(cell('2', nis, '2022-Q2')).toMatchObject({ activities: 1, participants: 12 });
    expect(cell('4', nis, '2024-Q4')).toMatchObject({ activities: 1, participants: 3, otherUnknown: 3 });
  });

  it("narrows everything to one organization's activities, led or co-organized", async () => {
    const { data } = await t.gql(PROGRESS, { period: periodId, org: nis.id }, as);
    expect(data.strategyProgress.network).toMatchObject({ activities: 3, participants: 30 });
    expect(data.strategyProgress.goals.find((g: any) => g.code === '1').indicators).toEqual([{ code: '1.1', value: 15, target: 100 }]);
    expect(data.strategyProgress.cells.every((c: any) => c.organizationId === nis.id)).toBe(true);
  });

  it('is refused to partners and answers NOT_FOUND for an unknown period', async () => {
    const partner = await t.as(await t.factory.newUser({ role: Role.PARTNER }));
    expect((await t.gql(PROGRESS, { period: periodId }, partner)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(PROGRESS, { period: '00000000-0000-4000-8000-000000000000' }, as)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
