import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Render, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Action, Actor, authorize, CurrentUser } from '@app/policy';
import { Clock, InvalidInputException, Language, NotFoundException } from '@app/common';
import { OrganizationKind, OrganizationsService } from '@app/organizations';
import { PartnerProfileInput, PartnersService, ReferralCategory, ReferralsService, ReferralStatus } from '@app/referrals';
import { AdminUserGuard } from '../admin-user.guard';
import { label } from '../activities/activities-pages.controller';
import { DomainPageFilter, list, namedProblems, text, validated } from '../forms';
import { Messages } from '../i18n/messages';
import { formatDateTime, nextPageLink, PageContext, pageContext } from '../page';

const PAGE_SIZE = 50;
const ALL = 100;

/** How long past a moment, in hours or days, in the page's language. */
function lateBy(due: Date, now: Date, t: Messages): string {
  const hours = Math.floor((now.getTime() - due.getTime()) / 3_600_000);
  return hours < 48 ? `${hours} ${t.referralsHours}` : `${Math.floor(hours / 24)} ${t.referralsDays}`;
}

/**
 * Oversight of referrals for coordinators: every referral's reference, status, urgency, partner,
 * due and overdue times and the reminders and escalations sent. Nothing about the person: neither
 * the encrypted details nor the statistical fields appear here. Partner profiles (what a partner
 * accepts, its languages and whom to notify) are read and changed through PartnersService.
 */
@Controller()
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class ReferralsPagesController {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly partners: PartnersService,
    private readonly organizations: OrganizationsService,
    private readonly clock: Clock,
  ) {}

  @Get('referrals')
  @Render('referrals/list')
  async list(@Req() req: Request, @CurrentUser() actor: Actor, @Query() query: Record<string, unknown>) {
    authorize(actor, Action.REFERRAL_READ);
    const page = pageContext(req);
    const { t, lang } = page;
    const status = Object.values(ReferralStatus).find((s) => s === query.status);
    const overdue = query.overdue === 'yes';
    const connection = await this.referrals.list(actor, { filter: { ...(status && { status }), ...(overdue && { overdue: true }) }, first: PAGE_SIZE, after: text(query.after, 512) || undefined });
    const nodes = connection.edges.map(({ node }) => node);
    const names = new Map((await this.organizations.findByIds([...new Set(nodes.flatMap((r) => [r.partnerOrganizationId, r.sendingOrganizationId]))])).map((o) => [o.id, o.shortName]));
    const now = this.clock.now();
    const when = (value: Date | null) => (value ? formatDateTime(value, lang) : '');
    return {
      ...page,
      title: t.referralsHeading,
      overdue,
      statusOptions: Object.values(ReferralStatus).map((s) => ({ value: s, label: label(t, 'referralStatus', s), selected: s === status })),
      totalCount: connection.totalCount,
      next: nextPageLink('/referrals', { status, overdue: overdue ? 'yes' : undefined, lang }, connection.pageInfo.endCursor, connection.pageInfo.hasNextPage),
      items: nodes.map((r) => {
        const late = r.status === ReferralStatus.SENT && r.acknowledgeDueAt && r.acknowledgeDueAt < now;
        return {
          reference: r.reference,
          status: label(t, 'referralStatus', r.status),
          statusCode: r.status,
          urgency: label(t, 'referralUrgency', r.urgency),
          urgencyCode: r.urgency,
          category: label(t, 'referralCategory', r.category),
          sender: names.get(r.sendingOrganizationId) ?? '',
          partner: names.get(r.partnerOrganizationId) ?? '',
          sent: when(r.sentAt),
          due: when(r.acknowledgeDueAt),
          acknowledged: when(r.acknowledgedAt),
          overdueBy: late ? lateBy(r.acknowledgeDueAt!, now, t) : null,
          reminded: when(r.reminderSentAt),
          escalated: when(r.escalatedAt),
        };
      }),
    };
  }

  @Get('partners')
  @Render('referrals/partners')
  async partnerList(@Req() req: Request, @CurrentUser() actor: Actor, @Query('done') done?: string) {
    authorize(actor, Action.PARTNER_MANAGE);
    const page = pageContext(req);
    const { edges } = await this.organizations.list({ filter: { kind: OrganizationKind.PARTNER_ORGANIZATION }, first: ALL });
    const profiles = await this.partners.profilesOf(edges.map(({ node }) => node.id));
    return {
      ...page,
      title: page.t.partnersHeading,
      notice: done === 'saved' ? page.t.partnersSaved : undefined,
      partners: edges.map(({ node }) => {
        const profile = profiles.find((p) => p.organizationId === node.id);
        return {
          id: node.id,
          shortName: node.shortName,
          name: page.lang === Language.EN ? node.nameEn : node.nameSr,
          country: node.country ?? '',
          categories: (profile?.acceptedCategories ?? []).map((c) => label(page.t, 'referralCategory', c)).join(', '),
          languages: (profile?.languages ?? []).join(', '),
          contacts: (profile?.contactEmails ?? []).join(', '),
        };
      }),
    };
  }

  @Get('partners/:id/edit')
  @Render('referrals/partner-form')
  async editPartner(@Req() req: Request, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    authorize(actor, Action.PARTNER_MANAGE);
    const [profile] = await this.partners.profilesOf([id]);
    return this.partnerPage(pageContext(req), id, { categories: profile?.acceptedCategories ?? [], languages: (profile?.languages ?? []).join(', '), contacts: (profile?.contactEmails ?? []).join('\n') });
  }

  @Post('partners/:id')
  @HttpCode(200)
  async savePartner(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>) {
    const form = { categories: list(body.acceptedCategories), languages: text(body.languages, 200), contacts: text(body.contactEmails, 4000) };
    const split = (value: string) => value.split(/[\s,;]+/).filter(Boolean);
    try {
      const input = await validated(PartnerProfileInput, { acceptedCategories: form.categories, languages: split(form.languages).map((l) => l.toLowerCase()), contactEmails: split(form.contacts) });
      await this.partners.setProfile(actor, id, input);
      return res.redirect(303, '/partners?done=saved');
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      const page = pageContext(req);
      const errors = namedProblems(error.fields, page.t, 'partnersField_');
      return res.status(400).render('referrals/partner-form', { ...(await this.partnerPage(page, id, form)), errors });
    }
  }

  private async partnerPage(page: PageContext, id: string, form: { categories: string[]; languages: string; contacts: string }) {
    const [organization] = await this.organizations.findByIds([id]);
    if (!organization || organization.kind !== OrganizationKind.PARTNER_ORGANIZATION) throw new NotFoundException('Organization');
    return {
      ...page,
      title: `${page.t.partnersEdit}: ${organization.shortName}`,
      id,
      shortName: organization.shortName,
      country: organization.country ?? '',
      categories: Object.values(ReferralCategory).map((c) => ({ value: c, label: label(page.t, 'referralCategory', c), checked: form.categories.includes(c) })),
      form,
    };
  }
}
