import { Role } from '@app/policy';
import { startTestApp, TestApp } from './utils/test-app';

const CREATE_PERIOD = `mutation($input: CreateStrategyPeriodInput!) { createStrategyPeriod(input: $input) { id code title startsOn endsOn } }`;
const CREATE_GOAL = `mutation($input: CreateStrategicGoalInput!) { createStrategicGoal(input: $input) { id code position title } }`;
const CREATE_INDICATOR = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id code baseline target } }`;
const UPDATE_INDICATOR = `mutation($id: ID!, $input: IndicatorFieldsInput!) { updateIndicator(id: $id, input: $input) { baseline target } }`;

describe('keeping the strategic plan', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
  });

  afterAll(() => t.close());

  it('adds the next plan as data, with goals and indicators whose targets the progress report shows', async () => {
    const as = await t.as(await t.factory.newUser({ role: Role.COORDINATOR }));
    const period = await t.gql(CREATE_PERIOD, { input: { code: '2025-2028', titleSr: 'Strateški pravci 2025–2028', titleEn: 'Strategic directions 2025–2028', startsOn: '2025-01-01', endsOn: '2028-12-31' } }, as);
    expect(period.errors).toBeUndefined();
    const periodId = period.data.createStrategyPeriod.id;
    const goal = await t.gql(CREATE_GOAL, { input: { periodId, code: '1', titleSr: 'Informisanost osoba u riziku', titleEn: 'People at risk informed' } }, as);
    expect(goal.data.createStrategicGoal).toMatchObject({ code: '1', position: 1 });
    const indicator = await t.gql(CREATE_INDICATOR, { input: { goalId: goal.data.createStrategicGoal.id, code: '1.1', nameSr: 'Broj mladih', nameEn: 'Young people', unit: 'participants', baseline: 0, target: 2000 } }, as);
    expect(indicator.data.createIndicator).toMatchObject({ baseline: 0, target: 2000 });
    const id = indicator.data.createIndicator.id;

    const progress = `query($id: ID!) { strategyProgress(periodId: $id) { goals { indicators { indicatorId target } } } }`;
    expect((await t.gql(progress, { id: periodId }, as)).data.strategyProgress.goals[0].indicators).toEqual([{ indicatorId: id, target: 2000 }]);
    expect((await t.gql(UPDATE_INDICATOR, { id, input: { target: 2500 } }, as)).data.updateIndicator).toEqual({ baseline: 0, target: 2500 });
    expect((await t.gql(progress, { id: periodId }, as)).data.strategyProgress.goals[0].indicators).toEqual([{ indicatorId: id, target: 2500 }]);
    const renamed = await t.gql(`mutation($id: ID!) { updateStrategyPeriod(id: $id, input: { titleEn: "Strategic plan 2025–2028" }) { title(language: EN) startsOn } }`, { id: periodId }, as);
    expect(renamed.data.updateStrategyPeriod).toEqual({ title: 'Strategic plan 2025–2028', startsOn: '2025-01-01' });
    const [audit] = await t.db.dataSource.query(`SELECT changed_fields FROM audit_log WHERE entity_type = 'Indicator' AND entity_id = $1 AND action = 'entity.update'`, [id]);
    expect(audit.changed_fields).toEqual(['target']);
  });

  it('refuses a plan that does not cover whole quarters or overlaps another, naming each field, and writes nothing', async () => {
    const as = await t.as(await t.factory.newUser({ role: Role.COORDINATOR }));
    const before = await t.db.dataSource.query(`SELECT count(*)::int AS n FROM strategy_periods`);
    const { errors } = await t.gql(CREATE_PERIOD, { input: { code: '2024-2027', titleSr: 'Plan', titleEn: 'Plan', startsOn: '2024-02-01', endsOn: '2027-11-30' } }, as);
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].extensions?.fields?.map((f) => f.field).sort()).toEqual(['endsOn', 'startsOn', 'startsOn']);
    expect(errors?.[0].extensions?.fields?.find((f) => /overlaps/.test(f.reason))?.reason).toContain('2021-2024');
    const negative = await t.gql(CREATE_INDICATOR, { input: { goalId: '00000000-0000-4000-8000-000000000000', code: '9', nameSr: 'Broj', nameEn: 'Number', unit: 'x', target: -5 } }, as);
    expect(negative.errors?.[0].extensions?.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'target', reason: 'target must not be negative' })]));
    expect(await t.db.dataSource.query(`SELECT count(*)::int AS n FROM strategy_periods`)).toEqual(before);
  });
});
