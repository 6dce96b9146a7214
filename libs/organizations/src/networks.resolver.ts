import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKeys, LanguageArgs, localize, RequestContext, RequestCtx } from '@app/common';
import { NetworkConnection } from './dto/connections.type';
import { NetworksArgs } from './dto/networks.args';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { NetworksService } from './networks.service';

@Resolver(() => Network)
export class NetworksResolver {
  constructor(private readonly networksService: NetworksService) {}

  @Query(() => NetworkConnection, { description: 'The AT network and partner networks, ordered by code' })
  networks(@Args() args: NetworksArgs) {
    return this.networksService.list(args);
  }

  @Query(() => Network)
  network(@Args('id', { type: () => ID }) id: string) {
    return this.networksService.get(id);
  }

  @ResolveField(() => String)
  name(@Parent() network: Network, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext) {
    return localize(language ?? ctx.language, network.nameSr, network.nameEn);
  }

  @ResolveField(() => String, { nullable: true })
  description(@Parent() network: Network, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext) {
    return localize(language ?? ctx.language, network.descriptionSr, network.descriptionEn);
  }

  @ResolveField(() => [NetworkMembership], { description: 'Members with their roles, coordinator first' })
  memberships(@Parent() network: Network, @RequestCtx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, NetworkMembership[]>('membershipsByNetwork', async (ids) =>
        groupByKeys(ids, await this.networksService.membershipsOfNetworks(ids), (m) => m.networkId),
      )
      .load(network.id);
  }
}
