import { Injectable } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { IsOptional, IsUUID, validate } from 'class-validator';
import { Actor } from '@app/policy';
import { Language, validationExceptionFactory } from '@app/common';
import { OrganizationsService } from '@app/organizations';
import { ProgressService } from '../progress/progress.service';
import { ProgressFigures } from '../progress/progress.type';
import { CellValue, SheetColumn } from './spreadsheet-writer';

/** Query parameters of the progress report download, as the `strategyProgress` query takes them. */
export class ProgressExportQuery {
  @IsUUID('all', { message: 'periodId must be an id returned by the strategyPeriods query' })
  periodId: string;

  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id returned by the organizations query' })
  organizationId?: string;
}

export async function parseProgressQuery(query: Record<string, unknown>): Promise<ProgressExportQuery> {
  const parsed = plainToInstance(ProgressExportQuery, query);
  const errors = await validate(parsed, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length) throw validationExceptionFactory(errors);
  return parsed;
}

/**
 * The progress report as one sheet: the network total, each goal, then each goal ×
 * organization × quarter cell. Already aggregated in SQL and small, so it is built in full.
 */
@Injectable()
export class ProgressExportService {
  constructor(
    private readonly progress: ProgressService,
    private readonly organizations: OrganizationsService,
  ) {}

  async rows(actor: Actor | null, { periodId, organizationId }: ProgressExportQuery, language: Language = Language.SR): Promise<{ columns: SheetColumn[]; rows: CellValue[][]; periodCode: string }> {
    const report = await this.progress.progress(actor, periodId, organizationId);
    const bands = report.network.byAgeBand.map((b) => b.ageBand);
    const organizationIds = [...new Set(report.cells.map((c) => c.organizationId))];
    const organizations = organizationIds.length ? await this.organizations.findByIds(organizationIds) : [];
    const shortName = new Map(organizations.map((o) => [o.id, o.shortName]));
    const goalCode = new Map(report.goals.map((g) => [g.goalId, g.code]));
    const figures = (f: ProgressFigures): CellValue[] => [f.activities, f.participants, f.female, f.male, f.otherUnknown, ...bands.map((band) => f.byAgeBand.find((b) => b.ageBand === band)?.count ?? 0)];
    const label = (sr: string, en: string) => (language === Language.EN ? en : sr);
    const number = (header: string): SheetColumn => ({ header, kind: 'number' });
    return {
      periodCode: report.periodCode,
      columns: [
        { header: label('Nivo', 'Level'), width: 10 },
        { header: label('Period', 'Period'), width: 12 },
        { header: label('Cilj', 'Goal') },
        { header: label('Organizacija', 'Organization'), width: 16 },
        { header: label('Kvartal', 'Quarter') },
        ...[
          label('Aktivnosti', 'Activities'),
          label('Učesnici', 'Participants'),
          label('Žene', 'Female'),
          label('Muškarci', 'Male'),
          label('Drugo ili nepoznato', 'Other or unknown'),
          ...bands.map((band) => `${label('Uzrast', 'Age')} ${band}`),
        ].map(number),
      ],
      rows: [
        ['network', report.periodCode, null, null, null, ...figures(report.network)],
        ...report.goals.map((goal): CellValue[] => ['goal', report.periodCode, goal.code, null, null, ...figures(goal)]),
        ...report.cells.map((cell): CellValue[] => ['cell', report.periodCode, goalCode.get(cell.goalId) ?? null, shortName.get(cell.organizationId) ?? null, cell.quarter, ...figures(cell)]),
      ],
    };
  }
}
