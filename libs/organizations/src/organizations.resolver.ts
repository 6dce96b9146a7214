import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { groupByKeys, LanguageArgs, localize, RequestContext, RequestCtx } from '@app/common';
import { OrganizationConnection } from './dto/connections.type';
import { MembershipInput, OrganizationInput } from './dto/organization.input';
import { OrganizationsArgs } from './dto/organizations.args';
import { OrganizationsAdminService } from './organizations-admin.service';
import { NetworkMembership } from './network-membership.entity';
import { Organization } from './organization.entity';
import { OrganizationsService } from './organizations.service';

@Resolver(() => Organization)
export class OrganizationsResolver {
  constructor(
    private readonly organizationsService: OrganizationsService,
    private readonly admin: OrganizationsAdminService,
  ) {}

  @Mutation(() => Organization, { description: 'Add an organization, e.g. a partner abroad (coordinators)' })
  createOrganization(@CurrentUser() actor: Actor | null, @Args('input') input: OrganizationInput) {
    return this.admin.create(actor, input);
  }

  @Mutation(() => Organization, { description: 'Change an organization (coordinators)' })
  updateOrganization(@CurrentUser() actor: Actor | null, @Args('id', { type: () => ID }) id: string, @Args('input') input: OrganizationInput) {
    return this.admin.update(actor, id, input);
  }

  @Mutation(() => NetworkMembership, { description: "Add an organization to a network, or change its role or dates there (coordinators)" })
  setNetworkMembership(@CurrentUser() actor: Actor | null, @Args('input') input: MembershipInput) {
    return this.admin.setMembership(actor, input);
  }

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
