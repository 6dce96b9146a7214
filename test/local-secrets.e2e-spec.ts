import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { parse } from 'yaml';
import { freePort } from '@app/database';
import { RestartablePostgres } from './utils/restartable-postgres';

const FORMER_PASSWORD = 'postgres';
const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

/** Connects as the superuser with `password`, or gives the error (28P01: wrong password). */
async function query(url: string, password: string, sql: string): Promise<unknown[]> {
  const target = new URL(url);
  target.password = password;
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded PostgreSQL superuser password', () => {
  const clusters: RestartablePostgres[] = [];
  const cluster = async () => {
    const pg = new RestartablePostgres(await freePort());
    clusters.push(pg);
    await pg.start();
    return pg;
  };

  afterAll(async () => {
    await Promise.all(clusters.map((pg) => pg.remove()));
  }, 60_000);

  it('security: each data directory gets a password of its own, kept beside it readable by its owner only, and the same after a restart', async () => {
    const [one, two] = [await cluster(), await cluster()];
    const password = new URL(one.adminUrl).password;
    expect(password).not.toBe(FORMER_PASSWORD);
    expect(password.length).toBeGreaterThanOrEqual(32);
    expect(new URL(two.adminUrl).password).not.toBe(password);
    const file = join(one.dir, 'pg-password');
    expect(readFileSync(file, 'utf8').trim()).toBe(password);
    expect(modeOf(file)).toBe('600');
    await expect(query(one.adminUrl, FORMER_PASSWORD, 'SELECT 1')).rejects.toMatchObject({ code: '28P01' });

    await one.stop();
    await one.start();
    expect(new URL(one.adminUrl).password).toBe(password);
    expect(await query(one.adminUrl, password, 'SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  }, 90_000);

  it('security: a data directory made with the former fixed password keeps its data and gets a password of its own', async () => {
    const pg = await cluster();
    // What an earlier version left: the fixed password and no password file.
    await query(pg.adminUrl, new URL(pg.adminUrl).password, `CREATE TABLE kept (x int); INSERT INTO kept VALUES (42); ALTER ROLE postgres PASSWORD '${FORMER_PASSWORD}'`);
    await pg.stop();
    rmSync(join(pg.dir, 'pg-password'));

    await pg.start();
    const password = new URL(pg.adminUrl).password;
    expect(password).not.toBe(FORMER_PASSWORD);
    expect(readFileSync(join(pg.dir, 'pg-password'), 'utf8').trim()).toBe(password);
    expect(modeOf(join(pg.dir, 'pg-password'))).toBe('600');
    expect(await query(pg.adminUrl, password, 'SELECT x FROM kept')).toEqual([{ x: 42 }]);
    await expect(query(pg.adminUrl, FORMER_PASSWORD, 'SELECT 1')).rejects.toMatchObject({ code: '28P01' });
  }, 90_000);
});

describe('docker compose', () => {
  it("security: publishes mailpit's web UI (which shows set-password links) and SMTP on this machine only", () => {
    const compose = parse(readFileSync(join(__dirname, '..', 'docker-compose.yml'), 'utf8'));
    const ports: string[] = compose.services.mailpit.ports;
    expect(ports.map((port) => port.split(':').slice(-1)[0])).toContain('8025');
    for (const port of ports) expect(port).toMatch(/^127\.0\.0\.1:\d+:\d+$/);
  });
});
