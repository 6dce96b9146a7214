import { EntityManager, ObjectLiteral } from 'typeorm';

/**
 * Moves an entity's version (and its updated-at) on when a save changed only related rows, which
 * TypeORM does not count as a change: optimistic locking must see every edit.
 */
export async function bumpVersion<T extends ObjectLiteral & { id: string; version: number; updatedAt?: Date }>(manager: EntityManager, entity: new () => T, saved: T): Promise<void> {
  const [row] = (await manager
    .createQueryBuilder()
    .update(entity)
    .set({ version: () => 'version + 1' } as never)
    .where('id = :id', { id: saved.id })
    .returning(['version', 'updated_at'])
    .execute()).raw as { version: number; updated_at?: Date }[];
  Object.assign(saved, { version: row.version }, row.updated_at && { updatedAt: row.updated_at });
}
