/**
 * CSV formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return. A cell is one only as the opening program splits
 * the file: Excel with Serbian settings splits on `;`, others on `,`, whatever the file was written
 * with. So the guard (a `'` before the character, which makes the cell text) goes at the start of
 * the text and after every `;` and `,` in it, after any spaces, which some programs trim.
 */
const UNGUARDED = /(^|[;,])([ ]*)(?=[=+\-@\t\r])/g;
const GUARDED = /(^|[;,])([ ]*)'(?=[=+\-@\t\r])/g;

/** Text as written into a CSV cell: every place a split could start a formula gets a `'`. */
export function guardFormulas(text: string): string {
  return text.replace(UNGUARDED, "$1$2'");
}

/** Text as read back from a cell: the guards an export added are taken off again. */
export function unguardFormulas(text: string): string {
  return text.replace(GUARDED, '$1$2');
}
