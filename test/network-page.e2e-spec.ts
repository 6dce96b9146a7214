import { ActivityStatus, ActivityType, PublicFiguresService } from '@app/activities';
import { Organization } from '@app/organizations';
import { Role } from '@app/policy';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';

const TOWNS = ['Beograd', 'Vlasotince', 'Dimitrovgrad', 'Vranje', 'Niš', 'Zrenjanin', 'Užice', 'Prijepolje'];
const PROGRESS = `query($period: ID!, $org: ID) { strategyProgress(periodId: $period, organizationId: $org) { network { activities } } }`;

/** The figures of one year's section of the page: its total and each row of its tables, as shown. */
function yearOf(html: string, year: number) {
  const section = html.match(new RegExp(`<section class="year" id="year-${year}"[\\s\\S]*?</section>`))?.[0];
  if (!section) return null;
  const shown = (cell: string) => (cell.includes('withheld') ? null : Number(cell.replace(/\D/g, '')));
  const total = shown(section.match(/class="year-total">[^<]*<strong>([\s\S]*?)<\/strong>/)![1]);
  const rows = Object.fromEntries([...section.matchAll(/<tr><th scope="row">([^<]*)<\/th><td class="count">([\s\S]*?)<\/td><\/tr>/g)].map(([, label, cell]) => [label, shown(cell)]));
  return { total, rows };
}

describe('the public network page', () => {
  let t: TestApp;
  let coordinator: GqlOptions;
  let periodId: string;
  let org: (shortName: string) => Promise<Organization>;
  let sr: string;
  let en: string;

  beforeAll(async () => {
    t = await startTestApp('api');
    org = (shortName) => t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName });
    coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: await org('ASTRA') }));
    [{ id: periodId }] = await t.db.dataSource.query(`SELECT id FROM strategy_periods WHERE code = '2021-2024'`);
    const [paor, nis, vranje, astra] = [await org('PAOR'), await org('CZD Niš'), await org('Odbor Vranje'), await org('ASTRA')];
    const approved = async (organization: Organization, count: number, type: ActivityType, startsOn: string, title?: string) => {
      for (let i = 0; i < count; i++) await t.factory.newActivity({ organization, type, status: ActivityStatus.APPROVED, startsOn, endsOn: startsOn, ...(title && { title }) });
    };
    // 2023: Zrenjanin 7, Niš 6, Vranje 2 (withheld, and Niš with it, so Vranje's cannot be worked out from the total).
    await approved(paor, 7, ActivityType.YOUTH_WORKSHOP, '2023-03-14');
    await approved(nis, 5, ActivityType.LECTURE, '2023-05-10');
    await approved(nis, 1, ActivityType.PUBLIC_FORUM, '2023-10-02', 'Tribina: bezbedan rad u inostranstvu');
    await approved(vranje, 2, ActivityType.ROUND_TABLE, '2023-11-20', 'Okrugli sto o saradnji sa centrom za socijalni rad');
    // 2022: Belgrade 5 campaigns; 2024: one more, the latest public event (a year of fewer than five: withheld).
    await approved(astra, 5, ActivityType.MEDIA_CAMPAIGN, '2022-06-01', 'Kampanja protiv trgovine ljudima 2022');
    await approved(astra, 1, ActivityType.MEDIA_CAMPAIGN, '2024-02-01', 'Kampanja „Posao iz snova?”');
    // What is not approved must never show, in figures or titles.
    for (const status of [ActivityStatus.DRAFT, ActivityStatus.SUBMITTED, ActivityStatus.RETURNED]) {
      await t.factory.newActivity({ organization: paor, type: ActivityType.PUBLIC_FORUM, status, startsOn: '2023-04-01', endsOn: '2023-04-01', title: `TAJNA tribina ${status}` });
      await t.factory.newActivity({ organization: astra, type: ActivityType.MEDIA_CAMPAIGN, status, startsOn: '2022-04-01', endsOn: '2022-04-01', title: `TAJNA kampanja ${status}` });
    }
    sr = (await t.http().get('/network')).text;
    en = (await t.http().get('/en/network')).text;
  });

  afterAll(() => t.close());

  it('answers without a session, in Serbian at /network and in English at /en/network, with a strict CSP and a short public cache', async () => {
    for (const [path, language] of [['/network', 'sr'], ['/en/network', 'en']]) {
      const response = await t.http().get(path);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['content-language']).toBe(language);
      expect(response.headers['cache-control']).toBe('public, max-age=60');
      expect(response.headers['content-security-policy']).toBe("default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect(sr).toContain('<html lang="sr-Latn">');
    expect(en).toContain('<html lang="en">');
    for (const html of [sr, en]) expect(html).not.toMatch(/<script|style=|\son[a-z]+=/i);
    const css = await t.http().get('/network/network.css');
    expect(css.status).toBe(200);
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('shows the eight member organizations with their towns on the map, and the hotlines', () => {
    for (const html of [sr, en]) {
      expect(html.match(/<li class="member">/g)).toHaveLength(8);
      expect(html.match(/<g class="town">/g)).toHaveLength(8);
      for (const town of TOWNS.filter((town) => town !== 'Beograd')) expect(html).toContain(`>${town}</text>`);
      expect(html).toContain('href="tel:+381113347817">011 33 47 817</a>');
      expect(html).toContain('href="tel:0800101201">0800 101 201</a>');
      expect(html).toContain('href="tel:116000">116000</a>');
      expect(html).toContain('https://www.astra.rs');
    }
    expect(sr).toContain('>Beograd</text>');
    expect(en).toContain('>Belgrade</text>');
    expect(sr).toContain('Centar za devojke');
    expect(en).toContain('Girls&#39; Centre');
  });

  it("gives figures equal to the strategy progress report's approved counts", async () => {
    const network = (await t.gql(PROGRESS, { period: periodId }, coordinator)).data.strategyProgress.network.activities;
    const [y2022, y2023, y2024] = [yearOf(sr, 2022)!, yearOf(sr, 2023)!, yearOf(sr, 2024)!];
    expect([y2022.total, y2023.total, y2024.total]).toEqual([5, 15, null]);
    // The report counts 2024's one activity too; the page withholds that year's total, being under five.
    expect(network).toBe(y2022.total! + y2023.total! + 1);
    const paor = (await t.gql(PROGRESS, { period: periodId, org: (await org('PAOR')).id }, coordinator)).data.strategyProgress.network.activities;
    expect(y2023.rows.Zrenjanin).toBe(paor);
    expect(y2023.rows['Radionica za mlade']).toBe(7);
    expect(y2023.rows['Predavanje']).toBe(5);
  });

  it('withholds counts under five, and one more where a lone small count could be worked out from the total', () => {
    const y2023 = yearOf(sr, 2023)!;
    expect(y2023.rows.Vranje).toBeNull();
    expect(y2023.rows['Niš']).toBeNull();
    expect(y2023.rows['Okrugli sto']).toBeNull();
    expect(yearOf(en, 2023)!.rows['Round table']).toBeNull();
    expect(sr).toContain('manje od 5');
    expect(en).toContain('fewer than 5');
  });

  it('lists the latest approved public activities with title, town and date, newest first', () => {
    const titles = [...sr.matchAll(/<span class="event-title">([^<]*)<\/span>/g)].map(([, title]) => title);
    expect(titles.slice(0, 3)).toEqual(['Kampanja „Posao iz snova?”', 'Okrugli sto o saradnji sa centrom za socijalni rad', 'Okrugli sto o saradnji sa centrom za socijalni rad']);
    expect(titles).toContain('Tribina: bezbedan rad u inostranstvu');
    expect(titles.some((title) => title.startsWith('Radionica'))).toBe(false);
    expect(sr).toContain('Tribina · Niš · <time datetime="2023-10-02">2. oktobar 2023.</time>');
    expect(en).toContain('Public forum · Niš · <time datetime="2023-10-02">2 October 2023</time>');
  });

  it('leaks no draft, submitted or returned activity', () => {
    for (const html of [sr, en]) expect(html).not.toContain('TAJNA');
    expect(yearOf(sr, 2023)!.total).toBe(15);
  });

  it('keeps the page for a minute: a new approval shows after that, not on every request', async () => {
    await t.factory.newActivity({ organization: await org('PAOR'), type: ActivityType.PUBLIC_FORUM, status: ActivityStatus.APPROVED, startsOn: '2024-05-05', endsOn: '2024-05-05', title: 'Nova tribina' });
    expect((await t.http().get('/network')).text).toBe(sr);
  });
});

describe('the public network page when it cannot be made', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
  });

  afterAll(() => t.close());

  it('answers a short page in its language that shows nothing of the error, and keeps no failure', async () => {
    const figures = t.app.get(PublicFiguresService);
    const failing = jest.spyOn(figures, 'approvedWorkByYear').mockRejectedValue(new Error('relation "activities" secret SQL detail'));
    try {
      const response = await t.http().get('/en/network');
      expect(response.status).toBe(500);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.text).toContain('The page is not available');
      expect(response.text).toContain('011 33 47 817');
      expect(response.text).not.toMatch(/secret|SQL|at .*\.ts/);
    } finally {
      failing.mockRestore();
    }
    // A failure is not kept: the next request makes the page.
    expect((await t.http().get('/en/network')).status).toBe(200);
  });
});
