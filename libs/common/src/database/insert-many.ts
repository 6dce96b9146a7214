import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/** Rows one statement inserts at most; they travel as one JSON parameter, so PostgreSQL's limit of 65,535 parameters never applies. */
const ROWS_PER_STATEMENT = 10_000;

/**
 * Inserts rows (entity properties; one that a row leaves out is NULL there) with one statement
 * per 10,000 rows instead of one per row, the values typed by the table itself
 * (`json_populate_recordset`). Column transformers apply; listeners and subscribers do not run.
 */
export async function insertMany<T extends ObjectLiteral>(manager: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[]): Promise<void> {
  const { driver } = manager.connection;
  const metadata = manager.connection.getMetadata(entity);
  // A column every row leaves undefined keeps its default (a property merely declared on the class is undefined).
  const columns = metadata.columns.filter((column) => rows.some((row) => column.getEntityValue(row, true) !== undefined));
  const table = driver.escape(metadata.tableName);
  const names = columns.map((column) => driver.escape(column.databaseName)).join(', ');
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const records = rows.slice(start, start + ROWS_PER_STATEMENT).map((row) => Object.fromEntries(columns.map((column) => [column.databaseName, column.getEntityValue(row, true)])));
    await manager.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM json_populate_recordset(NULL::${table}, $1)`, [JSON.stringify(records)]);
  }
}
