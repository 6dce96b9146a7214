import { join } from 'node:path';
import { Client } from 'pg';
import { AppConfig } from '@app/config';
import { RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE = 'at_portal';

export interface DatabaseServer {
  url: string;
  /** Set only when this process started an embedded server. */
  embedded?: RunningPostgres;
  stop(): Promise<void>;
}

/**
 * The database the portal should use: DATABASE_URL when set (never starting anything),
 * otherwise an embedded PostgreSQL whose data lives under DATA_DIR and survives restarts.
 */
export async function openDatabaseServer(config: AppConfig, log: (line: string) => void = () => undefined): Promise<DatabaseServer> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, stop: async () => undefined };
  const dataDir = join(config.DATA_DIR, 'pg');
  const embedded = await startEmbeddedPostgres({ dataDir, persistent: true });
  try {
    await createDatabaseIfMissing(embedded.url, EMBEDDED_DATABASE);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
  log(`Embedded PostgreSQL on 127.0.0.1:${embedded.port}, data in ${dataDir}`);
  const url = new URL(embedded.url);
  url.pathname = `/${EMBEDDED_DATABASE}`;
  return { url: url.toString(), embedded, stop: () => embedded.stop() };
}

export async function createDatabaseIfMissing(maintenanceUrl: string, name: string): Promise<void> {
  const client = new Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}" ENCODING 'UTF8' TEMPLATE template0`);
  } finally {
    await client.end();
  }
}
