import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * createActivity's idempotency key: a client (the web app's offline outbox) names each new
 * activity once, and sending it again gives the activity already created, never a second one.
 * Unique per creating user, so one person's keys say nothing about another's.
 */
export class AddActivityClientRequestId1795591800000 implements MigrationInterface {
  name = 'AddActivityClientRequestId1795591800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "activities" ADD "client_request_id" uuid`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "ux_activities_client_request" ON "activities" ("created_by", "client_request_id") WHERE "client_request_id" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ux_activities_client_request"`);
    await queryRunner.query(`ALTER TABLE "activities" DROP COLUMN "client_request_id"`);
  }
}
