import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, ObjectLiteral } from 'typeorm';
import { entityFromJson, entityJsonSql, LoaderRegistry } from '@app/common';
import { Organization } from '@app/organizations';
import { StrategicGoal } from '@app/strategy';
import { ActivityAttachment, ActivityIndicatorValue, ActivityInstitution, ActivityParticipants } from './activity-parts.entity';
import { AgeBand } from './age-band.entity';

/** How one relation of an activity is read: its rows of many activities at once, in order. */
interface PartQuery<T extends ObjectLiteral> {
  entity: new () => T;
  alias: string;
  /** FROM clause; `key` is the activity id each row belongs to. */
  from: string;
  key: string;
  /** Without one, rows come in the order the table gives them (attachments as they were added). */
  orderBy?: string;
  /** More properties in each row's JSON (e.g. a participant row's age band). */
  extra?: (dataSource: DataSource) => Record<string, string>;
  /** Reads one row back from its JSON. */
  read?: (dataSource: DataSource, json: Record<string, unknown>) => T;
}

const PARTS = {
  organization: { entity: Organization, alias: 'o', from: 'activities x JOIN organizations o ON o.id = x.organization_id', key: 'x.id', orderBy: 'o.id' },
  coOrganizers: { entity: Organization, alias: 'o', from: 'activity_co_organizers c JOIN organizations o ON o.id = c.organization_id', key: 'c.activity_id', orderBy: 'o.short_name' },
  goals: { entity: StrategicGoal, alias: 's', from: 'activity_goals g JOIN strategic_goals s ON s.id = g.goal_id', key: 'g.activity_id', orderBy: 's.position' },
  participants: {
    entity: ActivityParticipants,
    alias: 'p',
    from: 'activity_participants p JOIN age_bands b ON b.id = p.age_band_id',
    key: 'p.activity_id',
    orderBy: 'p.gender, b.position',
    extra: (dataSource) => ({ ageBand: entityJsonSql(dataSource, AgeBand, 'b') }),
    read: (dataSource, json) => Object.assign(entityFromJson(dataSource, ActivityParticipants, json), { ageBand: entityFromJson(dataSource, AgeBand, json.ageBand as Record<string, unknown>) }),
  },
  institutions: { entity: ActivityInstitution, alias: 't', from: 'activity_institutions t', key: 't.activity_id', orderBy: 't.name' },
  indicatorValues: { entity: ActivityIndicatorValue, alias: 'v', from: 'activity_indicator_values v', key: 'v.activity_id' },
  attachments: { entity: ActivityAttachment, alias: 't', from: 'activity_attachments t', key: 't.activity_id' },
} satisfies Record<string, PartQuery<ObjectLiteral>>;

type PartName = keyof typeof PARTS;
type PartOf<P extends PartName> = InstanceType<(typeof PARTS)[P]['entity']>;

/** What a resolver asks of the loaders: the rows of one relation of one activity. */
export interface PartLoader<T> {
  load(activityId: string): Promise<T[]>;
}

// A page of 100 activities asking for all seven relations: one batch.
const MAX_PARTS_PER_BATCH = 1_000;

/**
 * The relations of the activities a request shows, all in one statement per request whatever
 * the page size and however many relations it asks for: every relation a resolver asks for in
 * the same tick (organization, co-organizers, goals, participants...) joins one batch, read as
 * one JSON array per activity and relation (`json_agg`, in the relation's order). These run for
 * every activity of every list, so each round trip to the database saved counts.
 */
@Injectable()
export class ActivityLoaders {
  /** Each relation's SELECT, built once from the entities' metadata; `$1` stands for its activity ids. */
  private readonly selects = new Map<PartName, string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private part<P extends PartName>(registry: LoaderRegistry, name: P): PartLoader<PartOf<P>> {
    const parts = registry.get<string, unknown[]>('activity:parts', (keys) => this.readParts(keys), { maxBatchSize: MAX_PARTS_PER_BATCH });
    return { load: (activityId) => parts.load(`${name}:${activityId}`) as Promise<PartOf<P>[]> };
  }

  /** Keys are `<relation>:<activity id>`; one SELECT per relation asked for, joined with UNION ALL. */
  private async readParts(keys: readonly string[]): Promise<unknown[][]> {
    const idsByPart = new Map<PartName, string[]>();
    for (const key of keys) {
      const [name, activityId] = key.split(':') as [PartName, string];
      if (!idsByPart.has(name)) idsByPart.set(name, []);
      idsByPart.get(name)!.push(activityId);
    }
    const selects = [...idsByPart.keys()].map((name, i) => this.selectOf(name).replace('$1', `$${i + 1}`));
    const found = (await this.dataSource.query(selects.join(' UNION ALL '), [...idsByPart.values()])) as { part: PartName; key: string; rows: Record<string, unknown>[] }[];
    const rowsByKey = new Map<string, unknown[]>();
    for (const { part: name, key, rows } of found) {
      const part: PartQuery<ObjectLiteral> = PARTS[name];
      rowsByKey.set(`${name}:${key}`, rows.map((json) => (part.read ? part.read(this.dataSource, json) : entityFromJson(this.dataSource, part.entity, json))));
    }
    return keys.map((key) => rowsByKey.get(key) ?? []);
  }

  private selectOf(name: PartName): string {
    let select = this.selects.get(name);
    if (!select) {
      const part: PartQuery<ObjectLiteral> = PARTS[name];
      const json = entityJsonSql(this.dataSource, part.entity, part.alias, part.extra?.(this.dataSource));
      const orderBy = part.orderBy ? ` ORDER BY ${part.orderBy}` : '';
      select = `(SELECT '${name}' AS part, ${part.key} AS key, json_agg(${json}${orderBy}) AS rows FROM ${part.from} WHERE ${part.key} = ANY ($1::uuid[]) GROUP BY ${part.key})`;
      this.selects.set(name, select);
    }
    return select;
  }

  /** The lead organization (in a list of one). */
  organization(registry: LoaderRegistry) {
    return this.part(registry, 'organization');
  }

  /** Co-organizing organizations, by short name. */
  coOrganizers(registry: LoaderRegistry) {
    return this.part(registry, 'coOrganizers');
  }

  /** Goals in the order of the plan. */
  goals(registry: LoaderRegistry) {
    return this.part(registry, 'goals');
  }

  /** Participant counts by gender and age band, each with its age band. */
  participants(registry: LoaderRegistry) {
    return this.part(registry, 'participants');
  }

  /** Institutions by name. */
  institutions(registry: LoaderRegistry) {
    return this.part(registry, 'institutions');
  }

  indicatorValues(registry: LoaderRegistry) {
    return this.part(registry, 'indicatorValues');
  }

  attachments(registry: LoaderRegistry) {
    return this.part(registry, 'attachments');
  }
}
