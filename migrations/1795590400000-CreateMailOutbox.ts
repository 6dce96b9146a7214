import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The transactional outbox of outgoing mail: rows are inserted in the transaction of the change
 * that causes them and delivered by the mail worker, with retries, a lease against crashed
 * workers and a dead-letter state.
 */
export class CreateMailOutbox1795590400000 implements MigrationInterface {
  name = 'CreateMailOutbox1795590400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."mail_language" AS ENUM ('sr', 'en')`);
    await queryRunner.query(`CREATE TYPE "public"."mail_status" AS ENUM ('PENDING', 'SENDING', 'SENT', 'DEAD')`);
    await queryRunner.query(`
      CREATE TABLE "mail_outbox" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "idempotency_key" character varying(200) NOT NULL,
        "message_id" character varying(200) NOT NULL,
        "recipient" character varying(254) NOT NULL,
        "language" "public"."mail_language" NOT NULL,
        "template" character varying(60) NOT NULL,
        "params" jsonb NOT NULL,
        "status" "public"."mail_status" NOT NULL DEFAULT 'PENDING',
        "attempts" integer NOT NULL DEFAULT 0,
        "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "locked_until" TIMESTAMP WITH TIME ZONE,
        "last_error" text,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "sent_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_mail_outbox" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mail_outbox_idempotency_key" ON "mail_outbox" ("idempotency_key")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_mail_outbox_message_id" ON "mail_outbox" ("message_id")`);
    await queryRunner.query(`CREATE INDEX "ix_mail_outbox_status_next_attempt_at" ON "mail_outbox" ("status", "next_attempt_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_outbox"`);
    await queryRunner.query(`DROP TYPE "public"."mail_status"`);
    await queryRunner.query(`DROP TYPE "public"."mail_language"`);
  }
}
