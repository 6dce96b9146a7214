import DataLoader from 'dataloader';
import { byKeys, LoaderRegistry } from '@app/common';
import { Network } from './network.entity';
import { NetworksService } from './networks.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

/**
 * The request's one loader of organizations by id, shared by every resolver that shows an
 * organization (an activity's, a person's, a referral's, an attendee's...): one query per page.
 */
export function organizationsById(loaders: LoaderRegistry, organizations: OrganizationsService): DataLoader<string, Organization | null> {
  return loaders.get<string, Organization | null>('organizationsById', async (ids) => byKeys(ids, await organizations.findByIds(ids), (o) => o.id));
}

/** The request's one loader of networks by id (a membership's, a referral's). */
export function networksById(loaders: LoaderRegistry, networks: NetworksService): DataLoader<string, Network | null> {
  return loaders.get<string, Network | null>('networksById', async (ids) => byKeys(ids, await networks.findByIds(ids), (n) => n.id));
}
