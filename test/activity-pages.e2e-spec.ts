import { Activity, ActivityStatus, ActivityType, rebuildActivityCounts } from '@app/activities';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, GraphqlResult, startTestApp, TestApp } from './utils/test-app';

const PAGE = `query($org: ID!, $first: Int!, $after: String, $orderBy: ActivityOrder!, $from: Date, $to: Date) {
  activities(first: $first, after: $after, orderBy: $orderBy, filter: { organizationId: $org, from: $from, to: $to }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id startsOn status organization { id } coOrganizers { id } } }
  }
}`;

interface Row {
  id: string;
  startsOn: string;
  status: ActivityStatus;
  lead: string;
  coOrganizers: string[];
}

/**
 * An organization's list reads its led and its co-organized activities from two indexes and
 * merges them: whatever the page size and order, a walk through every page must give each
 * activity the user may see exactly once, in order, with the right total on every page.
 */
describe("an organization's activities page by page", () => {
  let t: TestApp;
  let x: Organization;
  let y: Organization;
  let m: Organization;
  let coordinator: GqlOptions;
  let otherMember: GqlOptions;
  let ownMember: GqlOptions;
  const rows: Row[] = [];

  beforeAll(async () => {
    t = await startTestApp('api');
    const member = (city: string) => t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city });
    [x, y, m] = [await member('Kraljevo'), await member('Subotica'), await member('Pirot')];
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' }) }));
    otherMember = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: m }));
    ownMember = await t.as(await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: x }));

    // Led by X, by Y and by M; co-organized by X, by M, by both or by nobody; every status;
    // several on one day (the id breaks the tie); a few just outside 2023.
    const statuses = [ActivityStatus.APPROVED, ActivityStatus.DRAFT, ActivityStatus.SUBMITTED, ActivityStatus.APPROVED, ActivityStatus.RETURNED];
    const days = ['2022-12-31', '2023-01-01', '2023-01-01', '2023-02-14', '2023-02-14', '2023-02-14', '2023-06-30', '2023-09-09', '2023-12-31', '2024-01-01'];
    const shapes: { lead: Organization; co: Organization[] }[] = [
      { lead: x, co: [] },
      { lead: x, co: [m] },
      { lead: y, co: [x] },
      { lead: y, co: [x, m] },
      { lead: m, co: [x] },
      { lead: y, co: [] },
      { lead: y, co: [m] },
      { lead: x, co: [y] },
    ];
    let n = 0;
    for (const day of days) {
      for (const shape of shapes) {
        for (let copy = 0; copy < 2; copy++) {
          const status = statuses[n++ % statuses.length];
          const activity = await t.factory.newActivity({ organization: shape.lead, status, startsOn: day, endsOn: day });
          for (const co of shape.co) await t.db.dataSource.query(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [activity.id, co.id]);
          rows.push({ id: activity.id, startsOn: day, status, lead: shape.lead.id, coOrganizers: shape.co.map((o) => o.id) });
        }
      }
    }
  });

  afterAll(() => t.close());

  const involves = (row: Row, org: Organization) => row.lead === org.id || row.coOrganizers.includes(org.id);

  /** What the list must show for X in 2023, in its order. */
  const expected = (visible: (row: Row) => boolean, orderBy: 'NEWEST_FIRST' | 'OLDEST_FIRST', from = '2023-01-01', to = '2023-12-31') => {
    const sign = orderBy === 'NEWEST_FIRST' ? -1 : 1;
    return rows
      .filter((row) => involves(row, x) && row.startsOn >= from && row.startsOn <= to && visible(row))
      .sort((a, b) => sign * (a.startsOn === b.startsOn ? (a.id < b.id ? -1 : 1) : a.startsOn < b.startsOn ? -1 : 1))
      .map((row) => row.id);
  };

  async function walk(as: GqlOptions, orderBy: 'NEWEST_FIRST' | 'OLDEST_FIRST', first: number, from = '2023-01-01', to = '2023-12-31') {
    const ids: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    for (let pages = 0; pages < 200; pages++) {
      const { data, errors }: GraphqlResult = await t.gql(PAGE, { org: x.id, first, after, orderBy, from, to }, as);
      expect(errors).toBeUndefined();
      const { edges, pageInfo, totalCount }: { edges: { cursor: string; node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; totalCount: number } = data.activities;
      totals.add(totalCount);
      ids.push(...edges.map((edge) => edge.node.id));
      if (edges.length) expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor);
      if (!pageInfo.hasNextPage) return { ids, totals: [...totals] };
      expect(edges).toHaveLength(first);
      after = pageInfo.endCursor;
    }
    throw new Error('the walk never ended');
  }

  const everything = () => true;
  const visibleToOtherMember = (row: Row) => row.status === ActivityStatus.APPROVED || involves(row, m);

  describe.each(['NEWEST_FIRST', 'OLDEST_FIRST'] as const)('%s', (orderBy) => {
    it.each([1, 7, 50])("gives a coordinator every activity X led or co-organized in the year exactly once, in order, with the total (pages of %i)", async (first) => {
      const want = expected(everything, orderBy);
      expect(want.length).toBeGreaterThan(60);
      const { ids, totals } = await walk(coordinator, orderBy, first);
      expect(ids).toEqual(want);
      expect(totals).toEqual([want.length]);
    });

    it.each([1, 7, 50])("gives another member X's approved activities and those their own organization takes part in, once each, in order (pages of %i)", async (first) => {
      const want = expected(visibleToOtherMember, orderBy);
      const { ids, totals } = await walk(otherMember, orderBy, first);
      expect(ids).toEqual(want);
      expect(totals).toEqual([want.length]);
      // Drafts of X that M has no part in stay hidden; those M co-organizes show.
      expect(want.length).toBeLessThan(expected(everything, orderBy).length);
      expect(rows.some((row) => want.includes(row.id) && row.status !== ActivityStatus.APPROVED && row.lead !== m.id && row.coOrganizers.includes(m.id))).toBe(true);
    });

    it("gives X's own member every activity X led or co-organized, once each, in order", async () => {
      const want = expected(everything, orderBy);
      const { ids, totals } = await walk(ownMember, orderBy, 9);
      expect(ids).toEqual(want);
      expect(totals).toEqual([want.length]);
    });
  });

  it('walks led, co-organized and both kinds alike over all years when no dates are given', async () => {
    const want = expected(everything, 'NEWEST_FIRST', '0000-01-01', '9999-12-31');
    const ids: string[] = [];
    let after: string | null = null;
    let total = -1;
    do {
      const { data }: GraphqlResult = await t.gql(`query($org: ID!, $after: String) { activities(first: 11, after: $after, filter: { organizationId: $org }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { org: x.id, after }, coordinator);
      ids.push(...data.activities.edges.map((e: { node: { id: string } }) => e.node.id));
      total = data.activities.totalCount;
      after = data.activities.pageInfo.hasNextPage ? data.activities.pageInfo.endCursor : null;
    } while (after);
    expect(ids).toEqual(want);
    expect(total).toBe(want.length);
    const kinds = new Set(rows.filter((row) => ids.includes(row.id)).map((row) => (row.lead === x.id ? 'led' : 'co-organized')));
    expect(kinds).toEqual(new Set(['led', 'co-organized']));
  });

  it("keeps every other filter on both halves of an organization's list: status, type, strategy period", async () => {
    const [period] = await t.db.dataSource.query(`SELECT id, starts_on::text AS "startsOn", ends_on::text AS "endsOn" FROM strategy_periods WHERE code = '2021-2024'`);
    const list = async (filter: string, as: GqlOptions) => {
      const withPeriod = filter.includes('$period');
      const { data, errors }: GraphqlResult = await t.gql(
        `query($org: ID!${withPeriod ? ', $period: ID!' : ''}) { activities(first: 100, filter: { organizationId: $org, ${filter} }) { totalCount edges { node { id } } } }`,
        { org: x.id, ...(withPeriod && { period: period.id }) },
        as,
      );
      expect(errors).toBeUndefined();
      return { ids: (data.activities.edges as { node: { id: string } }[]).map((e) => e.node.id).sort(), total: data.activities.totalCount as number };
    };
    const want = (visible: (row: Row) => boolean) => rows.filter((row) => involves(row, x) && visible(row)).map((row) => row.id).sort();

    const drafts = await list('status: DRAFT', coordinator);
    expect(drafts.ids).toEqual(want((row) => row.status === ActivityStatus.DRAFT));
    expect(drafts.total).toBe(drafts.ids.length);
    expect(new Set(rows.filter((row) => drafts.ids.includes(row.id)).map((row) => row.lead === x.id))).toEqual(new Set([true, false]));

    const otherType = await list('type: LECTURE', coordinator);
    expect(otherType).toEqual({ ids: [], total: 0 });

    const inPeriod = await list('periodId: $period', otherMember);
    const inRange = (row: Row) => row.startsOn >= period.startsOn && row.startsOn <= period.endsOn;
    expect(inPeriod.ids).toEqual(want((row) => inRange(row) && visibleToOtherMember(row)));
    expect(inPeriod.total).toBe(inPeriod.ids.length);
  });

  it("moves an activity in its co-organizers' lists when its date changes", async () => {
    const row = rows.find((r) => r.lead === y.id && r.coOrganizers.includes(x.id) && r.startsOn === '2023-06-30')!;
    await t.db.dataSource.query(`UPDATE activities SET starts_on = '2024-02-01', ends_on = '2024-02-01' WHERE id = $1`, [row.id]);
    row.startsOn = '2024-02-01';
    const { ids, totals } = await walk(coordinator, 'NEWEST_FIRST', 13);
    expect(ids).not.toContain(row.id);
    expect(ids).toEqual(expected(everything, 'NEWEST_FIRST'));
    expect(totals).toEqual([ids.length]);
    const next = await walk(coordinator, 'NEWEST_FIRST', 13, '2024-01-01', '2024-12-31');
    expect(next.ids).toContain(row.id);
  });

  it("hides from another member an activity X co-organizes once it is reopened, and counts it again once approved", async () => {
    const row = rows.find((r) => r.lead === y.id && r.coOrganizers.includes(x.id) && !r.coOrganizers.includes(m.id) && r.status === ActivityStatus.APPROVED && r.startsOn.startsWith('2023'))!;
    const before = await walk(otherMember, 'NEWEST_FIRST', 50);
    expect(before.ids).toContain(row.id);

    await t.db.dataSource.query(`UPDATE activities SET status = 'DRAFT' WHERE id = $1`, [row.id]);
    row.status = ActivityStatus.DRAFT;
    const reopened = await walk(otherMember, 'NEWEST_FIRST', 50);
    expect(reopened.ids).toEqual(expected(visibleToOtherMember, 'NEWEST_FIRST'));
    expect(reopened.ids).not.toContain(row.id);
    expect(reopened.totals).toEqual([before.totals[0] - 1]);

    await t.db.dataSource.query(`UPDATE activities SET status = 'APPROVED' WHERE id = $1`, [row.id]);
    row.status = ActivityStatus.APPROVED;
    const approved = await walk(otherMember, 'NEWEST_FIRST', 50);
    expect(approved).toEqual(before);
  });

  describe('totals from the running counts', () => {
    const counts = () => t.db.dataSource.query(`SELECT organization_id, viewer_id, starts_on::text, status, activities FROM activity_counts WHERE activities <> 0 ORDER BY 1, 2 NULLS FIRST, 3, 4`);
    /** The totals X's list must show in 2023, counted from the activities themselves. */
    const recounted = async () => {
      const [row] = await t.db.dataSource.query(
        `SELECT count(*)::int AS everything, count(*) FILTER (WHERE a.status = 'APPROVED' OR a.organization_id = $2 OR EXISTS (SELECT 1 FROM activity_co_organizers c WHERE c.activity_id = a.id AND c.organization_id = $2))::int AS "otherMember"
           FROM activities a WHERE a.starts_on BETWEEN '2023-01-01' AND '2023-12-31'
            AND (a.organization_id = $1 OR EXISTS (SELECT 1 FROM activity_co_organizers c WHERE c.activity_id = a.id AND c.organization_id = $1))`,
        [x.id, m.id],
      );
      return row as { everything: number; otherMember: number };
    };
    const total = async (as: GqlOptions, filter = '') => {
      const { data, errors }: GraphqlResult = await t.gql(`query($org: ID!) { activities(first: 1, filter: { organizationId: $org, from: "2023-01-01", to: "2023-12-31" ${filter} }) { totalCount } }`, { org: x.id }, as);
      expect(errors).toBeUndefined();
      return data.activities.totalCount as number;
    };

    it('reads the total from the running counts, not by counting the activities', async () => {
      const before = await total(coordinator);
      const network = async () => (await t.gql(`{ activities(first: 1, filter: { from: "2023-01-01", to: "2023-12-31" }) { totalCount } }`, {}, coordinator)).data.activities.totalCount as number;
      const networkBefore = await network();
      try {
        // X's list and the whole network's; TypeORM answers an UPDATE with [rows, how many].
        const [, changed] = await t.db.dataSource.query(
          `UPDATE activity_counts SET activities = activities + 1000 WHERE (organization_id = $1 OR organization_id IS NULL) AND viewer_id IS NULL AND starts_on = '2023-06-30' AND status = 'APPROVED'`,
          [x.id],
        );
        expect(changed).toBe(2);
        expect(await total(coordinator)).toBe(before + 1000);
        expect(await total(otherMember)).toBe((await recounted()).otherMember + 1000);
        expect(await network()).toBe(networkBefore + 1000);
      } finally {
        await rebuildActivityCounts(t.db.dataSource);
      }
      expect(await total(coordinator)).toBe(before);
      expect(await network()).toBe(networkBefore);
    });

    it('lets two organizations log joint activities with each other at the same moment: neither waits for the other, both are counted', async () => {
      const before = await total(coordinator);
      const [first, second] = [t.db.dataSource.createQueryRunner(), t.db.dataSource.createQueryRunner()];
      try {
        for (const runner of [first, second]) {
          await runner.startTransaction();
          // A wait on the other's rows fails the statement instead of hanging the test.
          await runner.query(`SET LOCAL lock_timeout = '3s'`);
        }
        const log = (runner: typeof first, lead: Organization) =>
          runner.manager.save(Activity, { organizationId: lead.id, type: ActivityType.YOUTH_WORKSHOP, title: 'Zajednička tribina', startsOn: '2023-05-05', endsOn: '2023-05-05', status: ActivityStatus.DRAFT });
        const [led, other] = [await log(first, x), await log(second, y)];
        // Each now names the other as co-organizer: same day, same status, opposite roles.
        const joined = await Promise.allSettled([
          first.query(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [led.id, y.id]),
          second.query(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [other.id, x.id]),
        ]);
        expect(joined.map((result) => (result.status === 'rejected' ? String(result.reason) : 'saved'))).toEqual(['saved', 'saved']);
        await first.commitTransaction();
        await second.commitTransaction();
      } finally {
        for (const runner of [first, second]) {
          if (runner.isTransactionActive) await runner.rollbackTransaction();
          await runner.release();
        }
      }
      expect(await total(coordinator)).toBe(before + 2);
      expect(await total(coordinator)).toBe((await recounted()).everything);
    });

    it('keeps the counts equal to a recount whatever changes an activity, and the totals right for each reader', async () => {
      const sql = (text: string, params: unknown[]) => t.db.dataSource.query(text, params);
      const [{ id: goalId }] = await sql(`SELECT g.id FROM strategic_goals g JOIN strategy_periods p ON p.id = g.period_id WHERE p.code = '2021-2024' LIMIT 1`, []);
      const pick = (test: (row: Row) => boolean) => rows.find((row) => row.startsOn.startsWith('2023') && test(row))!;
      // A co-organizer replaced by another, one taken away, one added to several activities at once.
      const replaced = pick((row) => row.lead === m.id && row.coOrganizers.length === 1 && row.status !== ActivityStatus.APPROVED);
      await sql(`UPDATE activity_co_organizers SET organization_id = $2 WHERE activity_id = $1`, [replaced.id, y.id]);
      const removed = pick((row) => row.lead === y.id && row.coOrganizers.length === 2);
      await sql(`DELETE FROM activity_co_organizers WHERE activity_id = $1 AND organization_id = $2`, [removed.id, x.id]);
      const joined = rows.filter((row) => row.lead === y.id && row.coOrganizers.length === 0 && row.startsOn.startsWith('2023')).slice(0, 3);
      await sql(`INSERT INTO activity_co_organizers (activity_id, organization_id) SELECT unnest($1::uuid[]), $2`, [joined.map((row) => row.id), m.id]);
      // A lead handed to another organization; several statuses changed in one statement; an activity deleted with its co-organizers.
      await sql(`UPDATE activities SET organization_id = $2 WHERE id = $1`, [pick((row) => row.lead === x.id && row.coOrganizers.length === 0).id, m.id]);
      await sql(`UPDATE activities SET status = 'SUBMITTED' WHERE status = 'DRAFT' AND organization_id = $1`, [y.id]);
      await sql(`DELETE FROM activities WHERE id = $1`, [pick((row) => row.lead === y.id && row.coOrganizers.includes(m.id)).id]);

      // Through the API: a joint activity logged, its co-organizers changed, submitted, approved.
      const { data: created } = await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`, { input: { type: 'YOUTH_WORKSHOP', title: 'Zajednička radionica', startsOn: '2023-03-03', coOrganizerIds: [m.id] } }, ownMember);
      const id = created.createActivity.id;
      expect(await total(otherMember)).toBe((await recounted()).otherMember);
      const { errors } = await t.gql(`mutation($id: ID!, $input: UpdateActivityInput!) { updateActivity(id: $id, input: $input) { id } }`, { id, input: { type: 'YOUTH_WORKSHOP', title: 'Zajednička radionica', startsOn: '2023-03-04', endsOn: '2023-03-04', coOrganizerIds: [y.id], goalIds: [goalId], version: created.createActivity.version } }, ownMember);
      expect(errors).toBeUndefined();
      expect(await total(otherMember)).toBe((await recounted()).otherMember);
      expect((await t.gql(`mutation($id: ID!) { submitActivity(id: $id) { id } }`, { id }, ownMember)).errors).toBeUndefined();
      expect((await t.gql(`mutation($id: ID!) { approveActivity(id: $id) { id } }`, { id }, coordinator)).errors).toBeUndefined();

      const kept = await counts();
      const want = await recounted();
      expect(await total(coordinator)).toBe(want.everything);
      expect(await total(ownMember)).toBe(want.everything);
      expect(await total(otherMember)).toBe(want.otherMember);
      expect(await total(otherMember, 'status: SUBMITTED')).toBe(
        Number((await sql(`SELECT count(*) FROM activities a WHERE a.status = 'SUBMITTED' AND a.starts_on BETWEEN '2023-01-01' AND '2023-12-31' AND (a.organization_id = $1 OR EXISTS (SELECT 1 FROM activity_co_organizers c WHERE c.activity_id = a.id AND c.organization_id = $1)) AND (a.organization_id = $2 OR EXISTS (SELECT 1 FROM activity_co_organizers c WHERE c.activity_id = a.id AND c.organization_id = $2))`, [x.id, m.id]))[0].count),
      );
      await rebuildActivityCounts(t.db.dataSource);
      expect(await counts()).toEqual(kept);
    });
    it("gives the whole network's list its total from the counts too, for every reader", async () => {
      const evaluator = await t.as(await t.factory.newUser({ role: Role.EVALUATOR, organization: await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' }) }));
      const networkTotal = async (as: GqlOptions, filter: string) => {
        const { data, errors }: GraphqlResult = await t.gql(`{ activities(first: 1, filter: { ${filter} }) { totalCount } }`, {}, as);
        expect(errors).toBeUndefined();
        return data.activities.totalCount as number;
      };
      /** Counted from the activities: what `reader` may see (null: everything; an organization: approved, and its own unapproved). */
      const want = async (reader: Organization | 'approved' | null, where: string) =>
        Number(
          (
            await t.db.dataSource.query(
              `SELECT count(*) FROM activities a WHERE ${where} AND ($1::text IS NULL OR a.status = 'APPROVED' OR ($1 <> 'approved' AND (a.organization_id::text = $1 OR EXISTS (SELECT 1 FROM activity_co_organizers c WHERE c.activity_id = a.id AND c.organization_id::text = $1))))`,
              [reader === null ? null : reader === 'approved' ? 'approved' : reader.id],
            )
          )[0].count,
        );
      const filters: [string, string][] = [
        ['from: "2023-01-01", to: "2023-12-31"', `a.starts_on BETWEEN '2023-01-01' AND '2023-12-31'`],
        ['', 'TRUE'],
        ['status: SUBMITTED', `a.status = 'SUBMITTED'`],
        ['status: APPROVED, to: "2023-06-30"', `a.status = 'APPROVED' AND a.starts_on <= '2023-06-30'`],
      ];
      for (const [filter, where] of filters) {
        expect([filter, await networkTotal(coordinator, filter)]).toEqual([filter, await want(null, where)]);
        expect([filter, await networkTotal(evaluator, filter)]).toEqual([filter, await want('approved', where)]);
        expect([filter, await networkTotal(otherMember, filter)]).toEqual([filter, await want(m, where)]);
        expect([filter, await networkTotal(ownMember, filter)]).toEqual([filter, await want(x, where)]);
      }
      // Members see unapproved activities of their own beyond the approved ones, and the counts know it.
      expect(await want(m, 'TRUE')).toBeGreaterThan(await want('approved', 'TRUE'));
    });
  });

  it('refuses the lead organization as a co-organizer of its own activity', async () => {
    const row = rows.find((r) => r.lead === x.id)!;
    await expect(t.db.dataSource.query(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [row.id, x.id])).rejects.toThrow(/cannot also co-organize/);
  });

  it('answers a cursor that is not one of this list as bad input on `after`', async () => {
    const forged = Buffer.from(JSON.stringify([42, rows[0].id]), 'utf8').toString('base64url');
    const { errors } = await t.gql(PAGE, { org: x.id, first: 5, after: forged, orderBy: 'NEWEST_FIRST', from: '2023-01-01', to: '2023-12-31' }, coordinator);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
