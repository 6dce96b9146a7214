import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Network, NetworkKind, NetworkMembership, NetworkRole, Organization, OrganizationKind } from '@app/organizations';

const unique = () => randomBytes(4).toString('hex');

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
}
