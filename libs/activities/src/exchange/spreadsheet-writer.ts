import { once } from 'node:events';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import type ExcelJS from 'exceljs';
import { guardFormulas } from './formula-guard';

export type CellValue = string | number | boolean | null;

/** One column of a download: its header and, for XLSX, how Excel should show it. */
export interface SheetColumn {
  header: string;
  /** `date` cells hold YYYY-MM-DD strings; XLSX writes them as real dates. */
  kind?: 'text' | 'number' | 'boolean' | 'date';
  width?: number;
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

/**
 * The CSV variants offered: `,` for most programs (LibreOffice asks, Excel with English
 * settings), `;` for Excel with Serbian (and most European) settings, which opens it by a
 * double click with the columns in place. Both are UTF-8 with a BOM.
 */
export type CsvSeparator = ',' | ';';

export const CONTENT_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Waits until a slow client has taken what was written, so rows never pile up in memory. */
async function drained(stream: Writable): Promise<void> {
  if (stream.writableNeedDrain && !stream.destroyed) await once(stream, 'drain');
}

/**
 * Writes rows batch by batch as CSV: UTF-8 with a BOM (so Excel shows č, ć, đ, š, ž), every text
 * cell quoted, and every place in a text where a spreadsheet could start a formula guarded
 * (`guardFormulas`), so that no title runs in Excel or LibreOffice however they split the file.
 */
export async function writeCsv(
  out: Writable,
  columns: SheetColumn[],
  batches: AsyncIterable<CellValue[][]>,
  { separator = ',', yesNo = ['da', 'ne'] }: { separator?: CsvSeparator; yesNo?: [string, string] } = {},
): Promise<void> {
  const csv = stringify({
    bom: true,
    header: true,
    delimiter: separator,
    columns: columns.map((c) => c.header),
    quoted_string: true,
    // Words, not TRUE/FALSE, which Excel would turn into its own language's booleans.
    cast: { boolean: (value) => (value ? yesNo[0] : yesNo[1]), string: guardFormulas },
  });
  const done = pipeline(csv, out);
  try {
    for await (const batch of batches) {
      if (out.destroyed) break;
      for (const row of batch) if (!csv.write(row)) await once(csv, 'drain');
    }
    csv.end();
  } catch (error) {
    csv.destroy(error as Error);
  }
  await done;
}

/**
 * A streaming XLSX writer. exceljs is loaded with the first spreadsheet asked for: it is large
 * (about 7 MB of heap in every API process) and most processes never write one.
 */
function workbookWriter(out: Writable): ExcelJS.stream.xlsx.WorkbookWriter {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const excel = require('exceljs') as typeof ExcelJS;
  return new excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
}

/** Writes rows batch by batch as one XLSX worksheet, committing each row so none stays in memory. */
export async function writeXlsx(out: Writable, sheetName: string, columns: SheetColumn[], batches: AsyncIterable<CellValue[][]>): Promise<void> {
  const workbook = workbookWriter(out);
  await addSheet(workbook, sheetName, columns, async (sheet) => {
    for await (const batch of batches) {
      if (out.destroyed) break;
      for (const row of batch) sheet.addRow(toXlsxRow(columns, row)).commit();
      await drained(out);
    }
  });
  await workbook.commit();
}

/** Writes a small workbook of several sheets (templates, reports); each sheet is written in full. */
export async function writeXlsxSheets(out: Writable, sheets: { name: string; columns: SheetColumn[]; rows: CellValue[][] }[]): Promise<void> {
  const workbook = workbookWriter(out);
  for (const { name, columns, rows } of sheets) {
    await addSheet(workbook, name, columns, async (sheet) => {
      for (const row of rows) sheet.addRow(toXlsxRow(columns, row)).commit();
    });
  }
  await workbook.commit();
}

async function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: SheetColumn[], fill: (sheet: ExcelJS.Worksheet) => Promise<void>) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(10, Math.min(40, column.header.length + 2)),
    ...(column.kind === 'date' && { style: { numFmt: 'yyyy-mm-dd' } }),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  await fill(sheet);
  sheet.commit();
}

/** Text stays a text cell (never a formula: exceljs writes a formula only when given one), dates become date cells. */
function toXlsxRow(columns: SheetColumn[], row: CellValue[]): (CellValue | Date)[] {
  return row.map((value, i) => (columns[i]?.kind === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : value));
}
