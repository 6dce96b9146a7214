import { Controller, Get, Render, Req } from '@nestjs/common';
import type { Request } from 'express';
import { localize } from '@app/common';
import { NetworkKind, NetworksService, OrganizationsService } from '@app/organizations';
import { pageContext } from './page';

const ALL = 100;

/** The sign-in-free landing page: the network's organizations, read from the database. */
@Controller()
export class LandingController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
  ) {}

  @Get()
  @Render('landing')
  async landing(@Req() req: Request) {
    const page = pageContext(req);
    const { lang: language, t } = page;
    const { edges: networkEdges } = await this.networks.list({ first: ALL });
    const atNetwork = networkEdges.find(({ node }) => node.kind === NetworkKind.AT_NETWORK)?.node;
    const memberships = atNetwork ? await this.networks.membershipsOfNetworks([atNetwork.id]) : [];
    const organizations = await this.organizations.findByIds(memberships.map((m) => m.organizationId));
    const byId = new Map(organizations.map((o) => [o.id, o]));

    return {
      ...page,
      members: memberships.map((m) => {
        const organization = byId.get(m.organizationId)!;
        return {
          shortName: organization.shortName,
          name: localize(language, organization.nameSr, organization.nameEn),
          city: organization.city,
          role: t[`role${m.role}`],
        };
      }),
      partnerNetworks: networkEdges
        .filter(({ node }) => node.kind === NetworkKind.PARTNER_NETWORK)
        .map(({ node }) => ({
          shortName: node.shortName,
          name: localize(language, node.nameSr, node.nameEn),
          description: localize(language, node.descriptionSr, node.descriptionEn),
          website: node.website,
        })),
    };
  }
}
