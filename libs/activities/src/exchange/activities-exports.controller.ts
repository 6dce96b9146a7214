import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import type { ServerResponse } from 'node:http';
import { HttpRequest, HttpResponse, Language, takeResponse } from '@app/common';
import { CurrentUser } from '@app/policy';
import type { Actor } from '@app/policy';
import { ActivitiesExportService, parseActivitiesFilter } from './activities-export.service';
import { ExchangeErrorFilter } from './exchange-error.filter';
import { parseProgressQuery, ProgressExportService } from './progress-export.service';
import { exchangeLanguage, LANGUAGE_PARAMETER } from './exchange-language';
import { CellValue, CONTENT_TYPES, CsvSeparator, SpreadsheetFormat, writeCsv, writeXlsx, writeXlsxSheets } from './spreadsheet-writer';

/**
 * What a download is written as: XLSX, CSV with `,`, or CSV with `;` for Excel with Serbian
 * settings (its file name ends in `-excel-sr.csv`, so that the two CSV files can be told apart).
 */
type Variant = { format: 'xlsx' } | { format: 'csv'; separator: CsvSeparator };
const XLSX: Variant = { format: 'xlsx' };
const CSV: Variant = { format: 'csv', separator: ',' };
const CSV_SEMICOLON: Variant = { format: 'csv', separator: ';' };

const YES_NO: Record<Language, [string, string]> = { [Language.SR]: ['da', 'ne'], [Language.EN]: ['yes', 'no'] };

/** The part of a file name that tells the semicolon CSV from the comma one. */
const SEMICOLON_SUFFIX = '-excel-sr';

function withoutLanguage(query: Record<string, unknown>): Record<string, unknown> {
  const { [LANGUAGE_PARAMETER]: _language, ...rest } = query;
  return rest;
}

/** Today in Serbia, for file names: `activities-2024-03-14.csv`. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Belgrade', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** Starts the answer of a download, written by hand from here on (streamed as it is made). */
function startDownload(response: HttpResponse, variant: Variant, name: string): ServerResponse {
  const format: SpreadsheetFormat = variant.format;
  const suffix = variant.format === 'csv' && variant.separator === ';' ? SEMICOLON_SUFFIX : '';
  const res = takeResponse(response);
  res.statusCode = 200;
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}${suffix}.${format}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  return res;
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
  activitiesCsv(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.activities(actor, query, req, res, CSV);
  }

  @Get('activities-excel-sr.csv')
  activitiesCsvSemicolon(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.activities(actor, query, req, res, CSV_SEMICOLON);
  }

  @Get('activities.xlsx')
  activitiesXlsx(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.activities(actor, query, req, res, XLSX);
  }

  @Get('activities-template.csv')
  templateCsv(@CurrentUser() actor: Actor | null, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.template(actor, req, res, CSV);
  }

  @Get('activities-template-excel-sr.csv')
  templateCsvSemicolon(@CurrentUser() actor: Actor | null, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.template(actor, req, res, CSV_SEMICOLON);
  }

  @Get('activities-template.xlsx')
  templateXlsx(@CurrentUser() actor: Actor | null, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.template(actor, req, res, XLSX);
  }

  @Get('progress.csv')
  progressCsv(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.progressReport(actor, query, req, res, CSV);
  }

  @Get('progress-excel-sr.csv')
  progressCsvSemicolon(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.progressReport(actor, query, req, res, CSV_SEMICOLON);
  }

  @Get('progress.xlsx')
  progressXlsx(@CurrentUser() actor: Actor | null, @Query() query: Record<string, unknown>, @Req() req: HttpRequest, @Res() res: HttpResponse) {
    return this.progressReport(actor, query, req, res, XLSX);
  }

  private async activities(actor: Actor | null, query: Record<string, unknown>, req: HttpRequest, res: HttpResponse, variant: Variant): Promise<void> {
    const language = exchangeLanguage(req);
    const { columns, batches } = await this.exports.activityRows(actor, await parseActivitiesFilter(withoutLanguage(query)), language);
    const out = startDownload(res, variant, `activities-${today()}`);
    if (variant.format === 'csv') await writeCsv(out, columns, batches, { separator: variant.separator, yesNo: YES_NO[language] });
    else await writeXlsx(out, language === Language.EN ? 'Activities' : 'Aktivnosti', columns, batches);
  }

  private async progressReport(actor: Actor | null, query: Record<string, unknown>, req: HttpRequest, res: HttpResponse, variant: Variant): Promise<void> {
    const language = exchangeLanguage(req);
    const { columns, rows, periodCode } = await this.progress.rows(actor, await parseProgressQuery(withoutLanguage(query)), language);
    const out = startDownload(res, variant, `progress-${periodCode}-${today()}`);
    if (variant.format === 'csv') await writeCsv(out, columns, once(rows), { separator: variant.separator, yesNo: YES_NO[language] });
    else await writeXlsxSheets(out, [{ name: language === Language.EN ? 'Progress' : 'Napredak', columns, rows }]);
  }

  private async template(actor: Actor | null, req: HttpRequest, res: HttpResponse, variant: Variant): Promise<void> {
    const language = exchangeLanguage(req);
    const { columns, example, help } = await this.exports.template(actor, language);
    const out = startDownload(res, variant, 'activities-template');
    if (variant.format === 'csv') await writeCsv(out, columns, once([example]), { separator: variant.separator, yesNo: YES_NO[language] });
    else {
      const en = language === Language.EN;
      await writeXlsxSheets(out, [
        { name: en ? 'Activities' : 'Aktivnosti', columns, rows: [example] },
        { name: en ? 'Instructions' : 'Uputstvo', columns: [{ header: en ? 'column' : 'kolona', width: 22 }, { header: en ? 'what to write' : 'šta upisati', width: 100 }], rows: help },
      ]);
    }
  }
}
