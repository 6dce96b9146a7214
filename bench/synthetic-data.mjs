// Deterministic synthetic dataset for the benchmark, inserted in bulk with INSERT ... SELECT
// generate_series. No random(): every value derives from the series index with modulo
// arithmetic, and ids are md5-derived uuids, so two runs build the same database.

export const FULL_SIZES = { members: 8, partners: 40, users: 300, activities: 200_000, referrals: 20_000, meetings: 400 };
export const QUICK_SIZES = { members: 8, partners: 40, users: 300, activities: 8_000, referrals: 1_000, meetings: 40 };

export const BENCH_PASSWORD = 'bench-password-0f3c9a71';
export const COORDINATOR_EMAIL = 'bench-coordinator@bench.local';
export const MEMBER_EMAIL = 'bench-member@bench.local';

/**
 * Adds partners, users, activities (co-organizers, goals, institutions, participants),
 * referrals and meetings to a migrated and seeded database. `client` is a connected pg Client.
 * Returns the seconds each step took.
 */
export async function insertSyntheticData(client, sizes, passwordHash) {
  const timings = {};
  const step = async (name, sql, params = []) => {
    const started = performance.now();
    await client.query(sql, params);
    timings[name] = Number(((performance.now() - started) / 1000).toFixed(2));
  };

  const members = (await client.query(`SELECT id, short_name, city FROM organizations WHERE kind = 'AT_NETWORK_MEMBER' ORDER BY short_name`)).rows;
  if (members.length !== sizes.members) throw new Error(`expected ${sizes.members} AT network members after the seed, found ${members.length}`);
  const astra = members.find((m) => m.short_name === 'ASTRA') ?? members[0];
  const otherMember = members.find((m) => m.id !== astra.id);
  const networks = (await client.query(`SELECT id FROM networks WHERE kind = 'PARTNER_NETWORK' ORDER BY code`)).rows.map((r) => r.id);
  if (networks.length === 0) throw new Error('the seed created no partner network');
  const memberIds = members.map((m) => m.id);
  const memberCities = members.map((m) => m.city);

  await client.query('BEGIN');
  // Foreign keys of rows built from existing ids need no per-row checks (superuser only; skipped otherwise).
  const replica = await client
    .query('SAVEPOINT r; SET LOCAL session_replication_role = replica; RELEASE SAVEPOINT r')
    .then(() => true)
    .catch(async () => (await client.query('ROLLBACK TO SAVEPOINT r'), false));
  // Deterministic ids: md5 of a name, shaped as a version-4 uuid (the API's validation wants a version).
  await client.query(`CREATE FUNCTION pg_temp.uid(text) RETURNS uuid IMMUTABLE LANGUAGE sql AS $$ SELECT overlay(overlay(md5($1) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`);
  await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
  await client.query(`SET LOCAL work_mem = '64MB'`);

  // Partner organizations abroad: each in one partner network, with a profile accepting every category.
  await step(
    'partners',
    `WITH p AS (
       INSERT INTO organizations (id, short_name, name_sr, name_en, kind, city, country, contact_email, active)
       SELECT pg_temp.uid('partner-' || g), 'Bench Partner ' || lpad(g::text, 2, '0'), 'Partnerska organizacija ' || g, 'Partner organization ' || g,
              'PARTNER_ORGANIZATION', (ARRAY['Wien','Bucuresti','Athina','Sofia','Zagreb','Skopje','Budapest','Ljubljana'])[(g % 8) + 1],
              (ARRAY['AT','RO','GR','BG','HR','MK','HU','SI'])[(g % 8) + 1], 'partner' || g || '@bench.local', true
         FROM generate_series(1, $1::int) g
       RETURNING id, short_name)
     , prof AS (
       INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails)
       SELECT id, enum_range(NULL::referral_category), '{en}', ARRAY['contact-' || replace(lower(short_name), ' ', '-') || '@bench.local'] FROM p)
     INSERT INTO network_memberships (network_id, organization_id, role)
     SELECT ($2::uuid[])[((substring(short_name from '\\d+$')::int - 1) % array_length($2::uuid[], 1)) + 1], id, 'MEMBER' FROM p`,
    [sizes.partners, networks],
  );
  const partnerIds = (await client.query(`SELECT id FROM organizations WHERE short_name LIKE 'Bench Partner %' ORDER BY short_name`)).rows.map((r) => r.id);
  const partnerNetworkIds = partnerIds.map((_, j) => networks[j % networks.length]);

  // Users: two named accounts the bench signs in with, the rest spread over members and partners.
  await step(
    'users',
    `INSERT INTO users (id, organization_id, email, full_name, role, language, password_hash)
     SELECT pg_temp.uid('user-' || g),
            CASE WHEN g = 1 THEN $3::uuid WHEN g = 2 THEN $4::uuid
                 WHEN (g % 48) < 8 THEN ($1::uuid[])[(g % 48) + 1] ELSE ($2::uuid[])[(g % 48) - 7] END,
            CASE WHEN g = 1 THEN '${COORDINATOR_EMAIL}' WHEN g = 2 THEN '${MEMBER_EMAIL}' ELSE 'bench-user-' || lpad(g::text, 3, '0') || '@bench.local' END,
            'Bench User ' || g,
            (CASE WHEN g = 1 THEN 'COORDINATOR' WHEN g = 2 THEN 'MEMBER_ADMIN'
                  WHEN (g % 48) >= 8 THEN 'PARTNER'
                  WHEN ($1::uuid[])[(g % 48) + 1] = $3::uuid THEN (CASE WHEN g % 2 = 0 THEN 'COORDINATOR' ELSE 'EVALUATOR' END)
                  WHEN g % 3 = 0 THEN 'MEMBER_ADMIN' ELSE 'MEMBER_STAFF' END)::user_role,
            (CASE WHEN g % 4 = 0 THEN 'en' ELSE 'sr' END)::user_language, $5
       FROM generate_series(1, $6::int) g`,
    [memberIds, partnerIds, astra.id, otherMember.id, passwordHash, sizes.users],
  );

  // Activities over 2021-2024 (1461 days), spread over the members; ~20% not approved.
  await step(
    'activities',
    `INSERT INTO activities (id, organization_id, type, title, description, starts_on, ends_on, city, online, target_groups,
                             participants_total, media_outlets, media_audience, status, submitted_at, reviewed_at, version, created_at, updated_at)
     SELECT pg_temp.uid('activity-' || g), ($1::uuid[])[(g % 8) + 1],
            (enum_range(NULL::activity_type))[(g % 8) + 1],
            'Aktivnost ' || g || ': prevencija trgovine ljudima',
            'Sintetička aktivnost broj ' || g || ' za merenje performansi',
            d, d + (g % 3), ($2::text[])[(g % 8) + 1], g % 10 = 7,
            ARRAY[(enum_range(NULL::activity_target_group))[(g % 12) + 1], (enum_range(NULL::activity_target_group))[((g + 5) % 12) + 1]],
            (SELECT sum(1 + ((g + 5 * k) % 10))::int FROM generate_series(0, 11) k WHERE (g + k) % 3 = 0),
            CASE WHEN g % 8 = 5 THEN 1 + g % 7 END, CASE WHEN g % 8 = 5 THEN 1000 * (1 + g % 50) END,
            (CASE WHEN g % 10 = 0 THEN 'DRAFT' WHEN g % 20 = 1 THEN 'SUBMITTED' WHEN g % 20 = 11 THEN 'RETURNED' ELSE 'APPROVED' END)::activity_status,
            CASE WHEN g % 10 <> 0 THEN d + 5 END, CASE WHEN g % 10 NOT IN (0, 1) THEN d + 9 END,
            1, d, d
       FROM generate_series(1, $3::int) g, LATERAL (SELECT date '2021-01-01' + ((g::bigint * 7919) % 1461)::int AS d) day`,
    [memberIds, memberCities, sizes.activities],
  );

  // ~10% joint activities (one co-organizer, every third of them two).
  await step(
    'co-organizers',
    // The activity's start date and status, as the trigger would keep them (triggers do not fire in replica mode).
    `INSERT INTO activity_co_organizers (activity_id, organization_id, starts_on, status)
     SELECT a.id, ($1::uuid[])[((g + k) % 8) + 1], a.starts_on, a.status
       FROM generate_series(1, $2::int) g
       JOIN activities a ON a.id = pg_temp.uid('activity-' || g), generate_series(3, 5, 2) k
      WHERE g % 10 = 3 AND (k = 3 OR g % 30 = 3)`,
    [memberIds, sizes.activities],
  );

  // One or two goals of the 2021-2024 plan.
  await step(
    'goals',
    `WITH goals AS (SELECT array_agg(sg.id ORDER BY sg.position) AS ids FROM strategic_goals sg JOIN strategy_periods sp ON sp.id = sg.period_id WHERE sp.code = '2021-2024')
     INSERT INTO activity_goals (activity_id, goal_id)
     SELECT pg_temp.uid('activity-' || g), goals.ids[((g + k) % array_length(goals.ids, 1)) + 1]
       FROM goals, generate_series(1, $1::int) g, generate_series(0, 2, 2) k
      WHERE k = 0 OR g % 3 = 0`,
    [sizes.activities],
  );

  // One to three institutions.
  await step(
    'institutions',
    `INSERT INTO activity_institutions (id, activity_id, kind, name)
     SELECT pg_temp.uid('institution-' || g || '-' || k), pg_temp.uid('activity-' || g),
            (enum_range(NULL::institution_kind))[((g + k) % 8) + 1], 'Institucija ' || ((g::bigint * 31 + k * 7) % 500)
       FROM generate_series(1, $1::int) g, generate_series(1, 3) k
      WHERE k <= 1 + g % 3`,
    [sizes.activities],
  );

  // Participants by gender and age band: four of the twelve cells, adding up to participants_total.
  await step(
    'participants',
    `WITH bands AS (SELECT array_agg(id ORDER BY position) AS ids FROM age_bands)
     INSERT INTO activity_participants (activity_id, gender, age_band_id, count)
     SELECT pg_temp.uid('activity-' || g), (enum_range(NULL::participant_gender))[(k / 4) + 1], bands.ids[(k % 4) + 1], 1 + ((g + 5 * k) % 10)
       FROM bands, generate_series(1, $1::int) g, generate_series(0, 11) k
      WHERE (g + k) % 3 = 0`,
    [sizes.activities],
  );

  // Referrals from members to partners, 2021-2024, in every stage after sending.
  await step(
    'referrals',
    `INSERT INTO referrals (id, reference, sending_organization_id, partner_organization_id, network_id, category, urgency, requested_services,
                            status, age_broad, gender, citizenship, country_of_exploitation, type_of_exploitation,
                            sent_at, acknowledge_due_at, acknowledged_at, closed_at, outcome, version, created_at, updated_at)
     SELECT pg_temp.uid('referral-' || g), 'AT-' || (2021 + g % 4) || '-' || lpad((g / 4 + 1)::text, 6, '0'),
            ($1::uuid[])[(g % 8) + 1], ($2::uuid[])[(g % $4::int) + 1], ($3::uuid[])[(g % $4::int) + 1],
            (enum_range(NULL::referral_category))[(g % 5) + 1], (enum_range(NULL::referral_urgency))[(g % 3) + 1],
            ARRAY[(enum_range(NULL::requested_service))[(g % 7) + 1]],
            s.status, (enum_range(NULL::htcds_age_broad))[(g % 10) + 1], (enum_range(NULL::htcds_gender))[(g % 4) + 1],
            'RS', (ARRAY['AT','DE','IT','GR','TR'])[(g % 5) + 1], ARRAY[(enum_range(NULL::type_of_exploitation))[(g % 10) + 1]],
            t, t + interval '24 hours',
            CASE WHEN s.status <> 'SENT' THEN t + interval '6 hours' END,
            CASE WHEN s.status = 'CLOSED' THEN t + interval '60 days' END,
            CASE WHEN s.status = 'CLOSED' THEN (CASE WHEN g % 2 = 0 THEN 'SUCCESSFUL' ELSE 'NOT_SUCCESSFUL' END)::referral_outcome END,
            1, t, t
       FROM generate_series(1, $5::int) g,
            LATERAL (SELECT (ARRAY['SENT','ACKNOWLEDGED','ACCEPTED','IN_PROGRESS','CLOSED','CLOSED'])[(g % 6) + 1]::referral_status AS status,
                            make_date(2021 + g % 4, 1, 1) + ((g * 2617) % 360) * interval '1 day' + (g % 24) * interval '1 hour' AS t) s`,
    [memberIds, partnerIds, partnerNetworkIds, partnerIds.length, sizes.referrals],
  );
  await client.query(
    `INSERT INTO referral_counters (year, last_number)
     SELECT 2021 + y, ($1::int + 3 - y) / 4 + 1 FROM generate_series(0, 3) y WHERE $1::int > 0
     ON CONFLICT (year) DO UPDATE SET last_number = GREATEST(referral_counters.last_number, EXCLUDED.last_number)`,
    [sizes.referrals],
  );

  // Meetings every three and a half days over 2021-2024, with the members invited.
  await step(
    'meetings',
    `WITH m AS (
       INSERT INTO meetings (id, title, kind, status, starts_at, ends_at, time_zone, city, venue, description, version, created_at, updated_at)
       SELECT pg_temp.uid('meeting-' || g), 'Sastanak mreže ' || g, (enum_range(NULL::meeting_kind))[(g % 4) + 1], 'SCHEDULED',
              t, t + interval '3 hours', 'Europe/Belgrade', ($2::text[])[(g % 8) + 1], 'Sala ' || (g % 5 + 1), 'Dnevni red sastanka ' || g, 1, t, t
         FROM generate_series(1, $1::int) g, LATERAL (SELECT timestamptz '2021-01-04 09:00:00+00' + (g - 1) * (interval '1461 days' / $1::int) AS t) s
       RETURNING id)
     INSERT INTO meeting_invited_organizations (meeting_id, organization_id) SELECT m.id, o FROM m, unnest($3::uuid[]) o`,
    [sizes.meetings, memberCities, memberIds],
  );

  // The progress totals' triggers do not fire in replica mode (nor would row-by-row upkeep suit a bulk load): recount once.
  await step('progress totals', 'SELECT progress_rebuild()');
  await step('activity list totals', 'SELECT activity_counts_rebuild()');

  await client.query('COMMIT');
  // As autovacuum would have done on a real installation after such a load: statistics, and the
  // visibility map that lets counts be answered from indexes alone.
  // A snapshot older than the load (an autovacuum worker's, say) keeps pages from being marked
  // all-visible: vacuum again shortly after until they are, as autovacuum would.
  const started = performance.now();
  for (let pass = 0; pass < 5; pass++) {
    await client.query('VACUUM (ANALYZE) activities, activity_co_organizers, activity_counts');
    const { rows } = await client.query(`SELECT min(relallvisible::float / greatest(relpages, 1))::float AS visible FROM pg_class WHERE relname IN ('activities', 'activity_co_organizers')`);
    timings.allVisibleShare = Number(rows[0].visible.toFixed(3));
    if (rows[0].visible >= 0.95) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  await client.query('VACUUM (ANALYZE)');
  timings.vacuumAnalyze = Number(((performance.now() - started) / 1000).toFixed(2));

  const counts = (
    await client.query(`SELECT
        (SELECT count(*)::int FROM organizations WHERE kind = 'AT_NETWORK_MEMBER') AS members,
        (SELECT count(*)::int FROM organizations WHERE kind = 'PARTNER_ORGANIZATION' AND short_name LIKE 'Bench Partner %') AS partners,
        (SELECT count(*)::int FROM users) AS users,
        (SELECT count(*)::int FROM activities) AS activities,
        (SELECT count(*)::int FROM activity_co_organizers) AS "coOrganizers",
        (SELECT count(*)::int FROM activity_goals) AS "activityGoals",
        (SELECT count(*)::int FROM activity_institutions) AS institutions,
        (SELECT count(*)::int FROM activity_participants) AS "participantRows",
        (SELECT count(*)::int FROM referrals) AS referrals,
        (SELECT count(*)::int FROM meetings) AS meetings`)
  ).rows[0];
  return { counts, timings, foreignKeyChecksSkipped: replica, memberIds, astraId: astra.id, memberId: otherMember.id, partnerIds };
}
