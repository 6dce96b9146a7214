import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lets an organization's activities (led or co-organized) be read in date order from indexes
 * alone: co-organizer rows carry their activity's start date and status, kept by triggers, so
 * both halves of "led or co-organized by X between two dates" are ranges of an index (see
 * ActivitiesService.list). Both indexes cover the status, so the counts, and a member's
 * visibility check for approved activities, need not visit the table. The lead organization can never be listed as a
 * co-organizer (the API refused it already; now the database does too), so the two halves
 * never hold the same activity.
 */
export class IndexActivitiesByOrganizationAndDate1795591900000 implements MigrationInterface {
  name = 'IndexActivitiesByOrganizationAndDate1795591900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "activity_co_organizers" ADD COLUMN "starts_on" date, ADD COLUMN "status" "public"."activity_status"`);
    await queryRunner.query(`UPDATE "activity_co_organizers" c SET "starts_on" = a."starts_on", "status" = a."status" FROM "activities" a WHERE a."id" = c."activity_id"`);
    await queryRunner.query(`DELETE FROM "activity_co_organizers" c USING "activities" a WHERE a."id" = c."activity_id" AND a."organization_id" = c."organization_id"`);
    await queryRunner.query(`ALTER TABLE "activity_co_organizers" ALTER COLUMN "starts_on" SET NOT NULL, ALTER COLUMN "status" SET NOT NULL`);

    await queryRunner.query(`
      CREATE FUNCTION activity_co_organizer_fill() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        lead uuid;
      BEGIN
        SELECT a.starts_on, a.status, a.organization_id INTO NEW.starts_on, NEW.status, lead FROM activities a WHERE a.id = NEW.activity_id;
        IF lead = NEW.organization_id THEN
          RAISE EXCEPTION 'the lead organization of activity % cannot also co-organize it', NEW.activity_id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER activity_co_organizers_fill BEFORE INSERT OR UPDATE ON activity_co_organizers
      FOR EACH ROW EXECUTE FUNCTION activity_co_organizer_fill()`);
    await queryRunner.query(`
      CREATE FUNCTION activity_co_organizers_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE activity_co_organizers SET starts_on = NEW.starts_on, status = NEW.status WHERE activity_id = NEW.id;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER activities_co_organizers_follow AFTER UPDATE OF starts_on, status ON activities
      FOR EACH ROW WHEN (OLD.starts_on IS DISTINCT FROM NEW.starts_on OR OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION activity_co_organizers_follow()`);

    await queryRunner.query(`DROP INDEX "ix_activity_co_organizers_organization"`);
    await queryRunner.query(`CREATE INDEX "ix_activity_co_organizers_organization_starts" ON "activity_co_organizers" ("organization_id", "starts_on", "activity_id") INCLUDE ("status")`);
    await queryRunner.query(`DROP INDEX "ix_activities_organization_starts"`);
    await queryRunner.query(`CREATE INDEX "ix_activities_organization_starts" ON "activities" ("organization_id", "starts_on", "id") INCLUDE ("status")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_activities_organization_starts"`);
    await queryRunner.query(`CREATE INDEX "ix_activities_organization_starts" ON "activities" ("organization_id", "starts_on")`);
    await queryRunner.query(`DROP INDEX "ix_activity_co_organizers_organization_starts"`);
    await queryRunner.query(`CREATE INDEX "ix_activity_co_organizers_organization" ON "activity_co_organizers" ("organization_id")`);
    await queryRunner.query(`DROP TRIGGER activities_co_organizers_follow ON activities`);
    await queryRunner.query(`DROP FUNCTION activity_co_organizers_follow()`);
    await queryRunner.query(`DROP TRIGGER activity_co_organizers_fill ON activity_co_organizers`);
    await queryRunner.query(`DROP FUNCTION activity_co_organizer_fill()`);
    await queryRunner.query(`ALTER TABLE "activity_co_organizers" DROP COLUMN "status", DROP COLUMN "starts_on"`);
  }
}
