import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction, auditActor, AuditService } from '@app/audit';
import { Action, Actor, authorize } from '@app/policy';
import { InvalidInputException, isUuid, NotFoundException } from '@app/common';
import { ReportingPeriodLock } from './reporting-period-lock.entity';

/** Closing reporting periods (e.g. a year once the donor report is sent) and opening them again. */
@Injectable()
export class ReportingLocksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list(actor: Actor | null): Promise<ReportingPeriodLock[]> {
    authorize(actor, Action.ACTIVITY_READ);
    return this.dataSource.getRepository(ReportingPeriodLock).find({ order: { startsOn: 'ASC' } });
  }

  lock(actor: Actor | null, startsOn: string, endsOn: string, reason: string): Promise<ReportingPeriodLock> {
    authorize(actor, Action.REPORTING_PERIOD_LOCK);
    if (endsOn < startsOn) throw InvalidInputException.field('endsOn', `must not be before startsOn (${startsOn})`);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ReportingPeriodLock);
      const lock = await repository.save(repository.create({ startsOn, endsOn, reason: reason.trim(), lockedBy: actor.id }));
      await this.audit.record(
        { action: AuditAction.REPORTING_PERIOD_LOCKED, actor: auditActor(actor), entityType: 'ReportingPeriodLock', entityId: lock.id, summary: `${startsOn} – ${endsOn}` },
        manager,
      );
      return lock;
    });
  }

  unlock(actor: Actor | null, id: string): Promise<ReportingPeriodLock> {
    authorize(actor, Action.REPORTING_PERIOD_LOCK);
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ReportingPeriodLock);
      const lock = isUuid(id) ? await repository.findOneBy({ id }) : null;
      if (!lock) throw new NotFoundException('ReportingPeriodLock');
      await repository.delete({ id });
      await this.audit.record(
        { action: AuditAction.REPORTING_PERIOD_UNLOCKED, actor: auditActor(actor), entityType: 'ReportingPeriodLock', entityId: id, summary: `${lock.startsOn} – ${lock.endsOn}` },
        manager,
      );
      return lock;
    });
  }
}
