import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { PORTAL_ENTITIES } from '../../shared/entities';

export async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, { entities: PORTAL_ENTITIES, poolSize: 2, applicationName: 'cli' }), logging: ['error'] });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
