import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Capacity building: training topics and self-assessment dimensions (lists the coordinators
 * maintain), trainings with their topics, trainers, participants and certificates, and member
 * organizations' self-assessments. `trainings.meeting_id` has no foreign key on purpose: the
 * meetings tables come from another library and may not exist when this runs.
 */
export class CreateCapacityBuilding1795591100000 implements MigrationInterface {
  name = 'CreateCapacityBuilding1795591100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "training_topics" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(40) NOT NULL,
        "name_sr" character varying(120) NOT NULL,
        "name_en" character varying(120) NOT NULL,
        "position" smallint NOT NULL DEFAULT 100,
        "active" boolean NOT NULL DEFAULT true,
        CONSTRAINT "pk_training_topics" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_training_topics_code" ON "training_topics" ("code")`);

    await queryRunner.query(`
      CREATE TABLE "capacity_dimensions" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(40) NOT NULL,
        "name_sr" character varying(120) NOT NULL,
        "name_en" character varying(120) NOT NULL,
        "scale_min" smallint NOT NULL DEFAULT 1,
        "scale_max" smallint NOT NULL DEFAULT 5,
        "position" smallint NOT NULL DEFAULT 100,
        "active" boolean NOT NULL DEFAULT true,
        CONSTRAINT "pk_capacity_dimensions" PRIMARY KEY ("id"),
        CONSTRAINT "ck_capacity_dimensions_scale" CHECK ("scale_min" >= 0 AND "scale_max" > "scale_min" AND "scale_max" <= 100)
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_capacity_dimensions_code" ON "capacity_dimensions" ("code")`);

    await queryRunner.query(`
      CREATE TABLE "trainings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" character varying(200) NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "starts_on" date NOT NULL,
        "ends_on" date NOT NULL,
        "hours" numeric(5,2) NOT NULL,
        "city" character varying(100),
        "meeting_id" uuid,
        "created_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_trainings" PRIMARY KEY ("id"),
        CONSTRAINT "ck_trainings_dates" CHECK ("ends_on" >= "starts_on"),
        CONSTRAINT "ck_trainings_hours" CHECK ("hours" > 0 AND "hours" <= 200)
      )`);
    await queryRunner.query(`CREATE INDEX "ix_trainings_starts" ON "trainings" ("starts_on")`);
    // No foreign key: see above. The index serves "trainings of this meeting".
    await queryRunner.query(`CREATE INDEX "ix_trainings_meeting" ON "trainings" ("meeting_id")`);

    await queryRunner.query(`
      CREATE TABLE "training_topic_links" (
        "training_id" uuid NOT NULL,
        "topic_id" uuid NOT NULL,
        CONSTRAINT "pk_training_topic_links" PRIMARY KEY ("training_id", "topic_id"),
        CONSTRAINT "fk_training_topic_links_training" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_training_topic_links_topic" FOREIGN KEY ("topic_id") REFERENCES "training_topics"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_training_topic_links_topic" ON "training_topic_links" ("topic_id")`);

    await queryRunner.query(`
      CREATE TABLE "training_trainers" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "training_id" uuid NOT NULL,
        "user_id" uuid,
        "full_name" character varying(120),
        "organization_id" uuid,
        CONSTRAINT "pk_training_trainers" PRIMARY KEY ("id"),
        CONSTRAINT "ck_training_trainers_person" CHECK (("user_id" IS NULL) <> ("full_name" IS NULL)),
        CONSTRAINT "fk_training_trainers_training" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_training_trainers_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_training_trainers_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_training_trainers_training" ON "training_trainers" ("training_id")`);

    await queryRunner.query(`
      CREATE TABLE "training_participants" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "training_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "user_id" uuid,
        "full_name" character varying(120),
        "certificate_number" character varying(40),
        "certificate_issued_on" date,
        CONSTRAINT "pk_training_participants" PRIMARY KEY ("id"),
        CONSTRAINT "ck_training_participants_person" CHECK (("user_id" IS NULL) <> ("full_name" IS NULL)),
        CONSTRAINT "ck_training_participants_certificate" CHECK (("certificate_number" IS NULL) = ("certificate_issued_on" IS NULL)),
        CONSTRAINT "fk_training_participants_training" FOREIGN KEY ("training_id") REFERENCES "trainings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_training_participants_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_training_participants_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_training_participants_organization" ON "training_participants" ("organization_id", "training_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_training_participants_user" ON "training_participants" ("training_id", "user_id")`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_training_participants_certificate" ON "training_participants" ("training_id", "certificate_number")`);

    await queryRunner.query(`
      CREATE TABLE "capacity_self_assessments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "organization_id" uuid NOT NULL,
        "period" character varying(7) NOT NULL,
        "notes" character varying(2000) NOT NULL DEFAULT '',
        "submitted_by" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_capacity_self_assessments" PRIMARY KEY ("id"),
        CONSTRAINT "ck_capacity_self_assessments_period" CHECK ("period" ~ '^[0-9]{4}(-(H[12]|Q[1-4]))?$'),
        CONSTRAINT "fk_capacity_self_assessments_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_capacity_self_assessments_period" ON "capacity_self_assessments" ("organization_id", "period")`);

    await queryRunner.query(`
      CREATE TABLE "capacity_self_assessment_scores" (
        "assessment_id" uuid NOT NULL,
        "dimension_id" uuid NOT NULL,
        "score" smallint NOT NULL,
        CONSTRAINT "pk_capacity_self_assessment_scores" PRIMARY KEY ("assessment_id", "dimension_id"),
        CONSTRAINT "fk_capacity_self_assessment_scores_assessment" FOREIGN KEY ("assessment_id") REFERENCES "capacity_self_assessments"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_capacity_self_assessment_scores_dimension" FOREIGN KEY ("dimension_id") REFERENCES "capacity_dimensions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_capacity_self_assessment_scores_dimension" ON "capacity_self_assessment_scores" ("dimension_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "capacity_self_assessment_scores"`);
    await queryRunner.query(`DROP TABLE "capacity_self_assessments"`);
    await queryRunner.query(`DROP TABLE "training_participants"`);
    await queryRunner.query(`DROP TABLE "training_trainers"`);
    await queryRunner.query(`DROP TABLE "training_topic_links"`);
    await queryRunner.query(`DROP TABLE "trainings"`);
    await queryRunner.query(`DROP TABLE "capacity_dimensions"`);
    await queryRunner.query(`DROP TABLE "training_topics"`);
  }
}
