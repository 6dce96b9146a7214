import { seed } from '../apps/cli/src/seed';
import { createTestDatabase, TestDatabase } from './utils/test-database';

const counts = async (db: TestDatabase) => {
  const [row] = await db.dataSource.query(`
    SELECT (SELECT count(*)::int FROM organizations) AS organizations,
           (SELECT count(*)::int FROM networks) AS networks,
           (SELECT count(*)::int FROM network_memberships) AS memberships,
           (SELECT count(*)::int FROM strategy_periods) AS periods,
           (SELECT count(*)::int FROM strategic_goals) AS goals,
           (SELECT count(*)::int FROM training_topics) AS "trainingTopics"`);
  return row;
};

describe('seed', () => {
  let db: TestDatabase;

  beforeEach(async () => {
    db = await createTestDatabase();
  });

  afterEach(() => db.drop());

  it('records the eight members, four network secretariats, five networks, the 2021–2024 plan, four age bands and seven training topics', async () => {
    const inserted = await seed(db.dataSource);
    expect(await counts(db)).toEqual({ organizations: 12, networks: 5, memberships: 8 + 4 * 2, periods: 1, goals: 4, trainingTopics: 7 });
    expect(inserted).toBe(12 + 5 + 16 + 1 + 4 + 4 + 7);
    const topics = await db.dataSource.query(`SELECT code, name_sr, name_en FROM training_topics ORDER BY position`);
    expect(topics[0]).toEqual({ code: 'VICTIM_IDENTIFICATION', name_sr: 'Identifikacija žrtava', name_en: 'Victim identification' });
    expect(topics.map((t: { code: string }) => t.code).at(-1)).toBe('OTHER');
  });

  it('is idempotent: a second run inserts nothing and changes nothing', async () => {
    await seed(db.dataSource);
    const before = await db.dataSource.query(`SELECT * FROM organizations ORDER BY id`);
    expect(await seed(db.dataSource)).toBe(0);
    expect(await db.dataSource.query(`SELECT * FROM organizations ORDER BY id`)).toEqual(before);
  });

  it("keeps a coordinator's later edits when it runs again", async () => {
    await seed(db.dataSource);
    await db.dataSource.query(`UPDATE organizations SET contact_email = 'office@paor.example' WHERE short_name = 'PAOR'`);
    await db.dataSource.query(`DELETE FROM network_memberships WHERE organization_id = (SELECT id FROM organizations WHERE short_name = 'CZD Užice')`);
    await seed(db.dataSource);
    const [paor] = await db.dataSource.query(`SELECT contact_email FROM organizations WHERE short_name = 'PAOR'`);
    expect(paor.contact_email).toBe('office@paor.example');
    // A membership that is missing is a membership the seed adds back: the eight members are facts.
    expect((await counts(db)).memberships).toBe(16);
  });

  it('adds fictional demo partners only when asked, plainly named as demos', async () => {
    await seed(db.dataSource);
    expect(await seed(db.dataSource, { demo: true })).toBe(6);
    const demos = await db.dataSource.query(`SELECT short_name, kind FROM organizations WHERE short_name LIKE 'Demo%'`);
    expect(demos).toHaveLength(3);
    expect(demos.every((d: { kind: string }) => d.kind === 'PARTNER_ORGANIZATION')).toBe(true);
  });
});
