import { DataSource } from 'typeorm';

/** Migrations present in code but not yet applied to the database. */
export async function pendingMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = new Set(
    (await dataSource.query(`SELECT name FROM migrations`).catch(() => [] as { name: string }[])).map((row: { name: string }) => row.name),
  );
  return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name).filter((name) => !applied.has(name));
}

/**
 * SQL the entities would need beyond what the migrations created: empty when the two agree.
 * The same diff drives `npm run migration:generate`.
 */
export async function schemaDiff(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query),
  };
}
