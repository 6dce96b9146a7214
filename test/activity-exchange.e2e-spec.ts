import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { ActivityStatus, ActivityType } from '@app/activities';
import { AuditAction } from '@app/audit';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const BANDS = ['UNDER_15', '15_17', '18_29', '30_PLUS'];
const IMPORT_HEADER = [
  'type', 'title', 'description', 'startsOn', 'endsOn', 'city', 'online', 'targetGroups', 'participantsTotal',
  ...['female', 'male', 'otherUnknown'].flatMap((gender) => BANDS.map((band) => `${gender}_${band}`)),
  'goals', 'institutions', 'mediaOutlets', 'mediaAudience',
];

/** The export's layout (the import's too) by key, and its header as a Serbian user gets it. */
const PARTICIPANT_KEYS = ['female', 'male', 'otherUnknown'].flatMap((gender) => BANDS.map((band) => `${gender}_${band}`));
const EXPORT_KEYS = [
  'id', 'version', 'organization', 'coOrganizers', 'status', 'type', 'title', 'description', 'startsOn', 'endsOn', 'city', 'online', 'targetGroups', 'participantsTotal',
  ...PARTICIPANT_KEYS, 'goals', 'institutions', 'mediaOutlets', 'mediaAudience',
];
const SR_BANDS = ['mlađi od 15', '15–17', '18–29', '30 i stariji'];
const SR_HEADER = [
  'ID', 'Verzija', 'Organizacija', 'Suorganizatori', 'Status', 'Vrsta', 'Naziv', 'Opis', 'Datum početka', 'Datum završetka', 'Grad', 'Onlajn', 'Ciljne grupe', 'Ukupno učesnika',
  ...['Žene', 'Muškarci', 'Drugo ili nepoznato'].flatMap((gender) => SR_BANDS.map((band) => `${gender} ${band}`)),
  'Ciljevi', 'Institucije', 'Broj medija', 'Medijska publika',
];
const at = (key: string) => EXPORT_KEYS.indexOf(key);

interface Download {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  json: () => any;
}

/** A CSV row of the import, by column name; the rest stays empty. */
const importRow = (cells: Record<string, string | number>) => IMPORT_HEADER.map((column) => cells[column] ?? '');
const csvFile = (rows: (string | number)[][], header = IMPORT_HEADER) => Buffer.from(stringify([header, ...rows]), 'utf8');
const parseCsv = (body: Buffer): string[][] => parse(body.toString('utf8'), { bom: true });

/** An XLSX file's first sheet as strings, the way the CSV shows the same cells. */
async function xlsxRows(body: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = Array.from({ length: sheet.getRow(1).cellCount }, () => '');
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value;
      // Booleans as the Serbian CSV writes them (words, which Excel leaves alone).
      cells[col - 1] = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'boolean' ? (v ? 'da' : 'ne') : String(v);
    });
    rows.push(cells);
  });
  return rows;
}

describe('activity export and import', () => {
  let t: TestApp;
  let mine: Organization;
  let other: Organization;
  let nis: Organization;
  let staff: GqlOptions;
  let coordinator: GqlOptions;
  let partner: GqlOptions;
  const token = `oznaka${randomBytes(3).toString('hex')}`;
  const ids: Record<string, string> = {};

  const download = async (path: string, as?: GqlOptions): Promise<Download> => {
    const response = await t
      .http()
      .get(path)
      .set(as?.headers ?? {})
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const body = response.body as Buffer;
    return { status: response.status, headers: response.headers as Record<string, string>, body, json: () => JSON.parse(body.toString('utf8')) };
  };
  const upload = (file: Buffer, name: string, as?: GqlOptions, query = '') =>
    t
      .http()
      .post(`/imports/activities${query}`)
      .set({ ...as?.headers, 'Accept-Language': 'en' })
      .attach('file', file, name);
  const count = async (organizationId: string) => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM activities WHERE organization_id = $1`, [organizationId]))[0].n;

  beforeAll(async () => {
    t = await startTestApp('api');
    const org = (shortName: string) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    nis = await org('CZD Niš');
    mine = await t.factory.newOrganization({ shortName: `Užice ${token}`, kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Užice' });
    other = await t.factory.newOrganization({ shortName: `Other ${token}`, kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Pirot' });
    staff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: mine }));
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA') }));
    partner = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: await org('LSI') }));

    const a1 = await t.factory.newActivity({
      organization: mine,
      status: ActivityStatus.APPROVED,
      title: `Tribina ${token}: Čačak, Šabac, Žabalj, Đurđevo, Ćuprija`,
      startsOn: '2023-05-10',
      endsOn: '2023-05-11',
      city: 'Čačak',
      targetGroups: ['PARENTS', 'PUPILS'] as never,
      participantsTotal: 25,
    });
    const q = (sql: string, params: unknown[]) => t.db.dataSource.query(sql, params);
    await q(
      `INSERT INTO activity_participants (activity_id, gender, age_band_id, count)
       SELECT $1, v.gender::participant_gender, b.id, v.count FROM (VALUES ('FEMALE', '15_17', 14), ('MALE', '15_17', 10), ('OTHER_UNKNOWN', '18_29', 1)) v(gender, band, count)
       JOIN age_bands b ON b.code = v.band`,
      [a1.id],
    );
    await q(`INSERT INTO activity_goals (activity_id, goal_id) SELECT $1, g.id FROM strategic_goals g WHERE g.code IN ('1', '4')`, [a1.id]);
    await q(`INSERT INTO activity_institutions (activity_id, kind, name) VALUES ($1, 'SCHOOL', 'Gimnazija Čačak'), ($1, 'POLICE', 'PU Čačak')`, [a1.id]);
    await q(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [a1.id, nis.id]);
    const a2 = await t.factory.newActivity({ organization: mine, type: ActivityType.MEDIA_CAMPAIGN, title: `Kampanja ${token}`, startsOn: '2023-06-01', endsOn: '2023-06-30', city: null, online: true, mediaOutlets: 3, mediaAudience: 12000 });
    const a3 = await t.factory.newActivity({ organization: other, status: ActivityStatus.APPROVED, title: `Radionica ${token}`, startsOn: '2023-04-02', endsOn: '2023-04-02' });
    const a4 = await t.factory.newActivity({ organization: other, title: `Nacrt ${token}`, startsOn: '2023-05-01', endsOn: '2023-05-01' });
    Object.assign(ids, { a1: a1.id, a2: a2.id, a3: a3.id, a4: a4.id });
  });

  afterAll(() => t.close());

  describe('export', () => {
    it('gives the visible activities as UTF-8 CSV with a BOM, one row each, with counts by gender and age band', async () => {
      const res = await download(`/exports/activities.csv?search=${token}`, staff);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="activities-\d{4}-\d{2}-\d{2}\.csv"$/);
      expect([...res.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

      const [header, ...rows] = parseCsv(res.body);
      // The import's layout, with headers in the user's language (Serbian unless asked otherwise).
      expect(header).toEqual(SR_HEADER);
      // Oldest first; another organization's draft is not there.
      expect(rows.map((r) => r[0])).toEqual([ids.a3, ids.a1, ids.a2]);
      const byId = Object.fromEntries(rows.map((r) => [r[0], Object.fromEntries(EXPORT_KEYS.map((h, i) => [h, r[i]]))]));
      expect(byId[ids.a1]).toEqual({
        id: ids.a1,
        version: '1',
        organization: mine.shortName,
        coOrganizers: 'CZD Niš',
        status: 'APPROVED',
        type: 'YOUTH_WORKSHOP',
        title: `Tribina ${token}: Čačak, Šabac, Žabalj, Đurđevo, Ćuprija`,
        description: '',
        startsOn: '2023-05-10',
        endsOn: '2023-05-11',
        city: 'Čačak',
        online: 'ne',
        targetGroups: 'PARENTS;PUPILS',
        participantsTotal: '25',
        ...Object.fromEntries(PARTICIPANT_KEYS.map((key) => [key, '0'])),
        female_15_17: '14',
        male_15_17: '10',
        otherUnknown_18_29: '1',
        goals: '1;4',
        institutions: 'SCHOOL: Gimnazija Čačak; POLICE: PU Čačak',
        mediaOutlets: '',
        mediaAudience: '',
      });
      expect(byId[ids.a2]).toMatchObject({ status: 'DRAFT', type: 'MEDIA_CAMPAIGN', online: 'da', city: '', female_15_17: '', mediaOutlets: '3', mediaAudience: '12000' });
      const english = parseCsv((await download(`/exports/activities.csv?search=${token}`, { headers: { ...staff.headers, 'Accept-Language': 'en' } })).body);
      expect(english[0].slice(0, 9)).toEqual(['ID', 'Version', 'Organization', 'Co-organizers', 'Status', 'Type', 'Title', 'Description', 'Start date']);
    });

    it('applies the list filter given as query parameters', async () => {
      const res = await download(`/exports/activities.csv?search=${token}&type=MEDIA_CAMPAIGN`, staff);
      expect(parseCsv(res.body).slice(1).map((r) => r[0])).toEqual([ids.a2]);
      const coordinatorSees = await download(`/exports/activities.csv?search=${token}&organizationId=${other.id}`, coordinator);
      expect(parseCsv(coordinatorSees.body).slice(1).map((r) => r[0])).toEqual([ids.a3, ids.a4]);
    });

    it('gives the same rows as XLSX', async () => {
      const csv = parseCsv((await download(`/exports/activities.csv?search=${token}`, staff)).body);
      const res = await download(`/exports/activities.xlsx?search=${token}`, staff);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="activities-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      expect(await xlsxRows(res.body)).toEqual(csv);
    });

    it('refuses anonymous users (401), partners (403) and a bad filter (400 naming the parameter), as JSON', async () => {
      const anonymous = await download(`/exports/activities.csv`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
      const forbidden = await download(`/exports/activities.xlsx`, partner);
      expect(forbidden.status).toBe(403);
      expect(forbidden.json()).toMatchObject({ code: 'FORBIDDEN', reason: 'FORBIDDEN' });
      const bad = await download(`/exports/activities.csv?from=yesterday&colour=red`, staff);
      expect(bad.status).toBe(400);
      expect(bad.json().fields.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['from', 'colour']));
      expect(bad.body.toString()).not.toMatch(/at .*\.ts/);
    });

    it('streams all of a large export, 5,000 rows across several batches', async () => {
      const big = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Kraljevo' });
      await t.db.dataSource.query(
        `INSERT INTO activities (organization_id, type, title, starts_on, ends_on, city, status, participants_total, version)
         SELECT $1, 'LECTURE', 'Predavanje ' || i, DATE '2023-01-01' + (i % 30), DATE '2023-01-01' + (i % 30), 'Kraljevo', 'APPROVED', i % 50, 1
           FROM generate_series(1, 5000) AS i`,
        [big.id],
      );
      const res = await download(`/exports/activities.csv?organizationId=${big.id}`, staff);
      const rows = parseCsv(res.body).slice(1);
      expect(rows).toHaveLength(5000);
      expect(new Set(rows.map((r) => r[0])).size).toBe(5000);
      expect(rows.map((r) => r[at('startsOn')])).toEqual([...rows.map((r) => r[at('startsOn')])].sort());
      expect(new Set(rows.map((r) => r[at('title')]))).toEqual(new Set(Array.from({ length: 5000 }, (_, i) => `Predavanje ${i + 1}`)));
    });
  });

  describe('progress report', () => {
    it("gives the network, goal and goal × organization × quarter figures of a plan period, for one organization's activities", async () => {
      const [{ id: periodId }] = await t.db.dataSource.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`);
      const res = await download(`/exports/progress.csv?periodId=${periodId}&organizationId=${mine.id}`, staff);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="progress-2021-2024-\d{4}-\d{2}-\d{2}\.csv"$/);
      const [header, ...rows] = parseCsv(res.body);
      expect(header).toEqual(['Nivo', 'Period', 'Cilj', 'Organizacija', 'Kvartal', 'Aktivnosti', 'Učesnici', 'Žene', 'Muškarci', 'Drugo ili nepoznato', 'Uzrast UNDER_15', 'Uzrast 15_17', 'Uzrast 18_29', 'Uzrast 30_PLUS']);
      const english = parseCsv((await download(`/exports/progress.csv?periodId=${periodId}&lang=en`, staff)).body)[0];
      expect(english.slice(0, 6)).toEqual(['Level', 'Period', 'Goal', 'Organization', 'Quarter', 'Activities']);
      expect(rows).toContainEqual(['network', '2021-2024', '', '', '', '1', '25', '14', '10', '1', '0', '24', '1', '0']);
      expect(rows).toContainEqual(['cell', '2021-2024', '4', mine.shortName, '2023-Q2', '1', '25', '14', '10', '1', '0', '24', '1', '0']);
      const xlsx = await download(`/exports/progress.xlsx?periodId=${periodId}&organizationId=${mine.id}`, staff);
      expect(await xlsxRows(xlsx.body)).toEqual([header, ...rows]);
      expect((await download('/exports/progress.csv', staff)).json().fields).toEqual([expect.objectContaining({ field: 'periodId' })]);
      expect((await download(`/exports/progress.csv?periodId=${periodId}`, partner)).status).toBe(403);
    });
  });

  describe('template', () => {
    it('downloads as CSV and XLSX with the layout and an example row marked as such, which is never imported', async () => {
      const csv = await download('/exports/activities-template.csv', staff);
      expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csv.headers['content-disposition']).toBe('attachment; filename="activities-template.csv"');
      const [header, example] = parseCsv(csv.body);
      expect(header).toEqual(SR_HEADER);
      expect(example[at('id')]).toBe('PRIMER (ovaj red se ne uvozi)');
      expect(example[at('title')]).toBe('Radionica o bezbednom zapošljavanju u inostranstvu');

      const xlsx = await download('/exports/activities-template.xlsx', { headers: { ...staff.headers, 'Accept-Language': 'en' } });
      expect(xlsx.headers['content-type']).toBe(XLSX);
      const [englishHeader, englishExample] = await xlsxRows(xlsx.body);
      expect(englishHeader.slice(0, 3)).toEqual(['ID', 'Version', 'Organization']);
      expect(englishExample[0]).toBe('EXAMPLE (this row is not imported)');

      const before = await count(mine.id);
      const alone = await upload(csv.body, 'activities-template.csv', staff);
      expect(alone.status).toBe(400);
      expect(alone.body.fields).toEqual([expect.objectContaining({ field: 'file', code: 'EMPTY_FILE', reason: expect.stringContaining('example') })]);
      const filled = Buffer.from(stringify([header, example, example.map((cell, i) => (i === at('id') ? '' : i === at('title') ? `Popunjen šablon ${token}` : cell))]), 'utf8');
      const imported = await upload(filled, 'activities-template.csv', staff);
      expect(imported.status).toBe(201);
      expect(imported.body).toEqual({ imported: 1, created: 1, updated: 0 });
      expect(await count(mine.id)).toBe(before + 1);
      expect((await download('/exports/activities-template.csv')).status).toBe(401);
    });
  });

  describe('import', () => {
    const good = (title: string, extra: Record<string, string | number> = {}) =>
      importRow({
        type: 'YOUTH_WORKSHOP',
        title,
        startsOn: '2024-02-01',
        city: 'Užice',
        targetGroups: 'PUPILS;PARENTS',
        participantsTotal: 12,
        female_15_17: 7,
        male_15_17: 5,
        goals: '1;4',
        institutions: 'SCHOOL: OŠ Ćirilo i Metodije',
        ...extra,
      });

    it('saves every row as a draft of the importing organization, with its parts, and audits each', async () => {
      const before = await count(mine.id);
      const res = await upload(csvFile([good(`Uvoz A ${token}`), good(`Uvoz B ${token}`, { startsOn: '3.2.2024.', online: 'da', city: '' }), good(`Uvoz C ${token}`, { type: 'lecture' })]), 'aktivnosti.csv', staff);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ imported: 3, created: 3, updated: 0 });
      expect(await count(mine.id)).toBe(before + 3);
      const saved = await t.db.dataSource.query(
        `SELECT a.id, a.title, a.status, a.type, a.starts_on::text AS starts_on, a.online,
                (SELECT sum(count)::int FROM activity_participants p WHERE p.activity_id = a.id) AS counted,
                (SELECT count(*)::int FROM activity_goals g WHERE g.activity_id = a.id) AS goals,
                (SELECT count(*)::int FROM audit_log l WHERE l.entity_id = a.id::text AND l.action = $2 AND l.entity_type = 'Activity') AS audited
           FROM activities a WHERE a.organization_id = $1 AND a.title LIKE 'Uvoz %' ORDER BY a.title`,
        [mine.id, AuditAction.ENTITY_CREATED],
      );
      expect(saved.map(({ id: _, ...rest }: { id: string }) => rest)).toEqual([
        { title: `Uvoz A ${token}`, status: 'DRAFT', type: 'YOUTH_WORKSHOP', starts_on: '2024-02-01', online: false, counted: 12, goals: 2, audited: 1 },
        { title: `Uvoz B ${token}`, status: 'DRAFT', type: 'YOUTH_WORKSHOP', starts_on: '2024-02-03', online: true, counted: 12, goals: 2, audited: 1 },
        { title: `Uvoz C ${token}`, status: 'DRAFT', type: 'LECTURE', starts_on: '2024-02-01', online: false, counted: 12, goals: 2, audited: 1 },
      ]);
      const listed = parseCsv((await download(`/exports/activities.csv?search=Uvoz ${token}&status=DRAFT`, staff)).body);
      expect(listed).toHaveLength(4);
    });

    it('reads XLSX too, with date and number cells, and lets a coordinator import for an organization', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Aktivnosti');
      sheet.addRow(IMPORT_HEADER);
      sheet.addRow(good(`Excel ${token}`).map((v, i) => (IMPORT_HEADER[i] === 'startsOn' ? new Date('2024-05-20T00:00:00Z') : v === '' ? null : v)));
      const before = await count(other.id);
      const res = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'aktivnosti.xlsx', coordinator, `?organizationId=${other.id}`);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ imported: 1, created: 1, updated: 0 });
      expect(await count(other.id)).toBe(before + 1);
      const [row] = await t.db.dataSource.query(`SELECT starts_on::text AS starts_on, participants_total FROM activities WHERE title = $1`, [`Excel ${token}`]);
      expect(row).toEqual({ starts_on: '2024-05-20', participants_total: 12 });
    });

    it('refuses a file with bad rows among good ones, naming row, column and reason, and saves nothing', async () => {
      const before = await count(mine.id);
      const res = await upload(
        csvFile([
          good(`Dobar ${token}`),
          good(`Zbir ${token}`, { participantsTotal: 30 }),
          good(`Vrsta ${token}`, { type: 'PICNIC', female_15_17: -1 }),
          good(`Cilj ${token}`, { goals: '9' }),
          good('x'),
        ]),
        'aktivnosti.csv',
        staff,
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'IMPORT_INVALID' });
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { row: 3, column: 'participantsTotal', reason: 'is 30 but the counts by gender and age add up to 12' },
          { row: 4, column: 'type', reason: expect.stringContaining('must be one of: YOUTH_WORKSHOP') },
          { row: 4, column: 'female_15_17', reason: 'must not be negative' },
          { row: 5, column: 'goals', reason: expect.stringContaining('no goal 9 in plan period 2021-2024') },
          { row: 6, column: 'title', reason: 'must have 3 to 200 characters' },
        ]),
      );
      expect(res.body.errors.map((e: { row: number }) => e.row)).not.toContain(2);
      expect(await count(mine.id)).toBe(before);
    });

    it('refuses a wrong header, naming the unknown columns and the missing required ones', async () => {
      const header = IMPORT_HEADER.map((h) => (h === 'female_15_17' ? 'zene_15_17' : h === 'title' ? 'naslov' : h));
      const res = await upload(csvFile([good(`Zaglavlje ${token}`)], header), 'aktivnosti.csv', staff);
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([
        { row: 1, column: 'naslov', reason: expect.stringContaining('unknown column') },
        { row: 1, column: 'zene_15_17', reason: expect.stringContaining('unknown column') },
        { row: 1, column: 'Title', reason: 'missing column' },
      ]);
    });

    it('refuses a CSV that is not UTF-8', async () => {
      const latin2 = Buffer.concat([Buffer.from(IMPORT_HEADER.join(',') + '\n', 'utf8'), Buffer.from([0x4c, 0x45, 0x43, 0x54, 0x55, 0x52, 0x45, 0x2c, 0xe8, 0x61, 0x10, 0x0a])]);
      const res = await upload(latin2, 'aktivnosti.csv', staff);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', reason: expect.stringContaining('must be UTF-8'), code: 'NOT_UTF8' }] });
    });

    it('refuses an upload over 5 MB with 413, and another file type with 400', async () => {
      const res = await upload(Buffer.alloc(5 * 1024 * 1024 + 1024, 'a'), 'aktivnosti.csv', staff);
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ reason: 'FILE_TOO_LARGE', fields: [{ field: 'file' }] });
      const xls = await upload(Buffer.from('x'), 'aktivnosti.xls', staff);
      expect(xls.status).toBe(400);
      expect(xls.body.fields).toEqual([expect.objectContaining({ field: 'file', code: 'UNSUPPORTED_FILE_TYPE' })]);
    });

    it('says which part of the upload is wrong: no file, a file under another name, two files; nothing is imported', async () => {
      const before = await count(mine.id);
      const post = () => t.http().post('/imports/activities').set({ ...staff.headers, 'Accept-Language': 'en' });
      const none = await post().field('note', 'no file here');
      expect(none.status).toBe(400);
      expect(none.body.fields).toEqual([expect.objectContaining({ field: 'file', code: 'FILE_MISSING' })]);
      const renamed = await post().attach('upload', Buffer.from('type,title\n'), 'aktivnosti.csv');
      expect(renamed.status).toBe(400);
      expect(renamed.body).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('unexpected field "upload"') });
      const two = await post().attach('file', Buffer.from('type,title\n'), 'a.csv').attach('file', Buffer.from('type,title\n'), 'b.csv');
      expect(two.status).toBe(400);
      expect(two.body.message).toMatch(/^file: /);
      const notMultipart = await post().set('content-type', 'application/json').send({ file: 'type,title' });
      expect(notMultipart.status).toBe(400);
      expect(notMultipart.body.fields).toEqual([expect.objectContaining({ field: 'file', code: 'FILE_MISSING' })]);
      expect(await count(mine.id)).toBe(before);
    });

    it('refuses a row in a locked reporting period, naming that row', async () => {
      const lock = await t.gql(`mutation { lockReportingPeriod(startsOn: "2022-01-01", endsOn: "2022-12-31", reason: "Izveštaj poslat") { id } }`, {}, coordinator);
      try {
        const before = await count(mine.id);
        const res = await upload(csvFile([good(`Otključano ${token}`), good(`Zaključano ${token}`, { startsOn: '2022-06-01', goals: '' })]), 'aktivnosti.csv', staff);
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual([{ row: 3, column: 'startsOn', reason: expect.stringContaining('2022-01-01 – 2022-12-31 is locked') }]);
        expect(await count(mine.id)).toBe(before);
      } finally {
        await t.gql(`mutation($id: ID!) { unlockReportingPeriod(id: $id) { id } }`, { id: lock.data.lockReportingPeriod.id }, coordinator);
      }
    });

    it("refuses anonymous users (401), partners (403) and another organization's members (404)", async () => {
      const file = csvFile([good(`Tuđe ${token}`)]);
      expect((await upload(file, 'a.csv')).status).toBe(401);
      expect((await upload(file, 'a.csv', partner)).status).toBe(403);
      const elsewhere = await upload(file, 'a.csv', staff, `?organizationId=${other.id}`);
      expect(elsewhere.status).toBe(404);
      expect(elsewhere.body).toMatchObject({ code: 'NOT_FOUND', reason: 'ORGANIZATION_NOT_FOUND' });
    });
  });
});
