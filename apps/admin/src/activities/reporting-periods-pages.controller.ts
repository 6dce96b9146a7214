import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Render, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ActivitiesService, ActivityStatus, ReportingLocksService } from '@app/activities';
import { Action, Actor, authorize, CurrentUser } from '@app/policy';
import { Clock } from '@app/common';
import { AdminUserGuard } from '../admin-user.guard';
import { DomainPageFilter, text } from '../forms';
import { formatDate, pageContext } from '../page';
import { label } from './activities-pages.controller';

const FIRST_YEAR = 2021;
const QUARTER = /^(\d{4})-Q([1-4])$/;

/** The first and last day of a quarter written "2024-Q1". */
export function quarterDays(quarter: string): { startsOn: string; endsOn: string } | null {
  const match = QUARTER.exec(quarter);
  if (!match) return null;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const startMonth = (q - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { startsOn: `${year}-${pad(startMonth)}-01`, endsOn: `${year}-${pad(startMonth + 2)}-${pad(lastDay)}` };
}

/**
 * Reporting periods for coordinators: each quarter of a year, locked or open, with how many
 * activities of each status start in it (what a lock holds back: drafts, submissions and returned
 * activities that can no longer change). Locking and unlocking go through ReportingLocksService.
 */
@Controller('reporting-periods')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class ReportingPeriodsPagesController {
  constructor(
    private readonly locks: ReportingLocksService,
    private readonly activities: ActivitiesService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Render('activities/reporting-periods')
  async periods(@Req() req: Request, @CurrentUser() actor: Actor, @Query('year') yearAsked?: string, @Query('done') done?: string) {
    return this.page(req, actor, yearAsked, done);
  }

  @Post('lock')
  @HttpCode(200)
  async lock(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: Record<string, unknown>) {
    const quarter = text(body.quarter, 7);
    const days = quarterDays(quarter);
    if (!days) return res.status(400).render('activities/reporting-periods', { ...(await this.page(req, actor, undefined)), error: pageContext(req).t.periodsBadQuarter });
    await this.locks.lock(actor, days.startsOn, days.endsOn, text(body.reason, 300));
    return res.redirect(303, `/reporting-periods?year=${quarter.slice(0, 4)}&done=locked`);
  }

  @Post(':id/unlock')
  @HttpCode(200)
  async unlock(@Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    const lock = await this.locks.unlock(actor, id);
    return res.redirect(303, `/reporting-periods?year=${lock.startsOn.slice(0, 4)}&done=unlocked`);
  }

  private async page(req: Request, actor: Actor, yearAsked: string | undefined, done?: string) {
    authorize(actor, Action.REPORTING_PERIOD_LOCK);
    const page = pageContext(req);
    const { t, lang } = page;
    const thisYear = this.clock.now().getUTCFullYear();
    const year = /^\d{4}$/.test(yearAsked ?? '') && Number(yearAsked) >= FIRST_YEAR && Number(yearAsked) <= thisYear + 1 ? Number(yearAsked) : thisYear;
    const [locks, counts] = await Promise.all([this.locks.list(actor), this.activities.countsByQuarter(actor, `${year}-01-01`, `${year}-12-31`)]);
    const quarters = [1, 2, 3, 4].map((q) => {
      const code = `${year}-Q${q}`;
      const { startsOn, endsOn } = quarterDays(code)!;
      const overlapping = locks.filter((l) => l.startsOn <= endsOn && l.endsOn >= startsOn);
      const byStatus = Object.values(ActivityStatus).map((status) => ({
        status: label(t, 'activityStatus', status),
        code: status,
        count: counts.find((c) => c.quarter === code && c.status === status)?.count ?? 0,
      }));
      return {
        code,
        label: `${q}. ${t.quarter.toLowerCase()} ${year}`,
        days: `${formatDate(`${startsOn}T12:00:00Z`, lang)} – ${formatDate(`${endsOn}T12:00:00Z`, lang)}`,
        locked: overlapping.length > 0,
        locks: overlapping.map((l) => ({
          id: l.id,
          span: `${formatDate(`${l.startsOn}T12:00:00Z`, lang)} – ${formatDate(`${l.endsOn}T12:00:00Z`, lang)}`,
          reason: l.reason,
        })),
        byStatus,
        heldBack: byStatus.filter((s) => s.code !== ActivityStatus.APPROVED).reduce((sum, s) => sum + s.count, 0),
      };
    });
    const years = [];
    for (let y = thisYear + 1; y >= FIRST_YEAR; y--) years.push({ value: y, selected: y === year });
    return {
      ...page,
      title: t.periodsHeading,
      year,
      years,
      quarters,
      notice: done === 'locked' ? t.periodsLocked : done === 'unlocked' ? t.periodsUnlocked : undefined,
    };
  }
}
