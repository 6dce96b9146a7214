import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { InvalidInputException } from '@app/common';

/** Largest upload accepted; multer stops reading beyond it (413). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most activity rows one import may hold, header not counted. */
export const MAX_IMPORT_ROWS = 5_000;

/** What multer hands over for an uploaded file (memory storage). */
export interface UploadedSpreadsheet {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** A cell as read: text (trimmed, never empty), a number, a boolean, or nothing. */
export type ReadCell = string | number | boolean | undefined;

export interface ReadRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: ReadCell[];
}

export interface ReadTable {
  header: string[];
  /** Rows with at least one filled cell; blank rows are skipped but keep their numbers. */
  rows: ReadRow[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const CSV_TYPES = ['text/csv', 'application/csv', 'text/plain', 'application/vnd.ms-excel'];

export function formatOf(file: UploadedSpreadsheet): 'csv' | 'xlsx' {
  const extension = /\.([a-z0-9]+)$/i.exec(file.originalname)?.[1]?.toLowerCase();
  if (extension === 'xlsx' || (!extension && file.mimetype === XLSX_TYPE)) return 'xlsx';
  if (extension === 'csv' || (!extension && CSV_TYPES.includes(file.mimetype))) return 'csv';
  throw InvalidInputException.field('file', 'must be a .csv or .xlsx file (download the template to start from)', 'UNSUPPORTED_FILE_TYPE');
}

/** Reads the first worksheet of an XLSX file, or a CSV file, into a header and rows of cells. */
export async function readSpreadsheet(file: UploadedSpreadsheet): Promise<ReadTable> {
  const table = formatOf(file) === 'xlsx' ? await readXlsx(file.buffer) : readCsv(file.buffer);
  if (table.rows.length === 0) throw InvalidInputException.field('file', 'has no activity rows under the header', 'EMPTY_FILE');
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw InvalidInputException.field('file', `has ${table.rows.length} activity rows; at most ${MAX_IMPORT_ROWS} per import: split it into several files`, 'TOO_MANY_ROWS');
  }
  return table;
}

function readCsv(buffer: Buffer): ReadTable {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw InvalidInputException.field('file', 'must be UTF-8 (in Excel: Save as → "CSV UTF-8")', 'NOT_UTF8');
  }
  // Excel with Serbian (and most European) settings separates CSV cells with ";".
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((x, y) => y.n - x.n)[0].d;
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true });
  } catch (error) {
    throw InvalidInputException.field('file', `is not a readable CSV file: ${(error as Error).message}`, 'UNREADABLE_FILE');
  }
  const [header = [], ...rest] = records;
  return {
    header: header.map((h) => h.trim()),
    rows: rest.map((cells, i) => ({ row: i + 2, cells: cells.map(textCell) })).filter((r) => r.cells.some((c) => c !== undefined)),
  };
}

async function readXlsx(buffer: Buffer): Promise<ReadTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    throw InvalidInputException.field('file', 'is not a readable XLSX file', 'UNREADABLE_FILE');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw InvalidInputException.field('file', 'has no worksheet', 'EMPTY_FILE');
  const header: string[] = [];
  sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => {
    header[col - 1] = String(xlsxCell(cell.value) ?? '');
  });
  const rows: ReadRow[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: ReadCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = xlsxCell(cell.value);
    });
    if (cells.some((c) => c !== undefined)) rows.push({ row: number, cells: Array.from(cells) });
  });
  return { header: Array.from(header, (h) => (h ?? '').trim()), rows };
}

/** Text as a cell: trimmed, empty as nothing, and a CSV export's formula guard (a leading ') taken off. */
function textCell(value: string): ReadCell {
  const text = value.trim();
  if (text === '') return undefined;
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

function xlsxCell(value: ExcelJS.CellValue): ReadCell {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return textCell(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) return xlsxCell((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in value) return textCell(String(value.text));
  if ('error' in value) return textCell(String(value.error));
  return undefined;
}
