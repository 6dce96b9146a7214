import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Network meetings: agenda, link attachments, invited organizations and people with their answers,
 * used RSVP links (hashed, for single use), attendance, minutes, and action items tracked until done.
 */
export class CreateMeetings1795591000000 implements MigrationInterface {
  name = 'CreateMeetings1795591000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."meeting_kind" AS ENUM ('NETWORK_MEETING', 'TRAINING', 'STUDY_VISIT', 'ONLINE_CALL')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_status" AS ENUM ('SCHEDULED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_invitation_answer" AS ENUM ('YES', 'NO', 'MAYBE')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_action_item_status" AS ENUM ('OPEN', 'IN_PROGRESS', 'DONE')`);

    await queryRunner.query(`
      CREATE TABLE "meetings" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "title" character varying(200) NOT NULL,
        "kind" "public"."meeting_kind" NOT NULL,
        "status" "public"."meeting_status" NOT NULL DEFAULT 'SCHEDULED',
        "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "time_zone" character varying(64) NOT NULL,
        "city" character varying(100),
        "venue" character varying(200),
        "online_url" character varying(500),
        "description" text NOT NULL DEFAULT '',
        "minutes" text,
        "minutes_updated_at" TIMESTAMP WITH TIME ZONE,
        "sequence" integer NOT NULL DEFAULT 0,
        "reminder_sent_at" TIMESTAMP WITH TIME ZONE,
        "cancelled_at" TIMESTAMP WITH TIME ZONE,
        "created_by" uuid,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_meetings" PRIMARY KEY ("id"),
        CONSTRAINT "ck_meetings_times" CHECK ("ends_at" > "starts_at"),
        CONSTRAINT "ck_meetings_place" CHECK ("online_url" IS NOT NULL OR "city" IS NOT NULL),
        CONSTRAINT "ck_meetings_sequence" CHECK ("sequence" >= 0)
      )`);
    await queryRunner.query(`CREATE INDEX "ix_meetings_status_starts_at" ON "meetings" ("status", "starts_at")`);
    await queryRunner.query(`CREATE INDEX "ix_meetings_starts_at" ON "meetings" ("starts_at")`);

    await queryRunner.query(`
      CREATE TABLE "meeting_agenda_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "position" smallint NOT NULL,
        "title" character varying(300) NOT NULL,
        "presenter_organization_id" uuid,
        "starts_at" TIMESTAMP WITH TIME ZONE,
        "duration_minutes" smallint,
        CONSTRAINT "pk_meeting_agenda_items" PRIMARY KEY ("id"),
        CONSTRAINT "fk_meeting_agenda_items_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_meeting_agenda_items_presenter" FOREIGN KEY ("presenter_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_agenda_items_position" ON "meeting_agenda_items" ("meeting_id", "position")`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_agenda_items_presenter" ON "meeting_agenda_items" ("presenter_organization_id")`);

    await queryRunner.query(`
      CREATE TABLE "meeting_attachments" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "url" character varying(500) NOT NULL,
        "title" character varying(200) NOT NULL DEFAULT '',
        CONSTRAINT "pk_meeting_attachments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_meeting_attachments_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_attachments_meeting" ON "meeting_attachments" ("meeting_id")`);

    await queryRunner.query(`
      CREATE TABLE "meeting_invited_organizations" (
        "meeting_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        CONSTRAINT "pk_meeting_invited_organizations" PRIMARY KEY ("meeting_id", "organization_id"),
        CONSTRAINT "fk_meeting_invited_organizations_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_meeting_invited_organizations_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_invited_organizations_organization" ON "meeting_invited_organizations" ("organization_id")`);

    await queryRunner.query(`
      CREATE TABLE "meeting_invitations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "invited" boolean NOT NULL DEFAULT true,
        "answer" "public"."meeting_invitation_answer",
        "answered_at" TIMESTAMP WITH TIME ZONE,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_meeting_invitations" PRIMARY KEY ("id"),
        CONSTRAINT "fk_meeting_invitations_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_meeting_invitations_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_meeting_invitations_meeting_user" ON "meeting_invitations" ("meeting_id", "user_id")`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_invitations_user" ON "meeting_invitations" ("user_id")`);

    await queryRunner.query(`
      CREATE TABLE "meeting_attendees" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "user_id" uuid,
        "full_name" character varying(120) NOT NULL,
        "organization_id" uuid,
        CONSTRAINT "pk_meeting_attendees" PRIMARY KEY ("id"),
        CONSTRAINT "fk_meeting_attendees_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_meeting_attendees_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION,
        CONSTRAINT "fk_meeting_attendees_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_attendees_meeting" ON "meeting_attendees" ("meeting_id")`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_attendees_user" ON "meeting_attendees" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_attendees_organization" ON "meeting_attendees" ("organization_id")`);

    await queryRunner.query(`
      CREATE TABLE "meeting_rsvp_uses" (
        "token_hash" character(64) NOT NULL,
        "meeting_id" uuid NOT NULL,
        "used_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "pk_meeting_rsvp_uses" PRIMARY KEY ("token_hash"),
        CONSTRAINT "fk_meeting_rsvp_uses_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_rsvp_uses_meeting" ON "meeting_rsvp_uses" ("meeting_id")`);

    await queryRunner.query(`
      CREATE TABLE "meeting_action_items" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "meeting_id" uuid NOT NULL,
        "description" character varying(1000) NOT NULL,
        "owner_organization_id" uuid NOT NULL,
        "due_on" date NOT NULL,
        "status" "public"."meeting_action_item_status" NOT NULL DEFAULT 'OPEN',
        "completed_at" TIMESTAMP WITH TIME ZONE,
        "reminded_at" TIMESTAMP WITH TIME ZONE,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_meeting_action_items" PRIMARY KEY ("id"),
        CONSTRAINT "fk_meeting_action_items_meeting" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_meeting_action_items_owner" FOREIGN KEY ("owner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_action_items_status_due_on" ON "meeting_action_items" ("status", "due_on")`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_action_items_meeting" ON "meeting_action_items" ("meeting_id")`);
    await queryRunner.query(`CREATE INDEX "ix_meeting_action_items_owner" ON "meeting_action_items" ("owner_organization_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_action_items"`);
    await queryRunner.query(`DROP TABLE "meeting_rsvp_uses"`);
    await queryRunner.query(`DROP TABLE "meeting_attendees"`);
    await queryRunner.query(`DROP TABLE "meeting_invitations"`);
    await queryRunner.query(`DROP TABLE "meeting_invited_organizations"`);
    await queryRunner.query(`DROP TABLE "meeting_attachments"`);
    await queryRunner.query(`DROP TABLE "meeting_agenda_items"`);
    await queryRunner.query(`DROP TABLE "meetings"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_action_item_status"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_invitation_answer"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_status"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_kind"`);
  }
}
