import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral } from 'typeorm';
import { groupByKeys, LoaderRegistry, selectEntities } from '@app/common';
import { Organization } from '@app/organizations';
import { StrategicGoal } from '@app/strategy';
import { ActivityAttachment, ActivityIndicatorValue, ActivityInstitution, ActivityParticipants } from './activity-parts.entity';
import { AgeBand } from './age-band.entity';

/**
 * One query per relation per request, whatever the page size: each loader gathers the
 * activity ids a page asks for and fetches all their rows at once, with plain SQL
 * (`selectEntities`): these run for every activity of every list.
 */
@Injectable()
export class ActivityLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private byActivity<T extends ObjectLiteral & { activityId: string }>(registry: LoaderRegistry, entity: new () => T, orderBy?: string) {
    return registry.get<string, T[]>(`activity:${entity.name}`, async (ids) => {
      const rows = await selectEntities(this.dataSource, entity, { alias: 't', where: 't.activity_id = ANY ($1::uuid[])', params: [ids], orderBy });
      return groupByKeys(
        ids,
        rows.map((row) => row.entity),
        (row) => row.activityId,
      );
    });
  }

  /**
   * Participant counts, each with its age band. The age bands (a dozen rows) are read beside the
   * counts rather than after them: one round trip to the database less on every page.
   */
  participants(registry: LoaderRegistry) {
    return registry.get<string, ActivityParticipants[]>('activity:participants', async (ids) => {
      const [rows, bands] = await Promise.all([
        selectEntities(this.dataSource, ActivityParticipants, { alias: 'p', where: 'p.activity_id = ANY ($1::uuid[])', params: [ids] }),
        selectEntities(this.dataSource, AgeBand, { alias: 'b', where: 'TRUE', params: [] }),
      ]);
      const bandById = new Map(bands.map(({ entity }) => [entity.id, entity]));
      const participants = rows.map((row) => row.entity);
      for (const row of participants) row.ageBand = bandById.get(row.ageBandId);
      return groupByKeys(ids, participants, (row) => row.activityId);
    });
  }

  institutions(registry: LoaderRegistry) {
    return this.byActivity(registry, ActivityInstitution, 't.name');
  }

  indicatorValues(registry: LoaderRegistry) {
    return this.byActivity(registry, ActivityIndicatorValue);
  }

  attachments(registry: LoaderRegistry) {
    return this.byActivity(registry, ActivityAttachment);
  }

  /** Co-organizing organizations, by short name, in one query joining the link table. */
  coOrganizers(registry: LoaderRegistry) {
    return registry.get<string, Organization[]>('activity:coOrganizers', async (ids) => {
      const rows = await selectEntities(this.dataSource, Organization, {
        alias: 'o',
        from: 'activity_co_organizers c JOIN organizations o ON o.id = c.organization_id',
        where: 'c.activity_id = ANY ($1::uuid[])',
        params: [ids],
        key: 'c.activity_id',
        orderBy: 'o.short_name',
      });
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.entity));
    });
  }

  /** Goals in the order of the plan. */
  goals(registry: LoaderRegistry) {
    return registry.get<string, StrategicGoal[]>('activity:goals', async (ids) => {
      const rows = await selectEntities(this.dataSource, StrategicGoal, {
        alias: 's',
        from: 'activity_goals g JOIN strategic_goals s ON s.id = g.goal_id',
        where: 'g.activity_id = ANY ($1::uuid[])',
        params: [ids],
        key: 'g.activity_id',
        orderBy: 's.position',
      });
      return groupByKeys(ids, rows, (row) => row.key).map((group) => group.map((row) => row.entity));
    });
  }
}
