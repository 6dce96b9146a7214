import { MigrationInterface, QueryRunner } from 'typeorm';

/** Single-use links sent by e-mail (invitations, password resets); only their hashes are stored. */
export class CreateUserTokens1795590700000 implements MigrationInterface {
  name = 'CreateUserTokens1795590700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."user_token_purpose" AS ENUM ('INVITATION', 'PASSWORD_RESET')`);
    await queryRunner.query(`
      CREATE TABLE "user_tokens" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "user_id" uuid NOT NULL,
        "purpose" "public"."user_token_purpose" NOT NULL,
        "token_hash" character(64) NOT NULL,
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_user_tokens" PRIMARY KEY ("id"),
        CONSTRAINT "fk_user_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_tokens_hash" ON "user_tokens" ("token_hash")`);
    await queryRunner.query(`CREATE INDEX "ix_user_tokens_user" ON "user_tokens" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "user_tokens"`);
    await queryRunner.query(`DROP TYPE "public"."user_token_purpose"`);
  }
}
