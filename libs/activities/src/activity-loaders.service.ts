import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, ObjectLiteral } from 'typeorm';
import { groupByKeys, LoaderRegistry } from '@app/common';
import { Organization } from '@app/organizations/entities';
import { StrategicGoal } from '@app/strategy/entities';
import {
  ActivityAttachment,
  ActivityCoOrganizer,
  ActivityGoal,
  ActivityIndicatorValue,
  ActivityInstitution,
  ActivityParticipants,
} from './activity-parts.entity';

/**
 * One query per relation per request, whatever the page size: each loader gathers the
 * activity ids a page asks for and fetches all their rows at once.
 */
@Injectable()
export class ActivityLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private byActivity<T extends ObjectLiteral & { activityId: string }>(registry: LoaderRegistry, entity: new () => T, order?: Record<string, 'ASC'>) {
    return registry.get<string, T[]>(`activity:${entity.name}`, async (ids) =>
      groupByKeys(ids, await this.dataSource.getRepository(entity).find({ where: { activityId: In([...ids]) } as never, order: order as never }), (row) => row.activityId),
    );
  }

  /** Participant counts with their age band, joined in the same query. */
  participants(registry: LoaderRegistry) {
    return registry.get<string, ActivityParticipants[]>('activity:participants', async (ids) => {
      const rows = await this.dataSource.getRepository(ActivityParticipants).find({ where: { activityId: In([...ids]) }, relations: { ageBand: true } });
      return groupByKeys(ids, rows, (row) => row.activityId);
    });
  }

  institutions(registry: LoaderRegistry) {
    return this.byActivity(registry, ActivityInstitution, { name: 'ASC' });
  }

  indicatorValues(registry: LoaderRegistry) {
    return this.byActivity(registry, ActivityIndicatorValue);
  }

  attachments(registry: LoaderRegistry) {
    return this.byActivity(registry, ActivityAttachment);
  }

  /** Co-organizing organizations, in one query joining the link table. */
  coOrganizers(registry: LoaderRegistry) {
    return registry.get<string, Organization[]>('activity:coOrganizers', async (ids) => {
      const rows = await this.dataSource
        .getRepository(ActivityCoOrganizer)
        .find({ where: { activityId: In([...ids]) }, relations: { organization: true } });
      return groupByKeys(ids, rows, (row) => row.activityId).map((group) => group.map((row) => row.organization!));
    });
  }

  goals(registry: LoaderRegistry) {
    return registry.get<string, StrategicGoal[]>('activity:goals', async (ids) => {
      const rows = await this.dataSource.getRepository(ActivityGoal).find({ where: { activityId: In([...ids]) }, relations: { goal: true } });
      return groupByKeys(ids, rows, (row) => row.activityId).map((group) => group.map((row) => row.goal!).sort((a, b) => a.position - b.position));
    });
  }
}
