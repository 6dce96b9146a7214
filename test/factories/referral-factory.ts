import { Network, Organization, OrganizationKind } from '@app/organizations';
import { GqlOptions, TestApp } from '../utils/test-app';

export interface NewPartner {
  partner: Organization;
  network: Network;
}

/** A partner organization abroad in a partner network of its own, with a profile (what it accepts, whom to notify). */
export async function newPartner(
  t: TestApp,
  { contactEmails = ['intake@partner.example'], languages = ['en'], categories = ['VICTIM_ASSISTANCE_ABROAD', 'LEGAL_AID'], country = 'AT', network }: { contactEmails?: string[]; languages?: string[]; categories?: string[]; country?: string; network?: Network } = {},
): Promise<NewPartner> {
  const partner = await t.factory.newOrganization({ kind: OrganizationKind.PARTNER_ORGANIZATION, country });
  const partnerNetwork = network ?? (await t.factory.newNetwork());
  await t.factory.newMembership(partnerNetwork, partner);
  await t.db.dataSource.query(`INSERT INTO partner_profiles (organization_id, accepted_categories, languages, contact_emails) VALUES ($1, $2, $3, $4)`, [
    partner.id,
    categories,
    languages,
    contactEmails,
  ]);
  return { partner, network: partnerNetwork };
}

/** What a member organization sends: a victim-assistance case with a case code and, under consent, identifying details. */
export const caseWithDetails = (partnerOrganizationId: string, { urgency = 'CRITICAL', caseCode = 'NIS-2026-17', name = 'Jelena Markovska' } = {}) => ({
  partnerOrganizationId,
  category: 'VICTIM_ASSISTANCE_ABROAD',
  urgency,
  requestedServices: ['SHELTER'],
  person: { caseCode, gender: 'FEMALE', ageBroad: 'AGE_18_20', citizenship: 'RS', countryOfExploitation: 'AT', typeOfExploitation: ['SEXUAL_EXPLOITATION'] },
  details: { name, dateOfBirth: '2007-04-02', contact: '+381 64 000 0000' },
  consent: { givenBy: 'the person', givenAt: '2026-01-10T10:00:00Z', purpose: 'referral for assistance abroad', method: 'written form' },
});

/** Creates a referral through the API as `as` and, unless `send: false`, sends it. */
export async function newReferral(t: TestApp, as: GqlOptions, input: Record<string, unknown>, { send = true } = {}): Promise<{ id: string; reference: string }> {
  const created = await t.gql(`mutation($input: CreateReferralInput!) { createReferral(input: $input) { id reference } }`, { input }, as);
  if (!created.data?.createReferral) throw new Error(`createReferral failed in a test: ${JSON.stringify(created.errors)}`);
  const referral = created.data.createReferral as { id: string; reference: string };
  if (send) await step(t, as, 'sendReferral', referral.id);
  return referral;
}

/** One lifecycle mutation; throws on an error, so that a test fails where its setup does. */
export async function step(t: TestApp, as: GqlOptions, mutation: string, id: string, args = ''): Promise<void> {
  const { errors } = await t.gql(`mutation($id: ID!) { ${mutation}(id: $id${args}) { id } }`, { id }, as);
  if (errors) throw new Error(`${mutation} failed in a test: ${JSON.stringify(errors)}`);
}
