import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource } from 'typeorm';
import { Action } from '@app/auth/policy/action.enum';
import { Actor, authorize } from '@app/auth/policy/policy';
import { validationExceptionFactory } from '@app/common';
import { ActivitiesService } from '../activities.service';
import { AgeBand } from '../age-band.entity';
import { Gender } from '../activity.enums';
import { ActivitiesFilter } from '../dto/activities.args';
import { exportColumns, importColumns, LIST_SEPARATOR, templateExample } from './exchange-columns';
import { CellValue, SheetColumn } from './spreadsheet-writer';

/** Activities read per query while exporting: memory stays bounded however many rows match. */
export const EXPORT_BATCH_SIZE = 1_000;

interface ExportRow {
  id: string;
  organization: string;
  co_organizers: string | null;
  type: string;
  title: string;
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
  async activityRows(actor: Actor | null, filter: ActivitiesFilter): Promise<SheetData> {
    const base = this.activities.filteredQuery(actor, filter);
    const bands = await this.bands();
    const select = base
      .select('a.id', 'id')
      .addSelect(`(SELECT o.short_name FROM organizations o WHERE o.id = a.organization_id)`, 'organization')
      .addSelect(
        `(SELECT string_agg(o.short_name, '; ' ORDER BY o.short_name) FROM activity_co_organizers c JOIN organizations o ON o.id = c.organization_id WHERE c.activity_id = a.id)`,
        'co_organizers',
      )
      .addSelect('a.type', 'type')
      .addSelect('a.title', 'title')
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
      .addOrderBy('a.id', 'ASC')
      .limit(EXPORT_BATCH_SIZE);

    const toCells = (row: ExportRow): CellValue[] => {
      const byGender = { [Gender.FEMALE]: 0, [Gender.MALE]: 0, [Gender.OTHER_UNKNOWN]: 0 };
      const byBand = new Map<string, number>();
      for (const [gender, band, count] of row.participants ?? []) {
        byGender[gender] += count;
        byBand.set(band, (byBand.get(band) ?? 0) + count);
      }
      const counted = (row.participants ?? []).length > 0;
      return [
        row.id,
        row.organization,
        row.co_organizers,
        row.type,
        row.title,
        row.starts_on,
        row.ends_on,
        row.city,
        row.online,
        row.status,
        row.target_groups,
        row.participants_total,
        counted ? byGender.FEMALE : null,
        counted ? byGender.MALE : null,
        counted ? byGender.OTHER_UNKNOWN : null,
        ...bands.map((band) => (counted ? (byBand.get(band.code) ?? 0) : null)),
        row.goals,
        row.institutions,
        row.media_outlets,
        row.media_audience,
      ];
    };

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
    return { columns: exportColumns(bands), batches: batches() };
  }

  /** The import template: the import's header and one example row; for those who may log activities. */
  async template(actor: Actor | null): Promise<{ columns: SheetColumn[]; example: CellValue[]; help: CellValue[][] }> {
    authorize(actor, Action.ACTIVITY_WRITE);
    const columns = importColumns(await this.bands());
    return { columns, example: templateExample(columns), help: columns.map((column) => [column.header, column.help]) };
  }

  private bands(): Promise<AgeBand[]> {
    return this.dataSource.getRepository(AgeBand).find({ order: { position: 'ASC' } });
  }
}
