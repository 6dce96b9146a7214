import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prevention activities with what they reached (participants by gender and age band, target
 * groups, institutions, media), the goals and indicators they serve, co-organizers, links,
 * and locks on closed reporting periods.
 */
export class CreateActivities1795590800000 implements MigrationInterface {
  name = 'CreateActivities1795590800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."activity_type" AS ENUM ('YOUTH_WORKSHOP', 'PROFESSIONAL_TRAINING', 'ROUND_TABLE', 'PUBLIC_FORUM', 'LECTURE', 'MEDIA_CAMPAIGN', 'INFO_STAND', 'OTHER')`);
    await queryRunner.query(
      `CREATE TYPE "public"."activity_target_group" AS ENUM ('PUPILS', 'STUDENTS', 'YOUNG_PEOPLE', 'PARENTS', 'SOCIAL_PROTECTION', 'EDUCATION', 'HEALTH', 'POLICE', 'JUDICIARY', 'LOCAL_GOVERNMENT', 'GENERAL_PUBLIC', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."activity_status" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')`);
    await queryRunner.query(`CREATE TYPE "public"."institution_kind" AS ENUM ('SCHOOL', 'SOCIAL_WORK_CENTRE', 'POLICE', 'LOCAL_GOVERNMENT', 'HEALTH', 'MEDIA', 'CSO', 'OTHER')`);
    await queryRunner.query(`CREATE TYPE "public"."participant_gender" AS ENUM ('FEMALE', 'MALE', 'OTHER_UNKNOWN')`);

    await queryRunner.query(`
      CREATE TABLE "age_bands" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(20) NOT NULL,
        "label_sr" character varying(60) NOT NULL,
        "label_en" character varying(60) NOT NULL,
        "position" smallint NOT NULL,
        CONSTRAINT "pk_age_bands" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_age_bands_code" ON "age_bands" ("code")`);

    await queryRunner.query(`
      CREATE TABLE "activities" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "type" "public"."activity_type" NOT NULL,
        "title" character varying(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "city" character varying(100),
        "online" boolean NOT NULL DEFAULT false,
        "target_groups" "public"."activity_target_group" array NOT NULL DEFAULT '{}',
        "participants_total" integer,
        "media_outlets" integer,
        "media_audience" integer,
        "status" "public"."activity_status" NOT NULL DEFAULT 'DRAFT',
        "review_comment" text,
        "submitted_at" TIMESTAMP WITH TIME ZONE,
        "reviewed_at" TIMESTAMP WITH TIME ZONE,
        "created_by" uuid,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_activities" PRIMARY KEY ("id"),
        CONSTRAINT "ck_activities_dates" CHECK ("ends_on" >= "starts_on"),
        CONSTRAINT "ck_activities_counts" CHECK ("participants_total" IS NULL OR "participants_total" >= 0),
        CONSTRAINT "fk_activities_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_activities_organization_starts" ON "activities" ("organization_id", "starts_on")`);
    await queryRunner.query(`CREATE INDEX "ix_activities_status_starts" ON "activities" ("status", "starts_on")`);
    // Same expression as ACTIVITY_SEARCH_SQL: text search ignoring case and diacritics.
    await queryRunner.query(`
      CREATE INDEX "ix_activities_search" ON "activities" USING gin (
        lower(immutable_unaccent("title" || ' ' || "description" || ' ' || coalesce("city", ''))) gin_trgm_ops
      )`);

    await queryRunner.query(`
      CREATE TABLE "activity_participants" (
        "activity_id" uuid NOT NULL,
        "gender" "public"."participant_gender" NOT NULL,
        "age_band_id" uuid NOT NULL,
        "count" integer NOT NULL,
        CONSTRAINT "pk_activity_participants" PRIMARY KEY ("activity_id", "gender", "age_band_id"),
        CONSTRAINT "ck_activity_participants_count" CHECK ("count" >= 0),
        CONSTRAINT "fk_activity_participants_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_activity_participants_age_band" FOREIGN KEY ("age_band_id") REFERENCES "age_bands"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "activity_co_organizers" (
        "activity_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        CONSTRAINT "pk_activity_co_organizers" PRIMARY KEY ("activity_id", "organization_id"),
        CONSTRAINT "fk_activity_co_organizers_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_activity_co_organizers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_activity_co_organizers_organization" ON "activity_co_organizers" ("organization_id")`);

    await queryRunner.query(`
      CREATE TABLE "activity_goals" (
        "activity_id" uuid NOT NULL,
        "goal_id" uuid NOT NULL,
        CONSTRAINT "pk_activity_goals" PRIMARY KEY ("activity_id", "goal_id"),
        CONSTRAINT "fk_activity_goals_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_activity_goals_goal" FOREIGN KEY ("goal_id") REFERENCES "strategic_goals"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_activity_goals_goal" ON "activity_goals" ("goal_id")`);

    await queryRunner.query(`
      CREATE TABLE "activity_indicator_values" (
        "activity_id" uuid NOT NULL,
        "indicator_id" uuid NOT NULL,
        "value" numeric(14,2) NOT NULL,
        CONSTRAINT "pk_activity_indicator_values" PRIMARY KEY ("activity_id", "indicator_id"),
        CONSTRAINT "fk_activity_indicator_values_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_activity_indicator_values_indicator" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_activity_indicator_values_indicator" ON "activity_indicator_values" ("indicator_id")`);

    await queryRunner.query(`
      CREATE TABLE "activity_institutions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "activity_id" uuid NOT NULL,
        "kind" "public"."institution_kind" NOT NULL,
        "name" character varying(200) NOT NULL,
        CONSTRAINT "pk_activity_institutions" PRIMARY KEY ("id"),
        CONSTRAINT "fk_activity_institutions_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_activity_institutions_activity" ON "activity_institutions" ("activity_id")`);

    await queryRunner.query(`
      CREATE TABLE "activity_attachments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "activity_id" uuid NOT NULL,
        "url" character varying(500) NOT NULL,
        "title" character varying(200) NOT NULL DEFAULT '',
        CONSTRAINT "pk_activity_attachments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_activity_attachments_activity" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_activity_attachments_activity" ON "activity_attachments" ("activity_id")`);

    await queryRunner.query(`
      CREATE TABLE "reporting_period_locks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "reason" character varying(300) NOT NULL DEFAULT '',
        "locked_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_reporting_period_locks" PRIMARY KEY ("id"),
        CONSTRAINT "ck_reporting_period_locks_dates" CHECK ("ends_on" >= "starts_on")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "reporting_period_locks"`);
    await queryRunner.query(`DROP TABLE "activity_attachments"`);
    await queryRunner.query(`DROP TABLE "activity_institutions"`);
    await queryRunner.query(`DROP TABLE "activity_indicator_values"`);
    await queryRunner.query(`DROP TABLE "activity_goals"`);
    await queryRunner.query(`DROP TABLE "activity_co_organizers"`);
    await queryRunner.query(`DROP TABLE "activity_participants"`);
    await queryRunner.query(`DROP TABLE "activities"`);
    await queryRunner.query(`DROP TABLE "age_bands"`);
    await queryRunner.query(`DROP TYPE "public"."participant_gender"`);
    await queryRunner.query(`DROP TYPE "public"."institution_kind"`);
    await queryRunner.query(`DROP TYPE "public"."activity_status"`);
    await queryRunner.query(`DROP TYPE "public"."activity_target_group"`);
    await queryRunner.query(`DROP TYPE "public"."activity_type"`);
  }
}
