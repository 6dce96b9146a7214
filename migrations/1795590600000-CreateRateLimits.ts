import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attempt counters of sign-in and password reset, per IP and per account, shared by every
 * process. The shape is the one rate-limiter-flexible's RateLimiterPostgres reads and writes
 * (it inserts positional VALUES (key, points, expire)), so the columns and their order must
 * stay as they are; `expire` is epoch milliseconds as the library keeps it, not a timestamptz.
 * No entity maps this table: only the limiter touches it.
 */
export class CreateRateLimits1795590600000 implements MigrationInterface {
  name = 'CreateRateLimits1795590600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "rate_limits" (
        "key" character varying(255) NOT NULL,
        "points" integer NOT NULL DEFAULT 0,
        "expire" bigint,
        CONSTRAINT "pk_rate_limits" PRIMARY KEY ("key")
      )`);
    // The limiter deletes long-expired rows every few minutes.
    await queryRunner.query(`CREATE INDEX "ix_rate_limits_expire" ON "rate_limits" ("expire")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "rate_limits"`);
  }
}
