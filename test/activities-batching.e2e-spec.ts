import { Client } from 'pg';
import { ActivityStatus } from '@app/activities';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const PAGE = `query($org: ID!, $first: Int!) {
  activities(first: $first, filter: { organizationId: $org }) {
    totalCount
    edges { node {
      id title organization { shortName memberships { role } } coOrganizers { shortName } goals { code title }
      institutions { kind name } participants { gender count ageBand { code } } indicatorValues { value } attachments { url }
    } }
  }
}`;

/** Every relation a page reaches is batched: 50 activities take as many SQL statements as 5. */
describe('activity pages and SQL statements', () => {
  let t: TestApp;
  let as: GqlOptions;
  let org: Organization;

  beforeAll(async () => {
    t = await startTestApp('api');
    org = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Kraljevo' });
    const partner = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    as = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: org }));
    const [goal] = await t.db.dataSource.query(`SELECT id FROM strategic_goals ORDER BY position LIMIT 1`);
    const [band] = await t.db.dataSource.query(`SELECT id FROM age_bands LIMIT 1`);
    const [{ id: indicatorId }] = await t.db.dataSource.query(
      `INSERT INTO indicators (goal_id, code, position, name_sr, name_en, unit) VALUES ($1, '9.9', 9, 'x', 'x', 'x') RETURNING id`,
      [goal.id],
    );
    for (let i = 0; i < 50; i++) {
      const a = await t.factory.newActivity({ organization: org, status: ActivityStatus.APPROVED, startsOn: `2023-01-${String((i % 28) + 1).padStart(2, '0')}` });
      await t.db.dataSource.query(
        `WITH g AS (INSERT INTO activity_goals VALUES ($1, $2)),
              c AS (INSERT INTO activity_co_organizers VALUES ($1, $3)),
              p AS (INSERT INTO activity_participants VALUES ($1, 'FEMALE', $4, 7)),
              v AS (INSERT INTO activity_indicator_values VALUES ($1, $5, 1)),
              n AS (INSERT INTO activity_institutions (activity_id, kind, name) VALUES ($1, 'SCHOOL', 'Škola'))
         INSERT INTO activity_attachments (activity_id, url) VALUES ($1, 'https://example.org/a')`,
        [a.id, goal.id, partner.id, band.id, indicatorId],
      );
    }
  });

  afterAll(() => t.close());

  const statementsFor = async (first: number) => {
    // Every statement reaches PostgreSQL through a pg client: TypeORM's and the prepared reads alike.
    const spy = jest.spyOn(Client.prototype, 'query');
    try {
      const { data, errors } = await t.gql(PAGE, { org: org.id, first }, as);
      expect(errors).toBeUndefined();
      expect(data.activities.edges).toHaveLength(first);
      expect(data.activities.edges[0].node).toMatchObject({ coOrganizers: [{ shortName: 'PAOR' }], participants: [{ gender: 'FEMALE', count: 7, ageBand: expect.any(Object) }] });
      // A statement is its text, or a config object ({ name, text, values }) for a prepared one.
      return spy.mock.calls.map(([query]: unknown[]) => String(typeof query === 'object' && query !== null && 'text' in query ? query.text : query));
    } finally {
      spy.mockRestore();
    }
  };

  it('takes the same small number of statements for a page of 50 as for a page of 5', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    expect(fifty.length).toBe(five.length);
    // User lookup, count, page, and one per relation: organization, memberships, co-organizers, goals,
    // institutions, participants (with age bands), indicator values, attachments.
    expect(five.length).toBeGreaterThanOrEqual(10);
    expect(fifty.length).toBeLessThanOrEqual(12);
  });
});
