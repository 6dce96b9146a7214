import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: who did what, when and from where. Append-only in the database itself:
 * a trigger rejects UPDATE, DELETE and TRUNCATE whoever sends them, so neither a bug nor
 * a compromised application can rewrite history. (DROP TABLE, for `down`, stays possible.)
 */
export class CreateAppendOnlyAuditLog1795590500000 implements MigrationInterface {
  name = 'CreateAppendOnlyAuditLog1795590500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_user_id" uuid,
        "actor_organization_id" uuid,
        "action" character varying(60) NOT NULL,
        "entity_type" character varying(60),
        "entity_id" character varying(64),
        "request_id" character varying(64),
        "ip" inet,
        "changed_fields" text array NOT NULL DEFAULT '{}',
        "summary" character varying(300),
        CONSTRAINT "pk_audit_log" PRIMARY KEY ("id"),
        CONSTRAINT "ck_audit_log_action" CHECK ("action" ~ '^[a-z_]+\\.[a-z_]+$')
      )`);
    // Newest-first pages, overall and under each filter, read these backwards.
    await queryRunner.query(`CREATE INDEX "ix_audit_log_occurred_at" ON "audit_log" ("occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor_user" ON "audit_log" ("actor_user_id", "occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor_organization" ON "audit_log" ("actor_organization_id", "occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_action" ON "audit_log" ("action", "occurred_at", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity_type", "entity_id", "occurred_at", "id")`);

    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger
      LANGUAGE plpgsql
      AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await queryRunner.query(`
      CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);
    await queryRunner.query(`
      CREATE TRIGGER "tr_audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
  }
}
