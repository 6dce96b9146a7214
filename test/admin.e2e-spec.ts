import { startTestApp, TestApp } from './utils/test-app';

describe('admin app landing page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('admin');
  });

  afterAll(() => t.close());

  it('answers /health', async () => {
    await t.http().get('/health').expect(200, { status: 'ok' });
  });

  it('lists the eight AT network members with their cities, in Serbian by default', async () => {
    const response = await t.http().get('/').expect(200).expect('content-type', /text\/html/);
    expect(response.text).toContain('<html lang="sr">');
    expect(response.text).toContain('Članice AT mreže');
    for (const city of ['Beograd', 'Vlasotince', 'Dimitrovgrad', 'Vranje', 'Niš', 'Zrenjanin', 'Užice', 'Prijepolje']) {
      expect(response.text).toContain(`<td>${city}</td>`);
    }
    expect(response.text.match(/<tr>\s*<td><strong>/g)).toHaveLength(8);
    expect(response.text).toContain('La Strada International');
  });

  it('switches to English by ?lang=en or Accept-Language', async () => {
    const byQuery = await t.http().get('/?lang=en').expect(200);
    expect(byQuery.text).toContain('<html lang="en">');
    expect(byQuery.text).toContain('Members of the AT network');
    expect(byQuery.text).toContain('ASTRA – Anti-Trafficking Action');
    const byHeader = await t.http().get('/').set('accept-language', 'en').expect(200);
    expect(byHeader.text).toContain('Members of the AT network');
  });

  it('shows organizations as they are in the database, escaped', async () => {
    await t.db.dataSource.query(`UPDATE organizations SET city = 'Vranje <b>' WHERE short_name = 'Odbor Vranje'`);
    const response = await t.http().get('/').expect(200);
    expect(response.text).toContain('<td>Vranje &lt;b&gt;</td>');
  });
});
