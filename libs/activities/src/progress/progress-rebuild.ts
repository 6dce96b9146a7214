import { DataSource } from 'typeorm';

/**
 * Recounts the strategy progress totals from the activities themselves (migration
 * CreateProgressRollup keeps them up to date as activities change; this is for after a bulk load
 * with triggers off, or to check them). Returns the number of approved activities counted.
 */
export async function rebuildProgress(dataSource: DataSource): Promise<number> {
  const [{ counted }] = (await dataSource.query('SELECT progress_rebuild() AS counted')) as { counted: number }[];
  return counted;
}
