import { DataSource } from 'typeorm';

/**
 * Recounts the running counts behind the totals of activity lists (each organization's and the
 * whole network's) from the activities themselves (migration CountActivitiesByOrganizationAndDay keeps them up to date as
 * activities change; this is for after a bulk load with triggers off, or to check them). Writers
 * wait while it runs. Returns the number of activities counted.
 */
export async function rebuildActivityCounts(dataSource: DataSource): Promise<number> {
  const [{ counted }] = (await dataSource.query('SELECT activity_counts_rebuild() AS counted')) as { counted: string }[];
  return Number(counted);
}
