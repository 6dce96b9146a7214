import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { Action, Actor, authorize } from '@app/policy';
import { FieldError, InvalidInputException, isUuid, NotFoundException } from '@app/common';
import { CreateIndicatorInput, CreateStrategicGoalInput, CreateStrategyPeriodInput, IndicatorFieldsInput, StrategicGoalFieldsInput, UpdateStrategyPeriodInput } from './dto/strategy.input';
import { Indicator } from './indicator.entity';
import { StrategicGoal } from './strategic-goal.entity';
import { StrategyPeriod } from './strategy-period.entity';

/** Whether a YYYY-MM-DD day is the first day of a quarter. */
function isQuarterStart(day: string): boolean {
  return /^\d{4}-(01|04|07|10)-01$/.test(day);
}

/** Whether a YYYY-MM-DD day is the last day of a quarter. */
function isQuarterEnd(day: string): boolean {
  return /^\d{4}-(03-31|06-30|09-30|12-31)$/.test(day);
}

/**
 * Coordinators keep the strategic plan: a new plan period (the next plan is data, not a
 * migration), its goals and their indicators with baselines and targets. Each change is
 * authorized by the policy table and audited; the progress report shows it at once (its cache
 * is keyed by a version that every change of the plan raises).
 */
@Injectable()
export class StrategyAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async createPeriod(actor: Actor | null, input: CreateStrategyPeriodInput): Promise<StrategyPeriod> {
    authorize(actor, Action.STRATEGY_MANAGE);
    const errors: FieldError[] = [];
    // Progress is totalled per quarter, so a plan covers whole quarters.
    if (!isQuarterStart(input.startsOn)) errors.push({ field: 'startsOn', reason: 'must be the first day of a quarter (1 January, 1 April, 1 July or 1 October)' });
    if (!isQuarterEnd(input.endsOn)) errors.push({ field: 'endsOn', reason: 'must be the last day of a quarter (31 March, 30 June, 30 September or 31 December)' });
    if (input.endsOn <= input.startsOn) errors.push({ field: 'endsOn', reason: 'must be after startsOn' });
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StrategyPeriod);
      if (await repository.existsBy({ code: input.code })) errors.push({ field: 'code', reason: `a plan period ${input.code} exists already` });
      const overlapping = await repository.createQueryBuilder('p').where('p.starts_on <= :endsOn AND p.ends_on >= :startsOn', input).getOne();
      if (overlapping) errors.push({ field: 'startsOn', reason: `overlaps the plan period ${overlapping.code}` });
      if (errors.length) throw new InvalidInputException(errors);
      const period = await repository.save(repository.create({ code: input.code, titleSr: input.titleSr.trim(), titleEn: input.titleEn.trim(), startsOn: input.startsOn, endsOn: input.endsOn }));
      await this.audited(manager, actor, AuditAction.ENTITY_CREATED, 'StrategyPeriod', period.id);
      return period;
    });
  }

  async updatePeriod(actor: Actor | null, id: string, input: UpdateStrategyPeriodInput): Promise<StrategyPeriod> {
    authorize(actor, Action.STRATEGY_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StrategyPeriod);
      const period = isUuid(id) ? await repository.findOneBy({ id }) : null;
      if (!period) throw new NotFoundException('StrategyPeriod', 'STRATEGY_PERIOD_NOT_FOUND');
      const next = { ...period, ...(input.titleSr !== undefined && { titleSr: input.titleSr.trim() }), ...(input.titleEn !== undefined && { titleEn: input.titleEn.trim() }) };
      const changed = changedFieldNames(period, next);
      if (!changed.length) return period;
      const saved = await repository.save(next);
      await this.audited(manager, actor, AuditAction.ENTITY_UPDATED, 'StrategyPeriod', id, changed);
      return saved;
    });
  }

  async createGoal(actor: Actor | null, input: CreateStrategicGoalInput): Promise<StrategicGoal> {
    authorize(actor, Action.STRATEGY_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const period = isUuid(input.periodId) ? await manager.getRepository(StrategyPeriod).findOneBy({ id: input.periodId }) : null;
      if (!period) throw InvalidInputException.field('periodId', 'must be an id returned by the strategyPeriods query');
      const repository = manager.getRepository(StrategicGoal);
      if (await repository.existsBy({ periodId: period.id, code: input.code })) throw InvalidInputException.field('code', `the plan ${period.code} has a goal ${input.code} already`);
      const position = ((await repository.maximum('position', { periodId: period.id })) ?? 0) + 1;
      const goal = await repository.save(
        repository.create({ periodId: period.id, code: input.code, position, titleSr: input.titleSr.trim(), titleEn: input.titleEn.trim(), descriptionSr: blankToNull(input.descriptionSr), descriptionEn: blankToNull(input.descriptionEn) }),
      );
      await this.audited(manager, actor, AuditAction.ENTITY_CREATED, 'StrategicGoal', goal.id);
      return goal;
    });
  }

  async updateGoal(actor: Actor | null, id: string, input: StrategicGoalFieldsInput): Promise<StrategicGoal> {
    authorize(actor, Action.STRATEGY_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(StrategicGoal);
      const goal = isUuid(id) ? await repository.findOneBy({ id }) : null;
      if (!goal) throw new NotFoundException('StrategicGoal');
      const next = {
        ...goal,
        ...(input.titleSr !== undefined && { titleSr: input.titleSr.trim() }),
        ...(input.titleEn !== undefined && { titleEn: input.titleEn.trim() }),
        ...(input.descriptionSr !== undefined && { descriptionSr: blankToNull(input.descriptionSr) }),
        ...(input.descriptionEn !== undefined && { descriptionEn: blankToNull(input.descriptionEn) }),
      };
      const changed = changedFieldNames(goal, next);
      if (!changed.length) return goal;
      const saved = await repository.save(next);
      await this.audited(manager, actor, AuditAction.ENTITY_UPDATED, 'StrategicGoal', id, changed);
      return saved;
    });
  }

  async createIndicator(actor: Actor | null, input: CreateIndicatorInput): Promise<Indicator> {
    authorize(actor, Action.STRATEGY_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const goal = isUuid(input.goalId) ? await manager.getRepository(StrategicGoal).findOneBy({ id: input.goalId }) : null;
      if (!goal) throw InvalidInputException.field('goalId', 'must be an id of a goal returned by the strategyPeriods query');
      const repository = manager.getRepository(Indicator);
      if (await repository.existsBy({ goalId: goal.id, code: input.code })) throw InvalidInputException.field('code', `goal ${goal.code} has an indicator ${input.code} already`);
      const position = ((await repository.maximum('position', { goalId: goal.id })) ?? 0) + 1;
      const indicator = await repository.save(
        repository.create({ goalId: goal.id, code: input.code, position, nameSr: input.nameSr.trim(), nameEn: input.nameEn.trim(), unit: input.unit.trim(), baseline: input.baseline ?? null, target: input.target ?? null }),
      );
      await this.audited(manager, actor, AuditAction.ENTITY_CREATED, 'Indicator', indicator.id);
      return indicator;
    });
  }

  async updateIndicator(actor: Actor | null, id: string, input: IndicatorFieldsInput): Promise<Indicator> {
    authorize(actor, Action.STRATEGY_MANAGE);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Indicator);
      const indicator = isUuid(id) ? await repository.findOneBy({ id }) : null;
      if (!indicator) throw new NotFoundException('Indicator');
      const next = {
        ...indicator,
        ...(input.nameSr !== undefined && { nameSr: input.nameSr.trim() }),
        ...(input.nameEn !== undefined && { nameEn: input.nameEn.trim() }),
        ...(input.unit !== undefined && { unit: input.unit.trim() }),
        ...(input.baseline !== undefined && { baseline: input.baseline }),
        ...(input.target !== undefined && { target: input.target }),
      };
      const changed = changedFieldNames(indicator, next);
      if (!changed.length) return indicator;
      const saved = await repository.save(next);
      await this.audited(manager, actor, AuditAction.ENTITY_UPDATED, 'Indicator', id, changed);
      return saved;
    });
  }

  findGoal(id: string): Promise<StrategicGoal | null> {
    return isUuid(id) ? this.dataSource.getRepository(StrategicGoal).findOneBy({ id }) : Promise.resolve(null);
  }

  findIndicator(id: string): Promise<Indicator | null> {
    return isUuid(id) ? this.dataSource.getRepository(Indicator).findOneBy({ id }) : Promise.resolve(null);
  }

  private audited(manager: EntityManager, actor: Actor, action: AuditAction, entityType: string, entityId: string, changedFields?: string[]) {
    return this.audit.record({ action, actor: auditActor(actor), entityType, entityId, ...(changedFields && { changedFields }) }, manager);
  }
}

function blankToNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}
