import { MigrationInterface, QueryRunner } from 'typeorm';
import { getConstructionPlans } from 'pg-boss';

/**
 * Background work moves onto pg-boss: its schema (queues, jobs, schedules) is installed here, at the
 * version pinned in package.json, and the portal starts it with `migrate: false`, so its schema, too,
 * changes only through migrations (a pg-boss upgrade that changes it comes with a migration running
 * `getMigrationPlans('pgboss', <installed version>)`).
 *
 * mail_outbox stays the record of each mail (status, Message-ID, idempotency key); `job_id` names the
 * pg-boss job that delivers it. Mails the previous version left undelivered have none: the first
 * process that works mail after the upgrade queues a job for each (MailWorker.adoptUnqueued), so
 * nothing queued before the upgrade is lost.
 */
export class MoveJobsOntoPgBoss1795592200000 implements MigrationInterface {
  name = 'MoveJobsOntoPgBoss1795592200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(getConstructionPlans('pgboss'));
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD COLUMN "job_id" uuid`);
    await queryRunner.query(`DROP INDEX "ix_mail_outbox_status_next_attempt_at"`);
    await queryRunner.query(`CREATE INDEX "ix_mail_outbox_status_created_at" ON "mail_outbox" ("status", "created_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_mail_outbox_status_created_at"`);
    await queryRunner.query(`CREATE INDEX "ix_mail_outbox_status_next_attempt_at" ON "mail_outbox" ("status", "next_attempt_at")`);
    // Mails still waiting go back to the previous version's worker, which picks PENDING and expired SENDING rows.
    await queryRunner.query(`UPDATE "mail_outbox" SET "status" = 'PENDING', "locked_until" = NULL, "next_attempt_at" = now() WHERE "status" = 'SENDING'`);
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "job_id"`);
    await queryRunner.query(`DROP SCHEMA "pgboss" CASCADE`);
  }
}
