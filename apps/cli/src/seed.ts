import { DataSource } from 'typeorm';
import { seedAgeBands } from '@app/activities';
import { seedTrainingTopics } from '@app/capacity';
import { seedNetworks } from '@app/organizations';
import { seedStrategy } from '@app/strategy';

/** Seeds every domain in one transaction; safe to run again (it only adds what is missing). */
export async function seed(dataSource: DataSource, { demo = false } = {}): Promise<number> {
  return dataSource.transaction(
    async (manager) => (await seedNetworks(manager, { demo })) + (await seedStrategy(manager)) + (await seedAgeBands(manager)) + (await seedTrainingTopics(manager)),
  );
}

export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM organizations');
  return count === 0;
}
