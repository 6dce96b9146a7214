import { EntityManager } from 'typeorm';
import { idsByKey, insertMissing } from '@app/common';
import { NetworkMembership } from '../network-membership.entity';
import { Network } from '../network.entity';
import { Organization } from '../organization.entity';
import { NetworkRole } from '../network.enums';
import { AT_NETWORK_MEMBERS, DEMO_PARTNERS, NETWORK_SECRETARIATS, NETWORKS } from './network.seed-data';

/**
 * Inserts the network's organizations, networks and memberships that are missing, keyed by
 * their natural keys. Existing rows are left as they are, so a coordinator's later edits
 * survive a re-run, and a second run inserts nothing. Returns how many rows were inserted.
 */
export async function seedNetworks(manager: EntityManager, { demo = false } = {}): Promise<number> {
  const demoPartners = demo ? DEMO_PARTNERS : [];
  const organizations = [...AT_NETWORK_MEMBERS, ...NETWORK_SECRETARIATS, ...demoPartners.map(({ network: _network, ...org }) => org)];
  let inserted = await insertMissing(manager, Organization, organizations);
  inserted += await insertMissing(
    manager,
    Network,
    NETWORKS.map(({ members: _members, ...network }) => network),
  );

  const orgIds = await idsByKey(manager, Organization, 'shortName', organizations.map((o) => o.shortName));
  const networkIds = await idsByKey(manager, Network, 'code', NETWORKS.map((n) => n.code));
  const members = [
    ...NETWORKS.flatMap((network) => network.members.map((m) => ({ ...m, network: network.code }))),
    ...demoPartners.map(({ shortName, network }) => ({ shortName, network, role: NetworkRole.MEMBER, since: undefined })),
  ];
  const memberships = members.map((m) => ({
    networkId: networkIds.get(m.network)!,
    organizationId: orgIds.get(m.shortName)!,
    role: m.role,
    since: m.since ?? null,
  }));
  inserted += await insertMissing(manager, NetworkMembership, memberships);
  return inserted;
}
