import { MigrationInterface, QueryRunner } from 'typeorm';

/** Tables whose rows change what an approved activity counts for in the strategy progress report. */
const ACTIVITY_CHILDREN = ['activity_co_organizers', 'activity_goals', 'activity_participants', 'activity_indicator_values'];

/** What the report shows besides the totals. */
const PLAN_TABLES = ['strategy_periods', 'strategic_goals', 'indicators', 'age_bands'];

/**
 * Strategy progress kept as running totals, so that the report reads a few hundred rows instead
 * of aggregating every approved activity of a four-year plan on each request.
 *
 * - `progress_activity_facts`: what each approved activity was counted with (quarter, lead and
 *   co-organizers, goals, participants, age bands, indicator values). No foreign key: a deleted
 *   activity must still be taken out of the totals.
 * - `progress_figures` (with participants per age band as {"<age band id>": n}) and
 *   `progress_indicators`: the totals per quarter × goal × organization. A NULL goal means "whatever the goals" and a NULL organization "the whole
 *   network", so a joint or multi-goal activity is counted once where the report counts it once.
 * - `progress_pending`: activities changed since their facts were recorded. Statement-level
 *   triggers append to it from every writer (API, admin app, imports, plain SQL); the report
 *   applies it before reading (`progress_catch_up`), under an advisory lock so that two readers
 *   never apply the same change twice. Writers never wait for each other on the totals.
 *
 * `progress_state.version` rises with every change to the totals: a reader may keep a report it
 * computed for as long as the version it read stays the same.
 *
 * `progress_rebuild()` recomputes everything from the activities (this migration runs it; so do
 * the benchmark after a bulk load and `npm run cli -- progress:rebuild`).
 *
 * The totals are kept per quarter, so strategic periods must be whole quarters (a new CHECK).
 */
export class CreateProgressRollup1795591200000 implements MigrationInterface {
  name = 'CreateProgressRollup1795591200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "strategy_periods" ADD CONSTRAINT "ck_strategy_periods_quarters"
        CHECK ("starts_on" = date_trunc('quarter', "starts_on")::date AND "ends_on" + 1 = date_trunc('quarter', "ends_on" + 1)::date)`);

    await queryRunner.query(`
      CREATE TABLE "progress_activity_facts" (
        "activity_id" uuid NOT NULL,
        "quarter" date NOT NULL,
        "organization_ids" uuid[] NOT NULL,
        "goal_ids" uuid[] NOT NULL,
        "participants" integer NOT NULL,
        "female" integer NOT NULL,
        "male" integer NOT NULL,
        "other_unknown" integer NOT NULL,
        "age_bands" jsonb NOT NULL,
        "indicators" jsonb NOT NULL,
        CONSTRAINT "pk_progress_activity_facts" PRIMARY KEY ("activity_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "progress_figures" (
        "quarter" date NOT NULL,
        "goal_id" uuid,
        "organization_id" uuid,
        "activities" integer NOT NULL,
        "participants" bigint NOT NULL,
        "female" bigint NOT NULL,
        "male" bigint NOT NULL,
        "other_unknown" bigint NOT NULL,
        "age_bands" jsonb NOT NULL,
        CONSTRAINT "uq_progress_figures" UNIQUE NULLS NOT DISTINCT ("quarter", "goal_id", "organization_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "progress_indicators" (
        "quarter" date NOT NULL,
        "indicator_id" uuid NOT NULL,
        "organization_id" uuid,
        "value" numeric NOT NULL,
        CONSTRAINT "uq_progress_indicators" UNIQUE NULLS NOT DISTINCT ("quarter", "indicator_id", "organization_id")
      )`);
    await queryRunner.query(`
      CREATE TABLE "progress_pending" (
        "id" bigint GENERATED ALWAYS AS IDENTITY,
        "activity_id" uuid NOT NULL,
        CONSTRAINT "pk_progress_pending" PRIMARY KEY ("id")
      )`);

    // Rises with every change to the totals, so that a process may keep a report until it does.
    await queryRunner.query(`
      CREATE TABLE "progress_state" (
        "id" boolean NOT NULL DEFAULT true,
        "version" bigint NOT NULL,
        CONSTRAINT "pk_progress_state" PRIMARY KEY ("id"),
        CONSTRAINT "ck_progress_state_one_row" CHECK ("id")
      )`);
    await queryRunner.query(`INSERT INTO "progress_state" ("version") VALUES (0)`);

    // What approved activities count for, computed from their rows now. Functions below take the
    // activities as an array alone (no "NULL for all" branch), so that their plans look them up by key.
    await queryRunner.query(`
      CREATE FUNCTION progress_record_facts(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO progress_activity_facts
        SELECT a.id, date_trunc('quarter', a.starts_on)::date,
               ARRAY(SELECT a.organization_id UNION SELECT c.organization_id FROM activity_co_organizers c WHERE c.activity_id = a.id),
               ARRAY(SELECT g.goal_id FROM activity_goals g WHERE g.activity_id = a.id),
               COALESCE(a.participants_total, p.total, 0), COALESCE(p.female, 0), COALESCE(p.male, 0), COALESCE(p.other_unknown, 0),
               COALESCE((SELECT jsonb_object_agg(b.age_band_id, b.count)
                           FROM (SELECT age_band_id, sum(count) AS count FROM activity_participants WHERE activity_id = a.id GROUP BY 1) b), '{}'),
               COALESCE((SELECT jsonb_object_agg(v.indicator_id, v.value) FROM activity_indicator_values v WHERE v.activity_id = a.id), '{}')
          FROM activities a
          LEFT JOIN LATERAL (
            SELECT sum(count) AS total,
                   sum(count) FILTER (WHERE gender = 'FEMALE') AS female,
                   sum(count) FILTER (WHERE gender = 'MALE') AS male,
                   sum(count) FILTER (WHERE gender = 'OTHER_UNKNOWN') AS other_unknown
              FROM activity_participants WHERE activity_id = a.id
          ) p ON TRUE
         WHERE a.id = ANY (ids) AND a.status = 'APPROVED'
      $$`);

    // Sums two maps of counts, {"<age band id>": n}.
    await queryRunner.query(`
      CREATE FUNCTION progress_add_counts(a jsonb, b jsonb) RETURNS jsonb IMMUTABLE LANGUAGE sql AS $$
        SELECT COALESCE(jsonb_object_agg(key, total), '{}')
          FROM (SELECT key, sum(value::bigint) AS total FROM (SELECT * FROM jsonb_each_text(a) UNION ALL SELECT * FROM jsonb_each_text(b)) e GROUP BY key) s
      $$`);

    // Adds (sign 1) or takes out (sign -1) recorded facts to or from the totals, in key order so
    // that concurrent appliers lock rows in the same order.
    await queryRunner.query(`
      CREATE FUNCTION progress_add_facts(ids uuid[], sign integer) RETURNS void LANGUAGE sql AS $$
        WITH keyed AS (
          SELECT f.*, g.goal_id, o.organization_id FROM progress_activity_facts f
           CROSS JOIN LATERAL (SELECT unnest(f.goal_ids) UNION ALL SELECT NULL) g (goal_id)
           CROSS JOIN LATERAL (SELECT unnest(f.organization_ids) UNION ALL SELECT NULL) o (organization_id)
           WHERE f.activity_id = ANY (ids)),
        figures AS (
          SELECT quarter, goal_id, organization_id, sign * count(*) AS activities, sign * sum(participants) AS participants,
                 sign * sum(female) AS female, sign * sum(male) AS male, sign * sum(other_unknown) AS other_unknown
            FROM keyed GROUP BY 1, 2, 3),
        bands AS (
          SELECT quarter, goal_id, organization_id, jsonb_object_agg(age_band_id, count) AS age_bands
            FROM (SELECT k.quarter, k.goal_id, k.organization_id, b.key AS age_band_id, sign * sum(b.value::bigint) AS count
                    FROM keyed k CROSS JOIN LATERAL jsonb_each_text(k.age_bands) b GROUP BY 1, 2, 3, 4) per_band
           GROUP BY 1, 2, 3)
        INSERT INTO progress_figures AS t (quarter, goal_id, organization_id, activities, participants, female, male, other_unknown, age_bands)
        SELECT f.*, COALESCE(b.age_bands, '{}')
          FROM figures f
          LEFT JOIN bands b ON b.quarter = f.quarter AND b.goal_id IS NOT DISTINCT FROM f.goal_id AND b.organization_id IS NOT DISTINCT FROM f.organization_id
         ORDER BY 1, 2, 3
        ON CONFLICT (quarter, goal_id, organization_id) DO UPDATE
           SET activities = t.activities + EXCLUDED.activities, participants = t.participants + EXCLUDED.participants,
               female = t.female + EXCLUDED.female, male = t.male + EXCLUDED.male, other_unknown = t.other_unknown + EXCLUDED.other_unknown,
               age_bands = progress_add_counts(t.age_bands, EXCLUDED.age_bands);

        INSERT INTO progress_indicators AS t (quarter, indicator_id, organization_id, value)
        SELECT f.quarter, v.key::uuid, o.organization_id, sign * sum(v.value::numeric)
          FROM progress_activity_facts f
         CROSS JOIN LATERAL jsonb_each_text(f.indicators) v
         CROSS JOIN LATERAL (SELECT unnest(f.organization_ids) UNION ALL SELECT NULL) o (organization_id)
         WHERE f.activity_id = ANY (ids)
         GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        ON CONFLICT (quarter, indicator_id, organization_id) DO UPDATE SET value = t.value + EXCLUDED.value;
      $$`);

    // Brings the totals up to date for some activities: out with what they were counted with, in with what they are now.
    await queryRunner.query(`
      CREATE FUNCTION progress_apply(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM progress_add_facts(ids, -1);
        DELETE FROM progress_activity_facts WHERE activity_id = ANY (ids);
        PERFORM progress_record_facts(ids);
        PERFORM progress_add_facts(ids, 1);
        DELETE FROM progress_figures WHERE activities = 0;
        UPDATE progress_state SET version = version + 1;
      END $$`);

    // Applies the pending changes other transactions committed (one applier at a time) and
    // returns the version of the totals the caller will read.
    await queryRunner.query(`
      CREATE FUNCTION progress_catch_up() RETURNS bigint LANGUAGE plpgsql AS $$
      DECLARE
        ids uuid[];
      BEGIN
        IF EXISTS (SELECT 1 FROM progress_pending) THEN
          PERFORM pg_advisory_xact_lock(hashtext('progress_catch_up'));
          WITH taken AS (DELETE FROM progress_pending RETURNING activity_id)
          SELECT array_agg(DISTINCT activity_id) INTO ids FROM taken;
          IF ids IS NOT NULL THEN PERFORM progress_apply(ids); END IF;
        END IF;
        RETURN (SELECT version FROM progress_state);
      END $$`);

    await queryRunner.query(`
      CREATE FUNCTION progress_rebuild() RETURNS integer LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('progress_catch_up'));
        DELETE FROM progress_pending;
        DELETE FROM progress_activity_facts;
        DELETE FROM progress_figures;
        DELETE FROM progress_indicators;
        PERFORM progress_record_facts(ARRAY(SELECT id FROM activities WHERE status = 'APPROVED'));
        PERFORM progress_add_facts(ARRAY(SELECT activity_id FROM progress_activity_facts), 1);
        UPDATE progress_state SET version = version + 1;
        RETURN (SELECT count(*) FROM progress_activity_facts);
      END $$`);

    // Triggers: `changed` is the statement's new rows (INSERT, UPDATE) or old rows (DELETE, UPDATE).
    await queryRunner.query(`
      CREATE FUNCTION progress_mark_activities() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO progress_pending (activity_id) SELECT id FROM changed WHERE status = 'APPROVED';
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION progress_mark_activity_children() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO progress_pending (activity_id)
        SELECT DISTINCT c.activity_id FROM changed c
         WHERE EXISTS (SELECT 1 FROM activities a WHERE a.id = c.activity_id AND a.status = 'APPROVED')
            OR EXISTS (SELECT 1 FROM progress_activity_facts f WHERE f.activity_id = c.activity_id);
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [['activities', 'progress_mark_activities'], ...ACTIVITY_CHILDREN.map((t) => [t, 'progress_mark_activity_children'])]) {
      for (const [suffix, event, transition] of TRIGGER_EVENTS) {
        await queryRunner.query(
          `CREATE TRIGGER "tr_${table}_progress_${suffix}" AFTER ${event} ON "${table}" REFERENCING ${transition} TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
      }
    }

    // The report also shows the plan itself (goals, indicators and their targets, age bands): a change there is a new version too.
    await queryRunner.query(`
      CREATE FUNCTION progress_bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE progress_state SET version = version + 1;
        RETURN NULL;
      END $$`);
    for (const table of PLAN_TABLES) {
      await queryRunner.query(`CREATE TRIGGER "tr_${table}_progress_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION progress_bump_version()`);
    }

    await queryRunner.query(`SELECT progress_rebuild()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of PLAN_TABLES) await queryRunner.query(`DROP TRIGGER "tr_${table}_progress_version" ON "${table}"`);
    for (const table of ['activities', ...ACTIVITY_CHILDREN]) {
      for (const [suffix] of TRIGGER_EVENTS) await queryRunner.query(`DROP TRIGGER "tr_${table}_progress_${suffix}" ON "${table}"`);
    }
    for (const fn of ['progress_bump_version()', 'progress_mark_activity_children()', 'progress_mark_activities()', 'progress_rebuild()', 'progress_catch_up()', 'progress_apply(uuid[])', 'progress_add_facts(uuid[], integer)', 'progress_add_counts(jsonb, jsonb)', 'progress_record_facts(uuid[])']) {
      await queryRunner.query(`DROP FUNCTION ${fn}`);
    }
    for (const table of ['progress_state', 'progress_pending', 'progress_indicators', 'progress_figures', 'progress_activity_facts']) await queryRunner.query(`DROP TABLE "${table}"`);
    await queryRunner.query(`ALTER TABLE "strategy_periods" DROP CONSTRAINT "ck_strategy_periods_quarters"`);
  }
}

/** A statement-level trigger may see only one transition table per event; UPDATE needs both sides. */
const TRIGGER_EVENTS = [
  ['inserted', 'INSERT', 'NEW'],
  ['updated_new', 'UPDATE', 'NEW'],
  ['updated_old', 'UPDATE', 'OLD'],
  ['deleted', 'DELETE', 'OLD'],
] as const;
