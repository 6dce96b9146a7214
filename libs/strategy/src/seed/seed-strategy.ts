import { EntityManager } from 'typeorm';
import { idsByKey, insertMissing } from '@app/common';
import { StrategicGoal } from '../strategic-goal.entity';
import { StrategyPeriod } from '../strategy-period.entity';
import { STRATEGY_2021_2024 } from './strategy.seed-data';

/** Inserts the 2021–2024 plan and its goals where missing; returns how many rows were inserted. */
export async function seedStrategy(manager: EntityManager): Promise<number> {
  const { goals, ...period } = STRATEGY_2021_2024;
  let inserted = await insertMissing(manager, StrategyPeriod, [period]);
  const periodId = (await idsByKey(manager, StrategyPeriod, 'code', [period.code])).get(period.code)!;
  inserted += await insertMissing(
    manager,
    StrategicGoal,
    goals.map((goal, index) => ({ ...goal, periodId, position: index + 1 })),
  );
  return inserted;
}

/** The goals of a plan period by their codes ('1' … '4'), empty when the period is not there. */
export async function goalIdsOfPeriod(manager: EntityManager, periodCode: string): Promise<Map<string, string>> {
  const periodId = (await idsByKey(manager, StrategyPeriod, 'code', [periodCode])).get(periodCode);
  if (!periodId) return new Map();
  const goals = await manager.getRepository(StrategicGoal).findBy({ periodId });
  return new Map(goals.map((goal) => [goal.code, goal.id]));
}
