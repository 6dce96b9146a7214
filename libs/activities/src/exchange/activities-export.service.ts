import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Action, Actor, authorize } from '@app/policy';
import { Language, validationExceptionFactory } from '@app/common';
import { ActivitiesService } from '../activities.service';
import { AgeBand } from '../age-band.entity';
import { Gender } from '../activity.enums';
import { ActivitiesFilter } from '../dto/activities.args';
import { Activity } from '../activity.entity';
import { ActivityColumn, activityColumns, GENDER_PREFIXES, LIST_SEPARATOR, localizedColumns, templateExample } from './exchange-columns';
import { CellValue, SheetColumn } from './spreadsheet-writer';

/** Activities read per query while exporting: memory stays bounded however many rows match. */
export const EXPORT_BATCH_SIZE = 1_000;

interface ExportRow {
  id: string;
  version: number;
  organization: string;
  co_organizers: string | null;
  type: string;
  title: string;
  description: string;
  starts_on: string;
  ends_on: string;
  city: string | null;
  online: boolean;
  status: string;
  target_groups: string;
  participants_total: number | null;
  participants: [Gender, string, number][] | null;
  goals: string | null;
  institutions: string | null;
  media_outlets: number | null;
  media_audience: number | null;
}

export interface SheetData {
  /** Headers in the language asked for. */
  columns: SheetColumn[];
  batches: AsyncIterable<CellValue[][]>;
}

/** Parses export query parameters into the list's filter; a bad or unknown parameter is named in the error. */
export async function parseActivitiesFilter(query: Record<string, unknown>): Promise<ActivitiesFilter> {
  const filter = plainToInstance(ActivitiesFilter, query);
  const errors = await validate(filter, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length) throw validationExceptionFactory(errors);
  return filter;
}

/**
 * Activities as spreadsheet rows: what the list shows the actor for a filter, read in keyset
 * batches ordered by (starts_on, id), each batch with its related rows aggregated in SQL.
 */
@Injectable()
export class ActivitiesExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly activities: ActivitiesService,
  ) {}

  /** Authorizes at once (so a refusal comes before any byte of the file); rows are read as they are consumed. */
  async activityRows(actor: Actor | null, filter: ActivitiesFilter, language: Language = Language.SR): Promise<SheetData> {
    const bands = await this.bands();
    const columns = activityColumns(bands);
    const select = this.rowsQuery(this.activities.filteredQuery(actor, filter)).limit(EXPORT_BATCH_SIZE);
    const toCells = cellsOf(columns);

    async function* batches(): AsyncGenerator<CellValue[][]> {
      let after: ExportRow | undefined;
      for (;;) {
        const query = select.clone();
        if (after) query.andWhere('(a.starts_on, a.id) > (CAST(:afterStartsOn AS date), CAST(:afterId AS uuid))', { afterStartsOn: after.starts_on, afterId: after.id });
        const rows: ExportRow[] = await query.getRawMany();
        if (rows.length) yield rows.map(toCells);
        if (rows.length < EXPORT_BATCH_SIZE) return;
        after = rows[rows.length - 1];
      }
    }
    return { columns: localizedColumns(columns, language), batches: batches() };
  }

  /**
   * The rows an export would give now for these activities (those the actor may see), by id in
   * the layout's keys: an import compares a file's row with them to leave unchanged ones alone.
   */
  async currentRows(actor: Actor, ids: string[], manager: EntityManager): Promise<Map<string, Record<string, CellValue>>> {
    if (ids.length === 0) return new Map();
    const columns = activityColumns(await this.bands());
    const toCells = cellsOf(columns);
    const rows: ExportRow[] = await this.rowsQuery(this.activities.filteredQuery(actor, {}, manager)).andWhere('a.id IN (:...ids)', { ids }).getRawMany();
    return new Map(rows.map((row) => [row.id, Object.fromEntries(toCells(row).map((value, i) => [columns[i].header, value]))]));
  }

  /** The import template: the layout's header in the user's language and one example row marked as such; for those who may log activities. */
  async template(actor: Actor | null, language: Language): Promise<{ columns: SheetColumn[]; example: CellValue[]; help: CellValue[][] }> {
    authorize(actor, Action.ACTIVITY_WRITE);
    const columns = activityColumns(await this.bands());
    return {
      columns: localizedColumns(columns, language),
      example: templateExample(columns, language),
      help: columns.map((column) => [column.labels[language], column.help[language]]),
    };
  }

  /** Everything a row of the layout shows, with related rows aggregated in SQL. */
  private rowsQuery(base: SelectQueryBuilder<Activity>): SelectQueryBuilder<Activity> {
    return base
      .select('a.id', 'id')
      .addSelect('a.version', 'version')
      .addSelect(`(SELECT o.short_name FROM organizations o WHERE o.id = a.organization_id)`, 'organization')
      .addSelect(
        `(SELECT string_agg(o.short_name, '${LIST_SEPARATOR} ' ORDER BY o.short_name) FROM activity_co_organizers c JOIN organizations o ON o.id = c.organization_id WHERE c.activity_id = a.id)`,
        'co_organizers',
      )
      .addSelect('a.type', 'type')
      .addSelect('a.title', 'title')
      .addSelect('a.description', 'description')
      .addSelect('a.starts_on::text', 'starts_on')
      .addSelect('a.ends_on::text', 'ends_on')
      .addSelect('a.city', 'city')
      .addSelect('a.online', 'online')
      .addSelect('a.status', 'status')
      .addSelect(`array_to_string(a.target_groups, '${LIST_SEPARATOR}')`, 'target_groups')
      .addSelect('a.participants_total', 'participants_total')
      .addSelect(
        `(SELECT json_agg(json_build_array(p.gender, b.code, p.count)) FROM activity_participants p JOIN age_bands b ON b.id = p.age_band_id WHERE p.activity_id = a.id)`,
        'participants',
      )
      .addSelect(
        `(SELECT string_agg(g.code, '${LIST_SEPARATOR}' ORDER BY g.position) FROM activity_goals ag JOIN strategic_goals g ON g.id = ag.goal_id WHERE ag.activity_id = a.id)`,
        'goals',
      )
      .addSelect(`(SELECT string_agg(i.kind || ': ' || i.name, '${LIST_SEPARATOR} ' ORDER BY i.kind, i.name) FROM activity_institutions i WHERE i.activity_id = a.id)`, 'institutions')
      .addSelect('a.media_outlets', 'media_outlets')
      .addSelect('a.media_audience', 'media_audience')
      .orderBy('a.starts_on', 'ASC')
      .addOrderBy('a.id', 'ASC');
  }

  private bands(): Promise<AgeBand[]> {
    return this.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } });
  }
}

/** A database row as the layout's cells, in the columns' order. */
function cellsOf(columns: ActivityColumn[]): (row: ExportRow) => CellValue[] {
  return (row) => {
    const counts = new Map<string, number>();
    for (const [gender, band, count] of row.participants ?? []) counts.set(`${GENDER_PREFIXES[gender]}_${band}`, count);
    const counted = (row.participants ?? []).length > 0;
    const values: Record<string, CellValue> = {
      id: row.id,
      version: row.version,
      organization: row.organization,
      coOrganizers: row.co_organizers,
      status: row.status,
      type: row.type,
      title: row.title,
      description: row.description || null,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      city: row.city,
      online: row.online,
      targetGroups: row.target_groups || null,
      participantsTotal: row.participants_total,
      goals: row.goals,
      institutions: row.institutions,
      mediaOutlets: row.media_outlets,
      mediaAudience: row.media_audience,
    };
    return columns.map((column) => (column.participant ? (counted ? (counts.get(column.header) ?? 0) : null) : (values[column.header] ?? null)));
  };
}
