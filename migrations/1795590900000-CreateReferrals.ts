import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Cross-border referrals: partner profiles (what they accept, whom to notify), referrals with the
 * person in HTCDS statistical fields and identifying details only as ciphertext, their timeline,
 * messages, and per-year reference counters.
 */
export class CreateReferrals1795590900000 implements MigrationInterface {
  name = 'CreateReferrals1795590900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."referral_category" AS ENUM ('VICTIM_ASSISTANCE_ABROAD', 'SAFE_RETURN', 'MISSING_CHILD', 'LEGAL_AID', 'LABOUR_EXPLOITATION', 'POLICY_MONITORING')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."referral_urgency" AS ENUM ('ROUTINE', 'URGENT', 'CRITICAL')`);
    await queryRunner.query(`CREATE TYPE "public"."requested_service" AS ENUM ('MEDICAL', 'PSYCHOLOGICAL', 'LEGAL', 'TECHNICAL', 'SHELTER', 'REINTEGRATION', 'ECONOMIC_EMPOWERMENT')`);
    await queryRunner.query(`CREATE TYPE "public"."referral_status" AS ENUM ('DRAFT', 'SENT', 'ACKNOWLEDGED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'CLOSED', 'WITHDRAWN')`);
    await queryRunner.query(
      `CREATE TYPE "public"."htcds_age_broad" AS ENUM ('AGE_0_8', 'AGE_9_17', 'AGE_18_20', 'AGE_21_23', 'AGE_24_26', 'AGE_27_29', 'AGE_30_38', 'AGE_39_47', 'AGE_48_PLUS', 'UNKNOWN')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."htcds_gender" AS ENUM ('FEMALE', 'MALE', 'TRANSGENDER_OR_NON_CONFORMING', 'UNKNOWN')`);
    await queryRunner.query(
      `CREATE TYPE "public"."type_of_exploitation" AS ENUM ('SEXUAL_EXPLOITATION', 'FORCED_LABOUR', 'SLAVERY_OR_SIMILAR', 'SERVITUDE', 'REMOVAL_OF_ORGANS', 'FORCED_BEGGING', 'FORCED_DOMESTIC_WORK', 'FORCED_MARRIAGE', 'FORCED_CRIMINALITY', 'OTHER')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."referral_outcome" AS ENUM ('SUCCESSFUL', 'NOT_SUCCESSFUL')`);

    await queryRunner.query(`
      CREATE TABLE "partner_profiles" (
        "organization_id" uuid NOT NULL,
        "accepted_categories" "public"."referral_category" array NOT NULL DEFAULT '{}',
        "languages" character varying(8) array NOT NULL DEFAULT '{}',
        "contact_emails" character varying(254) array NOT NULL DEFAULT '{}',
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_partner_profiles" PRIMARY KEY ("organization_id"),
        CONSTRAINT "fk_partner_profiles_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);

    await queryRunner.query(`
      CREATE TABLE "referrals" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "reference" character varying(20) NOT NULL,
        "sending_organization_id" uuid NOT NULL,
        "sender_user_id" uuid,
        "partner_organization_id" uuid NOT NULL,
        "network_id" uuid NOT NULL,
        "category" "public"."referral_category" NOT NULL,
        "urgency" "public"."referral_urgency" NOT NULL,
        "requested_services" "public"."requested_service" array NOT NULL DEFAULT '{}',
        "status" "public"."referral_status" NOT NULL DEFAULT 'DRAFT',
        "case_code" character varying(40),
        "age_broad" "public"."htcds_age_broad",
        "gender" "public"."htcds_gender",
        "citizenship" character(2),
        "languages" character varying(8) array NOT NULL DEFAULT '{}',
        "country_of_origin" character(2),
        "transit_countries" character varying(2) array NOT NULL DEFAULT '{}',
        "country_of_exploitation" character(2),
        "type_of_exploitation" "public"."type_of_exploitation" array NOT NULL DEFAULT '{}',
        "details_ciphertext" bytea,
        "details_key_id" character varying(32),
        "details_erased_at" TIMESTAMP WITH TIME ZONE,
        "consent_given_by" character varying(120),
        "consent_given_at" TIMESTAMP WITH TIME ZONE,
        "consent_purpose" character varying(300),
        "consent_method" character varying(120),
        "legal_basis" character varying(300),
        "acknowledge_due_at" TIMESTAMP WITH TIME ZONE,
        "sent_at" TIMESTAMP WITH TIME ZONE,
        "acknowledged_at" TIMESTAMP WITH TIME ZONE,
        "closed_at" TIMESTAMP WITH TIME ZONE,
        "decline_reason" character varying(1000),
        "outcome" "public"."referral_outcome",
        "outcome_reason" character varying(1000),
        "reminder_sent_at" TIMESTAMP WITH TIME ZONE,
        "escalated_at" TIMESTAMP WITH TIME ZONE,
        "version" integer NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_referrals" PRIMARY KEY ("id"),
        -- Identifying details only with recorded consent, or a legal basis for a missing child.
        CONSTRAINT "ck_referrals_details_consent" CHECK ("details_ciphertext" IS NULL OR "consent_given_at" IS NOT NULL OR "legal_basis" IS NOT NULL),
        -- Policy monitoring is never about a person.
        CONSTRAINT "ck_referrals_policy_no_person" CHECK ("category" <> 'POLICY_MONITORING' OR ("details_ciphertext" IS NULL AND "case_code" IS NULL)),
        CONSTRAINT "fk_referrals_sending_organization" FOREIGN KEY ("sending_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_referrals_partner_organization" FOREIGN KEY ("partner_organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
        CONSTRAINT "fk_referrals_network" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_referrals_reference" ON "referrals" ("reference")`);
    await queryRunner.query(`CREATE INDEX "ix_referrals_sender_status" ON "referrals" ("sending_organization_id", "status")`);
    await queryRunner.query(`CREATE INDEX "ix_referrals_partner_status" ON "referrals" ("partner_organization_id", "status")`);
    await queryRunner.query(`CREATE INDEX "ix_referrals_status_due" ON "referrals" ("status", "acknowledge_due_at")`);

    await queryRunner.query(`
      CREATE TABLE "referral_events" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "referral_id" uuid NOT NULL,
        "actor_user_id" uuid,
        "actor_organization_id" uuid,
        "from_status" "public"."referral_status",
        "to_status" "public"."referral_status" NOT NULL,
        "note" character varying(1000),
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_referral_events" PRIMARY KEY ("id"),
        CONSTRAINT "fk_referral_events_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_referral_events_referral" ON "referral_events" ("referral_id")`);

    await queryRunner.query(`
      CREATE TABLE "referral_messages" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "referral_id" uuid NOT NULL,
        "author_user_id" uuid,
        "author_organization_id" uuid NOT NULL,
        "body" text NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_referral_messages" PRIMARY KEY ("id"),
        CONSTRAINT "fk_referral_messages_referral" FOREIGN KEY ("referral_id") REFERENCES "referrals"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE INDEX "ix_referral_messages_referral" ON "referral_messages" ("referral_id")`);

    await queryRunner.query(`
      CREATE TABLE "referral_counters" (
        "year" smallint NOT NULL,
        "last_number" integer NOT NULL,
        CONSTRAINT "pk_referral_counters" PRIMARY KEY ("year")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "referral_counters"`);
    await queryRunner.query(`DROP TABLE "referral_messages"`);
    await queryRunner.query(`DROP TABLE "referral_events"`);
    await queryRunner.query(`DROP TABLE "referrals"`);
    await queryRunner.query(`DROP TABLE "partner_profiles"`);
    for (const type of ['referral_outcome', 'type_of_exploitation', 'htcds_gender', 'htcds_age_broad', 'referral_status', 'requested_service', 'referral_urgency', 'referral_category']) {
      await queryRunner.query(`DROP TYPE "public"."${type}"`);
    }
  }
}
