import { Controller, Get, Query, Res, UseFilters } from '@nestjs/common';
import type { Response } from 'express';
import { CurrentUser } from '@app/auth/current-user';
import type { Actor } from '@app/auth/policy/policy';
import { ActivitiesExportService, parseActivitiesFilter } from './activities-export.service';
import { ExchangeErrorFilter } from './exchange-error.filter';
import { parseProgressQuery, ProgressExportService } from './progress-export.service';
import { CellValue, CONTENT_TYPES, SpreadsheetFormat, writeCsv, writeXlsx, writeXlsxSheets } from './spreadsheet-writer';

/** Today in Serbia, for file names: `activities-2024-03-14.csv`. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function startDownload(res: Response, format: SpreadsheetFormat, name: string): void {
  res.status(200);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

async function* once(rows: CellValue[][]): AsyncGenerator<CellValue[][]> {
  yield rows;
}

/**
 * Downloads of the activity list (the list's filter as query parameters, the list's visibility),
 * of the progress report (as `strategyProgress`) and of the import template. Activity exports are
 * streamed: a large one never sits in memory.
 */
@Controller('exports')
@UseFilters(ExchangeErrorFilter)
export class ActivitiesExportsController {
  constructor(
    private readonly exports: ActivitiesExportService,
    private readonly progress: ProgressExportService,
  ) {}

  @Get('activities.csv')
  activitiesCsv(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.activities(actor, query, res, 'csv');
  }

  @Get('activities.xlsx')
  activitiesXlsx(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.activities(actor, query, res, 'xlsx');
  }

  @Get('activities-template.csv')
  templateCsv(@CurrentUser() actor: Actor | null, @Res() res: Response) {
    return this.template(actor, res, 'csv');
  }

  @Get('activities-template.xlsx')
  templateXlsx(@CurrentUser() actor: Actor | null, @Res() res: Response) {
    return this.template(actor, res, 'xlsx');
  }

  @Get('progress.csv')
  progressCsv(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.progressReport(actor, query, res, 'csv');
  }

  @Get('progress.xlsx')
  progressXlsx(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Res() res: Response) {
    return this.progressReport(actor, query, res, 'xlsx');
  }

  private async activities(actor: Actor | null, query: Record<string, unknown>, res: Response, format: SpreadsheetFormat): Promise<void> {
    const { columns, batches } = await this.exports.activityRows(actor, await parseActivitiesFilter(query));
    startDownload(res, format, `activities-${today()}`);
    if (format === 'csv') await writeCsv(res, columns, batches);
    else await writeXlsx(res, 'Aktivnosti', columns, batches);
  }

  private async progressReport(actor: Actor | null, query: Record<string, unknown>, res: Response, format: SpreadsheetFormat): Promise<void> {
    const { columns, rows, periodCode } = await this.progress.rows(actor, await parseProgressQuery(query));
    startDownload(res, format, `progress-${periodCode}-${today()}`);
    if (format === 'csv') await writeCsv(res, columns, once(rows));
    else await writeXlsxSheets(res, [{ name: 'Napredak', columns, rows }]);
  }

  private async template(actor: Actor | null, res: Response, format: SpreadsheetFormat): Promise<void> {
    const { columns, example, help } = await this.exports.template(actor);
    startDownload(res, format, 'activities-template');
    if (format === 'csv') await writeCsv(res, columns, once([example]));
    else {
      await writeXlsxSheets(res, [
        { name: 'Aktivnosti', columns, rows: [example] },
        { name: 'Uputstvo', columns: [{ header: 'kolona', width: 22 }, { header: 'šta upisati', width: 100 }], rows: help },
      ]);
    }
  }
}
