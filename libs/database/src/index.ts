export * from './data-source-options';
export * from './database.module';
export * from './embedded-postgres';
export * from './health.controller';
export * from './migrations';
export * from './database-server';
export * from './migrations-glob';
export * from './local-secret';
