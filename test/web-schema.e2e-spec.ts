import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { getNamedType, GraphQLArgument, GraphQLInputObjectType, GraphQLObjectType, GraphQLType, isInputObjectType, isObjectType, printSchema } from 'graphql';
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

  it('names translated text one way on every type: name(language:) (or title, or any text x(language:)) beside its Sr and En fields', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const outliers = Object.values(schema.getTypeMap()).flatMap((type) => {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) return [];
      const fields = type.getFields();
      return Object.keys(fields)
        .filter((name) => name.endsWith('Sr') && fields[`${name.slice(0, -2)}En`] && !fields[name].deprecationReason)
        .map((name) => name.slice(0, -2))
        .filter((base) => !fields[base]?.args.some((arg) => arg.name === 'language'))
        .map((base) => `${type.name}.${base}`);
    });
    expect(outliers).toEqual([]);
  });

  it('types every calendar day (a field or argument named …On) as the Date scalar, not as String', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const typed = Object.values(schema.getTypeMap()).flatMap((type) => {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInputObjectType(type))) return [];
      const fields: { name: string; type: GraphQLType; args?: readonly GraphQLArgument[] }[] = Object.values((type as GraphQLObjectType | GraphQLInputObjectType).getFields());
      return fields.flatMap((field) => [
        { name: `${type.name}.${field.name}`, type: getNamedType(field.type)!.name },
        ...(field.args ?? []).map((arg) => ({ name: `${type.name}.${field.name}(${arg.name})`, type: getNamedType(arg.type)!.name })),
      ]);
    });
    const days = typed.filter(({ name }) => /On\)?$/.test(name));
    expect(days.length).toBeGreaterThan(10);
    expect(days.filter(({ type }) => type !== 'Date')).toEqual([]);
  });
});
