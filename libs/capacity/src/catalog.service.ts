import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction, auditActor, AuditService, changedFieldNames } from '@app/audit';
import { Action, Actor, authorize } from '@app/policy';
import { InvalidInputException } from '@app/common';
import { CapacityDimension, TrainingTopic } from './catalog.entity';
import { CapacityDimensionInput, TrainingTopicInput } from './dto/catalog.input';

/** The lists coordinators maintain: training topics and self-assessment dimensions. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  topics(actor: Actor | null): Promise<TrainingTopic[]> {
    authorize(actor, Action.TRAINING_READ);
    return this.dataSource.getRepository(TrainingTopic).find({ order: { position: 'ASC', code: 'ASC' } });
  }

  dimensions(actor: Actor | null): Promise<CapacityDimension[]> {
    authorize(actor, Action.CAPACITY_READ);
    return this.dataSource.getRepository(CapacityDimension).find({ order: { position: 'ASC', code: 'ASC' } });
  }

  setTopic(actor: Actor | null, input: TrainingTopicInput): Promise<TrainingTopic> {
    authorize(actor, Action.CAPACITY_MANAGE);
    return this.dataSource.transaction((manager) => this.upsert(manager, actor, TrainingTopic, input));
  }

  /** A dimension's scale may change only while every score given on it still fits. */
  setDimension(actor: Actor | null, input: CapacityDimensionInput): Promise<CapacityDimension> {
    authorize(actor, Action.CAPACITY_MANAGE);
    if (input.scaleMax <= input.scaleMin) throw InvalidInputException.field('scaleMax', `must be more than scaleMin (${input.scaleMin})`);
    return this.dataSource.transaction(async (manager) => {
      const [{ outside }] = await manager.query(
        `SELECT count(*)::int AS outside FROM capacity_self_assessment_scores s JOIN capacity_dimensions d ON d.id = s.dimension_id
          WHERE d.code = $1 AND (s.score < $2 OR s.score > $3)`,
        [input.code, input.scaleMin, input.scaleMax],
      );
      if (outside > 0) throw InvalidInputException.field('scaleMin', `${outside} score(s) already given on this dimension lie outside the new scale`, 'SCORES_OUTSIDE_SCALE');
      return this.upsert(manager, actor, CapacityDimension, input);
    });
  }

  private async upsert<T extends TrainingTopic | CapacityDimension>(manager: EntityManager, actor: Actor, entity: new () => T, input: object & { code: string }): Promise<T> {
    const repository = manager.getRepository<TrainingTopic | CapacityDimension>(entity);
    const existing = await repository.findOne({ where: { code: input.code }, lock: { mode: 'pessimistic_write' } });
    const given = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const next = repository.create({ ...existing, ...given });
    const saved = await repository.save(next);
    await this.audit.record(
      {
        action: existing ? AuditAction.ENTITY_UPDATED : AuditAction.ENTITY_CREATED,
        actor: auditActor(actor),
        entityType: entity.name,
        entityId: saved.id,
        changedFields: existing ? changedFieldNames(existing, next) : [],
      },
      manager,
    );
    return saved as T;
  }
}
