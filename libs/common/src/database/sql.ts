import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** Escapes LIKE wildcards so that user text matches literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * Text folded for search: Cyrillic as Latin, no diacritics, lower case ("Ниш", "Niš" -> "nis").
 * `sr_latin` and `immutable_unaccent` are SQL functions of the migrations, so that expression
 * indexes can use them.
 */
export function foldedSql(expression: string): string {
  return `lower(immutable_unaccent(sr_latin(${expression})))`;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from clients are only looked up when well-formed; anything else is simply not found. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

const MAX_SEARCH_WORDS = 8;

/** A piece of a WHERE clause with its named parameters (`:name`, `:...names`), as TypeORM writes them. */
export interface SqlCondition {
  sql: string;
  params?: ObjectLiteral;
}

/**
 * Text search by words: every word of `search` must appear somewhere in the folded text, in
 * any order, ignoring case and diacritics ("tribina trgovini" finds "Tribina o trgovini ljudima").
 * `foldedExpression` must be folded with `foldedSql` so that a trigram index can serve it.
 */
export function wordsMatch(foldedExpression: string, search: string): SqlCondition[] {
  const words = search.trim().split(/\s+/).filter(Boolean).slice(0, MAX_SEARCH_WORDS);
  return words.map((word, i) => ({ sql: `${foldedExpression} LIKE '%' || ${foldedSql(`:searchWord${i}`)} || '%'`, params: { [`searchWord${i}`]: escapeLike(word) } }));
}

/** `wordsMatch` applied to a query builder. */
export function whereWordsMatch<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, foldedExpression: string, search: string): SelectQueryBuilder<T> {
  for (const condition of wordsMatch(foldedExpression, search)) query.andWhere(condition.sql, condition.params);
  return query;
}
