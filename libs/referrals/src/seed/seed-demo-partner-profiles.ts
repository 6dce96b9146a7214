import { EntityManager } from 'typeorm';
import { organizationsByShortNames } from '@app/organizations';
import { PartnerProfile } from '../partner-profile.entity';
import { ReferralCategory } from '../referral.enums';

const { VICTIM_ASSISTANCE_ABROAD, SAFE_RETURN, LEGAL_AID, LABOUR_EXPLOITATION, MISSING_CHILD } = ReferralCategory;

/**
 * Profiles for trying referrals out on a local, embedded installation, next to the demo accounts:
 * the demo partner account's organization (LSI) takes the usual cases and is mailed at that account's
 * address, so a newcomer can send a referral as a member and answer it as the partner at once. The
 * fictional demo partners (`seed --demo`) get profiles too when they exist.
 */
const DEMO_PROFILES: { organization: string; profile: Omit<PartnerProfile, 'organizationId' | 'organization' | 'updatedAt'> }[] = [
  {
    organization: 'LSI',
    profile: {
      acceptedCategories: [VICTIM_ASSISTANCE_ABROAD, SAFE_RETURN, LEGAL_AID, LABOUR_EXPLOITATION],
      languages: ['en'],
      contactEmails: ['partner@demo.local'],
      countriesCovered: ['AT', 'DE', 'IT', 'CZ', 'PL', 'UA'],
      contactPhones: [],
    },
  },
  {
    organization: 'Demo LS Wien',
    profile: { acceptedCategories: [VICTIM_ASSISTANCE_ABROAD, SAFE_RETURN, LABOUR_EXPLOITATION], languages: ['en'], contactEmails: ['partner@demo.local'], countriesCovered: ['AT'], contactPhones: [] },
  },
  {
    organization: 'Demo 116000 București',
    profile: { acceptedCategories: [MISSING_CHILD], languages: ['en'], contactEmails: ['partner@demo.local'], countriesCovered: ['RO', 'MD'], contactPhones: [] },
  },
];

/** Adds the demo profiles where the organization exists and has no profile yet; never changes one. Returns how many it added. */
export async function seedDemoPartnerProfiles(manager: EntityManager): Promise<number> {
  const organizations = await organizationsByShortNames(manager, DEMO_PROFILES.map((d) => d.organization));
  const idOf = new Map(organizations.map((o) => [o.shortName, o.id]));
  const rows = DEMO_PROFILES.filter((d) => idOf.has(d.organization)).map((d) => ({ organizationId: idOf.get(d.organization)!, ...d.profile }));
  if (rows.length === 0) return 0;
  const result = await manager.createQueryBuilder().insert().into(PartnerProfile).values(rows).orIgnore().returning(['organizationId']).execute();
  return (result.raw as unknown[]).length;
}
