import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Activity, ActivityStatus, ActivityType } from '@app/activities';
import { hashPassword, User } from '@app/users';
import { Language } from '@app/common';
import { Meeting, MeetingAttendee, MeetingKind, MeetingStatus } from '@app/meetings';
import { Network, NetworkKind, NetworkMembership, NetworkRole, Organization, OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';

const unique = () => randomBytes(4).toString('hex');

export const DEFAULT_PASSWORD = 'a long enough test password';

/** Inserts real rows with sensible defaults: `factory.newOrganization({ city: 'Niš' })`. */
export class TestFactory {
  constructor(private readonly dataSource: DataSource) {}

  newOrganization(overrides: Partial<Organization> = {}): Promise<Organization> {
    const suffix = unique();
    return this.dataSource.getRepository(Organization).save({
      shortName: `Org ${suffix}`,
      nameSr: `Organizacija ${suffix}`,
      nameEn: `Organization ${suffix}`,
      kind: OrganizationKind.PARTNER_ORGANIZATION,
      city: 'Wien',
      country: 'AT',
      ...overrides,
    });
  }

  newNetwork(overrides: Partial<Network> = {}): Promise<Network> {
    const suffix = unique();
    return this.dataSource.getRepository(Network).save({
      code: `NET-${suffix}`,
      kind: NetworkKind.PARTNER_NETWORK,
      shortName: `Net ${suffix}`,
      nameSr: `Mreža ${suffix}`,
      nameEn: `Network ${suffix}`,
      ...overrides,
    });
  }

  newMembership(network: Network, organization: Organization, overrides: Partial<NetworkMembership> = {}): Promise<NetworkMembership> {
    return this.dataSource.getRepository(NetworkMembership).save({
      networkId: network.id,
      organizationId: organization.id,
      role: NetworkRole.MEMBER,
      ...overrides,
    });
  }

  /** A user with a password; in a new organization of its own unless one is given. */
  async newUser({ role = Role.MEMBER_STAFF, organization, password = DEFAULT_PASSWORD, ...overrides }: Partial<User> & { organization?: Organization; password?: string } = {}): Promise<User> {
    const org = organization ?? (await this.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' }));
    return this.dataSource.getRepository(User).save({
      organizationId: org.id,
      email: `user-${unique()}@example.org`,
      fullName: 'Test Person',
      role,
      language: Language.SR,
      // Hashing takes a while: skipped when the test sets the hash itself (null for an invited person).
      passwordHash: 'passwordHash' in overrides ? overrides.passwordHash : await hashPassword(password),
      ...overrides,
    });
  }

  /** An activity of an organization, in any status, written straight to the database. */
  newActivity({ organization, ...overrides }: Partial<Activity> & { organization: Organization }): Promise<Activity> {
    return this.dataSource.getRepository(Activity).save({
      organizationId: organization.id,
      type: ActivityType.YOUTH_WORKSHOP,
      title: `Radionica ${unique()}`,
      startsOn: '2024-03-14',
      endsOn: '2024-03-14',
      city: organization.city,
      status: ActivityStatus.DRAFT,
      ...overrides,
    });
  }

  /** A network meeting in Belgrade, written straight to the database (no invitations sent). */
  newMeeting(overrides: Partial<Meeting> = {}): Promise<Meeting> {
    return this.dataSource.getRepository(Meeting).save({
      title: `Sastanak mreže ${unique()}`,
      kind: MeetingKind.NETWORK_MEETING,
      status: MeetingStatus.SCHEDULED,
      startsAt: new Date('2025-05-20T08:00:00Z'),
      endsAt: new Date('2025-05-20T14:00:00Z'),
      timeZone: 'Europe/Belgrade',
      city: 'Beograd',
      ...overrides,
    });
  }

  /** Records that a person of an organization attended a meeting. */
  newAttendee(meeting: Meeting, organization: Organization, overrides: Partial<MeetingAttendee> = {}): Promise<MeetingAttendee> {
    return this.dataSource.getRepository(MeetingAttendee).save({ meetingId: meeting.id, organizationId: organization.id, fullName: `Osoba ${unique()}`, userId: null, ...overrides });
  }
}
