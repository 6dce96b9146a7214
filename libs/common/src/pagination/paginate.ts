import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { InvalidInputException } from '../errors/domain.exception';
import { Connection } from './connection.type';

/** What a page is ordered by: a unique, stable pair of (sort expression, id). */
export interface KeysetOrder {
  /** SQL expression for the sort key, e.g. `o.name_sr`; must not be null. */
  sortExpression: string;
  /** SQL expression for the tie-breaking unique key, e.g. `o.id`. */
  idExpression: string;
  /** Reads the same two values back from a loaded row. */
  keyOf: (row: any) => [string | number, string];
  /** `DESC` for newest-first lists; both keys go the same way. Ascending when omitted. */
  direction?: 'ASC' | 'DESC';
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(key: [string | number, string]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): [string | number, string] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === 2 && ['string', 'number'].includes(typeof key[0]) && !String(key[0]).includes('\u0000') && UUID.test(String(key[1]))) {
      return key as [string | number, string];
    }
  } catch {
    // fall through: any malformed cursor gets the same answer
  }
  throw notACursor();
}

const notACursor = () => InvalidInputException.field('after', 'is not a cursor returned by this list');

/**
 * Whether PostgreSQL refused a value as data (SQLSTATE class 22: a date that is no date, a number
 * out of range): for a cursor, a sort key of the wrong type, which only a forged cursor carries.
 */
function isDataException(error: unknown): boolean {
  const { code } = ((error as { driverError?: unknown })?.driverError ?? error ?? {}) as { code?: unknown };
  return typeof code === 'string' && code.startsWith('22');
}

/**
 * Keyset pagination over a query builder: counts all matches, then fetches one row past
 * the page to know whether another page follows. Rows are ordered by (sort, id), both
 * ascending or both descending, so that pages never overlap or skip rows while data changes.
 */
export async function paginate<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  { first, after }: { first: number; after?: string },
  /** How the total is known when counting the query's rows is not the way (running counts kept elsewhere). */
  total: () => Promise<number> = () => countRows(query),
): Promise<Connection<T>> {
  const totalCount = await total();
  const direction = order.direction ?? 'ASC';
  const page = query.clone().orderBy(order.sortExpression, direction).addOrderBy(order.idExpression, direction);
  if (after) {
    const [sortValue, id] = decodeCursor(after);
    const beyond = direction === 'ASC' ? '>' : '<';
    page.andWhere(`(${order.sortExpression}, ${order.idExpression}) ${beyond} (:cursorSort, :cursorId)`, {
      cursorSort: sortValue,
      cursorId: id,
    });
  }
  const rows = await page
    .take(first + 1)
    .getMany()
    .catch((error: unknown) => {
      // The count above ran the same filters without the cursor, so a value refused here is the cursor's.
      throw after && isDataException(error) ? notACursor() : error;
    });
  const hasNextPage = rows.length > first;
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(order.keyOf(node)) }));
  return {
    edges,
    totalCount,
    pageInfo: { hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * Counts what a query matches. Without joins each row is one entity, so a plain count(*) does;
 * TypeORM's getCount() counts DISTINCT ids, which sorts every match (twice the time on a large list).
 */
async function countRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number> {
  if (query.expressionMap.joinAttributes.length > 0) return query.clone().orderBy().getCount();
  const row = await query.clone().orderBy().select('count(*)::int', 'count').getRawOne<{ count: number }>();
  return row?.count ?? 0;
}
