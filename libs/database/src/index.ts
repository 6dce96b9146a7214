export * from './data-source-options';
export * from './database.module';
export * from './embedded-postgres';
export * from './entities';
export * from './health.controller';
export * from './migrations';
export * from './database-server';
export * from './migrations-glob';
