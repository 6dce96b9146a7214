import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Render, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ProgressService } from '@app/activities';
import { Action, Actor, authorize, can, CurrentUser } from '@app/policy';
import { Clock, InvalidInputException, localize, NotFoundException } from '@app/common';
import { CreateIndicatorInput, CreateStrategicGoalInput, CreateStrategyPeriodInput, IndicatorFieldsInput, StrategicGoalFieldsInput, StrategyAdminService, StrategyService, UpdateStrategyPeriodInput } from '@app/strategy';
import { AdminUserGuard } from '../admin-user.guard';
import { DomainPageFilter, namedProblems, parseNumber, text, validated } from '../forms';
import { formatDate, formatNumber, PageContext, pageContext } from '../page';

const ALL = 100;
type Form = Record<string, string>;

/**
 * The strategic plan in the admin app: its periods, goals and indicators (coordinators add them and
 * change baselines and targets, through StrategyAdminService and the policy table), and the
 * progress page with the report the API computes and its downloads.
 */
@Controller('strategy')
@UseGuards(AdminUserGuard)
@UseFilters(DomainPageFilter)
export class StrategyPagesController {
  constructor(
    private readonly strategy: StrategyService,
    private readonly admin: StrategyAdminService,
    private readonly progress: ProgressService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Render('strategy/plan')
  async plan(@Req() req: Request, @CurrentUser() actor: Actor, @Query('done') done?: string) {
    const page = pageContext(req);
    return { ...(await this.planPage(page, actor)), notice: done === 'saved' ? page.t.strategySaved : undefined };
  }

  @Post('periods')
  @HttpCode(200)
  periods(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: Record<string, unknown>) {
    const form = pick(body, ['code', 'titleSr', 'titleEn', 'startsOn', 'endsOn']);
    return this.save(req, res, actor, 'period', form, async () => this.admin.createPeriod(actor, await validated(CreateStrategyPeriodInput, form)));
  }

  @Post('goals')
  @HttpCode(200)
  goals(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: Record<string, unknown>) {
    const form = pick(body, ['periodId', 'code', 'titleSr', 'titleEn']);
    return this.save(req, res, actor, `goal-${form.periodId}`, form, async () => this.admin.createGoal(actor, await validated(CreateStrategicGoalInput, form)));
  }

  @Post('indicators')
  @HttpCode(200)
  indicators(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Body() body: Record<string, unknown>) {
    const form = pick(body, ['goalId', 'code', 'nameSr', 'nameEn', 'unit', 'baseline', 'target']);
    return this.save(req, res, actor, `indicator-${form.goalId}`, form, async () =>
      this.admin.createIndicator(actor, await validated(CreateIndicatorInput, { ...form, baseline: parseNumber(form.baseline, pageContext(req).lang), target: parseNumber(form.target, pageContext(req).lang) })),
    );
  }

  @Post('periods/:id')
  @HttpCode(200)
  renamePeriod(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>) {
    const form = pick(body, ['titleSr', 'titleEn']);
    return this.save(req, res, actor, `period-${id}`, form, async () => this.admin.updatePeriod(actor, id, await validated(UpdateStrategyPeriodInput, form)));
  }

  @Get('goals/:id/edit')
  @Render('strategy/goal')
  async editGoal(@Req() req: Request, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    authorize(actor, Action.STRATEGY_MANAGE);
    const goal = await this.admin.findGoal(id);
    if (!goal) throw new NotFoundException('StrategicGoal');
    return this.goalPage(pageContext(req), id, { code: goal.code, titleSr: goal.titleSr, titleEn: goal.titleEn, descriptionSr: goal.descriptionSr ?? '', descriptionEn: goal.descriptionEn ?? '' });
  }

  @Post('goals/:id')
  @HttpCode(200)
  async updateGoal(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>) {
    const form = pick(body, ['titleSr', 'titleEn', 'descriptionSr', 'descriptionEn']);
    try {
      await this.admin.updateGoal(actor, id, await validated(StrategicGoalFieldsInput, form));
      return res.redirect(303, '/strategy?done=saved');
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      const page = pageContext(req);
      const goal = await this.admin.findGoal(id);
      return res.status(400).render('strategy/goal', { ...this.goalPage(page, id, { ...form, code: goal?.code ?? '' }), errors: namedProblems(error.fields, page.t, 'strategyField_') });
    }
  }

  private goalPage(page: PageContext, id: string, form: Form) {
    return { ...page, title: page.t.strategyEditGoal, id, form };
  }

  @Get('indicators/:id/edit')
  @Render('strategy/indicator')
  async editIndicator(@Req() req: Request, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string) {
    authorize(actor, Action.STRATEGY_MANAGE);
    const indicator = await this.admin.findIndicator(id);
    if (!indicator) throw new NotFoundException('Indicator');
    // Plain digits with a decimal point, which parseNumber reads alike in either language.
    const number = (value: number | null) => (value === null ? '' : String(value));
    return this.indicatorPage(pageContext(req), id, { code: indicator.code, nameSr: indicator.nameSr, nameEn: indicator.nameEn, unit: indicator.unit, baseline: number(indicator.baseline), target: number(indicator.target) });
  }

  @Post('indicators/:id')
  @HttpCode(200)
  async updateIndicator(@Req() req: Request, @Res() res: Response, @CurrentUser() actor: Actor, @Param('id', ParseUUIDPipe) id: string, @Body() body: Record<string, unknown>) {
    const form = pick(body, ['nameSr', 'nameEn', 'unit', 'baseline', 'target']);
    try {
      const input = await validated(IndicatorFieldsInput, { ...form, baseline: parseNumber(form.baseline, pageContext(req).lang), target: parseNumber(form.target, pageContext(req).lang) });
      const indicator = await this.admin.updateIndicator(actor, id, input);
      const goal = await this.admin.findGoal(indicator.goalId);
      return res.redirect(303, `/strategy/progress?periodId=${goal?.periodId ?? ''}&done=saved`);
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      const page = pageContext(req);
      const indicator = await this.admin.findIndicator(id);
      return res.status(400).render('strategy/indicator', { ...this.indicatorPage(page, id, { ...form, code: indicator?.code ?? '' }), errors: namedProblems(error.fields, page.t, 'strategyField_') });
    }
  }

  @Get('progress')
  @Render('strategy/progress')
  async progressPage(@Req() req: Request, @CurrentUser() actor: Actor, @Query('periodId') periodId?: string, @Query('done') done?: string) {
    const page = pageContext(req);
    const { t, lang } = page;
    const { edges } = await this.strategy.listPeriods({ first: ALL });
    const periods = edges.map(({ node }) => node);
    const current = periods.find((p) => p.id === periodId) ?? (await this.strategy.latestPeriodBy(this.clock.now())) ?? periods[periods.length - 1];
    if (!current) return { ...page, title: t.strategyProgressHeading, periods: [], goals: [] };
    const report = await this.progress.progress(actor, current.id);
    const goals = await this.strategy.goalsOfPeriods([current.id]);
    const max = Math.max(1, ...report.goals.map((g) => g.activities));
    const number = (value: number | null) => (value === null ? '—' : formatNumber(value, lang));
    return {
      ...page,
      title: t.strategyProgressHeading,
      notice: done === 'saved' ? t.strategySaved : undefined,
      period: { id: current.id, title: localize(lang, current.titleSr, current.titleEn), days: `${formatDate(`${current.startsOn}T12:00:00Z`, lang)} – ${formatDate(`${current.endsOn}T12:00:00Z`, lang)}` },
      periods: periods.map((p) => ({ id: p.id, title: localize(lang, p.titleSr, p.titleEn), selected: p.id === current.id })),
      totals: { activities: number(report.network.activities), participants: number(report.network.participants), female: number(report.network.female), male: number(report.network.male), other: number(report.network.otherUnknown) },
      goals: report.goals.map((g) => {
        const goal = goals.find((x) => x.id === g.goalId);
        return {
          code: g.code,
          title: goal ? localize(lang, goal.titleSr, goal.titleEn) : g.code,
          activities: g.activities,
          activitiesText: number(g.activities),
          max,
          participants: number(g.participants),
          female: number(g.female),
          male: number(g.male),
          other: number(g.otherUnknown),
          indicators: g.indicators.map((i) => {
            const share = i.target ? Math.round((Math.max(0, i.value - (i.baseline ?? 0)) / Math.max(1e-9, i.target - (i.baseline ?? 0))) * 100) : null;
            return {
              id: i.indicatorId,
              code: i.code,
              name: localize(lang, i.nameSr, i.nameEn),
              unit: i.unit,
              value: number(i.value),
              baseline: number(i.baseline),
              target: number(i.target),
              share: share === null ? null : Math.max(0, Math.min(share, 999)),
              shareText: share === null ? '—' : `${formatNumber(share, lang)} %`,
            };
          }),
        };
      }),
      manage: can(actor, Action.STRATEGY_MANAGE),
      exportCsv: `/exports/progress.csv?periodId=${current.id}`,
      exportXlsx: `/exports/progress.xlsx?periodId=${current.id}`,
    };
  }

  private indicatorPage(page: PageContext, id: string, form: Form) {
    return { ...page, title: page.t.strategyEditIndicator, id, form };
  }

  /** A form of the plan page: saved and back to the page, or the page again with the problems next to that form. */
  private async save(req: Request, res: Response, actor: Actor, formName: string, form: Form, work: () => Promise<unknown>) {
    try {
      await work();
      return res.redirect(303, '/strategy?done=saved');
    } catch (error) {
      if (!(error instanceof InvalidInputException)) throw error;
      const page = pageContext(req);
      return res.status(400).render('strategy/plan', { ...(await this.planPage(page, actor)), failed: { form: formName, values: form, problems: namedProblems(error.fields, page.t, 'strategyField_') } });
    }
  }

  private async planPage(page: PageContext, actor: Actor) {
    const { t, lang } = page;
    const { edges } = await this.strategy.listPeriods({ first: ALL });
    const periods = edges.map(({ node }) => node);
    const goals = await this.strategy.goalsOfPeriods(periods.map((p) => p.id));
    const indicators = goals.length ? await this.strategy.indicatorsOfGoals(goals.map((g) => g.id)) : [];
    const number = (value: number | null) => (value === null ? '—' : formatNumber(value, lang));
    return {
      ...page,
      title: t.strategyHeading,
      manage: can(actor, Action.STRATEGY_MANAGE),
      periods: periods
        .slice()
        .reverse()
        .map((p) => ({
          id: p.id,
          code: p.code,
          title: localize(lang, p.titleSr, p.titleEn),
          titleSr: p.titleSr,
          titleEn: p.titleEn,
          days: `${formatDate(`${p.startsOn}T12:00:00Z`, lang)} – ${formatDate(`${p.endsOn}T12:00:00Z`, lang)}`,
          goals: goals
            .filter((g) => g.periodId === p.id)
            .map((g) => ({
              id: g.id,
              code: g.code,
              title: localize(lang, g.titleSr, g.titleEn),
              indicators: indicators
                .filter((i) => i.goalId === g.id)
                .map((i) => ({ id: i.id, code: i.code, name: localize(lang, i.nameSr, i.nameEn), unit: i.unit, baseline: number(i.baseline), target: number(i.target) })),
            })),
        })),
    };
  }
}

function pick(body: Record<string, unknown>, fields: string[]): Form {
  return Object.fromEntries(fields.map((field) => [field, text(body[field], 4000)]));
}

