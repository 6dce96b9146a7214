import { startTestApp, TestApp } from './utils/test-app';

describe('errors and operational endpoints of the API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
  });

  afterAll(() => t.close());

  it('answers /health while the process is alive', async () => {
    await t.http().get('/health').expect(200, { status: 'ok' });
  });

  it('answers /ready when the database is reachable and every migration is applied', async () => {
    const response = await t.http().get('/ready').expect(200);
    expect(response.body).toEqual({ status: 'ok', database: 'up', pendingMigrations: [] });
  });

  it('reports not ready (503) while a migration is pending', async () => {
    const [last] = await t.db.dataSource.query(`SELECT * FROM migrations ORDER BY id DESC LIMIT 1`);
    await t.db.dataSource.query(`DELETE FROM migrations WHERE id = $1`, [last.id]);
    try {
      const response = await t.http().get('/ready').expect(503);
      expect(response.body).toEqual({ status: 'unavailable', database: 'up', pendingMigrations: [last.name] });
    } finally {
      await t.db.dataSource.query(`INSERT INTO migrations (id, timestamp, name) VALUES ($1, $2, $3)`, [last.id, last.timestamp, last.name]);
    }
  });

  it('tags every response with a request id, keeping a well-formed one the caller sent', async () => {
    const generated = await t.http().get('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.http().get('/health').set('x-request-id', 'trace-1234abcd');
    expect(kept.headers['x-request-id']).toBe('trace-1234abcd');
    const replaced = await t.http().get('/health').set('x-request-id', 'bad id with spaces');
    expect(replaced.headers['x-request-id']).not.toBe('bad id with spaces');
  });

  it('masks an internal error: no SQL, no stack, only a request id to quote to support', async () => {
    await t.db.dataSource.query(`ALTER TABLE organizations RENAME TO organizations_gone`);
    try {
      const { status, errors, headers } = await t.gql(`{ organizations { totalCount } }`);
      expect(status).toBe(200);
      expect(errors).toHaveLength(1);
      expect(errors![0].message).toBe('Internal server error');
      expect(errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: headers['x-request-id'] });
      expect(JSON.stringify(errors)).not.toMatch(/SELECT|relation|does not exist|stacktrace|\.ts:/i);
    } finally {
      await t.db.dataSource.query(`ALTER TABLE organizations_gone RENAME TO organizations`);
    }
  });

  it('answers a wrongly typed argument as a client error', async () => {
    const { status, errors } = await t.gql(`{ organizations(first: "ten") { totalCount } }`);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a batched HTTP request', async () => {
    const response = await t
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send([{ query: '{ networks { totalCount } }' }, { query: '{ networks { totalCount } }' }]);
    expect(response.status).toBe(400);
  });

  it('refuses a GraphQL request that could be a cross-site request forgery', async () => {
    const response = await t.http().get('/graphql').query({ query: '{ networks { totalCount } }' });
    expect(response.status).toBe(400);
    expect(response.text).toMatch(/CSRF/i);
  });
});

describe('GraphQL limits', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(() => t.close());

  it('refuses a query nested deeper than the limit', async () => {
    const deep = `{ networks { edges { node { memberships { organization { memberships { network { memberships { organization { memberships { network { code } } } } } } } } } } } }`;
    const { status, errors } = await t.gql(deep);
    expect(status).toBeLessThan(500);
    expect(errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses an operation with thousands of aliases', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: networks { totalCount }`).join(' ');
    const { status, errors } = await t.gql(`{ ${aliases} }`);
    expect(status).toBe(400);
    expect(errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(errors)).not.toMatch(/stack|\.ts:/);
  });
});

describe('GraphQL in production', () => {
  let t: TestApp;
  const saved = process.env.NODE_ENV;

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(async () => {
    process.env.NODE_ENV = saved;
    await t.close();
  });

  it('refuses introspection', async () => {
    const { errors } = await t.gql(`{ __schema { types { name } } }`);
    expect(errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no field suggestions', async () => {
    const { errors } = await t.gql(`{ organizationz { totalCount } }`);
    expect(errors?.[0].message).not.toMatch(/did you mean/i);
  });

  it('serves no GraphQL IDE', async () => {
    const response = await t.http().get('/graphql').set('accept', 'text/html');
    expect(response.text).not.toMatch(/graphiql|sandbox|playground/i);
  });

  it('runs no mutation over GET', async () => {
    const response = await t
      .http()
      .get('/graphql')
      .set('apollo-require-preflight', 'true')
      .query({ query: 'mutation { signOut }' });
    expect(response.status).toBe(405);
  });
});
