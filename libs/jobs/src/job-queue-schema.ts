import { getConstructionPlans, getUninstallPlans } from 'pg-boss';

/** The schema pg-boss keeps its queues, jobs and schedules in; created by a migration, never at start. */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/**
 * The SQL that installs pg-boss's tables at the version pinned in package.json. The schema changes
 * only through migrations here, so the queue starts with `migrate: false` and `createSchema: false`;
 * a pg-boss upgrade that changes its schema ships a migration running `getMigrationPlans(schema, from)`.
 */
export function jobQueueInstallSql(): string {
  return getConstructionPlans(JOB_QUEUE_SCHEMA);
}

export function jobQueueUninstallSql(): string {
  return getUninstallPlans(JOB_QUEUE_SCHEMA);
}
