import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createAdminApp } from '../../apps/admin/src/create-admin-app';
import { createApiApp, initApiApp } from '../../apps/api/src/create-api-app';
import { seed } from '../../apps/cli/src/seed';
import { DEFAULT_PASSWORD, TestFactory } from '../factories/test-factory';
import { createTestDatabase, TestDatabase } from './test-database';

export interface GraphqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string; reason?: string; fields?: { field: string; reason: string; code?: string }[]; requestId?: string } }[];
  headers: Record<string, string>;
}

export interface GqlOptions {
  headers?: Record<string, string>;
}

export interface TestApp {
  app: INestApplication;
  db: TestDatabase;
  factory: TestFactory;
  /** Sends one GraphQL operation to the real HTTP server, as a client would. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: GqlOptions): Promise<GraphqlResult<T>>;
  http(): ReturnType<typeof request>;
  /** A browser-like client that keeps cookies (the admin app's session) between requests. */
  agent(): ReturnType<typeof request.agent>;
  /** Signs a factory user in (their password is the factory default) and gives the headers to act as them. */
  as(user: { email: string }, password?: string): Promise<GqlOptions>;
  close(): Promise<void>;
}

type AppKind = 'api' | 'admin';

/**
 * Starts the real API or admin app on a database of the test file's own, seeded with the
 * network's data unless `seeded: false`.
 */
export async function startTestApp(kind: AppKind = 'api', { seeded = true } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  if (seeded) await seed(db.dataSource);
  process.env.DATABASE_URL = db.url;
  const app: INestApplication = kind === 'api' ? await initApiApp(await createApiApp()) : await (await createAdminApp()).init();
  const server = app.getHttpServer();

  const gql: TestApp['gql'] = async (query, variables, options = {}) => {
    const response = await request(server)
      .post('/graphql')
      .set({ 'content-type': 'application/json', ...options.headers })
      .send({ query, variables });
    return { status: response.status, data: response.body?.data, errors: response.body?.errors, headers: response.headers as Record<string, string> };
  };

  return {
    app,
    db,
    factory: new TestFactory(db.dataSource),
    http: () => request(server),
    agent: () => request.agent(server),
    gql,
    async as(user, password = DEFAULT_PASSWORD) {
      const { data, errors } = await gql(
        `mutation($input: SignInInput!) { signIn(input: $input) { accessToken } }`,
        { input: { email: user.email, password } },
      );
      if (!data?.signIn) throw new Error(`sign-in failed in a test: ${JSON.stringify(errors)}`);
      return { headers: { authorization: `Bearer ${data.signIn.accessToken}` } };
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
