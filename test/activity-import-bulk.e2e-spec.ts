import { stringify } from 'csv-stringify/sync';
import { AgeBand, importColumns, insertParts, ResolvedParts, writeParts } from '@app/activities';
import { AuditAction } from '@app/audit';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { User } from '@app/users';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

/** The endpoint's row limit (MAX_IMPORT_ROWS). */
const FULL_FILE = 5_000;
const LOOPBACK = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/** The related rows of an activity, without ids, each list sorted: what two activities must share to be stored alike. */
const PARTS_SQL = `
  SELECT (SELECT coalesce(json_agg(json_build_object('gender', p.gender, 'band', b.code, 'count', p.count) ORDER BY p.gender, b.code), '[]')
            FROM activity_participants p JOIN age_bands b ON b.id = p.age_band_id WHERE p.activity_id = a.id) AS participants,
         (SELECT coalesce(array_agg(g.code ORDER BY g.code), '{}') FROM activity_goals ag JOIN strategic_goals g ON g.id = ag.goal_id WHERE ag.activity_id = a.id) AS goals,
         (SELECT coalesce(json_agg(json_build_object('kind', i.kind, 'name', i.name) ORDER BY i.kind, i.name), '[]') FROM activity_institutions i WHERE i.activity_id = a.id) AS institutions,
         (SELECT coalesce(json_agg(json_build_object('indicator', v.indicator_id, 'value', v.value) ORDER BY v.indicator_id), '[]') FROM activity_indicator_values v WHERE v.activity_id = a.id) AS indicators,
         (SELECT coalesce(array_agg(c.organization_id ORDER BY c.organization_id), '{}') FROM activity_co_organizers c WHERE c.activity_id = a.id) AS co_organizers,
         (SELECT coalesce(json_agg(json_build_object('url', t.url, 'title', t.title) ORDER BY t.url), '[]') FROM activity_attachments t WHERE t.activity_id = a.id) AS attachments
    FROM activities a WHERE a.id = $1`;

describe('activity import of a full file', () => {
  let t: TestApp;
  let lead: Organization;
  let member: User;
  let staff: GqlOptions;
  let coordinator: GqlOptions;
  let header: string[];

  /** A CSV file of the import with these rows, each given by column name. */
  const csvFile = (rows: Record<string, string | number>[]) => Buffer.from(stringify([header, ...rows.map((cells) => header.map((column) => cells[column] ?? ''))]), 'utf8');
  const upload = (file: Buffer, as: GqlOptions, requestId?: string) =>
    t
      .http()
      .post('/imports/activities')
      .set({ ...as.headers, 'Accept-Language': 'en', ...(requestId && { 'X-Request-Id': requestId }) })
      .attach('file', file, 'aktivnosti.csv');
  const count = async (table: string) => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  /** Row i of a generated file: counts, goals, dates and institutions vary from row to row. */
  const generated = (i: number): Record<string, string | number> => ({
    type: i % 3 ? 'YOUTH_WORKSHOP' : 'lecture',
    title: `Radionica ${i}`,
    startsOn: `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
    city: i % 2 ? 'Užice' : '',
    online: i % 2 ? 'ne' : 'da',
    targetGroups: 'PUPILS;PARENTS',
    participantsTotal: 10 + (i % 7),
    female_15_17: 7,
    male_15_17: 3 + (i % 7),
    otherUnknown_18_29: 0,
    goals: i % 2 ? '1;4' : '2',
    institutions: `SCHOOL: Škola ${i}; POLICE: PU Užice`,
    mediaOutlets: i % 5,
  });

  beforeAll(async () => {
    t = await startTestApp('api');
    lead = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Užice' });
    member = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: lead });
    staff = await t.as(member);
    const astra = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' });
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: astra }));
    header = importColumns(await t.db.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } })).map((column) => column.header);
  });

  afterAll(() => t.close());

  it('stores every one of 5,000 rows with its participants, goals and institutions, each audited once naming its row', async () => {
    const res = await upload(csvFile(Array.from({ length: FULL_FILE }, (_, i) => generated(i))), staff, 'import-full-file-0001');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ imported: FULL_FILE, created: FULL_FILE, updated: 0 });

    const stored = await t.db.dataSource.query(
      `SELECT a.title, a.type, a.status, a.version, a.starts_on::text AS starts_on, a.ends_on::text AS ends_on, a.city, a.online, a.target_groups::text[] AS target_groups,
              a.participants_total, a.media_outlets, a.created_by,
              (SELECT json_agg(json_build_object('gender', p.gender, 'count', p.count) ORDER BY p.gender) FROM activity_participants p WHERE p.activity_id = a.id) AS participants,
              (SELECT array_agg(g.code ORDER BY g.code) FROM activity_goals ag JOIN strategic_goals g ON g.id = ag.goal_id WHERE ag.activity_id = a.id) AS goals,
              (SELECT array_agg(i.kind || ': ' || i.name ORDER BY i.kind::text) FROM activity_institutions i WHERE i.activity_id = a.id) AS institutions,
              (SELECT json_agg(json_build_object('summary', l.summary, 'actor', l.actor_user_id, 'organization', l.actor_organization_id, 'request', l.request_id, 'ip', host(l.ip)))
                 FROM audit_log l WHERE l.entity_type = 'Activity' AND l.entity_id = a.id::text AND l.action = $2) AS audit
         FROM activities a WHERE a.organization_id = $1 ORDER BY substring(a.title FROM 11)::int`,
      [lead.id, AuditAction.ENTITY_CREATED],
    );
    expect(stored).toHaveLength(FULL_FILE);
    const ip = stored[0].audit[0].ip;
    expect(LOOPBACK).toContain(ip);
    expect(stored).toEqual(
      Array.from({ length: FULL_FILE }, (_, i) => {
        const row = generated(i);
        return {
          title: `Radionica ${i}`,
          type: i % 3 ? 'YOUTH_WORKSHOP' : 'LECTURE',
          status: 'DRAFT',
          version: 1,
          starts_on: row.startsOn,
          ends_on: row.startsOn,
          city: i % 2 ? 'Užice' : null,
          online: i % 2 === 0,
          target_groups: ['PUPILS', 'PARENTS'],
          participants_total: 10 + (i % 7),
          media_outlets: i % 5,
          created_by: member.id,
          // A zero count is not stored, as createActivity does not store it.
          participants: [
            { gender: 'FEMALE', count: 7 },
            { gender: 'MALE', count: 3 + (i % 7) },
          ],
          goals: i % 2 ? ['1', '4'] : ['2'],
          institutions: ['POLICE: PU Užice', `SCHOOL: Škola ${i}`],
          audit: [{ summary: `imported from a spreadsheet, row ${i + 2}`, actor: member.id, organization: lead.id, request: 'import-full-file-0001', ip }],
        };
      }),
    );
  }, 120_000);

  it('saves nothing of a 5,000-row file whose last row is wrong, naming that row and a row that touches a locked period', async () => {
    const lock = await t.gql(`mutation { lockReportingPeriod(startsOn: "2022-01-01", endsOn: "2022-12-31", reason: "Izveštaj poslat") { id } }`, {}, coordinator);
    try {
      const before = { activities: await count('activities'), participants: await count('activity_participants'), audit: await count('audit_log') };
      const rows = Array.from({ length: FULL_FILE }, (_, i) => generated(i));
      rows[2_500] = { ...rows[2_500], startsOn: '2021-12-30', endsOn: '2022-01-02', goals: '' };
      rows[FULL_FILE - 1] = { ...rows[FULL_FILE - 1], title: 'x' };
      const res = await upload(csvFile(rows), staff);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_INVALID', message: '2 problems in 2 rows: nothing was imported' });
      expect(res.body.errors).toEqual([
        { row: 2_502, column: 'startsOn', reason: expect.stringContaining('2022-01-01 – 2022-12-31 is locked') },
        { row: FULL_FILE + 1, column: 'title', reason: 'must have 3 to 200 characters' },
      ]);
      expect({ activities: await count('activities'), participants: await count('activity_participants'), audit: await count('audit_log') }).toEqual(before);
    } finally {
      await t.gql(`mutation($id: ID!) { unlockReportingPeriod(id: $id) { id } }`, { id: lock.data.lockReportingPeriod.id }, coordinator);
    }
  }, 120_000);

  it('saves nothing, and goes on serving, when the database refuses a row that passed every check', async () => {
    const before = { activities: await count('activities'), audit: await count('audit_log') };
    const rows = Array.from({ length: 1_500 }, (_, i) => generated(i));
    // PostgreSQL text cannot hold a NUL character; nothing before the INSERT looks for one.
    rows[10] = { ...rows[10], title: 'Radionica \u0000 nula' };
    const res = await upload(csvFile(rows), staff);
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect({ activities: await count('activities'), audit: await count('audit_log') }).toEqual(before);
    expect((await upload(csvFile([generated(1)]), staff)).status).toBe(201);
  }, 120_000);

  it('stores an imported row exactly as createActivity stores the same activity', async () => {
    const res = await upload(csvFile([{ ...generated(1), title: 'Uvoz kao unos', description: 'Opis', endsOn: '2024-02-03' }]), staff);
    expect(res.status).toBe(201);
    const [{ code4, code1 }] = await t.db.dataSource.query(`SELECT max(id::text) FILTER (WHERE code = '4') AS code4, max(id::text) FILTER (WHERE code = '1') AS code1 FROM strategic_goals g
      WHERE period_id = (SELECT id FROM strategy_periods WHERE '2024-02-02' BETWEEN starts_on AND ends_on)`);
    const created = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      {
        input: {
          type: 'YOUTH_WORKSHOP',
          title: 'Unos kao uvoz',
          description: 'Opis',
          startsOn: '2024-02-02',
          endsOn: '2024-02-03',
          city: 'Užice',
          online: false,
          targetGroups: ['PUPILS', 'PARENTS'],
          participantsTotal: 11,
          // The cells of generated(1): female_15_17, male_15_17, otherUnknown_18_29.
          participants: [['FEMALE', '15_17', 7], ['MALE', '15_17', 4], ['OTHER_UNKNOWN', '18_29', 0]].map(([gender, ageBand, count]) => ({ gender, ageBand, count })),
          goalIds: [code1, code4],
          institutions: [{ kind: 'SCHOOL', name: 'Škola 1' }, { kind: 'POLICE', name: 'PU Užice' }],
          mediaOutlets: 1,
        },
      },
      staff,
    );
    expect(created.errors).toBeUndefined();
    const activity = (title: string) =>
      t.db.dataSource.query(
        `SELECT a.id, to_jsonb(a) - 'id' - 'title' - 'created_at' - 'updated_at' AS fields,
                (SELECT json_agg(json_build_object('action', l.action, 'actor', l.actor_user_id, 'organization', l.actor_organization_id, 'changed', l.changed_fields))
                   FROM audit_log l WHERE l.entity_id = a.id::text) AS audit
           FROM activities a WHERE a.title = $1`,
        [title],
      );
    const [imported] = await activity('Uvoz kao unos');
    const [typed] = await activity('Unos kao uvoz');
    expect(imported.fields).toEqual(typed.fields);
    expect(imported.audit).toEqual(typed.audit);
    expect(await t.db.dataSource.query(PARTS_SQL, [imported.id])).toEqual(await t.db.dataSource.query(PARTS_SQL, [typed.id]));
  });

  it('writes every kind of part for many activities as it writes them for one', async () => {
    const nis = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'CZD Niš' });
    const [goal] = await t.db.dataSource.query(`SELECT id FROM strategic_goals ORDER BY code LIMIT 1`);
    const [indicator] = await t.db.dataSource.query(
      `INSERT INTO indicators (goal_id, code, position, name_sr, name_en, unit, target) VALUES ($1, 'B.1', 1, 'Broj', 'Count', 'persons', 100) RETURNING id`,
      [goal.id],
    );
    const [band] = await t.db.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } });
    const parts: ResolvedParts = {
      participants: [{ gender: 'FEMALE', ageBandId: band.id, count: 4 } as never],
      goalIds: [goal.id],
      indicatorValues: [{ indicatorId: indicator.id, value: 12.5 }],
      coOrganizerIds: [nis.id],
      institutions: [{ kind: 'CSO' as never, name: 'Udruženje' }],
      attachments: [
        { url: 'https://example.org/a', title: 'Agenda' },
        { url: 'https://example.org/b', title: '' },
      ],
    };
    const [one, many, none] = await Promise.all([1, 2, 3].map((n) => t.factory.newActivity({ organization: lead, title: `Delovi ${n}` })));
    await t.db.dataSource.transaction(async (manager) => {
      await writeParts(manager, one.id, parts);
      await insertParts(manager, [
        { activityId: many.id, parts },
        { activityId: none.id, parts: {} },
      ]);
    });
    const [written] = await t.db.dataSource.query(PARTS_SQL, [one.id]);
    expect(written.co_organizers).toEqual([nis.id]);
    expect(written.indicators).toEqual([{ indicator: indicator.id, value: 12.5 }]);
    expect(await t.db.dataSource.query(PARTS_SQL, [many.id])).toEqual([written]);
    expect(await t.db.dataSource.query(PARTS_SQL, [none.id])).toEqual([{ participants: [], goals: [], institutions: [], indicators: [], co_organizers: [], attachments: [] }]);
  });
});
