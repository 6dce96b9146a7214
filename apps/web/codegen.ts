import type { CodegenConfig } from '@graphql-codegen/cli';

/** Types of every operation, from the schema the API serves (schema.graphql, kept current by test/web-schema.e2e-spec.ts). */
const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Documents as plain strings: no GraphQL parser in the browser bundle. Date (YYYY-MM-DD) and DateTime (ISO 8601) arrive as strings.
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true, scalars: { Date: 'string', DateTime: 'string' } },
    },
  },
};

export default config;
