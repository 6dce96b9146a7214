import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApiApp, initApiApp } from '../../apps/api/src/create-api-app';
import { seed } from '../../apps/cli/src/seed';
import { dataSourceOptions, freePort } from '@app/database';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { DEFAULT_PASSWORD, TestFactory } from '../factories/test-factory';
import { RestartablePostgres } from '../utils/restartable-postgres';
import type { GqlOptions, GraphqlResult } from '../utils/test-app';
import { PORTAL_ENTITIES } from '../../apps/shared/entities';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`;
const UNAVAILABLE = 'The service is temporarily unavailable, try again shortly';
/** "Never a hang": every answer during the outage comes within this. */
const ANSWER_WITHIN_MS = 3_000;
const OUTAGE_HTTP_STATUS = 503;

/** Migrated and seeded like a real installation: what `npm start` does on an empty server. */
async function prepareDatabase(adminUrl: string): Promise<string> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE atnp ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();
  const url = adminUrl.replace(/\/postgres$/, '/atnp');
  const migrator = new DataSource({ ...dataSourceOptions(url, { entities: PORTAL_ENTITIES, poolSize: 1 }), logging: ['error'] });
  await migrator.initialize();
  await migrator.runMigrations({ transaction: 'each' });
  await seed(migrator);
  await migrator.destroy();
  return url;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the API while PostgreSQL restarts', () => {
  let pg: RestartablePostgres;
  let app: INestApplication;
  /** Our own view of the data, to check what the API acknowledged. */
  let db: DataSource;
  let member: GqlOptions;
  const acknowledged: string[] = [];
  const savedUrl = process.env.DATABASE_URL;

  const gql = async <T = any>(query: string, variables?: Record<string, unknown>, options: GqlOptions = {}): Promise<GraphqlResult<T> & { ms: number }> => {
    const started = Date.now();
    const response = await request(app.getHttpServer())
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...options.headers })
      .send({ query, variables })
      .timeout(10_000);
    return { status: response.status, data: response.body?.data, errors: response.body?.errors, headers: response.headers as Record<string, string>, ms: Date.now() - started };
  };
  const timedGet = async (path: string) => {
    const started = Date.now();
    const response = await request(app.getHttpServer()).get(path).timeout(10_000);
    return { status: response.status, body: response.body, ms: Date.now() - started };
  };
  let counter = 0;
  const write = () => gql<{ createActivity: { id: string } }>(CREATE, { input: { type: 'YOUTH_WORKSHOP', title: `Radionica ${++counter}`, startsOn: '2024-03-14' } }, member);
  const expectUnavailable = (result: GraphqlResult & { ms: number }) => {
    expect(result.ms).toBeLessThan(ANSWER_WITHIN_MS);
    // NestJS' Apollo driver answers execution errors with HTTP 200 (nestjs/graphql#2940) unless the
    // API module sets `preserveHttpStatusForExecutionErrors: false`; then the filter's 503 gets through.
    expect(result.status).toBe(OUTAGE_HTTP_STATUS);
    expect(result.headers['retry-after']).toBe('5');
    expect(result.errors).toEqual([expect.objectContaining({ message: UNAVAILABLE, extensions: { code: 'SERVICE_UNAVAILABLE', requestId: result.headers['x-request-id'] } })]);
    expect(JSON.stringify(result.errors)).not.toMatch(/SELECT|INSERT|ECONNREFUSED|127\.0\.0\.1|stack|\.ts:/i);
  };

  beforeAll(async () => {
    pg = new RestartablePostgres(await freePort());
    await pg.start();
    const url = await prepareDatabase(pg.adminUrl);
    db = new DataSource({ ...dataSourceOptions(url, { entities: PORTAL_ENTITIES, poolSize: 2, applicationName: 'test' }), logging: [] });
    await db.initialize();
    process.env.DATABASE_URL = url;
    app = await initApiApp(await createApiApp());

    const paor = await db.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
    const user = await new TestFactory(db).newUser({ role: Role.MEMBER_STAFF, organization: paor });
    const signIn = await gql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: user.email, password: DEFAULT_PASSWORD } });
    member = { headers: { authorization: `Bearer ${signIn.data.signIn.accessToken}` } };
  }, 60_000);

  afterAll(async () => {
    await app?.close();
    await db?.destroy().catch(() => undefined);
    await pg?.remove();
    process.env.DATABASE_URL = savedUrl;
  }, 30_000);

  it('acknowledges writes while the database is up', async () => {
    for (let i = 0; i < 5; i++) {
      const { data, errors } = await write();
      expect(errors).toBeUndefined();
      acknowledged.push(data!.createActivity.id);
    }
  });

  it('answers writes racing the shutdown either with an acknowledgement or with SERVICE_UNAVAILABLE, never an internal error', async () => {
    const racing: Promise<void>[] = [];
    let stopping = true;
    // Two writers keep writing until the server is gone, so some requests are in flight while it stops.
    for (let writer = 0; writer < 2; writer++) {
      racing.push(
        (async () => {
          while (stopping) {
            const result = await write();
            if (result.data?.createActivity) acknowledged.push(result.data.createActivity.id);
            else expectUnavailable(result);
          }
        })(),
      );
    }
    await sleep(100);
    await pg.stop();
    stopping = false;
    await Promise.all(racing);
  });

  it('answers SERVICE_UNAVAILABLE with Retry-After within seconds while the database is down, for reads, writes and sign-in', async () => {
    const answers = [
      await gql(`{ networks { totalCount } }`),
      await gql(`{ activities { totalCount } }`, {}, member),
      await write(),
      await gql(`mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`, { input: { email: 'nobody@example.org', password: 'x'.repeat(12) } }),
    ];
    for (const answer of answers) expectUnavailable(answer);
    // Several requests at once find no connection either, and none waits for another.
    const parallel = await Promise.all(Array.from({ length: 20 }, () => gql(`{ networks { totalCount } }`)));
    for (const answer of parallel) expectUnavailable(answer);
  });

  it('says not ready (503) while the database is down, and stays alive', async () => {
    const ready = await timedGet('/ready');
    expect(ready).toMatchObject({ status: 503, body: { status: 'unavailable', database: 'down' } });
    expect(ready.ms).toBeLessThan(ANSWER_WITHIN_MS);
    expect((await timedGet('/health')).status).toBe(200);
  });

  it('recovers without a restart once the database is back', async () => {
    await pg.start();
    const started = Date.now();
    let ready = await timedGet('/ready');
    while (ready.status !== 200 && Date.now() - started < 15_000) {
      await sleep(200);
      ready = await timedGet('/ready');
    }
    expect(ready).toMatchObject({ status: 200, body: { status: 'ok', database: 'up' } });

    const query = await gql(`{ networks { totalCount } }`);
    expect(query.errors).toBeUndefined();
    expect(query.data.networks.totalCount).toBeGreaterThan(0);
    const after = await write();
    expect(after.errors).toBeUndefined();
    acknowledged.push(after.data!.createActivity.id);
  });

  it('keeps every write it acknowledged', async () => {
    expect(acknowledged.length).toBeGreaterThan(5);
    const rows: { id: string }[] = await db.query(`SELECT id FROM activities WHERE id = ANY($1)`, [acknowledged]);
    expect(rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
    const seen = await gql(`{ activities(first: 100) { edges { node { id } } } }`, {}, member);
    expect(seen.data.activities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(expect.arrayContaining(acknowledged));
  });
});
