import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Render, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Action, Actor, authorize, CurrentUser } from '@app/policy';
import { Clock, InvalidInputException, localize } from '@app/common';
import { MembershipInput, NetworkRole, NetworksService, OrganizationsAdminService, OrganizationsService } from '@app/organizations';
import { AdminUserGuard } from '../admin-user.guard';
import { formatDate, pageContext } from '../page';
import { DomainPageFilter, namedProblems, text, validated } from '../forms';

const ALL = 100;

/**
 * An organization's memberships of networks (a new La Strada member, a member that leaves), for
 * coordinators, through OrganizationsAdminService as the API's setMembership: adding one, and
 * ending one by its last day (the record stays).
 */
@Controller('organizations/:id/memberships')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class MembershipsPagesController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly networks: NetworksService,
    private readonly admin: OrganizationsAdminService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Render('directory/memberships')
  async memberships(@Req() req: Request, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Query('done') done?: string) {
    return { ...(await this.page(req, actor, id)), notice: done === 'added' ? pageContext(req).t.membershipsAdded : done === 'ended' ? pageContext(req).t.membershipsEnded : undefined };
  }

  @Post()
  @HttpCode(200)
  async add(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>) {
    const form = { networkId: text(body.networkId, 40), role: text(body.role, 20), since: text(body.since, 10) };
    return this.save(req, res, actor, id, 'added', form, { networkId: form.networkId, organizationId: id, role: form.role || NetworkRole.MEMBER, since: form.since || null });
  }

  @Post(':networkId/end')
  @HttpCode(200)
  async end(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Param('networkId', ParseUUIDPipe) networkId: string, @Body() body: Record<string, unknown>) {
    const [membership] = (await this.organizations.membershipsOfOrganizations([id])).filter((m) => m.networkId === networkId);
    const until = text(body.until, 10) || this.clock.now().toISOString().slice(0, 10);
    return this.save(req, res, actor, id, 'ended', {}, { networkId, organizationId: id, role: membership?.role ?? NetworkRole.MEMBER, since: membership?.since ?? null, until });
  }

  private async save(req: Request, res: Response, actor: Actor, id: string, done: string, form: Record<string, string>, plain: Record<string, unknown>) {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    try {
      await this.admin.setMembership(actor, await validated(MembershipInput, plain));
      return res.redirect(303, `/organizations/${id}/memberships?done=${done}`);
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      return res.status(400).render('directory/memberships', { ...(await this.page(req, actor, id)), form, errors: namedProblems(error.fields, pageContext(req).t, 'membershipsField_') });
    }
  }

  private async page(req: Request, actor: Actor, id: string) {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    const page = pageContext(req);
    const { t, lang } = page;
    const organization = await this.organizations.get(id);
    const [memberships, { edges }] = await Promise.all([this.organizations.membershipsOfOrganizations([id]), this.networks.list({ first: ALL })]);
    const networks = edges.map(({ node }) => node);
    const day = (value: string | null) => (value ? formatDate(`${value}T12:00:00Z`, lang) : '');
    const today = this.clock.now().toISOString().slice(0, 10);
    return {
      ...page,
      title: `${t.membershipsHeading}: ${organization.shortName}`,
      organization: { id, shortName: organization.shortName, name: localize(lang, organization.nameSr, organization.nameEn) },
      memberships: memberships.map((m) => {
        const network = networks.find((n) => n.id === m.networkId);
        return {
          networkId: m.networkId,
          network: network ? `${network.shortName} – ${localize(lang, network.nameSr, network.nameEn)}` : '',
          role: t[`role${m.role}`] ?? m.role,
          since: day(m.since),
          until: day(m.until),
          active: !m.until || m.until >= today,
        };
      }),
      networks: networks.filter((n) => !memberships.some((m) => m.networkId === n.id && (!m.until || m.until >= today))).map((n) => ({ id: n.id, label: `${n.shortName} – ${localize(lang, n.nameSr, n.nameEn)}` })),
      roles: Object.values(NetworkRole).map((r) => ({ value: r, label: t[`role${r}`] ?? r })),
    };
  }
}
