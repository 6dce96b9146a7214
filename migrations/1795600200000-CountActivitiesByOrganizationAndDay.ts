import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Exact totals for an organization's activity list that cost the same whatever the size of the
 * table. Counting the list's index entries reads every activity of the date range (at 2,000,000
 * activities a year of one organization is ten times the entries it is at 200,000); these running
 * counts read at most one row per day, status and reader.
 *
 * - `activity_counts`: how many activities are in an organization's list (led or co-organized),
 *   or in the whole network's (`organization_id` NULL), per start day and status. `viewer_id` NULL
 *   counts them all; a row with a viewer counts the
 *   unapproved ones that the viewer's organization also takes part in (leads or co-organizes):
 *   the unapproved activities of another organization a member may see (ActivitiesService.list).
 * - `activity_count_facts`: what each activity was last counted with (lead and co-organizers,
 *   start day, status), so that a change takes out exactly what was put in. No foreign key: a
 *   deleted activity must still be taken out.
 *
 * Statement-level triggers on activities and their co-organizers note which activities a
 * transaction changed (`activity_counts_pending`); a deferred trigger brings both tables up to date
 * as it commits, in one statement adding the net differences in key order. So the counts change
 * with the commit that changes the activities (a reader never waits; until then the transaction
 * itself still reads the counts as they were), and writers never wait for each other while they
 * work. Rows that fall to zero stay (there are at most days × statuses × organizations of them).
 *
 * `activity_counts_rebuild()` recounts everything from the activities (this migration runs it; so
 * do the benchmark after its bulk load, whose triggers are off, and `npm run cli -- activity-counts:rebuild`).
 */
export class CountActivitiesByOrganizationAndDay1795600200000 implements MigrationInterface {
  name = 'CountActivitiesByOrganizationAndDay1795600200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "activity_count_facts" (
        "activity_id" uuid NOT NULL,
        "organization_ids" uuid[] NOT NULL,
        "starts_on" date NOT NULL,
        "status" "public"."activity_status" NOT NULL,
        CONSTRAINT "pk_activity_count_facts" PRIMARY KEY ("activity_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "activity_counts" (
        "organization_id" uuid,
        "viewer_id" uuid,
        "starts_on" date NOT NULL,
        "status" "public"."activity_status" NOT NULL,
        "activities" integer NOT NULL,
        CONSTRAINT "uq_activity_counts" UNIQUE NULLS NOT DISTINCT ("organization_id", "viewer_id", "starts_on", "status") INCLUDE ("activities")
      )`);
    // No CHECK (activities >= 0): PostgreSQL checks the row an INSERT proposes before it finds the
    // conflict, and a difference to add is often negative.

    // What an activity is counted with now: its lead first, then its co-organizers.
    await queryRunner.query(`
      CREATE FUNCTION activity_count_facts_now(ids uuid[]) RETURNS TABLE (activity_id uuid, organization_ids uuid[], starts_on date, status activity_status) STABLE LANGUAGE sql AS $$
        SELECT a.id, a.organization_id || ARRAY(SELECT c.organization_id FROM activity_co_organizers c WHERE c.activity_id = a.id ORDER BY 1), a.starts_on, a.status
          FROM activities a WHERE a.id = ANY (ids)
      $$`);

    // Where an activity counts: once in the whole network's list (no organization), once in the
    // list of each organization taking part, and, while it is not approved, once more in each of
    // those for each other organization taking part (as its viewer). The one place this rule is
    // written; applying changes and recounting both go through it.
    await queryRunner.query(`
      CREATE FUNCTION activity_count_keys(organization_ids uuid[], status activity_status) RETURNS TABLE (organization_id uuid, viewer_id uuid) IMMUTABLE LANGUAGE sql AS $$
        SELECT NULL::uuid, NULL::uuid
        UNION ALL
        SELECT o, NULL::uuid FROM unnest(organization_ids) o
        UNION ALL
        SELECT o, v FROM unnest(organization_ids) o, unnest(organization_ids) v WHERE status <> 'APPROVED' AND o <> v
      $$`);

    // Brings the counts up to date for some activities: out with what they were counted with, in
    // with what they are now, as one set of net differences added in key order. One statement: its
    // parts all read the facts as they were before it.
    await queryRunner.query(`
      CREATE FUNCTION activity_counts_apply(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        WITH now AS (SELECT * FROM activity_count_facts_now(ids)),
        was AS (SELECT * FROM activity_count_facts WHERE activity_id = ANY (ids)),
        gone AS (DELETE FROM activity_count_facts f WHERE f.activity_id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM now WHERE now.activity_id = f.activity_id)),
        kept AS (
          INSERT INTO activity_count_facts AS f SELECT * FROM now ORDER BY activity_id
          ON CONFLICT (activity_id) DO UPDATE SET organization_ids = EXCLUDED.organization_ids, starts_on = EXCLUDED.starts_on, status = EXCLUDED.status
           WHERE (f.organization_ids, f.starts_on, f.status) IS DISTINCT FROM (EXCLUDED.organization_ids, EXCLUDED.starts_on, EXCLUDED.status)),
        facts AS (
          SELECT organization_ids, starts_on, status, -1 AS sign FROM was
          UNION ALL
          SELECT organization_ids, starts_on, status, 1 FROM now),
        deltas AS (
          SELECT k.organization_id, k.viewer_id, f.starts_on, f.status, sum(f.sign)::integer AS activities
            FROM facts f, activity_count_keys(f.organization_ids, f.status) k GROUP BY 1, 2, 3, 4)
        INSERT INTO activity_counts AS t (organization_id, viewer_id, starts_on, status, activities)
        SELECT * FROM deltas WHERE activities <> 0
         ORDER BY organization_id, viewer_id NULLS FIRST, starts_on, status
        ON CONFLICT (organization_id, viewer_id, starts_on, status) DO UPDATE SET activities = t.activities + EXCLUDED.activities
      $$`);

    await queryRunner.query(`
      CREATE FUNCTION activity_counts_rebuild() RETURNS bigint LANGUAGE plpgsql AS $$
      BEGIN
        -- Writers wait until the recount is done, so that none of their changes is counted twice or missed.
        LOCK TABLE activities, activity_co_organizers IN SHARE MODE;
        DELETE FROM activity_counts;
        DELETE FROM activity_count_facts;
        INSERT INTO activity_count_facts
        SELECT a.id, a.organization_id || COALESCE(c.ids, '{}'), a.starts_on, a.status
          FROM activities a
          LEFT JOIN (SELECT activity_id, array_agg(organization_id ORDER BY organization_id) AS ids FROM activity_co_organizers GROUP BY 1) c ON c.activity_id = a.id;
        INSERT INTO activity_counts (organization_id, viewer_id, starts_on, status, activities)
        SELECT k.organization_id, k.viewer_id, f.starts_on, f.status, count(*)
          FROM activity_count_facts f, activity_count_keys(f.organization_ids, f.status) k GROUP BY 1, 2, 3, 4;
        RETURN (SELECT count(*) FROM activity_count_facts);
      END $$`);

    // The activities a transaction changed, recounted when it commits (activity_counts_flush): the
    // counts' rows are then locked for an instant, in key order, in one statement, so writers
    // never wait for each other while they work, nor deadlock (two organizations logging joint
    // activities with each other on one day would, were each statement to add its own differences).
    await queryRunner.query(`
      CREATE TABLE "activity_counts_pending" (
        "transaction_id" xid8 NOT NULL DEFAULT pg_current_xact_id(),
        "activity_ids" uuid[] NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "ix_activity_counts_pending_transaction" ON "activity_counts_pending" ("transaction_id")`);
    await queryRunner.query(`
      CREATE FUNCTION activity_counts_mark(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO activity_counts_pending (activity_ids) SELECT ids WHERE cardinality(ids) > 0
      $$`);
    // Fires at commit once per marking statement; the first applies them all, the others find nothing.
    await queryRunner.query(`
      CREATE FUNCTION activity_counts_flush() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        WITH taken AS (DELETE FROM activity_counts_pending WHERE transaction_id = pg_current_xact_id() RETURNING activity_ids)
        SELECT array_agg(DISTINCT id ORDER BY id) INTO ids FROM taken, unnest(taken.activity_ids) id;
        IF ids IS NOT NULL THEN PERFORM activity_counts_apply(ids); END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE CONSTRAINT TRIGGER "tr_activity_counts_pending_flush" AFTER INSERT ON "activity_counts_pending"
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION activity_counts_flush()`);

    // Triggers. An activity counts by its lead, start day and status; a co-organizer row by which
    // organization co-organizes which activity (its start day and status are the activity's, kept by
    // the activity_co_organizers_follow trigger while the activity's own trigger recounts it).
    await queryRunner.query(`
      CREATE FUNCTION activity_counts_follow_activities() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM activity_counts_mark(ARRAY(SELECT id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM activity_counts_mark(ARRAY(SELECT id FROM old_rows));
        ELSE
          PERFORM activity_counts_mark(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE (n.organization_id, n.starts_on, n.status) IS DISTINCT FROM (o.organization_id, o.starts_on, o.status)));
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION activity_counts_follow_co_organizers() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM activity_counts_mark(ARRAY(SELECT DISTINCT activity_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM activity_counts_mark(ARRAY(SELECT DISTINCT activity_id FROM old_rows));
        ELSE
          -- Only a row that now names another activity or organization changes a count.
          PERFORM activity_counts_mark(ARRAY(
            SELECT activity_id FROM (SELECT activity_id, organization_id FROM new_rows EXCEPT SELECT activity_id, organization_id FROM old_rows) added
            UNION
            SELECT activity_id FROM (SELECT activity_id, organization_id FROM old_rows EXCEPT SELECT activity_id, organization_id FROM new_rows) removed));
        END IF;
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['activities', 'activity_counts_follow_activities'],
      ['activity_co_organizers', 'activity_counts_follow_co_organizers'],
    ]) {
      await queryRunner.query(`CREATE TRIGGER "tr_${table}_counts_inserted" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER "tr_${table}_counts_updated" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
      await queryRunner.query(`CREATE TRIGGER "tr_${table}_counts_deleted" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`);
    }

    await queryRunner.query(`SELECT activity_counts_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['activities', 'activity_co_organizers']) {
      for (const event of ['inserted', 'updated', 'deleted']) await queryRunner.query(`DROP TRIGGER "tr_${table}_counts_${event}" ON "${table}"`);
    }
    await queryRunner.query(`DROP TRIGGER "tr_activity_counts_pending_flush" ON "activity_counts_pending"`);
    for (const fn of ['activity_counts_follow_co_organizers()', 'activity_counts_follow_activities()', 'activity_counts_flush()', 'activity_counts_mark(uuid[])', 'activity_counts_rebuild()', 'activity_counts_apply(uuid[])', 'activity_count_keys(uuid[], activity_status)', 'activity_count_facts_now(uuid[])']) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    await queryRunner.query(`DROP TABLE "activity_counts_pending"`);
    await queryRunner.query(`DROP TABLE "activity_counts"`);
    await queryRunner.query(`DROP TABLE "activity_count_facts"`);
  }
}
