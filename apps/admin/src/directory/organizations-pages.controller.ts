import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Action, Actor, authorize, can, CurrentUser } from '@app/policy';
import { DomainException, ErrorKind, InvalidInputException, localize } from '@app/common';
import { Organization, OrganizationInput, OrganizationKind, OrganizationsAdminService, OrganizationsService } from '@app/organizations';
import { AdminUserGuard } from '../admin-user.guard';
import { nextPageLink, pageContext } from '../page';
import { DomainPageFilter, fieldErrors, text, validated } from '../forms';

const PAGE_SIZE = 25;
const KINDS = Object.values(OrganizationKind);

type OrganizationForm = Record<string, string | undefined>;

/** Organizations: everyone signed in reads the list; coordinators add, edit and deactivate them. */
@Controller('organizations')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class OrganizationsPagesController {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly admin: OrganizationsAdminService,
  ) {}

  @Get()
  async list(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Query('search') search?: string, @Query('after') after?: string, @Query('done') done?: string) {
    const page = pageContext(req);
    const { t, lang } = page;
    const query = text(search, 200);
    const connection = await this.organizations.list({ filter: { ...(query && { search: query }) }, first: PAGE_SIZE, after: text(after, 512) || undefined });
    const manage = can(actor, Action.ORGANIZATION_MANAGE);
    res.render('directory/organizations', {
      ...page,
      title: t.navOrganizations,
      notice: done && ['created', 'updated', 'deactivated'].includes(done) ? t[`orgDone_${done as 'created'}`] : undefined,
      manage,
      search: query,
      totalCount: connection.totalCount,
      organizations: connection.edges.map(({ node }) => ({
        id: node.id,
        shortName: node.shortName,
        name: localize(lang, node.nameSr, node.nameEn),
        kind: t[`orgKind_${node.kind}`],
        place: `${node.city}, ${node.country}`,
        active: node.active,
        capacity: node.kind === OrganizationKind.AT_NETWORK_MEMBER && can(actor, Action.CAPACITY_READ, { organizationId: node.id }),
        users: can(actor, Action.USER_READ, { organizationId: node.id }),
      })),
      after: !!text(after, 512),
      next: nextPageLink('/organizations', { search: query }, connection.pageInfo.endCursor, connection.pageInfo.hasNextPage),
    });
  }

  @Get('new')
  newForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor) {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    this.form(req, res, { kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', active: 'on' });
  }

  @Post()
  @HttpCode(200)
  async create(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: OrganizationForm) {
    const values = formValues(body);
    return this.save(req, res, values, undefined, async () => {
      await this.admin.create(actor, await validated(OrganizationInput, toInput(values)));
      res.redirect(303, '/organizations?done=created');
    });
  }

  @Get(':id/edit')
  async editForm(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    this.form(req, res, toValues(await this.organizations.get(id)), id);
  }

  @Post(':id')
  @HttpCode(200)
  async update(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: OrganizationForm) {
    const values = formValues(body);
    return this.save(req, res, values, id, async () => {
      await this.admin.update(actor, id, await validated(OrganizationInput, toInput(values)));
      res.redirect(303, '/organizations?done=updated');
    });
  }

  /** Deactivating keeps the organization and its history; its people can no longer be invited. */
  @Post(':id/deactivate')
  @HttpCode(200)
  async deactivate(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    authorize(actor, Action.ORGANIZATION_MANAGE);
    const values = { ...toValues(await this.organizations.get(id)), active: undefined };
    return this.save(req, res, values, id, async () => {
      await this.admin.update(actor, id, await validated(OrganizationInput, toInput(values)));
      res.redirect(303, '/organizations?done=deactivated');
    });
  }

  private async save(req: Request, res: Response, values: OrganizationForm, id: string | undefined, work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      if (error instanceof InvalidInputException) return this.form(req, res.status(400), values, id, fieldErrors(error.fields, pageContext(req).t, 'orgInvalid_'));
      if (error instanceof DomainException && error.kind === ErrorKind.CONFLICT) return this.form(req, res.status(409), values, id, {}, error.message);
      throw error;
    }
  }

  private form(req: Request, res: Response, values: OrganizationForm, id?: string, errors: Record<string, string> = {}, error?: string) {
    const page = pageContext(req);
    const { t } = page;
    res.render('directory/organization-form', {
      ...page,
      title: id ? t.orgEditHeading : t.orgNewHeading,
      action: id ? `/organizations/${id}` : '/organizations',
      id,
      values: { ...values, active: values.active === 'on' },
      kinds: KINDS.map((kind) => ({ value: kind, label: t[`orgKind_${kind}`], selected: values.kind === kind })),
      errors,
      error: error ?? (Object.keys(errors).length ? t.formHasErrors : undefined),
    });
  }
}

const FIELDS = ['shortName', 'nameSr', 'nameEn', 'kind', 'city', 'country', 'contactEmail', 'website', 'active'] as const;

function formValues(body: OrganizationForm): OrganizationForm {
  return Object.fromEntries(FIELDS.map((field) => [field, field === 'active' ? (body.active === 'on' ? 'on' : undefined) : text(body[field], 400)]));
}

function toValues(organization: Organization): OrganizationForm {
  return {
    shortName: organization.shortName,
    nameSr: organization.nameSr,
    nameEn: organization.nameEn,
    kind: organization.kind,
    city: organization.city,
    country: organization.country,
    contactEmail: organization.contactEmail ?? '',
    website: organization.website ?? '',
    active: organization.active ? 'on' : undefined,
  };
}

/** Empty optional fields clear the value; the country is written in capitals whatever was typed. */
function toInput(values: OrganizationForm): Record<string, unknown> {
  return {
    shortName: values.shortName,
    nameSr: values.nameSr,
    nameEn: values.nameEn,
    kind: values.kind,
    city: values.city,
    country: values.country?.toUpperCase(),
    contactEmail: values.contactEmail || null,
    website: values.website || null,
    active: values.active === 'on',
  };
}
