import { Clock } from '@app/common';
import { Organization } from '@app/organizations';
import { seedDemoPartnerProfiles } from '@app/referrals';
import { createDemoAccounts } from '@app/users';
import { Role } from '@app/policy';
import { seed } from '../apps/cli/src/seed';
import { newPartner } from './factories/referral-factory';
import { GqlOptions, startTestApp, TestApp } from './utils/test-app';
import { createTestDatabase } from './utils/test-database';

const PROFILE = `{ myPartnerProfile { organizationId acceptedCategories languages contactEmails countriesCovered contactPhones } }`;
const SET = `mutation($id: ID!, $input: PartnerProfileInput!) { setPartnerProfile(organizationId: $id, input: $input) { acceptedCategories countriesCovered contactPhones contactEmails } }`;
const CHOICES = `query($category: ReferralCategory!, $urgency: ReferralUrgency!, $country: String) {
  referralPartners(category: $category, urgency: $urgency, country: $country) { organization { id shortName country } networks { code } languages countriesCovered acknowledgeDueAt }
}`;

describe('partner profiles and choosing a partner', () => {
  let t: TestApp;
  let clock: jest.SpyInstance<Date, []>;
  const NOW = new Date('2026-11-27T10:00:00Z'); // a Friday: five working days end on the next Friday

  beforeAll(async () => {
    t = await startTestApp('api');
    clock = jest.spyOn(t.app.get(Clock), 'now').mockReturnValue(NOW);
  });

  afterAll(() => t.close());

  describe('on the embedded default with its demo accounts', () => {
    it('lets a newcomer send a referral as the demo member and answer it as the demo partner at once', async () => {
      const demo = await createDemoAccounts(t.db.dataSource.manager);
      expect(await seedDemoPartnerProfiles(t.db.dataSource.manager)).toBe(1);
      const member = await t.as({ email: 'member-staff@demo.local' }, demo!.password);
      const partner = await t.as({ email: 'partner@demo.local' }, demo!.password);

      const { data, errors } = await t.gql(CHOICES, { category: 'LEGAL_AID', urgency: 'URGENT' }, member);
      expect(errors).toBeUndefined();
      const lsi = data.referralPartners.find((p: { organization: { shortName: string } }) => p.organization.shortName === 'LSI');
      expect(lsi).toMatchObject({ networks: [{ code: 'LSI' }], languages: ['en'], acknowledgeDueAt: '2026-11-28T10:00:00.000Z' });

      const created = await t.gql(
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
        { input: { partnerOrganizationId: lsi.organization.id, category: 'LEGAL_AID', urgency: 'URGENT', person: { gender: 'FEMALE', ageBroad: 'AGE_24_26' } } },
        member,
      );
      expect(created.errors).toBeUndefined();
      const id = created.data.createReferral.id;
      expect((await t.gql(`mutation($id: ID!) { sendReferral(id: $id) { status } }`, { id }, member)).data.sendReferral.status).toBe('SENT');
      const [mail] = await t.db.dataSource.query(`SELECT recipient, language, template FROM mail_outbox WHERE params->>'link' LIKE $1`, [`%/referrals/${id}`]);
      expect(mail).toEqual({ recipient: 'partner@demo.local', language: 'en', template: 'referral-sent' });
      expect((await t.gql(`mutation($id: ID!) { acknowledgeReferral(id: $id) { status } }`, { id }, partner)).data.acknowledgeReferral.status).toBe('ACKNOWLEDGED');
      // The demo partner reads English; everyone else Serbian.
      const languages = await t.db.dataSource.query(`SELECT role::text, language::text FROM users WHERE email LIKE '%@demo.local' ORDER BY role::text`);
      expect(languages).toEqual([
        { role: 'COORDINATOR', language: 'sr' },
        { role: 'EVALUATOR', language: 'sr' },
        { role: 'MEMBER_ADMIN', language: 'sr' },
        { role: 'MEMBER_STAFF', language: 'sr' },
        { role: 'PARTNER', language: 'en' },
      ]);
    });

    it('never seeds a partner profile with the normal seed, and never overwrites an edited one', async () => {
      const db = await createTestDatabase();
      try {
        await seed(db.dataSource, { demo: true });
        expect((await db.dataSource.query(`SELECT count(*)::int AS n FROM partner_profiles`))[0].n).toBe(0);
        expect(await seedDemoPartnerProfiles(db.dataSource.manager)).toBe(3);
        await db.dataSource.query(`UPDATE partner_profiles SET contact_emails = '{intake@lsi.example}' WHERE organization_id = (SELECT id FROM organizations WHERE short_name = 'LSI')`);
        expect(await seedDemoPartnerProfiles(db.dataSource.manager)).toBe(0);
        const [lsi] = await db.dataSource.query(`SELECT contact_emails FROM partner_profiles WHERE organization_id = (SELECT id FROM organizations WHERE short_name = 'LSI')`);
        expect(lsi.contact_emails).toEqual(['intake@lsi.example']);
      } finally {
        await db.drop();
      }
    });
  });

  describe("a partner's own profile", () => {
    let own: Organization;
    let other: Organization;
    let partner: GqlOptions;
    let coordinator: GqlOptions;
    const input = { acceptedCategories: ['SAFE_RETURN', 'LEGAL_AID'], languages: ['de', 'en'], contactEmails: ['Intake@LS-Wien.example'], countriesCovered: ['AT', 'SK'], contactPhones: ['+43 1 234 5678'] };

    beforeAll(async () => {
      ({ partner: own } = await newPartner(t, { country: 'AT' }));
      ({ partner: other } = await newPartner(t, { country: 'CZ' }));
      partner = await t.as(await t.factory.newUser({ role: Role.PARTNER, organization: own }));
      coordinator = await t.as(await t.factory.newUser({ role: Role.COORDINATOR, organization: await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'ASTRA' }) }));
    });

    it('is read and changed by the partner itself, every change audited', async () => {
      expect((await t.gql(PROFILE, {}, partner)).data.myPartnerProfile).toMatchObject({ organizationId: own.id, acceptedCategories: ['VICTIM_ASSISTANCE_ABROAD', 'LEGAL_AID'] });
      const { data, errors } = await t.gql(SET, { id: own.id, input }, partner);
      expect(errors).toBeUndefined();
      expect(data.setPartnerProfile).toEqual({ acceptedCategories: ['SAFE_RETURN', 'LEGAL_AID'], countriesCovered: ['AT', 'SK'], contactPhones: ['+43 1 234 5678'], contactEmails: ['intake@ls-wien.example'] });
      const [entry] = await t.db.dataSource.query(`SELECT changed_fields FROM audit_log WHERE entity_type = 'PartnerProfile' AND entity_id = $1 ORDER BY occurred_at DESC LIMIT 1`, [own.id]);
      expect(entry.changed_fields).toEqual(expect.arrayContaining(['acceptedCategories', 'countriesCovered', 'contactPhones']));
    });

    it("keeps another partner's profile out of reach, as if it did not exist", async () => {
      const { errors } = await t.gql(SET, { id: other.id, input }, partner);
      expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const [row] = await t.db.dataSource.query(`SELECT contact_emails FROM partner_profiles WHERE organization_id = $1`, [other.id]);
      expect(row.contact_emails).toEqual(['intake@partner.example']);
    });

    it('is corrected by a coordinator, keeping what the correction leaves out', async () => {
      const { data, errors } = await t.gql(SET, { id: own.id, input: { acceptedCategories: ['LEGAL_AID'], languages: ['en'], contactEmails: ['intake@ls-wien.example'] } }, coordinator);
      expect(errors).toBeUndefined();
      expect(data.setPartnerProfile).toMatchObject({ acceptedCategories: ['LEGAL_AID'], countriesCovered: ['AT', 'SK'], contactPhones: ['+43 1 234 5678'] });
    });

    it('refuses a bad country or phone naming the field, and changes nothing', async () => {
      const before = await t.db.dataSource.query(`SELECT * FROM partner_profiles WHERE organization_id = $1`, [own.id]);
      const country = await t.gql(SET, { id: own.id, input: { ...input, countriesCovered: ['aut'] } }, partner);
      expect(country.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'countriesCovered' })] });
      const phone = await t.gql(SET, { id: own.id, input: { ...input, contactPhones: ['call us'] } }, partner);
      expect(phone.errors?.[0].extensions?.fields?.[0].reason).toMatch(/international format/);
      expect(await t.db.dataSource.query(`SELECT * FROM partner_profiles WHERE organization_id = $1`, [own.id])).toEqual(before);
    });
  });

  describe("the sender's choice of partner", () => {
    let member: GqlOptions;
    let names: (variables: Record<string, unknown>) => Promise<string[]>;
    let inVienna: Organization;
    let inPrague: Organization;

    beforeAll(async () => {
      const paor = await t.db.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'PAOR' });
      member = await t.as(await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: paor }));
      ({ partner: inVienna } = await newPartner(t, { country: 'AT', categories: ['MISSING_CHILD'] }));
      ({ partner: inPrague } = await newPartner(t, { country: 'CZ', categories: ['MISSING_CHILD'] }));
      await t.db.dataSource.query(`UPDATE partner_profiles SET countries_covered = '{SK}' WHERE organization_id = $1`, [inPrague.id]);
      const inactive = await newPartner(t, { country: 'AT', categories: ['MISSING_CHILD'] });
      await t.db.dataSource.query(`UPDATE organizations SET active = false WHERE id = $1`, [inactive.partner.id]);
      const noNetwork = await newPartner(t, { country: 'AT', categories: ['MISSING_CHILD'] });
      await t.db.dataSource.query(`DELETE FROM network_memberships WHERE organization_id = $1`, [noNetwork.partner.id]);
      names = async (variables) => {
        const { data, errors } = await t.gql(CHOICES, variables, member);
        if (errors) throw new Error(JSON.stringify(errors));
        return data.referralPartners.map((p: { organization: { id: string } }) => p.organization.id);
      };
    });

    it('lists the active partners that accept the category and can be reached through a network, by country where asked', async () => {
      expect(await names({ category: 'MISSING_CHILD', urgency: 'CRITICAL' })).toEqual(expect.arrayContaining([inVienna.id, inPrague.id]));
      expect((await names({ category: 'MISSING_CHILD', urgency: 'CRITICAL' })).length).toBe(2);
      expect(await names({ category: 'MISSING_CHILD', urgency: 'CRITICAL', country: 'AT' })).toEqual([inVienna.id]);
      // Prague's partner covers Slovakia as well as its own country.
      expect(await names({ category: 'MISSING_CHILD', urgency: 'CRITICAL', country: 'SK' })).toEqual([inPrague.id]);
      expect(await names({ category: 'POLICY_MONITORING', urgency: 'ROUTINE' })).toEqual([]);
    });

    it('shows the due time the urgency sets, as sending would', async () => {
      const due = async (urgency: string) => (await t.gql(CHOICES, { category: 'MISSING_CHILD', urgency, country: 'AT' }, member)).data.referralPartners[0].acknowledgeDueAt;
      expect(await due('CRITICAL')).toBe('2026-11-27T12:00:00.000Z');
      expect(await due('URGENT')).toBe('2026-11-28T10:00:00.000Z');
      expect(await due('ROUTINE')).toBe('2026-12-04T10:00:00.000Z');
      expect(clock).toHaveBeenCalled();
    });

    it('refuses a country that is not an ISO code, naming the field', async () => {
      const { errors } = await t.gql(CHOICES, { category: 'MISSING_CHILD', urgency: 'CRITICAL', country: 'Austria' }, member);
      expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'country' })] });
    });
  });
});
