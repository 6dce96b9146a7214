import { EntityManager, In, ObjectLiteral } from 'typeorm';

/**
 * Inserts the rows whose unique keys are not taken yet and leaves existing rows untouched
 * (ON CONFLICT DO NOTHING): how seeds stay idempotent without overwriting later edits.
 * Returns how many rows were inserted.
 */
export async function insertMissing<T extends ObjectLiteral>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await manager.createQueryBuilder().insert().into(entity).values(rows as never).orIgnore().returning(['id']).execute();
  return (result.raw as unknown[]).length;
}

/** Maps a natural key (short name, code) to the ids of the rows that have it. */
export async function idsByKey<T extends { id: string }>(
  manager: EntityManager,
  entity: new () => T,
  key: keyof T & string,
  values: string[],
): Promise<Map<string, string>> {
  const rows = await manager.getRepository(entity).find({ where: { [key]: In(values) } as never, select: { id: true, [key]: true } as never });
  return new Map(rows.map((row) => [String(row[key]), row.id]));
}
