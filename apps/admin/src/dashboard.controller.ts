import { Controller, Get, Render, Req, UseGuards } from '@nestjs/common';
import type { Request } from 'express';
import { ActivitiesService, ActivityOrder, ActivityStatus, ProgressService } from '@app/activities';
import { Action, Actor, can, CurrentUser } from '@app/policy';
import { Clock, Language } from '@app/common';
import { ActionItemsService, MeetingOrder, MeetingsService, MeetingStatus } from '@app/meetings';
import { StrategyService } from '@app/strategy';
import { OrganizationsService } from '@app/organizations';
import { ReferralsService } from '@app/referrals';
import { AdminUserGuard } from './admin-user.guard';
import { formatMeetingTime } from './meetings/meeting-form';
import { formatDate, pageContext } from './page';

/** The signed-in start page: the dashboard. Every read goes through the services' policy checks. */
@Controller()
@UseGuards(AdminUserGuard)
export class DashboardController {
  constructor(
    private readonly activities: ActivitiesService,
    private readonly progress: ProgressService,
    private readonly referrals: ReferralsService,
    private readonly organizations: OrganizationsService,
    private readonly strategy: StrategyService,
    private readonly meetings: MeetingsService,
    private readonly actionItems: ActionItemsService,
    private readonly clock: Clock,
  ) {}

  @Get('dashboard')
  @Render('dashboard')
  async dashboard(@Req() req: Request, @CurrentUser() actor: Actor) {
    const page = pageContext(req);
    const waiting = await this.activities.list(actor, { filter: { status: ActivityStatus.SUBMITTED }, first: 10, orderBy: ActivityOrder.OLDEST_FIRST });
    const names = await this.organizationNames(waiting.edges.map(({ node }) => node.organizationId));
    const overdue = can(actor, Action.REFERRAL_READ) ? await this.referrals.list(actor, { filter: { overdue: true }, first: 10 }) : null;
    return {
      ...page,
      title: page.t.dashboardHeading,
      reviewCount: waiting.totalCount,
      waiting: waiting.edges.map(({ node }) => ({ organization: names.get(node.organizationId), title: node.title, date: formatDate(node.startsOn, page.lang) })),
      overdueCount: overdue?.totalCount ?? 0,
      overdue: overdue?.edges.map(({ node }) => ({ reference: node.reference, urgency: node.urgency, due: node.acknowledgeDueAt && formatDate(node.acknowledgeDueAt, page.lang) })) ?? [],
      chart: await this.chart(actor),
      planGap: can(actor, Action.STRATEGY_MANAGE) ? await this.planGap(page) : undefined,
      ...(await this.meetingSections(actor, page.lang)),
    };
  }

  /** The next meetings the user may see, and the action items (their organization's, for members) past their due date. */
  private async meetingSections(actor: Actor, lang: Language) {
    const [upcoming, overdue] = await Promise.all([
      this.meetings.list(actor, { filter: { from: this.clock.now(), status: MeetingStatus.SCHEDULED }, first: 5, orderBy: MeetingOrder.SOONEST_FIRST }),
      this.actionItems.list(actor, { filter: { overdue: true }, first: 10 }),
    ]);
    const names = await this.organizationNames(overdue.edges.map(({ node }) => node.organizationId));
    return {
      upcomingMeetings: upcoming.edges.map(({ node }) => ({ id: node.id, title: node.title, when: formatMeetingTime(node.startsAt, node.endsAt, lang), place: node.city ?? '' })),
      overdueActionItemCount: overdue.totalCount,
      overdueActionItems: overdue.edges.map(({ node }) => ({ meetingId: node.meetingId, description: node.description, organization: names.get(node.organizationId), due: formatDate(`${node.dueOn}T12:00:00Z`, lang) })),
    };
  }

  /**
   * Between two plans (the last one ended, the next not entered yet) members have no goal to name
   * and what they submit counts towards none: those who enter plans are told, with the way there.
   */
  private async planGap(page: ReturnType<typeof pageContext>): Promise<string | undefined> {
    const now = this.clock.now();
    if (await this.strategy.periodCovering(now.toISOString().slice(0, 10))) return undefined;
    const last = await this.strategy.latestPeriodBy(now);
    return last ? page.t.planGapAfter.replace('{code}', last.code).replace('{date}', formatDate(`${last.endsOn}T12:00:00Z`, page.lang)) : page.t.planGapNone;
  }

  /** Approved activities per goal and quarter for the current plan period, as bars. */
  private async chart(actor: Actor) {
    const period = await this.strategy.latestPeriodBy(this.clock.now());
    if (!period) return [];
    const report = await this.progress.progress(actor, period.id);
    const byGoalQuarter = new Map<string, number>();
    const codes = new Map(report.goals.map((g) => [g.goalId, g.code]));
    for (const cell of report.cells) {
      const key = `${codes.get(cell.goalId)}|${cell.quarter}`;
      byGoalQuarter.set(key, (byGoalQuarter.get(key) ?? 0) + cell.activities);
    }
    const max = Math.max(1, ...byGoalQuarter.values());
    return [...byGoalQuarter.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, count]) => ({ goal: key.split('|')[0], quarter: key.split('|')[1], count, width: Math.round((count / max) * 80) }));
  }

  private async organizationNames(ids: string[]): Promise<Map<string, string>> {
    return new Map((await this.organizations.findByIds([...new Set(ids)])).map((o) => [o.id, o.shortName]));
  }
}
