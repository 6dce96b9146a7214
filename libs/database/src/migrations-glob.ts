import { join } from 'node:path';

/** The migration files, as TypeScript in tests and as compiled JavaScript under dist/. */
export const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', 'migrations', '*.{ts,js}');
