import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKeys, LanguageArgs, localize, RequestContext, RequestCtx } from '@app/common';
import { OrganizationConnection } from './dto/connections.type';
import { OrganizationsArgs } from './dto/organizations.args';
import { NetworkMembership } from './network-membership.entity';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(private readonly organizationsService: OrganizationsService) {}

  @Query(() => OrganizationConnection, { description: 'Organizations, filtered, ordered by short name' })
  organizations(@Args() args: OrganizationsArgs) {
    return this.organizationsService.list(args);
  }

  @Query(() => Organization)
  organization(@Args('id', { type: () => ID }) id: string) {
    return this.organizationsService.get(id);
  }

  @ResolveField(() => String, { description: 'Full name in the requested language' })
  name(@Parent() organization: Organization, @Args() { language }: LanguageArgs, @RequestCtx() ctx: RequestContext) {
    return localize(language ?? ctx.language, organization.nameSr, organization.nameEn);
  }

  @ResolveField(() => [NetworkMembership], { description: 'Networks this organization belongs to' })
  memberships(@Parent() organization: Organization, @RequestCtx() ctx: RequestContext) {
    return ctx.loaders
      .get<string, NetworkMembership[]>('membershipsByOrganization', async (ids) =>
        groupByKeys(ids, await this.organizationsService.membershipsOfOrganizations(ids), (m) => m.organizationId),
      )
      .load(organization.id);
  }
}
