import { Client } from 'pg';
import { ADMIN_URL_VAR } from './test-cluster';

/**
 * Jest runs test files side by side (jest.config.js), but two browser files at once on a small
 * machine starve each other: two Chromiums, two apps and their databases on two cores, and a page
 * then takes longer than its test waits. A browser file (`*-browser.e2e-spec.ts`) therefore holds a
 * PostgreSQL advisory lock on the test cluster from before its own set-up until it ends; files that
 * need no browser run beside it (a second browser file waits, its worker idle, when jest hands out
 * two at once). The lock is the connection's: a worker that dies releases it.
 */
const BROWSER_FILE = /-browser\.e2e-spec\.ts$/;
const BROWSER_LOCK = 0x61746e70; // "atnp"
// A waiting file waits for the browser files before it; only a file that never ends holds it longer.
const WAIT_MS = 20 * 60_000;

if (BROWSER_FILE.test(expect.getState().testPath ?? '')) {
  let holder: Client | undefined;
  beforeAll(async () => {
    holder = new Client({ connectionString: process.env[ADMIN_URL_VAR] });
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [BROWSER_LOCK]);
  }, WAIT_MS);
  afterAll(async () => {
    await holder?.end();
  });
}
