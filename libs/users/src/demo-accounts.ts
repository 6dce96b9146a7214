import { randomBytes } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { hashPassword } from './passwords';
import { organizationsByShortNames } from '@app/organizations';
import { Role } from '@app/policy';
import { defaultLanguageFor } from './default-language';
import { User } from './user.entity';

/** One account per role, in organizations the seed creates. For a local, embedded installation only. */
const DEMO_ACCOUNTS: { email: string; fullName: string; role: Role; organization: string }[] = [
  { email: 'coordinator@demo.local', fullName: 'Demo koordinatorka (ASTRA)', role: Role.COORDINATOR, organization: 'ASTRA' },
  { email: 'member-admin@demo.local', fullName: 'Demo administratorka (PAOR)', role: Role.MEMBER_ADMIN, organization: 'PAOR' },
  { email: 'member-staff@demo.local', fullName: 'Demo saradnica (CZD Niš)', role: Role.MEMBER_STAFF, organization: 'CZD Niš' },
  { email: 'partner@demo.local', fullName: 'Demo partner (LSI)', role: Role.PARTNER, organization: 'LSI' },
  { email: 'evaluator@demo.local', fullName: 'Demo evaluatorka', role: Role.EVALUATOR, organization: 'ASTRA' },
];

/**
 * Creates the demo accounts when none exist yet, all with one generated password, and
 * returns it so that it can be shown once; returns null when they already exist.
 */
export async function createDemoAccounts(manager: EntityManager): Promise<{ emails: string[]; password: string; memberIds: string[] } | null> {
  const users = manager.getRepository(User);
  if (await users.existsBy({ email: In(DEMO_ACCOUNTS.map((a) => a.email)) })) return null;
  const organizations = await organizationsByShortNames(manager, DEMO_ACCOUNTS.map((a) => a.organization));
  const idOf = new Map(organizations.map((o) => [o.shortName, o.id]));
  const password = randomBytes(12).toString('base64url');
  const passwordHash = await hashPassword(password);
  const inserted = await users.insert(
    DEMO_ACCOUNTS.map(({ email, fullName, role, organization }) => ({ email, fullName, role, organizationId: idOf.get(organization)!, passwordHash, language: defaultLanguageFor(role) })),
  );
  // Who a demo network meeting invites: the coordinator and the two members' people.
  const memberIds = DEMO_ACCOUNTS.map((a, i) => [a.role, inserted.identifiers[i].id as string] as const)
    .filter(([role]) => role === Role.COORDINATOR || role === Role.MEMBER_ADMIN || role === Role.MEMBER_STAFF)
    .map(([, id]) => id);
  return { emails: DEMO_ACCOUNTS.map((a) => `${a.email} (${a.role})`), password, memberIds };
}
