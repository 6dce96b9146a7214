import { Role } from '@app/policy';
import { startTestApp, TestApp } from './utils/test-app';

const MEMBERS_OF_AT = `
  query Members($after: String, $first: Int) {
    organizations(filter: { networkCode: "AT" }, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id shortName name city country kind memberships { role network { code } } } }
    }
  }`;

describe('organizations and networks over GraphQL', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('api');
  });

  afterAll(() => t.close());

  it('lists the eight AT network members with their cities and networks', async () => {
    const { data, errors } = await t.gql(MEMBERS_OF_AT, { first: 20 });
    expect(errors).toBeUndefined();
    const members = data.organizations.edges.map(({ node }: any) => node);
    expect(data.organizations.totalCount).toBe(8);
    expect(members.map((m: any) => `${m.shortName} (${m.city})`).sort()).toEqual(
      [
        'ASTRA (Beograd)',
        'CZD Niš (Niš)',
        'CZD Užice (Užice)',
        'Forum žena Prijepolje (Prijepolje)',
        'NŽC Dimitrovgrad (Dimitrovgrad)',
        'Odbor Vranje (Vranje)',
        'PAOR (Zrenjanin)',
        'SOS Vlasotince (Vlasotince)',
      ].sort(),
    );
    expect(members.every((m: any) => m.country === 'RS' && m.kind === 'AT_NETWORK_MEMBER')).toBe(true);
    const astra = members.find((m: any) => m.shortName === 'ASTRA');
    expect(astra.memberships).toEqual(
      expect.arrayContaining([
        { role: 'COORDINATOR', network: { code: 'AT' } },
        { role: 'MEMBER', network: { code: 'LSI' } },
        { role: 'MEMBER', network: { code: 'GAATW' } },
        { role: 'MEMBER', network: { code: 'MCE' } },
        { role: 'MEMBER', network: { code: 'PREUGOVOR' } },
      ]),
    );
  });

  describe('filters', () => {
    const shortNames = async (filter: Record<string, unknown>) => {
      const { data, errors } = await t.gql(`query($filter: OrganizationsFilter) { organizations(filter: $filter, first: 100) { edges { node { shortName } } } }`, { filter });
      expect(errors).toBeUndefined();
      return data.organizations.edges.map(({ node }: any) => node.shortName).sort();
    };

    it('finds "Niš" when searching "Nis" and "Užice" when searching "UZICE", ignoring diacritics and case', async () => {
      expect(await shortNames({ search: 'Nis' })).toEqual(['CZD Niš']);
      expect(await shortNames({ search: 'UZICE' })).toEqual(['CZD Užice']);
      expect(await shortNames({ search: 'zenski' })).toEqual(['NŽC Dimitrovgrad']);
    });

    it('searches English names too', async () => {
      expect(await shortNames({ search: "girls' centre" })).toEqual(['CZD Niš', 'CZD Užice']);
    });

    it('treats LIKE wildcards in a search as plain characters', async () => {
      expect(await shortNames({ search: '%' })).toEqual([]);
      expect(await shortNames({ search: '_' })).toEqual([]);
    });

    it('filters by city without diacritics, by kind, by country and by network', async () => {
      expect(await shortNames({ city: 'uzice' })).toEqual(['CZD Užice']);
      expect(await shortNames({ city: 'Beograd', kind: 'AT_NETWORK_MEMBER' })).toEqual(['ASTRA']);
      expect(await shortNames({ country: 'TH' })).toEqual(['GAATW']);
      expect(await shortNames({ networkCode: 'PREUGOVOR' })).toEqual(['ASTRA', 'BCBP']);
    });

    it('filters by network id', async () => {
      const network = await t.factory.newNetwork();
      const organization = await t.factory.newOrganization({ city: 'Skopje', country: 'MK' });
      await t.factory.newMembership(network, organization);
      expect(await shortNames({ networkId: network.id })).toEqual([organization.shortName]);
    });

    it('filters by active flag', async () => {
      const inactive = await t.factory.newOrganization({ active: false });
      expect(await shortNames({ active: false })).toEqual([inactive.shortName]);
      expect(await shortNames({ active: true })).not.toContain(inactive.shortName);
    });

    it('rejects a malformed country code naming the field', async () => {
      const { errors } = await t.gql(`{ organizations(filter: { country: "Serbia" }) { totalCount } }`);
      expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors?.[0].extensions?.fields).toEqual([{ field: 'filter.country', reason: expect.stringContaining('two-letter') }]);
    });
  });

  describe('pagination', () => {
    it('pages through every member exactly once', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const { data }: { data?: any } = await t.gql(MEMBERS_OF_AT, { first: 3, after });
        seen.push(...data.organizations.edges.map(({ node }: any) => node.shortName));
        after = data.organizations.pageInfo.hasNextPage ? data.organizations.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(8);
      expect(new Set(seen).size).toBe(8);
    });

    it('gives an empty last page, not an error, after the last item', async () => {
      const { data: all } = await t.gql(MEMBERS_OF_AT, { first: 8 });
      expect(all.organizations.pageInfo.hasNextPage).toBe(false);
      const { data, errors } = await t.gql(MEMBERS_OF_AT, { first: 5, after: all.organizations.pageInfo.endCursor });
      expect(errors).toBeUndefined();
      expect(data.organizations).toMatchObject({ totalCount: 8, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    });

    it('rejects a page size above the cap of 100, naming the field', async () => {
      const { data, errors } = await t.gql(MEMBERS_OF_AT, { first: 101 });
      expect(data).toBeFalsy();
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', reason: expect.stringMatching(/100/) }] });
    });

    it('rejects a page size of zero', async () => {
      const { errors } = await t.gql(MEMBERS_OF_AT, { first: 0 });
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first', reason: expect.any(String) }] });
    });

    it('rejects a cursor it did not issue', async () => {
      for (const after of ['not-a-cursor', Buffer.from('["x","1; DROP TABLE organizations"]').toString('base64url')]) {
        const { errors } = await t.gql(MEMBERS_OF_AT, { first: 3, after });
        expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after', reason: expect.any(String) }] });
      }
    });
  });

  describe('one organization', () => {
    it('is found by id', async () => {
      const org = await t.factory.newOrganization({ city: 'Sarajevo', country: 'BA' });
      const { data } = await t.gql(`query($id: ID!) { organization(id: $id) { shortName city } }`, { id: org.id });
      expect(data.organization).toEqual({ shortName: org.shortName, city: 'Sarajevo' });
    });

    it.each(['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])('answers NOT_FOUND for the unknown id %s', async (id) => {
      const { data, errors } = await t.gql(`query($id: ID!) { organization(id: $id) { shortName } }`, { id });
      expect(data).toBeNull();
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('language', () => {
    const ASTRA = `{ organizations(filter: { search: "ASTRA" }) { edges { node { name nameSr: name(language: SR) } } } }`;

    it('answers in Serbian by default and in English for Accept-Language: en', async () => {
      const sr = await t.gql(ASTRA);
      expect(sr.data.organizations.edges[0].node.name).toBe('ASTRA – Akcija protiv trgovine ljudima');
      const en = await t.gql(ASTRA, {}, { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
      expect(en.data.organizations.edges[0].node.name).toBe('ASTRA – Anti-Trafficking Action');
    });

    it('lets an explicit language argument win over the header', async () => {
      const { data } = await t.gql(ASTRA, {}, { headers: { 'accept-language': 'en' } });
      expect(data.organizations.edges[0].node.nameSr).toBe('ASTRA – Akcija protiv trgovine ljudima');
    });

    it('takes Serbian from any Serbian tag, e.g. sr-Latn-RS', async () => {
      const { data } = await t.gql(ASTRA, {}, { headers: { 'accept-language': 'sr-Latn-RS, en;q=0.5' } });
      expect(data.organizations.edges[0].node.name).toBe('ASTRA – Akcija protiv trgovine ljudima');
    });
  });

  describe('networks', () => {
    it('lists the AT network and the four partner networks with their members, coordinator first', async () => {
      const { data, errors } = await t.gql(
        `{ networks(first: 10) { totalCount edges { node { code kind name memberships { role organization { shortName } } } } } }`,
        {},
        { headers: { 'accept-language': 'en' } },
      );
      expect(errors).toBeUndefined();
      const networks = Object.fromEntries(data.networks.edges.map(({ node }: any) => [node.code, node]));
      // Other tests in this file add networks of their own; the seeded five must all be there.
      expect(Object.keys(networks)).toEqual(expect.arrayContaining(['AT', 'GAATW', 'LSI', 'MCE', 'PREUGOVOR']));
      expect(networks.AT).toMatchObject({ kind: 'AT_NETWORK', name: 'Anti-Trafficking Network' });
      expect(networks.AT.memberships).toHaveLength(8);
      expect(networks.AT.memberships[0]).toEqual({ role: 'COORDINATOR', organization: { shortName: 'ASTRA' } });
      expect(networks.LSI.memberships[0]).toEqual({ role: 'COORDINATOR', organization: { shortName: 'LSI' } });
      expect(networks.GAATW.name).toBe('Global Alliance Against Traffic in Women');
    });

    it('filters networks by kind', async () => {
      const { data } = await t.gql(`{ networks(kind: AT_NETWORK) { edges { node { code } } } }`);
      expect(data.networks.edges).toEqual([{ node: { code: 'AT' } }]);
    });
  });

  describe('strategy', () => {
    const PERIODS = `{ strategyPeriods { totalCount edges { node { code startsOn endsOn title goals { code position title titleSr titleEn indicators { code } } } } } }`;

    it('returns 2021–2024 with its four goals in Serbian and English', async () => {
      const { data, errors } = await t.gql(PERIODS);
      expect(errors).toBeUndefined();
      expect(data.strategyPeriods.totalCount).toBe(1);
      const period = data.strategyPeriods.edges[0].node;
      expect(period).toMatchObject({ code: '2021-2024', startsOn: '2021-01-01', endsOn: '2024-12-31' });
      expect(period.goals.map((g: any) => g.code)).toEqual(['1', '2', '3', '4']);
      expect(period.goals[0].titleSr).toBe('Unapređenje informisanosti osoba u riziku u cilju prevencije trgovine ljudima');
      expect(period.goals[0].title).toBe(period.goals[0].titleSr);
      expect(period.goals[3].titleSr).toBe('Povećanje vidljivosti AT mreže kao resursa na lokalnom i nacionalnom nivou');
      expect(period.goals.every((g: any) => g.titleEn.length > 20 && g.titleEn !== g.titleSr)).toBe(true);
    });

    it('gives goal titles in English for an English request', async () => {
      const { data } = await t.gql(PERIODS, {}, { headers: { 'accept-language': 'en' } });
      const goals = data.strategyPeriods.edges[0].node.goals;
      expect(goals.map((g: any) => g.title)).toEqual(goals.map((g: any) => g.titleEn));
    });

    it('takes a new plan period as data, with goals and indicators, without a migration', async () => {
      const [period] = await t.db.dataSource.query(
        `INSERT INTO strategy_periods (code, title_sr, title_en, starts_on, ends_on) VALUES ('2025-2028', 'Plan 2025–2028', 'Plan 2025–2028', '2025-01-01', '2028-12-31') RETURNING id`,
      );
      const [goal] = await t.db.dataSource.query(
        `INSERT INTO strategic_goals (period_id, code, position, title_sr, title_en) VALUES ($1, '1', 1, 'Cilj', 'Goal') RETURNING id`,
        [period.id],
      );
      await t.db.dataSource.query(
        `INSERT INTO indicators (goal_id, code, position, name_sr, name_en, unit, baseline, target) VALUES ($1, '1.1', 1, 'Broj radionica', 'Workshops held', 'workshops', 0, 40.5)`,
        [goal.id],
      );
      const { data } = await t.gql(`query($id: ID!) { strategyPeriod(id: $id) { code goals { indicators { code name(language: EN) unit baseline target } } } }`, { id: period.id });
      expect(data.strategyPeriod).toEqual({
        code: '2025-2028',
        goals: [{ indicators: [{ code: '1.1', name: 'Workshops held', unit: 'workshops', baseline: 0, target: 40.5 }] }],
      });
    });
  });

  describe('managing organizations', () => {
    const INPUT = { shortName: 'LS Skopje', nameSr: 'La Strada Makedonija', nameEn: 'La Strada Macedonia', kind: 'PARTNER_ORGANIZATION', city: 'Skopje', country: 'MK' };

    it('lets a coordinator add a partner abroad to a partner network, audited', async () => {
      const coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR }));
      const created = await t.gql(`mutation($input: OrganizationInput!) { createOrganization(input: $input) { id shortName country } }`, { input: INPUT }, coordinator);
      expect(created.data.createOrganization).toMatchObject({ shortName: 'LS Skopje', country: 'MK' });
      const id = created.data.createOrganization.id;
      const [lsi] = await t.db.dataSource.query(`SELECT id FROM networks WHERE code = 'LSI'`);
      const membership = await t.gql(`mutation($input: MembershipInput!) { setNetworkMembership(input: $input) { role since } }`, { input: { networkId: lsi.id, organizationId: id, since: '2026-01-01' } }, coordinator);
      expect(membership.data.setNetworkMembership).toEqual({ role: 'MEMBER', since: '2026-01-01' });
      const { data } = await t.gql(`{ organizations(filter: { networkCode: "LSI", country: "MK" }) { edges { node { shortName } } } }`);
      expect(data.organizations.edges).toEqual([{ node: { shortName: 'LS Skopje' } }]);
      const audited = await t.db.dataSource.query(`SELECT action FROM audit_log WHERE entity_id = $1`, [id]);
      expect(audited).toEqual([{ action: 'entity.create' }]);
    });

    it('refuses a short name that is taken, naming the field', async () => {
      const coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR }));
      const { errors } = await t.gql(`mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { ...INPUT, shortName: 'ASTRA' } }, coordinator);
      expect(errors?.[0].extensions?.fields).toEqual([{ field: 'shortName', reason: expect.stringContaining('already') }]);
    });

    it('refuses member admins', async () => {
      const admin = await t.as(await t.factory.newUser({ role: Role.MEMBER_ADMIN }));
      const { errors } = await t.gql(`mutation($input: OrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { ...INPUT, shortName: 'X1' } }, admin);
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
