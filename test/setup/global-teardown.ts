import { Client } from 'pg';
import type { RunningPostgres } from '../../libs/database/src/embedded-postgres';
import { ADMIN_URL_VAR, quoteIdent, TEMPLATE_VAR } from './test-cluster';

/** Drops the template (each file drops its own copy) and stops the embedded cluster, if any. */
export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __ATNP_EMBEDDED__?: RunningPostgres }).__ATNP_EMBEDDED__;
  if (embedded) {
    await embedded.stop();
    return;
  }
  const admin = new Client({ connectionString: process.env[ADMIN_URL_VAR] });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(process.env[TEMPLATE_VAR]!)} WITH (FORCE)`);
  await admin.end();
}
