import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, RequestContext, RequestCtx } from '@app/common';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { NetworksService } from './networks.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { organizationsById } from './organization-loader';

@Resolver(() => NetworkMembership)
export class NetworkMembershipsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
  ) {}

  @ResolveField(() => Organization)
  organization(@Parent() membership: NetworkMembership, @RequestCtx() ctx: RequestContext) {
    return organizationsById(ctx.loaders, this.organizations).load(membership.organizationId);
  }

  @ResolveField(() => Network)
  network(@Parent() membership: NetworkMembership, @RequestCtx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, Network | null>('networksById', async (ids) => byKeys(ids, await this.networks.findByIds(ids), (n) => n.id))
      .load(membership.networkId);
  }
}
