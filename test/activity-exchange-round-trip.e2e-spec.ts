import { randomBytes } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { ActivityStatus } from '@app/activities';
import { Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const FORMULA_TITLES = ['=HYPERLINK("http://example.org","klik")', "Radionica;=cmd|' /C calc'!A0;x", '@SUM(1+1) i +381 11 123, -2 stepena'];

describe('activity spreadsheets that round-trip', () => {
  let t: TestApp;
  let mine: Organization;
  let staff: GqlOptions;
  const token = `krug${randomBytes(3).toString('hex')}`;

  const download = async (path: string, language?: 'en' | 'sr') => {
    const res = await t
      .http()
      .get(path)
      .set({ ...staff.headers, ...(language && { 'Accept-Language': language }) })
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    return { body: res.body as Buffer, headers: res.headers as Record<string, string> };
  };
  const upload = (file: Buffer, name: string, language: 'en' | 'sr' = 'sr') =>
    t.http().post('/imports/activities').set({ ...staff.headers, 'Accept-Language': language }).attach('file', file, name);
  const activity = async (id: string) =>
    (await t.db.dataSource.query(`SELECT title, city, version, participants_total, status FROM activities WHERE id = $1`, [id]))[0] as { title: string; city: string | null; version: number; participants_total: number | null };
  const titled = async (title: string) => (await t.db.dataSource.query(`SELECT id FROM activities WHERE organization_id = $1 AND title = $2`, [mine.id, title])) as { id: string }[];
  const count = async () => (await t.db.dataSource.query(`SELECT count(*)::int AS n FROM activities WHERE organization_id = $1`, [mine.id]))[0].n as number;

  beforeAll(async () => {
    t = await startTestApp('api');
    mine = await t.factory.newOrganization({ shortName: `Kragujevac ${token}`, kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Kragujevac' });
    staff = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: mine }));
  });

  afterAll(() => t.close());

  /** Two drafts with their parts, as a member would have logged them. */
  async function twoDrafts(label: string) {
    const first = await t.factory.newActivity({ organization: mine, title: `Prva ${label} ${token}`, startsOn: '2024-03-14', endsOn: '2024-03-14', city: 'Kragujevac', participantsTotal: 20 });
    const second = await t.factory.newActivity({ organization: mine, title: `Druga ${label} ${token}`, startsOn: '2024-04-02', endsOn: '2024-04-03', city: 'Kragujevac' });
    await t.db.dataSource.query(
      `INSERT INTO activity_participants (activity_id, gender, age_band_id, count)
       SELECT $1, v.gender::participant_gender, b.id, v.count FROM (VALUES ('FEMALE', '15_17', 12), ('MALE', '15_17', 8)) v(gender, band, count) JOIN age_bands b ON b.code = v.band`,
      [first.id],
    );
    await t.db.dataSource.query(`INSERT INTO activity_goals (activity_id, goal_id) SELECT $1, g.id FROM strategic_goals g WHERE g.code IN ('1', '4')`, [first.id]);
    await t.db.dataSource.query(`INSERT INTO activity_institutions (activity_id, kind, name) VALUES ($1, 'SCHOOL', 'Prva kragujevačka gimnazija')`, [first.id]);
    return { first, second };
  }

  it('round trip: an exported XLSX edited and extended with exceljs imports as one activity updated and one created, nothing duplicated', async () => {
    const { first, second } = await twoDrafts('xlsx');
    const exported = await download(`/exports/activities.xlsx?search=xlsx ${token}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(exported.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const header = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
    const column = (name: string) => header.indexOf(name);
    expect(sheet.rowCount).toBe(3);
    // Edit as a user in Excel would: the first activity's city and title, and a new row under them.
    const firstRow = [2, 3].map((n) => sheet.getRow(n)).find((row) => row.getCell(column('ID')).value === first.id)!;
    firstRow.getCell(column('Grad')).value = 'Topola';
    firstRow.getCell(column('Naziv')).value = `Prva xlsx ${token} (dopunjeno)`;
    const added = sheet.addRow([]);
    added.getCell(column('Vrsta')).value = 'LECTURE';
    added.getCell(column('Naziv')).value = `Nova xlsx ${token}`;
    added.getCell(column('Datum početka')).value = new Date(Date.UTC(2024, 4, 20));
    added.getCell(column('Datum početka')).numFmt = 'd.m.yyyy';
    added.getCell(column('Grad')).value = 'Kragujevac';
    added.getCell(column('Ukupno učesnika')).value = 9;
    added.getCell(column('Ciljevi')).value = '2';
    const edited = Buffer.from(await workbook.xlsx.writeBuffer());

    const before = await count();
    const res = await upload(edited, 'aktivnosti.xlsx');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ imported: 2, created: 1, updated: 1 });
    expect(await count()).toBe(before + 1);
    expect(await activity(first.id)).toMatchObject({ title: `Prva xlsx ${token} (dopunjeno)`, city: 'Topola', version: 2, participants_total: 20 });
    // Its parts came back as they were exported.
    const [parts] = await t.db.dataSource.query(
      `SELECT (SELECT sum(count)::int FROM activity_participants WHERE activity_id = $1) AS counted, (SELECT count(*)::int FROM activity_goals WHERE activity_id = $1) AS goals,
              (SELECT count(*)::int FROM activity_institutions WHERE activity_id = $1) AS institutions`,
      [first.id],
    );
    expect(parts).toEqual({ counted: 20, goals: 2, institutions: 1 });
    expect(await activity(second.id)).toMatchObject({ title: `Druga xlsx ${token}`, version: 1 });
    const [created] = await t.db.dataSource.query(`SELECT starts_on::text AS starts_on, status, participants_total FROM activities WHERE title = $1`, [`Nova xlsx ${token}`]);
    expect(created).toEqual({ starts_on: '2024-05-20', status: ActivityStatus.DRAFT, participants_total: 9 });

    // The same file again: the first row's version is now stale, so nothing is saved.
    const again = await upload(edited, 'aktivnosti.xlsx');
    expect(again.status).toBe(400);
    expect(again.body.errors).toEqual([{ row: expect.any(Number), column: 'Verzija', reason: expect.stringContaining('neko je sačuvao ovu aktivnost posle izvoza') }]);
    expect(await titled(`Nova xlsx ${token}`)).toHaveLength(1);
  });

  it('round trip: a semicolon CSV with a BOM, as Excel with Serbian settings saves it, updates one activity and creates one', async () => {
    const { first, second } = await twoDrafts('csv');
    const exported = await download(`/exports/activities-excel-sr.csv?search=csv ${token}`);
    expect(exported.headers['content-disposition']).toMatch(/filename="activities-\d{4}-\d{2}-\d{2}-excel-sr\.csv"/);
    expect([...exported.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows]: string[][] = parse(exported.body.toString('utf8'), { bom: true, delimiter: ';' });
    expect(header.slice(0, 3)).toEqual(['ID', 'Verzija', 'Organizacija']);
    const column = (name: string) => header.indexOf(name);
    const secondRow = rows.find((row) => row[column('ID')] === second.id)!;
    secondRow[column('Grad')] = 'Aranđelovac';
    secondRow[column('Datum završetka')] = '4.4.2024.';
    const added = header.map(() => '');
    Object.assign(added, { [column('Vrsta')]: 'ROUND_TABLE', [column('Naziv')]: `Nova csv ${token}`, [column('Datum početka')]: '15.6.2024.', [column('Onlajn')]: 'da' });
    const edited = Buffer.from(`\uFEFF${stringify([header, ...rows, added], { delimiter: ';' })}`, 'utf8');

    const before = await count();
    const res = await upload(edited, 'aktivnosti.csv');
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ imported: 2, created: 1, updated: 1 });
    expect(await count()).toBe(before + 1);
    expect(await activity(second.id)).toMatchObject({ city: 'Aranđelovac', version: 2 });
    expect(await activity(first.id)).toMatchObject({ title: `Prva csv ${token}`, version: 1 });
    expect(await titled(`Nova csv ${token}`)).toHaveLength(1);
  });

  it('round trip: formula-looking titles are exported so that no spreadsheet runs them, and read back as the same text from CSV and XLSX', async () => {
    const ids: string[] = [];
    for (const [i, title] of FORMULA_TITLES.entries()) ids.push((await t.factory.newActivity({ organization: mine, title: `${title} ${token}`, startsOn: `2024-07-0${i + 1}`, endsOn: `2024-07-0${i + 1}` })).id);
    const titles = FORMULA_TITLES.map((title) => `${title} ${token}`);

    // The semicolon CSV: every place a formula could start is guarded; changing the city only, the titles come back intact.
    const csv = await download(`/exports/activities-excel-sr.csv?organizationId=${mine.id}&from=2024-07-01&to=2024-07-31`);
    const [header, ...rows]: string[][] = parse(csv.body.toString('utf8'), { bom: true, delimiter: ';' });
    for (const row of rows) expect(row[header.indexOf('Naziv')]).not.toMatch(/^[=+\-@]|[;,][ ]*[=+\-@]/);
    for (const row of rows) row[header.indexOf('Grad')] = 'Niš';
    const fromCsv = await upload(Buffer.from(`\uFEFF${stringify([header, ...rows], { delimiter: ';' })}`, 'utf8'), 'aktivnosti.csv');
    expect(fromCsv.status).toBe(201);
    expect(fromCsv.body).toMatchObject({ updated: 3, created: 0 });
    for (const [i, id] of ids.entries()) expect(await activity(id)).toMatchObject({ title: titles[i], city: 'Niš', version: 2 });

    // The XLSX, with English headers, imported by a Serbian user: text cells, the titles as they are.
    const xlsx = await download(`/exports/activities.xlsx?organizationId=${mine.id}&from=2024-07-01&to=2024-07-31`, 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0];
    const englishHeader = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
    const titleCells = [2, 3, 4].map((n) => sheet.getRow(n).getCell(englishHeader.indexOf('Title')));
    expect(titleCells.map((cell) => cell.type)).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
    expect(titleCells.map((cell) => cell.value).sort()).toEqual([...titles].sort());
    for (const n of [2, 3, 4]) sheet.getRow(n).getCell(englishHeader.indexOf('City')).value = 'Pirot';
    const fromXlsx = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'activities.xlsx');
    expect(fromXlsx.status).toBe(201);
    for (const [i, id] of ids.entries()) expect(await activity(id)).toMatchObject({ title: titles[i], city: 'Pirot', version: 3 });

    // A fresh export imported as it is changes nothing.
    const fresh = await download(`/exports/activities.xlsx?organizationId=${mine.id}&from=2024-07-01&to=2024-07-31`);
    const unchanged = await upload(fresh.body, 'activities.xlsx');
    expect(unchanged.body).toEqual({ imported: 0, created: 0, updated: 0 });
    for (const id of ids) expect(await activity(id)).toMatchObject({ version: 3 });
  });

  it('round trip: co-organizers by short name; a row as exported is left alone even when a co-organizer has left the network since', async () => {
    const partnerOrg = await t.factory.newOrganization({ shortName: `Suorganizator ${token}`, kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Kraljevo' });
    const shared = await t.factory.newActivity({ organization: mine, title: `Zajednička ${token}`, startsOn: '2024-09-10', endsOn: '2024-09-10' });
    await t.db.dataSource.query(`INSERT INTO activity_co_organizers (activity_id, organization_id) VALUES ($1, $2)`, [shared.id, partnerOrg.id]);
    const exported = await download(`/exports/activities-excel-sr.csv?search=Zajednička ${token}`);
    const [header, row]: string[][] = parse(exported.body.toString('utf8'), { bom: true, delimiter: ';' });
    expect(row[header.indexOf('Suorganizatori')]).toBe(partnerOrg.shortName);
    expect(row[header.indexOf('Onlajn')]).toBe('ne');
    const file = (cells: string[]) => Buffer.from(`\uFEFF${stringify([header, cells], { delimiter: ';' })}`, 'utf8');

    await t.db.dataSource.query(`UPDATE organizations SET active = false WHERE id = $1`, [partnerOrg.id]);
    const unchanged = await upload(file(row), 'aktivnosti.csv');
    expect(unchanged.body).toEqual({ imported: 0, created: 0, updated: 0 });
    // Excel in Serbian saves TRUE as TAČNO.
    const edited = await upload(file(row.map((cell, i) => (i === header.indexOf('Onlajn') ? 'TAČNO' : cell))), 'aktivnosti.csv');
    expect(edited.status).toBe(400);
    expect(edited.body.errors).toEqual([{ row: 2, column: 'Suorganizatori', reason: `"${partnerOrg.shortName}" nije aktivna članica AT mreže (upišite njen kratki naziv)` }]);
    await t.db.dataSource.query(`UPDATE organizations SET active = true WHERE id = $1`, [partnerOrg.id]);
    const accepted = await upload(file(row.map((cell, i) => (i === header.indexOf('Onlajn') ? 'TAČNO' : cell))), 'aktivnosti.csv');
    expect(accepted.body).toEqual({ imported: 1, created: 0, updated: 1 });
    const [saved] = await t.db.dataSource.query(`SELECT online, (SELECT count(*)::int FROM activity_co_organizers WHERE activity_id = $1) AS co FROM activities WHERE id = $1`, [shared.id]);
    expect(saved).toEqual({ online: true, co: 1 });
  });

  it('reports every problem of every row in the user’s language, naming the date forms it reads, and reads both', async () => {
    const header = ['Vrsta', 'Naziv', 'Datum početka', 'Datum završetka', 'Onlajn', 'Ukupno učesnika', 'Žene 15–17'];
    const file = (rows: (string | number)[][]) => Buffer.from(stringify([header, ...rows]), 'utf8');
    const before = await count();
    const bad = await upload(
      file([
        ['PIKNIK', `Loš red ${token}`, '2024/03/14', '', 'možda', 5, 3],
        ['LECTURE', 'x', '14.3.2024.', '31.2.2024.', 'ne', 'pet', -1],
        ['LECTURE', `Dobar red ${token}`, '14.3.2024.', '2024-03-15', 'ne', 3, 3],
      ]),
      'aktivnosti.csv',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe('8 problema u 2 redova: ništa nije uvezeno');
    expect(bad.body.errors).toEqual([
      { row: 2, column: 'Vrsta', reason: expect.stringContaining('mora biti jedno od: YOUTH_WORKSHOP') },
      { row: 2, column: 'Datum početka', reason: 'mora biti datum, npr. 2024-03-14 ili 14.3.2024. (ili ćelija s datumom)' },
      { row: 2, column: 'Onlajn', reason: 'mora biti "da" ili "ne"' },
      { row: 2, column: 'Ukupno učesnika', reason: 'je 5, a brojevi po polu i uzrastu daju zbir 3' },
      { row: 3, column: 'Naziv', reason: 'mora imati od 3 do 200 znakova' },
      { row: 3, column: 'Datum završetka', reason: expect.stringContaining('14.3.2024.') },
      { row: 3, column: 'Žene 15–17', reason: 'ne sme biti negativan broj' },
      { row: 3, column: 'Ukupno učesnika', reason: 'mora biti ceo broj' },
    ]);
    expect(await count()).toBe(before);

    const english = await upload(file([['PIKNIK', `Loš red ${token}`, '2024/03/14', '', 'ne', '', '']]), 'activities.csv', 'en');
    expect(english.body.errors).toEqual([
      { row: 2, column: 'Vrsta', reason: expect.stringContaining('must be one of: YOUTH_WORKSHOP') },
      { row: 2, column: 'Datum početka', reason: 'must be a date such as 2024-03-14 or 14.3.2024. (or a date cell)' },
    ]);

    const good = await upload(file([['LECTURE', `Srpski datum ${token}`, '14.3.2024.', '15.3.2024', 'ne', 3, 3], ['LECTURE', `ISO datum ${token}`, '2024-03-14', '2024-03-15', 'ne', '', '']]), 'aktivnosti.csv');
    expect(good.status).toBe(201);
    const dates = await t.db.dataSource.query(`SELECT starts_on::text AS s, ends_on::text AS e FROM activities WHERE title IN ($1, $2)`, [`Srpski datum ${token}`, `ISO datum ${token}`]);
    expect(dates).toEqual([{ s: '2024-03-14', e: '2024-03-15' }, { s: '2024-03-14', e: '2024-03-15' }]);
  });
});
