import { TypeOverrides } from 'pg';
import parseTimestamp from 'postgres-date';
import { DataSourceOptions, EntitySchema } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
type EntityClass = Function;
import { MIGRATIONS_GLOB } from './migrations-glob';
import { TypeOrmLogger } from './typeorm-logger';

/**
 * The one description of how the portal talks to PostgreSQL. The schema changes only
 * through migrations: `synchronize` stays off everywhere.
 */
export interface PortalDataSourceSettings {
  /** The entity classes: the apps hand them in, this library knows no domain. */
  entities: readonly (EntityClass | EntitySchema)[];
  poolSize?: number;
  applicationName?: string;
}

/**
 * How the portal's connections read values: as pg does, except `timestamptz`, read by
 * postgres-date 2 (a character scanner, 2.5 times as fast as the regular expressions of the 1.x
 * that pg bundles, with the same dates; a page of activities reads a few hundred of them).
 */
export const PORTAL_TYPES = new TypeOverrides();
PORTAL_TYPES.setTypeParser(1184 /* timestamptz */, (text: string) => parseTimestamp(text));

export function dataSourceOptions(url: string, overrides: PortalDataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [...overrides.entities],
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() for uuid keys; built into PostgreSQL 13+, pgcrypto on older servers.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    logging: ['error', 'warn'],
    logger: new TypeOrmLogger(),
    maxQueryExecutionTime: 1_000,
    extra: {
      max: overrides.poolSize ?? 10,
      types: PORTAL_TYPES,
      application_name: overrides.applicationName ?? 'at-network-portal',
      // A request must fail fast with "service unavailable", never hang, when the database is gone.
      connectionTimeoutMillis: 5_000,
      statement_timeout: 30_000,
      // The portal's statements are short and index-driven: compiling them (JIT) cost 80-120 ms
      // each on large lists whose plans looked expensive, far more than running them; and parallel
      // workers, which the planner chose for an activities page's relations in one statement
      // (seven index-driven branches), took 12-15 ms to start and gather what one process reads in
      // 3 ms, on every page (the API at 200,000 activities fell from 158 to 81 pages/s).
      options: '-c jit=off -c max_parallel_workers_per_gather=0',
    },
  };
}
