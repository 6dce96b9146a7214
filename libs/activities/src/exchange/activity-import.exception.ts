import { DomainException, ErrorKind, Language } from '@app/common';
import { IMPORT_MESSAGES } from './import-messages';

/** One problem of an import file: its spreadsheet row (the header is row 1), column (as the file's header names it) and why, in the user's language. */
export interface ImportRowError {
  row: number;
  column: string;
  reason: string;
}

/** Rows shown at most in one answer; the count in the message says how many there were. */
export const MAX_REPORTED_IMPORT_ERRORS = 1_000;

/** An import file with bad rows or a wrong header: nothing of it was saved. */
export class ActivityImportException extends DomainException {
  readonly errors: ImportRowError[];

  constructor(errors: ImportRowError[], language: Language = Language.EN) {
    const rows = new Set(errors.map((e) => e.row)).size;
    super(ErrorKind.BAD_USER_INPUT, 'IMPORT_INVALID', IMPORT_MESSAGES[language].summary(errors.length, rows));
    this.errors = errors.slice(0, MAX_REPORTED_IMPORT_ERRORS);
  }
}
