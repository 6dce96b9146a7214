import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS_GLOB } from '../../libs/database/src/migrations-glob';
import { startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';
import { ADMIN_URL_VAR, databaseUrl, quoteIdent, TEMPLATE_VAR } from './test-cluster';

/**
 * Once per `npm test`: a PostgreSQL server (TEST_DATABASE_URL, or a throwaway embedded
 * cluster on a free port) and a template database with every migration applied. Each test
 * file then copies the template into a database of its own, so files run in parallel.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'atnp-test-'));
    chmodSync(dir, 0o755); // run as root, the server runs as the `postgres` user, which must reach it
    const embedded = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      persistent: false,
      fast: true,
    });
    (globalThis as { __ATNP_EMBEDDED__?: typeof embedded }).__ATNP_EMBEDDED__ = embedded;
    adminUrl = embedded.url;
  }

  const template = `atnp_template_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${quoteIdent(template)} ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();

  const dataSource = new DataSource({ type: 'postgres', url: databaseUrl(adminUrl, template), migrations: [MIGRATIONS_GLOB], logging: ['error'] });
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  process.env[ADMIN_URL_VAR] = adminUrl;
  process.env[TEMPLATE_VAR] = template;
}
