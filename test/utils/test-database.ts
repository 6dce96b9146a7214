import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@app/database';
import { ADMIN_URL_VAR, databaseUrl, quoteIdent, TEMPLATE_VAR } from '../setup/test-cluster';
import { PORTAL_ENTITIES } from '../../apps/shared/entities';

export interface TestDatabase {
  name: string;
  url: string;
  /** A data source on this database with the portal's entities and migrations. */
  dataSource: DataSource;
  drop(): Promise<void>;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env[ADMIN_URL_VAR] });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A database of this test file's own, copied from the migrated template, dropped afterwards. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env[TEMPLATE_VAR];
  if (!template) throw new Error('The test template database is missing: run the tests with `npm test`');
  const name = `atnp_test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`));
  const url = databaseUrl(process.env[ADMIN_URL_VAR]!, name);
  const dataSource = new DataSource({ ...dataSourceOptions(url, { entities: PORTAL_ENTITIES, poolSize: 2, applicationName: 'test' }), logging: ['error'] });
  await dataSource.initialize();
  return {
    name,
    url,
    dataSource,
    drop: async () => {
      await dataSource.destroy();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    },
  };
}
