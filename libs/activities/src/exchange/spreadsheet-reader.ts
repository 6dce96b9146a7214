import { Readable } from 'node:stream';
import { setImmediate } from 'node:timers/promises';
import { parse } from 'csv-parse';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import yauzl from 'yauzl';
import { InvalidInputException } from '@app/common';
import { unguardFormulas } from './formula-guard';

/** Largest upload accepted; the upload stops being read beyond it (413). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Most activity rows one import may hold, header not counted. */
export const MAX_IMPORT_ROWS = 5_000;
/** Most columns a row may fill; the activity layout has about 30. */
export const MAX_IMPORT_COLUMNS = 100;
/** Most cells one file may hold (read ones, empty or not): a full file of the layout has about 150,000. */
export const MAX_IMPORT_CELLS = 400_000;
/** Most bytes the parts of an XLSX file read may inflate to: 5 MB compressed can hold gigabytes (a zip bomb). */
export const MAX_XLSX_INFLATED_BYTES = 64 * 1024 * 1024;
/** Of which the shared strings, which are kept in memory while the sheet is read. */
const MAX_SHARED_STRINGS_BYTES = 32 * 1024 * 1024;
/** Workbook parts besides the sheet (workbook, relations, styles) are small. */
const MAX_PART_BYTES = 4 * 1024 * 1024;
const MAX_ZIP_ENTRIES = 1_000;
/**
 * Row elements a sheet may hold before it is parsed at all: twice the row limit, as formatted
 * blank rows are rows too. Counted on the inflated text, a hostile sheet costs next to nothing.
 */
const MAX_SHEET_ROW_TAGS = 2 * MAX_IMPORT_ROWS;

/** What the upload hands over for a file (kept in memory, at most MAX_IMPORT_BYTES). */
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

const tooManyRows = () =>
  InvalidInputException.field('file', `has more than ${MAX_IMPORT_ROWS.toLocaleString('en')} activity rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} per import: split it into several files`, 'TOO_MANY_ROWS');
const tooManyCells = () => InvalidInputException.field('file', `has more than ${MAX_IMPORT_CELLS.toLocaleString('en')} cells; split it into several files`, 'TOO_MANY_CELLS');
const tooWide = () => InvalidInputException.field('file', `fills a column after column ${MAX_IMPORT_COLUMNS}; the activity layout has far fewer`, 'TOO_MANY_COLUMNS');
const unreadableXlsx = (why = '') => InvalidInputException.field('file', `is not a readable XLSX file${why}`, 'UNREADABLE_FILE');

/**
 * Collects rows as they are read and stops the read at the first limit passed: rows, cells,
 * columns. Nothing past a limit is read, so a hostile file costs what a full legal one does.
 */
class TableCollector {
  header: string[] = [];
  readonly rows: ReadRow[] = [];
  private cells = 0;

  countCell(): void {
    if (++this.cells > MAX_IMPORT_CELLS) throw tooManyCells();
  }

  addRow(row: number, cells: ReadCell[]): void {
    if (cells.length > MAX_IMPORT_COLUMNS && cells.slice(MAX_IMPORT_COLUMNS).some((c) => c !== undefined)) throw tooWide();
    if (row === 1) {
      this.header = Array.from(cells.slice(0, MAX_IMPORT_COLUMNS), (h) => (h === undefined ? '' : String(h).trim()));
      return;
    }
    const filled = Array.from(cells, (c) => c);
    if (!filled.some((c) => c !== undefined)) return;
    if (this.rows.length === MAX_IMPORT_ROWS) throw tooManyRows();
    this.rows.push({ row, cells: filled });
  }

  table(): ReadTable {
    if (this.rows.length === 0) throw InvalidInputException.field('file', 'has no activity rows under the header', 'EMPTY_FILE');
    return { header: this.header, rows: this.rows };
  }
}

/**
 * Reads the first worksheet of an XLSX file, or a CSV file, into a header and rows of cells.
 * Both are read as streams and stop at the first limit (rows, cells, columns, inflated bytes),
 * giving the event loop a turn between chunks, so a hostile file neither fills the memory nor
 * holds up other requests.
 */
export async function readSpreadsheet(file: UploadedSpreadsheet): Promise<ReadTable> {
  const collector = new TableCollector();
  if (formatOf(file) === 'xlsx') await readXlsx(file.buffer, collector);
  else await readCsv(file.buffer, collector);
  return collector.table();
}

async function readCsv(buffer: Buffer, collector: TableCollector): Promise<void> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw InvalidInputException.field('file', 'must be UTF-8 (in Excel: Save as → "CSV UTF-8")', 'NOT_UTF8');
  }
  // Excel with Serbian (and most European) settings separates CSV cells with ";".
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].map((d) => ({ d, n: firstLine.split(d).length })).sort((x, y) => y.n - x.n)[0].d;
  const parser = Readable.from(chunksOf(text)).pipe(parse({ delimiter, relax_column_count: true, skip_empty_lines: false, max_record_size: 1024 * 1024 }));
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      for (let i = 0; i < record.length; i++) collector.countCell();
      collector.addRow(row, record.map(textCell));
      if (row % 500 === 0) await setImmediate();
    }
  } catch (error) {
    if (error instanceof InvalidInputException) throw error;
    throw InvalidInputException.field('file', `is not a readable CSV file: ${(error as Error).message}`, 'UNREADABLE_FILE');
  } finally {
    parser.destroy();
  }
}

/** The text in slices, so that the parser works on it a piece at a time. */
function* chunksOf(text: string, size = 64 * 1024): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

/** Text as a cell: trimmed, empty as nothing, and an export's formula guards (`'`) taken off. */
function textCell(value: string): ReadCell {
  const text = value.trim();
  if (text === '') return undefined;
  return unguardFormulas(text);
}

// --- XLSX: the zip's directory is read from the buffer, then only the parts needed are inflated,
// each through a byte budget, and parsed as XML streams. (exceljs' streaming reader spools a sheet
// stored before its shared strings, as Excel stores them, to a temporary file in full, so it can
// neither stop at a limit nor bound what a zip bomb inflates to.)

interface ZipParts {
  zip: yauzl.ZipFile;
  entries: Map<string, yauzl.Entry>;
}

async function readXlsx(buffer: Buffer, collector: TableCollector): Promise<void> {
  const parts = await openZip(buffer);
  try {
    const budget = { left: MAX_XLSX_INFLATED_BYTES };
    const sheetPath = await firstSheetPath(parts, budget);
    const sharedStringsEntry = parts.entries.get('xl/sharedStrings.xml');
    const sharedStrings = sharedStringsEntry ? await readSharedStrings(parts, sharedStringsEntry, budget) : [];
    const dateStyles = parts.entries.has('xl/styles.xml') ? await readDateStyles(parts, budget) : new Set<number>();
    const sheet = parts.entries.get(sheetPath);
    if (!sheet) throw InvalidInputException.field('file', 'has no worksheet', 'EMPTY_FILE');
    await assertRowTagsWithin(parts, sheet, MAX_SHEET_ROW_TAGS);
    await readSheet(parts, sheet, budget, { sharedStrings, dateStyles, date1904: parts.date1904 }, collector);
  } finally {
    parts.zip.close();
  }
}

function openZip(buffer: Buffer): Promise<ZipParts & { date1904: boolean }> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) => {
      if (error || !zip) return reject(unreadableXlsx());
      if (zip.entryCount > MAX_ZIP_ENTRIES) {
        zip.close();
        return reject(unreadableXlsx(`: it holds ${zip.entryCount} parts`));
      }
      const entries = new Map<string, yauzl.Entry>();
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.set(entry.fileName, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve({ zip, entries, date1904: false }));
      zip.on('error', () => reject(unreadableXlsx()));
      zip.readEntry();
    });
  });
}

/** Inflates one part through the budget and hands its XML to a SAX parser, a chunk at a time. */
async function parsePart(parts: ZipParts, entry: yauzl.Entry, budget: { left: number }, limit: number, onTag: (parser: SaxesParser) => void): Promise<void> {
  const stream = await new Promise<Readable>((resolve, reject) => parts.zip.openReadStream(entry, (error, s) => (error || !s ? reject(unreadableXlsx()) : resolve(s))));
  const parser = new SaxesParser({ xmlns: false, position: false });
  let xmlError: Error | undefined;
  parser.on('error', (error) => {
    xmlError ??= error;
  });
  onTag(parser);
  let read = 0;
  try {
    stream.setEncoding('utf8');
    for await (const chunk of stream as AsyncIterable<string>) {
      read += Buffer.byteLength(chunk);
      // Counted as inflated, not as declared: the zip's sizes are the sender's word.
      if (read > limit || read > budget.left) throw inflatedTooFar();
      parser.write(chunk);
      if (xmlError) throw unreadableXlsx();
      await setImmediate();
    }
    parser.close();
    if (xmlError) throw unreadableXlsx();
  } catch (error) {
    if (error instanceof InvalidInputException) throw error;
    throw unreadableXlsx();
  } finally {
    budget.left -= read;
    stream.destroy();
  }
}

const inflatedTooFar = () => InvalidInputException.field('file', 'inflates to more than the import reads; split it into several files', 'FILE_TOO_LARGE_INFLATED');

/**
 * Counts the sheet's row elements with a regular expression over the inflated text (no XML
 * parsing) and stops past `max`: the cheap first look that keeps a sheet of a million rows from
 * costing more than a few thousand of them. A tag split between two chunks is counted once.
 */
async function assertRowTagsWithin(parts: ZipParts, entry: yauzl.Entry, max: number): Promise<void> {
  const stream = await new Promise<Readable>((resolve, reject) => parts.zip.openReadStream(entry, (error, s) => (error || !s ? reject(unreadableXlsx()) : resolve(s))));
  const rowTag = /<(?:[A-Za-z_][\w.-]*:)?row[\s/>]/g;
  let rows = 0;
  let read = 0;
  let tail = '';
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.length;
      if (read > MAX_XLSX_INFLATED_BYTES) throw inflatedTooFar();
      const text = tail + chunk.toString('latin1');
      for (const match of text.matchAll(rowTag)) if (match.index + match[0].length > tail.length) rows++;
      if (rows > max) {
        throw InvalidInputException.field(
          'file',
          `has more than ${max.toLocaleString('en')} rows; at most ${MAX_IMPORT_ROWS.toLocaleString('en')} activity rows per import: split it into several files`,
          'TOO_MANY_ROWS',
        );
      }
      tail = text.slice(-40);
      await setImmediate();
    }
  } catch (error) {
    if (error instanceof InvalidInputException) throw error;
    throw unreadableXlsx();
  } finally {
    stream.destroy();
  }
}

/** The path of the workbook's first sheet, from workbook.xml and its relations. */
async function firstSheetPath(parts: ZipParts & { date1904: boolean }, budget: { left: number }): Promise<string> {
  const workbook = parts.entries.get('xl/workbook.xml');
  if (!workbook) throw unreadableXlsx();
  let firstId: string | undefined;
  await parsePart(parts, workbook, budget, MAX_PART_BYTES, (parser) =>
    parser.on('opentag', (tag: SaxesTagPlain) => {
      if (localName(tag.name) === 'sheet' && firstId === undefined) firstId = attribute(tag, 'id');
      if (localName(tag.name) === 'workbookPr') parts.date1904 = ['1', 'true'].includes(attribute(tag, 'date1904') ?? '');
    }),
  );
  const rels = parts.entries.get('xl/_rels/workbook.xml.rels');
  let target: string | undefined;
  if (rels && firstId) {
    await parsePart(parts, rels, budget, MAX_PART_BYTES, (parser) =>
      parser.on('opentag', (tag: SaxesTagPlain) => {
        if (localName(tag.name) === 'Relationship' && tag.attributes.Id === firstId) target = String(tag.attributes.Target);
      }),
    );
  }
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
}

/** The shared strings (rich text as its plain text), at most one per cell the file may hold. */
async function readSharedStrings(parts: ZipParts, entry: yauzl.Entry, budget: { left: number }): Promise<string[]> {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await parsePart(parts, entry, budget, MAX_SHARED_STRINGS_BYTES, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const name = localName(tag.name);
      if (name === 'si') {
        if (strings.length >= MAX_IMPORT_CELLS) throw tooManyCells();
        current = [];
      } else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    });
    parser.on('text', (text) => {
      if (inText) current?.push(text);
    });
    parser.on('closetag', (tag: SaxesTagPlain) => {
      const name = localName(tag.name);
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') {
        strings.push((current ?? []).join(''));
        current = undefined;
      }
    });
  });
  return strings;
}

/** Built-in number formats that show a date (ECMA-376 18.8.30). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Which cell styles (`s` of a cell) show a date: numbers in them are dates. */
async function readDateStyles(parts: ZipParts, budget: { left: number }): Promise<Set<number>> {
  const customDates = new Set<number>();
  const dateStyles = new Set<number>();
  let inCellXfs = false;
  let xfIndex = 0;
  await parsePart(parts, parts.entries.get('xl/styles.xml')!, budget, MAX_PART_BYTES, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const name = localName(tag.name);
      if (name === 'numFmt') {
        // A format is a date's when, outside quoted text and [colour] parts, it has day, month or year.
        const code = String(attribute(tag, 'formatCode') ?? '').replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
        if (/[dmy]/i.test(code)) customDates.add(Number(attribute(tag, 'numFmtId')));
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attribute(tag, 'numFmtId') ?? 0);
        if (DATE_FORMAT_IDS.has(id) || customDates.has(id)) dateStyles.add(xfIndex);
        xfIndex++;
      }
    });
    parser.on('closetag', (tag: SaxesTagPlain) => {
      if (localName(tag.name) === 'cellXfs') inCellXfs = false;
    });
  });
  return dateStyles;
}

interface SheetContext {
  sharedStrings: string[];
  dateStyles: Set<number>;
  date1904: boolean;
}

/** A cell being read: where it is, its type and style, and its value's text as it arrives. */
interface OpenCell {
  column: number;
  type: string;
  style: number;
  value: string;
  text: string;
}

/** The sheet's rows as they stream by; the collector stops the read at a limit. Kept lean: it runs for every cell. */
async function readSheet(parts: ZipParts, entry: yauzl.Entry, budget: { left: number }, context: SheetContext, collector: TableCollector): Promise<void> {
  let rowNumber = 0;
  let cells: ReadCell[] = [];
  let cell: OpenCell | undefined;
  let nextColumn = 0;
  let capture: 'v' | 't' | undefined;
  await parsePart(parts, entry, budget, budget.left, (parser) => {
    parser.on('opentag', (tag: SaxesTagPlain) => {
      const attributes = tag.attributes as Record<string, string>;
      switch (plainName(tag.name)) {
        case 'row': {
          const r = Number(attributes.r);
          rowNumber = Number.isInteger(r) && r > rowNumber ? r : rowNumber + 1;
          cells = [];
          nextColumn = 0;
          break;
        }
        case 'c': {
          collector.countCell();
          const column = attributes.r ? columnIndex(attributes.r) : nextColumn;
          nextColumn = column + 1;
          cell = { column, type: attributes.t ?? 'n', style: attributes.s ? Number(attributes.s) : 0, value: '', text: '' };
          break;
        }
        case 'v':
          capture = 'v';
          break;
        case 't':
          capture = 't';
          break;
      }
    });
    parser.on('text', (text) => {
      if (cell && capture === 'v') cell.value += text;
      else if (cell && capture === 't') cell.text += text;
    });
    parser.on('closetag', (tag: SaxesTagPlain) => {
      switch (plainName(tag.name)) {
        case 'v':
        case 't':
          capture = undefined;
          break;
        case 'c':
          if (cell) {
            if (cell.column >= MAX_IMPORT_COLUMNS) {
              if (cellValue(cell, context) !== undefined) throw tooWide();
            } else cells[cell.column] = cellValue(cell, context);
          }
          cell = undefined;
          break;
        case 'row':
          collector.addRow(rowNumber, cells);
          break;
      }
    });
  });
}

function cellValue(cell: OpenCell, context: SheetContext): ReadCell {
  const raw = cell.value;
  switch (cell.type) {
    case 's': {
      const text = context.sharedStrings[Number(raw)];
      return text === undefined ? undefined : textCell(text);
    }
    case 'inlineStr':
      return textCell(cell.text);
    case 'str':
    case 'e':
      return textCell(raw);
    case 'b':
      return raw === '' ? undefined : raw === '1' || raw === 'true';
    case 'd':
      return raw === '' ? undefined : raw.slice(0, 10);
    default: {
      if (raw.trim() === '') return undefined;
      const number = Number(raw);
      if (!Number.isFinite(number)) return textCell(raw);
      return context.dateStyles.has(cell.style) ? excelDate(number, context.date1904) : number;
    }
  }
}

/** A date cell's serial number as YYYY-MM-DD (days since 1899-12-30, or since 1904-01-01). */
function excelDate(serial: number, date1904: boolean): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(epoch + Math.round(serial * 86_400_000)).toISOString().slice(0, 10);
}

/** `AB12` → 27 (zero-based column of a cell reference). */
function columnIndex(reference: string): number {
  let column = 0;
  for (let i = 0; i < reference.length; i++) {
    const code = reference.charCodeAt(i) & ~32; // upper case
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column - 1;
}

/** A sheet's element name without a namespace prefix (some writers use `x:row`); the common case costs one check. */
function plainName(name: string): string {
  return name.length > 1 && name.includes(':') ? localName(name) : name;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`r:id` as `id`). */
function attribute(tag: SaxesTagPlain, name: string): string | undefined {
  for (const [key, value] of Object.entries(tag.attributes)) if (localName(key) === name) return String(value);
  return undefined;
}
