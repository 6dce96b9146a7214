import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext, RequestCtx } from '@app/common';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { NetworksService } from './networks.service';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';
import { networksById, organizationsById } from './organization-loader';

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
    return networksById(ctx.loaders, this.networks).load(membership.networkId);
  }
}
