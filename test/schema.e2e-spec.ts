import { pendingMigrations, schemaDiff } from '@app/database';
import { createTestDatabase, TestDatabase } from './utils/test-database';

describe('database schema', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(() => db.drop());

  it('has every migration applied in a fresh database', async () => {
    expect(await pendingMigrations(db.dataSource)).toEqual([]);
  });

  it('agrees with the entities: generating a migration would yield nothing', async () => {
    expect(await schemaDiff(db.dataSource)).toEqual({ up: [], down: [] });
  });

  it('round-trips: reverting every migration and running them again gives the same schema', async () => {
    const count = db.dataSource.migrations.length;
    for (let i = 0; i < count; i++) await db.dataSource.undoLastMigration({ transaction: 'each' });
    const [{ tables }] = await db.dataSource.query(
      `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
    );
    expect(tables).toBe(0);
    expect(await pendingMigrations(db.dataSource)).toHaveLength(count);

    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await pendingMigrations(db.dataSource)).toEqual([]);
    expect(await schemaDiff(db.dataSource)).toEqual({ up: [], down: [] });
  });
});
