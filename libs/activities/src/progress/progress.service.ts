import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Action } from '@app/auth/policy/action.enum';
import { Actor, authorize } from '@app/auth/policy/policy';
import { isUuid, NotFoundException } from '@app/common';
import { StrategyPeriod } from '@app/strategy/entities';
import { AgeBand } from '../age-band.entity';
import { GoalProgress, ProgressCell, ProgressFigures, StrategyProgress } from './progress.type';

interface FigureRow {
  activities: number;
  participants: number;
  female: number;
  male: number;
  other_unknown: number;
}

/**
 * Approved activities of a period, one row each, with what they reached. Participants are the
 * declared total, or the sum of the breakdown where none was declared.
 */
const CREATE_APPROVED = `
  CREATE TEMP TABLE approved ON COMMIT DROP AS
    SELECT a.id, a.organization_id, a.starts_on,
           COALESCE(a.participants_total, p.total, 0) AS participants,
           COALESCE(p.female, 0) AS female, COALESCE(p.male, 0) AS male, COALESCE(p.other_unknown, 0) AS other_unknown
      FROM activities a
      LEFT JOIN (
        SELECT activity_id, sum(count) AS total,
               sum(count) FILTER (WHERE gender = 'FEMALE') AS female,
               sum(count) FILTER (WHERE gender = 'MALE') AS male,
               sum(count) FILTER (WHERE gender = 'OTHER_UNKNOWN') AS other_unknown
          FROM activity_participants GROUP BY activity_id
      ) p ON p.activity_id = a.id
     WHERE a.status = 'APPROVED' AND a.starts_on BETWEEN $1 AND $2`;

const CREATE_INVOLVED = `
  CREATE TEMP TABLE involved ON COMMIT DROP AS
    SELECT id AS activity_id, organization_id FROM approved
    UNION
    SELECT c.activity_id, c.organization_id FROM activity_co_organizers c JOIN approved ON approved.id = c.activity_id`;

const FIGURES = `count(*)::int AS activities, sum(participants)::int AS participants, sum(female)::int AS female, sum(male)::int AS male, sum(other_unknown)::int AS other_unknown`;
const QUARTER = `to_char(approved.starts_on, 'YYYY-"Q"Q')`;

/** Strategy progress, aggregated in SQL: no activity row is loaded into JavaScript. */
@Injectable()
export class ProgressService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async progress(actor: Actor | null, periodId: string, organizationId?: string): Promise<StrategyProgress> {
    authorize(actor, Action.ACTIVITY_READ);
    const period = isUuid(periodId) ? await this.dataSource.getRepository(StrategyPeriod).findOneBy({ id: periodId }) : null;
    if (!period) throw new NotFoundException('StrategyPeriod', 'STRATEGY_PERIOD_NOT_FOUND');
    const bands = await this.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } });
    // The approved activities of the period, with what they reached, are worked out once into
    // temporary tables of this transaction; every figure below aggregates them.
    return this.dataSource.transaction(async (manager) => {
    await manager.query(CREATE_APPROVED, [period.startsOn, period.endsOn]);
    await manager.query(CREATE_INVOLVED);
    await manager.query('ANALYZE approved, involved');
    const q = <T>(sql: string, params: unknown[] = []) => manager.query(sql, params) as Promise<T[]>;
    const orgFilter = organizationId ? `AND involved.organization_id = $1` : '';
    const orgParams = organizationId ? [organizationId] : [];

    // One after another on the transaction's connection: the temporary tables live in its session.
    const [cells, cellBands, goals, goalBands, network, networkBands, indicators] = await inTurn([
      () => q<FigureRow & { goal_id: string; organization_id: string; quarter: string }>(
        `SELECT g.goal_id, involved.organization_id, ${QUARTER} AS quarter, ${FIGURES}
           FROM approved JOIN involved ON involved.activity_id = approved.id JOIN activity_goals g ON g.activity_id = approved.id
          WHERE TRUE ${orgFilter}
          GROUP BY 1, 2, 3 ORDER BY 3, 1, 2`,
        orgParams,
      ),
      () => q<{ goal_id: string; organization_id: string; quarter: string; code: string; count: number }>(
        `SELECT g.goal_id, involved.organization_id, ${QUARTER} AS quarter, b.code, sum(p.count)::int AS count
           FROM approved JOIN involved ON involved.activity_id = approved.id JOIN activity_goals g ON g.activity_id = approved.id
           JOIN activity_participants p ON p.activity_id = approved.id JOIN age_bands b ON b.id = p.age_band_id
          WHERE TRUE ${orgFilter}
          GROUP BY 1, 2, 3, 4`,
        orgParams,
      ),
      () => q<FigureRow & { goal_id: string }>(
        `SELECT g.goal_id, ${FIGURES}
           FROM approved JOIN activity_goals g ON g.activity_id = approved.id
          WHERE TRUE ${organizationId ? 'AND EXISTS (SELECT 1 FROM involved WHERE involved.activity_id = approved.id AND involved.organization_id = $1)' : ''}
          GROUP BY 1`,
        orgParams,
      ),
      () => q<{ goal_id: string; code: string; count: number }>(
        `SELECT g.goal_id, b.code, sum(p.count)::int AS count
           FROM approved JOIN activity_goals g ON g.activity_id = approved.id
           JOIN activity_participants p ON p.activity_id = approved.id JOIN age_bands b ON b.id = p.age_band_id
          WHERE TRUE ${organizationId ? 'AND EXISTS (SELECT 1 FROM involved WHERE involved.activity_id = approved.id AND involved.organization_id = $1)' : ''}
          GROUP BY 1, 2`,
        orgParams,
      ),
      () => q<FigureRow>(
        `SELECT ${FIGURES} FROM approved
          WHERE TRUE ${organizationId ? 'AND EXISTS (SELECT 1 FROM involved WHERE involved.activity_id = approved.id AND involved.organization_id = $1)' : ''}`,
        orgParams,
      ),
      () => q<{ code: string; count: number }>(
        `SELECT b.code, sum(p.count)::int AS count
           FROM approved JOIN activity_participants p ON p.activity_id = approved.id JOIN age_bands b ON b.id = p.age_band_id
          WHERE TRUE ${organizationId ? 'AND EXISTS (SELECT 1 FROM involved WHERE involved.activity_id = approved.id AND involved.organization_id = $1)' : ''}
          GROUP BY 1`,
        orgParams,
      ),
      () => q<{ goal_id: string; indicator_id: string; code: string; name_sr: string; name_en: string; unit: string; value: string; baseline: string | null; target: string | null }>(
        `SELECT i.goal_id, i.id AS indicator_id, i.code, i.name_sr, i.name_en, i.unit, i.baseline, i.target, COALESCE(sum(v.value), 0) AS value
           FROM indicators i
           JOIN strategic_goals g ON g.id = i.goal_id AND g.period_id = $1
           LEFT JOIN activity_indicator_values v ON v.indicator_id = i.id
                 AND v.activity_id IN (SELECT activity_id FROM involved WHERE $2::uuid IS NULL OR organization_id = $2::uuid)
          GROUP BY i.id ORDER BY i.position`,
        [period.id, organizationId ?? null],
      ),
    ] as const);

    const byBand = <K>(rows: ({ code: string; count: number } & K)[], keyOf: (row: K) => string) => {
      const map = new Map<string, Map<string, number>>();
      for (const row of rows) {
        const key = keyOf(row);
        if (!map.has(key)) map.set(key, new Map());
        map.get(key)!.set(row.code, row.count);
      }
      return (key: string) => bands.map((band) => ({ ageBand: band.code, count: map.get(key)?.get(band.code) ?? 0 }));
    };
    const figures = (row: FigureRow | undefined, byAgeBand: ProgressFigures['byAgeBand']): ProgressFigures => ({
      activities: row?.activities ?? 0,
      participants: row?.participants ?? 0,
      female: row?.female ?? 0,
      male: row?.male ?? 0,
      otherUnknown: row?.other_unknown ?? 0,
      byAgeBand,
    });

    const cellKey = (r: { goal_id: string; organization_id: string; quarter: string }) => `${r.goal_id}/${r.organization_id}/${r.quarter}`;
    const cellBand = byBand(cellBands, cellKey);
    const goalBand = byBand(goalBands, (r: { goal_id: string }) => r.goal_id);
    const networkBand = byBand(networkBands, () => 'all');
    const goalRows = new Map(goals.map((g) => [g.goal_id, g]));
    const periodGoals: { id: string; code: string }[] = await manager.query(`SELECT id, code FROM strategic_goals WHERE period_id = $1 ORDER BY position`, [period.id]);

    return {
      periodId: period.id,
      periodCode: period.code,
      cells: cells.map((row): ProgressCell => ({
        goalId: row.goal_id,
        organizationId: row.organization_id,
        quarter: row.quarter,
        ...figures(row, cellBand(cellKey(row))),
      })),
      goals: periodGoals.map((goal): GoalProgress => ({
        goalId: goal.id,
        code: goal.code,
        ...figures(goalRows.get(goal.id), goalBand(goal.id)),
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
      })),
      network: figures(network[0], networkBand('all')),
    };
    });
  }
}

type Thunks = readonly (() => Promise<unknown>)[];
type Results<T extends Thunks> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/** Runs queries one after another (a connection runs one at a time anyway) and returns their results in order. */
async function inTurn<T extends Thunks>(thunks: T): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const thunk of thunks) results.push(await thunk());
  return results as Results<T>;
}
