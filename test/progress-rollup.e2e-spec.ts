import { rebuildProgress } from '@app/activities';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const PROGRESS = `query($period: ID!, $org: ID) {
  strategyProgress(periodId: $period, organizationId: $org) {
    network { activities participants female male otherUnknown byAgeBand { ageBand count } }
    goals { code activities participants female male otherUnknown byAgeBand { ageBand count } indicators { code value } }
    cells { goalId organizationId quarter activities participants female male otherUnknown byAgeBand { ageBand count } }
  }
}`;

/**
 * The report reads running totals the database keeps as activities are approved, reopened,
 * changed and deleted (migration CreateProgressRollup). Whatever the path a change takes, the
 * totals must equal a recount from the activities themselves (`progress_rebuild()`).
 */
describe('strategy progress running totals', () => {
  let t: TestApp;
  let staff: GqlOptions;
  let coordinator: GqlOptions;
  let periodId: string;
  let goal: Record<string, string>;
  let indicatorId: string;
  let paor: Organization;
  let nis: Organization;
  let uzice: Organization;

  beforeAll(async () => {
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    [paor, nis, uzice] = [await org('PAOR'), await org('CZD Niš'), await org('CZD Užice')];
    staff = await t.as(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: paor }));
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA') }));
    [{ id: periodId }] = await t.db.dataSource.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`);
    goal = Object.fromEntries((await t.db.dataSource.query(`SELECT code, id FROM strategic_goals WHERE period_id = $1`, [periodId])).map((g: { code: string; id: string }) => [g.code, g.id]));
    [{ id: indicatorId }] = await t.db.dataSource.query(
      `INSERT INTO indicators (goal_id, code, position, name_sr, name_en, unit, target) VALUES ($1, '2.1', 1, 'Stručnjaci obučeni', 'Professionals trained', 'persons', 500) RETURNING id`,
      [goal['2']],
    );
  });

  afterAll(() => t.close());

  const report = async (org?: string) => {
    const { data, errors } = await t.gql(PROGRESS, { period: periodId, org }, coordinator);
    expect(errors).toBeUndefined();
    return data.strategyProgress;
  };
  const recounted = async (org?: string) => {
    await rebuildProgress(t.db.dataSource);
    return report(org);
  };
  const gql = async (query: string, variables: Record<string, unknown>, as: GqlOptions) => {
    const { data, errors } = await t.gql(query, variables, as);
    expect(errors).toBeUndefined();
    return data;
  };

  /** Logs an activity as PAOR and has it approved; returns its id and version. */
  const approvedActivity = async (input: Record<string, unknown>) => {
    const { createActivity } = await gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, { input: { type: 'YOUTH_WORKSHOP', title: 'Radionica o bezbednosti', ...input } }, staff);
    await gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id: createActivity.id }, staff);
    await gql(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id: createActivity.id }, coordinator);
    return createActivity.id as string;
  };

  it('counts an activity as soon as it is approved, and no longer once it is reopened', async () => {
    const before = await report();
    const id = await approvedActivity({
      startsOn: '2023-05-10',
      goalIds: [goal['1'], goal['2']],
      coOrganizerIds: [nis.id],
      participants: [
        { gender: 'FEMALE', ageBand: '15_17', count: 12 },
        { gender: 'MALE', ageBand: '18_29', count: 8 },
      ],
      indicatorValues: [{ indicatorId, value: 20 }],
    });
    const after = await report();
    expect(after.network.activities).toBe(before.network.activities + 1);
    expect(after.network.participants).toBe(before.network.participants + 20);
    const goal2 = after.goals.find((g: { code: string }) => g.code === '2');
    expect(goal2.indicators).toEqual([{ code: '2.1', value: 20 }]);
    const cells = after.cells.filter((c: { quarter: string; goalId: string }) => c.quarter === '2023-Q2' && c.goalId === goal['1']);
    expect(cells.map((c: { organizationId: string }) => c.organizationId).sort()).toEqual([paor.id, nis.id].sort());
    expect(cells[0]).toMatchObject({ activities: 1, participants: 20, female: 12, male: 8 });
    expect(await report(nis.id)).toEqual(await recounted(nis.id));

    await gql(`mutation($id: ID!) { reopenActivity(id: $id, comment: "Ispraviti broj učesnika") { id } }`, { id }, coordinator);
    expect(await report()).toEqual(before);
  });

  it('moves an activity corrected after reopening to its new quarter, goals and co-organizers', async () => {
    const id = await approvedActivity({ startsOn: '2022-02-01', goalIds: [goal['3']], participantsTotal: 30, coOrganizerIds: [uzice.id] });
    await gql(`mutation($id: ID!) { reopenActivity(id: $id, comment: "Pogrešan datum") { id } }`, { id }, coordinator);
    const { activity } = await gql(`query($id: ID!) { activity(id: $id) { version } }`, { id }, staff);
    await gql(
      `mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { id } }`,
      { id, input: { version: activity.version, startsOn: '2024-11-03', endsOn: '2024-11-03', goalIds: [goal['4']], coOrganizerIds: [nis.id], participantsTotal: 45 } },
      staff,
    );
    await gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id }, staff);
    await gql(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id }, coordinator);

    const now = await report();
    const mine = now.cells.filter((c: { goalId: string; quarter: string }) => c.goalId === goal['4'] && c.quarter === '2024-Q4');
    expect(mine.map((c: { organizationId: string; participants: number }) => [c.organizationId, c.participants]).sort()).toEqual([[paor.id, 45], [nis.id, 45]].sort());
    expect(now.cells.filter((c: { goalId: string; quarter: string }) => c.goalId === goal['3'] && c.quarter === '2022-Q1')).toEqual([]);
    expect(now).toEqual(await recounted());
  });

  it('follows changes made outside the API: rows added, changed and deleted in plain SQL', async () => {
    const keep = await approvedActivity({ startsOn: '2021-08-15', goalIds: [goal['1']], participants: [{ gender: 'OTHER_UNKNOWN', ageBand: 'UNDER_15', count: 4 }] });
    const gone = await approvedActivity({ startsOn: '2021-09-01', goalIds: [goal['2']], participantsTotal: 9 });
    await t.db.dataSource.query(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [keep, uzice.id]);
    await t.db.dataSource.query(`UPDATE activity_participants SET count = 7 WHERE activity_id = $1`, [keep]);
    await t.db.dataSource.query(`INSERT INTO activity_goals (activity_id, goal_id) VALUES ($1, $2)`, [keep, goal['3']]);
    await t.db.dataSource.query(`DELETE FROM activities WHERE id = $1`, [gone]);

    const now = await report(uzice.id);
    expect(now.goals.find((g: { code: string }) => g.code === '3')).toMatchObject({ activities: 1, participants: 7, otherUnknown: 7 });
    expect(now).toEqual(await recounted(uzice.id));
    expect(await report()).toEqual(await recounted());
  });

  it('keeps every approval of many written at once, by parallel reviewers', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const { createActivity } = await gql(
        `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
        { input: { type: 'ROUND_TABLE', title: `Okrugli sto ${i}`, startsOn: `2022-${String(1 + (i % 12)).padStart(2, '0')}-10`, goalIds: [goal[String(1 + (i % 4))]], participantsTotal: 10 + i } },
        staff,
      );
      await gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id: createActivity.id }, staff);
      ids.push(createActivity.id);
    }
    const before = await report();
    // Approvals and reports interleaved: every report applies what was committed before it, never twice.
    await Promise.all(ids.flatMap((id) => [t.gql(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id }, coordinator), report()]));
    const after = await report();
    expect(after.network.activities).toBe(before.network.activities + 12);
    expect(after.network.participants).toBe(before.network.participants + ids.reduce((sum, _, i) => sum + 10 + i, 0));
    expect(after).toEqual(await recounted());
  });

  it('shows a changed target or goal at once, though reports are kept until the totals change', async () => {
    const first = await report();
    expect(await report()).toEqual(first);
    await t.db.dataSource.query(`UPDATE indicators SET target = 750 WHERE id = $1`, [indicatorId]);
    await t.db.dataSource.query(`UPDATE strategic_goals SET code = '2a' WHERE id = $1`, [goal['2']]);
    const { data } = await t.gql(`query($period: ID!) { strategyProgress(periodId: $period) { goals { code indicators { code target } } } }`, { period: periodId }, coordinator);
    expect(data.strategyProgress.goals.find((g: { code: string }) => g.code === '2a').indicators).toEqual([{ code: '2.1', target: 750 }]);
    await t.db.dataSource.query(`UPDATE strategic_goals SET code = '2' WHERE id = $1`, [goal['2']]);
  });

  it('refuses a strategic period that does not cover whole quarters', async () => {
    await expect(
      t.db.dataSource.query(`INSERT INTO strategy_periods (code, title_sr, title_en, starts_on, ends_on) VALUES ('2025-x', 'x', 'x', '2025-02-01', '2028-12-31')`),
    ).rejects.toThrow(/ck_strategy_periods_quarters/);
  });
});
