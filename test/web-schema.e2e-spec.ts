import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, TestApp } from './utils/test-app';

/** The schema file the web app's types are generated from (`npm run web:schema` rewrites it). */
const SCHEMA_FILE = join(__dirname, '..', 'apps', 'web', 'schema.graphql');

describe('web app schema', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api', { seeded: false });
  });

  afterAll(() => t.close());

  it('is the schema the API serves, so the web app is typed against what it talks to', () => {
    const served = `${printSchema(t.app.get(GraphQLSchemaHost).schema)}\n`;
    if (process.env.WRITE_WEB_SCHEMA === '1') writeFileSync(SCHEMA_FILE, served);
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(served);
  });
});
