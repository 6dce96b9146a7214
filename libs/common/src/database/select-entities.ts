import { DataSource, EntityManager, EntityMetadata, ObjectLiteral, ValueTransformer } from 'typeorm';
import { preparedQuery } from './prepared-query';

type ColumnMetadata = EntityMetadata['columns'][number];

export interface SelectEntitiesOptions {
  /** Alias of the entity's table in `from`. */
  alias: string;
  /** FROM clause; the entity's table alone when omitted. */
  from?: string;
  /** WHERE condition with $1, $2… placeholders (values in `params`, never in the text). */
  where: string;
  params: unknown[];
  orderBy?: string;
  /** An expression returned beside each entity, e.g. the activity id a co-organizer was joined through. */
  key?: string;
}

export interface KeyedEntity<T> {
  key: string;
  entity: T;
}

interface Shape {
  select: string;
  columns: ColumnMetadata[];
}

const shapes = new WeakMap<EntityMetadata, Shape>();

/**
 * Loads entities with hand-written SQL, for the hottest read paths (the batch loaders behind
 * every list). Columns, names and value conversions come from TypeORM's metadata, so the
 * results are the same entities `find` would give, without building a query and hydrating it
 * through the ORM on every request. Relations are not loaded.
 */
export async function selectEntities<T extends ObjectLiteral>(
  source: DataSource | EntityManager,
  entity: new () => T,
  options: SelectEntitiesOptions,
): Promise<KeyedEntity<T>[]> {
  const metadata = (source instanceof DataSource ? source : source.connection).getMetadata(entity);
  const { select, columns } = shapeOf(metadata, options.alias);
  const sql = [
    `SELECT ${options.key ? `${options.key} AS "__key", ` : ''}${select}`,
    `FROM ${options.from ?? `"${metadata.tableName}" "${options.alias}"`}`,
    `WHERE ${options.where}`,
    options.orderBy ? `ORDER BY ${options.orderBy}` : '',
  ].join(' ');
  const rows = await preparedQuery(source, sql, options.params);
  return rows.map((row) => {
    const instance = new entity() as Record<string, unknown>;
    for (const column of columns) instance[column.propertyName] = fromDatabase(column, row[column.propertyName]);
    return { key: row.__key as string, entity: instance as T };
  });
}

function shapeOf(metadata: EntityMetadata, alias: string): Shape {
  const cached = shapes.get(metadata);
  if (cached) return { ...cached, select: cached.select.replaceAll('"__alias"', `"${alias}"`) };
  const relationNames = new Set(metadata.relations.map((relation) => relation.propertyName));
  const columns = metadata.columns.filter((column) => !column.isVirtual && !relationNames.has(column.propertyName) && !column.embeddedMetadata);
  const select = columns.map((column) => `${selectExpression(column)} AS "${column.propertyName}"`).join(', ');
  shapes.set(metadata, { select, columns });
  return { select: select.replaceAll('"__alias"', `"${alias}"`), columns };
}

/** Reads a column so that `pg` gives back what TypeORM would: dates as YYYY-MM-DD text, enum arrays as arrays. */
function selectExpression(column: ColumnMetadata): string {
  const name = `"__alias"."${column.databaseName}"`;
  if (column.type === 'date') return column.isArray ? `${name}::text[]` : `${name}::text`;
  if (column.isArray && column.type === 'enum') return `${name}::text[]`;
  return name;
}

function fromDatabase(column: ColumnMetadata, value: unknown): unknown {
  if (value === undefined) return null;
  const transformers: ValueTransformer[] = column.transformer ? (Array.isArray(column.transformer) ? column.transformer : [column.transformer]) : [];
  return transformers.reduceRight((current, transformer) => transformer.from(current), value);
}
