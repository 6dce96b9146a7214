import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each mail records which process took its latest delivery attempt (`attempted_by`, host:pid) and
 * what the SMTP server answered when it accepted it (`smtp_response`, e.g. "250 2.0.0 Ok: queued
 * as 4F1B2"): the one line to look for in the mail server's log, and, for a mail a dying process was
 * sending, whose attempt it was.
 */
export class RecordMailAttemptsAndAcceptance1795600100000 implements MigrationInterface {
  name = 'RecordMailAttemptsAndAcceptance1795600100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" ADD COLUMN "attempted_by" varchar(200), ADD COLUMN "smtp_response" varchar(1000)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "mail_outbox" DROP COLUMN "smtp_response", DROP COLUMN "attempted_by"`);
  }
}
