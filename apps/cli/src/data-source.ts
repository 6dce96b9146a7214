import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';

export async function withDataSource<T>(url: string, work: (dataSource: DataSource) => Promise<T>): Promise<T> {
  const dataSource = new DataSource({ ...dataSourceOptions(url, { poolSize: 2, applicationName: 'cli' }), logging: ['error'] });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
