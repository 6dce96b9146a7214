import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Connection, ConnectionArgs, isUuid, KeysetOrder, NotFoundException, paginate } from '@app/common';
import { Indicator } from './indicator.entity';
import { StrategicGoal } from './strategic-goal.entity';
import { StrategyPeriod } from './strategy-period.entity';

const BY_START: KeysetOrder = {
  sortExpression: 'p.starts_on',
  idExpression: 'p.id',
  keyOf: (p: StrategyPeriod) => [p.startsOn, p.id],
};

@Injectable()
export class StrategyService {
  constructor(
    @InjectRepository(StrategyPeriod) private readonly periods: Repository<StrategyPeriod>,
    @InjectRepository(StrategicGoal) private readonly goals: Repository<StrategicGoal>,
    @InjectRepository(Indicator) private readonly indicators: Repository<Indicator>,
  ) {}

  /** Strategy periods, oldest first. */
  listPeriods({ first, after }: ConnectionArgs): Promise<Connection<StrategyPeriod>> {
    return paginate(this.periods.createQueryBuilder('p'), BY_START, { first, after });
  }

  async getPeriod(id: string): Promise<StrategyPeriod> {
    const period = isUuid(id) ? await this.periods.findOneBy({ id }) : null;
    if (!period) throw new NotFoundException('StrategyPeriod', 'STRATEGY_PERIOD_NOT_FOUND');
    return period;
  }

  /** The plan period covering a day, else the latest one that began before it. */
  latestPeriodBy(day: Date): Promise<StrategyPeriod | null> {
    return this.periods.createQueryBuilder('p').where('p.starts_on <= :day', { day }).orderBy('p.starts_on', 'DESC').getOne();
  }

  /** The plan period whose dates cover a day, if any (the database reads the day, and refuses what is no date). */
  periodCovering(day: string, manager: EntityManager = this.periods.manager): Promise<StrategyPeriod | null> {
    return manager.getRepository(StrategyPeriod).createQueryBuilder('p').where(':day BETWEEN p.starts_on AND p.ends_on', { day }).getOne();
  }

  goalsByIds(ids: readonly string[], manager: EntityManager = this.goals.manager): Promise<StrategicGoal[]> {
    return manager.getRepository(StrategicGoal).findBy({ id: In([...ids]) });
  }

  indicatorsByIds(ids: readonly string[], manager: EntityManager = this.indicators.manager): Promise<Indicator[]> {
    return manager.getRepository(Indicator).findBy({ id: In([...ids]) });
  }

  /** The whole plan, for checking many activities at once (it is small). */
  allPeriods(manager: EntityManager = this.periods.manager): Promise<StrategyPeriod[]> {
    return manager.getRepository(StrategyPeriod).find();
  }

  allGoals(manager: EntityManager = this.goals.manager): Promise<StrategicGoal[]> {
    return manager.getRepository(StrategicGoal).find();
  }

  allIndicators(manager: EntityManager = this.indicators.manager): Promise<Indicator[]> {
    return manager.getRepository(Indicator).find();
  }

  goalsOfPeriods(periodIds: readonly string[]): Promise<StrategicGoal[]> {
    return this.goals.find({ where: { periodId: In([...periodIds]) }, order: { position: 'ASC' } });
  }

  indicatorsOfGoals(goalIds: readonly string[]): Promise<Indicator[]> {
    return this.indicators.find({ where: { goalId: In([...goalIds]) }, order: { position: 'ASC' } });
  }
}
