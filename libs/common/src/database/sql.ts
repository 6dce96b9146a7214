/** Escapes LIKE wildcards so that user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Text folded for search: no diacritics, lower case ("Niš" -> "nis"). `immutable_unaccent`
 * is created by the first migration so that expression indexes can use it.
 */
export function foldedSql(expression: string): string {
  return `lower(immutable_unaccent(${expression}))`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are only looked up when well-formed; anything else is simply not found. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
