import { MigrationInterface, QueryRunner } from 'typeorm';

/** Server-side sessions of the admin app, in the shape connect-pg-simple reads and writes. */
export class CreateAdminSessions1795590950000 implements MigrationInterface {
  name = 'CreateAdminSessions1795590950000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "admin_sessions" (
        "sid" character varying NOT NULL,
        "sess" json NOT NULL,
        "expire" TIMESTAMP(6) NOT NULL,
        CONSTRAINT "pk_admin_sessions" PRIMARY KEY ("sid")
      )`);
    await queryRunner.query(`CREATE INDEX "ix_admin_sessions_expire" ON "admin_sessions" ("expire")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "admin_sessions"`);
  }
}
