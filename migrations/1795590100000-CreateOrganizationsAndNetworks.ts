import { MigrationInterface, QueryRunner } from 'typeorm';

/** Organizations, networks (the AT network and partner networks) and who belongs to which. */
export class CreateOrganizationsAndNetworks1795590100000 implements MigrationInterface {
  name = 'CreateOrganizationsAndNetworks1795590100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM ('AT_NETWORK_MEMBER', 'PARTNER_ORGANIZATION', 'OTHER')`);
    await queryRunner.query(`
      CREATE TABLE "organizations" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "short_name" character varying(80) NOT NULL,
        "name_sr" character varying(200) NOT NULL,
        "name_en" character varying(200) NOT NULL,
        "kind" "public"."organization_kind" NOT NULL,
        "city" character varying(100) NOT NULL,
        "country" character(2) NOT NULL,
        "contact_email" character varying(254),
        "website" character varying(300),
        "active" boolean NOT NULL DEFAULT true,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_organizations" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_organizations_short_name" ON "organizations" ("short_name")`);
    await queryRunner.query(`CREATE INDEX "ix_organizations_kind" ON "organizations" ("kind")`);
    // Same expression as ORGANIZATION_SEARCH_SQL, so LIKE '%term%' searches use the index.
    await queryRunner.query(`
      CREATE INDEX "ix_organizations_search" ON "organizations" USING gin (
        lower(immutable_unaccent("short_name" || ' ' || "name_sr" || ' ' || "name_en" || ' ' || "city")) gin_trgm_ops
      )`);

    await queryRunner.query(`CREATE TYPE "public"."network_kind" AS ENUM ('AT_NETWORK', 'PARTNER_NETWORK')`);
    await queryRunner.query(`
      CREATE TABLE "networks" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "code" character varying(40) NOT NULL,
        "kind" "public"."network_kind" NOT NULL,
        "short_name" character varying(80) NOT NULL,
        "name_sr" character varying(200) NOT NULL,
        "name_en" character varying(200) NOT NULL,
        "description_sr" text,
        "description_en" text,
        "website" character varying(300),
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_networks" PRIMARY KEY ("id")
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_networks_code" ON "networks" ("code")`);

    await queryRunner.query(`CREATE TYPE "public"."network_role" AS ENUM ('MEMBER', 'ASSOCIATE', 'COORDINATOR')`);
    await queryRunner.query(`
      CREATE TABLE "network_memberships" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "network_id" uuid NOT NULL,
        "organization_id" uuid NOT NULL,
        "role" "public"."network_role" NOT NULL DEFAULT 'MEMBER',
        "since" date,
        "until" date,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_network_memberships" PRIMARY KEY ("id"),
        CONSTRAINT "ck_network_memberships_period" CHECK ("until" IS NULL OR "since" IS NULL OR "until" >= "since"),
        CONSTRAINT "fk_network_memberships_network" FOREIGN KEY ("network_id") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
        CONSTRAINT "fk_network_memberships_organization" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
      )`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_network_memberships_network_organization" ON "network_memberships" ("network_id", "organization_id")`);
    await queryRunner.query(`CREATE INDEX "ix_network_memberships_organization" ON "network_memberships" ("organization_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "network_memberships"`);
    await queryRunner.query(`DROP TYPE "public"."network_role"`);
    await queryRunner.query(`DROP TABLE "networks"`);
    await queryRunner.query(`DROP TYPE "public"."network_kind"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
  }
}
