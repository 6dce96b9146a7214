import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { DataSource } from 'typeorm';
import { Action, Actor, authorize } from '@app/policy';
import { isUuid, NotFoundException } from '@app/common';
import { GoalProgress, ProgressCell, ProgressFigures, StrategyProgress } from './progress.type';

/** A row of the running totals: one quarter × goal (NULL: any) × organization (NULL: the network). */
interface TotalsRow {
  goal_id: string | null;
  organization_id: string | null;
  quarter: string;
  activities: number;
  participants: number;
  female: number;
  male: number;
  other_unknown: number;
  /** Participants per age band, in the order of the age bands. */
  bands: number[];
}

interface IndicatorRow {
  goal_id: string;
  indicator_id: string;
  code: string;
  name_sr: string;
  name_en: string;
  unit: string;
  value: number | string;
  baseline: number | string | null;
  target: number | string | null;
}

interface ReportRow {
  period: { id: string; code: string };
  totals: TotalsRow[];
  indicators: IndicatorRow[];
  ageBands: { code: string }[];
  goals: { id: string; code: string }[];
}

const QUARTER = `to_char(quarter, 'YYYY-"Q"Q') AS quarter`;
/** Rows of the period asked for ($1): cells (goal and organization), goal totals (goal, no organization or the one asked for, $2) and network totals (neither). */
const IN_REPORT = `quarter BETWEEN p.starts_on AND p.ends_on AND (organization_id IS NULL OR $2::uuid IS NULL OR organization_id = $2::uuid)`;
const json = (select: string) => `COALESCE((SELECT json_agg(r) FROM (${select}) r), '[]')`;

/** The whole report as one row of JSON documents; no row when the period does not exist. */
const REPORT_SQL = `
  SELECT json_build_object('id', p.id, 'code', p.code) AS period,
    ${json(`SELECT goal_id, organization_id, ${QUARTER}, activities, participants, female, male, other_unknown,
                   ARRAY(SELECT COALESCE((progress_figures.age_bands ->> b.id::text)::int, 0) FROM age_bands b ORDER BY b.position) AS bands
              FROM progress_figures WHERE ${IN_REPORT} AND activities > 0 ORDER BY progress_figures.quarter, goal_id, organization_id`)} AS totals,
    ${json(`SELECT i.goal_id, i.id AS indicator_id, i.code, i.name_sr, i.name_en, i.unit, i.baseline, i.target,
                   COALESCE((SELECT sum(t.value) FROM progress_indicators t
                              WHERE t.indicator_id = i.id AND t.quarter BETWEEN p.starts_on AND p.ends_on AND t.organization_id IS NOT DISTINCT FROM $2::uuid), 0) AS value
              FROM indicators i JOIN strategic_goals g ON g.id = i.goal_id AND g.period_id = p.id ORDER BY g.position, i.position`)} AS indicators,
    ${json(`SELECT code FROM age_bands ORDER BY position`)} AS "ageBands",
    ${json(`SELECT id, code FROM strategic_goals WHERE period_id = p.id ORDER BY position`)} AS goals
  FROM strategy_periods p WHERE p.id = $1`;

/**
 * Strategy progress, read from the running totals the database keeps per quarter × goal ×
 * organization (migration CreateProgressRollup): a few hundred rows whatever the number of
 * activities. Changes committed since the last report are applied first (`progress_catch_up`),
 * which also tells the version of the totals: a report is kept, and served again, until the
 * version changes. The report is the same for everyone allowed to read it.
 */
@Injectable()
export class ProgressService {
  private readonly reports = new LRUCache<string, { version: string; report: Promise<StrategyProgress> }>({ max: 200 });

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async progress(actor: Actor | null, periodId: string, organizationId?: string): Promise<StrategyProgress> {
    authorize(actor, Action.ACTIVITY_READ);
    if (!isUuid(periodId)) throw new NotFoundException('StrategyPeriod', 'STRATEGY_PERIOD_NOT_FOUND');
    const [{ version }] = (await this.dataSource.query('SELECT progress_catch_up() AS version')) as { version: string }[];
    const key = `${periodId}/${organizationId ?? ''}`;
    const kept = this.reports.get(key);
    if (kept?.version === version) return kept.report;
    // Requests arriving together for the same new version share one computation.
    const report = this.compute(periodId, organizationId);
    this.reports.set(key, { version, report });
    report.catch(() => this.reports.get(key)?.report === report && this.reports.delete(key));
    return report;
  }

  private async compute(periodId: string, organizationId: string | undefined): Promise<StrategyProgress> {
    // One statement, so one snapshot: a catch-up committing meanwhile cannot split the figures.
    const [report] = (await this.dataSource.query(REPORT_SQL, [periodId, organizationId ?? null])) as (ReportRow | undefined)[];
    if (!report) throw new NotFoundException('StrategyPeriod', 'STRATEGY_PERIOD_NOT_FOUND');
    const { period, totals, indicators, ageBands, goals } = report;

    const figures = (rows: TotalsRow[]): ProgressFigures => {
      const sum = { activities: 0, participants: 0, female: 0, male: 0, otherUnknown: 0 };
      const byBand = ageBands.map(() => 0);
      for (const row of rows) {
        sum.activities += row.activities;
        sum.participants += row.participants;
        sum.female += row.female;
        sum.male += row.male;
        sum.otherUnknown += row.other_unknown;
        row.bands.forEach((count, i) => (byBand[i] += count));
      }
      return { ...sum, byAgeBand: ageBands.map((band, i) => ({ ageBand: band.code, count: byBand[i] })) };
    };
    // Goal and network totals: of the one organization asked for, or of the whole network (organization NULL).
    const scope = organizationId ?? null;
    const inScope = totals.filter((row) => row.organization_id === scope);

    return {
      periodId: period.id,
      periodCode: period.code,
      cells: totals
        .filter((row) => row.goal_id !== null && row.organization_id !== null)
        .map((row): ProgressCell => ({ goalId: row.goal_id!, organizationId: row.organization_id!, quarter: row.quarter, ...figures([row]) })),
      goals: goals.map(
        (goal): GoalProgress => ({
          goalId: goal.id,
          code: goal.code,
          ...figures(inScope.filter((row) => row.goal_id === goal.id)),
          indicators: indicators
            .filter((i) => i.goal_id === goal.id)
            .map((i) => ({
              indicatorId: i.indicator_id,
              code: i.code,
              nameSr: i.name_sr,
              nameEn: i.name_en,
              unit: i.unit,
              value: Number(i.value),
              baseline: i.baseline === null ? null : Number(i.baseline),
              target: i.target === null ? null : Number(i.target),
            })),
        }),
      ),
      network: figures(inScope.filter((row) => row.goal_id === null)),
    };
  }
}
