import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a value is not a calendar day, or null when it is one (YYYY-MM-DD of a day that exists). */
export function calendarDateProblem(value: unknown): string | null {
  const match = typeof value === 'string' ? SHAPE.exec(value) : null;
  if (!match) return 'must be a date, YYYY-MM-DD (e.g. 2024-03-14)';
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return `is not a day of the calendar (${String(value)})`;
  return null;
}

/**
 * The field or argument a literal is written for (`startsOn: "2024-13-01"`): graphql-js gives a
 * scalar only the value, whose first token follows the name and its colon.
 */
function nameOf(node: ValueNode): string {
  const name = node.loc?.startToken.prev?.prev;
  return name?.kind === 'Name' ? String(name.value) : 'date';
}

function invalid(field: string, reason: string): GraphQLError {
  return new GraphQLError(`${field} ${reason}`, { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', fields: [{ field, reason }] } });
}

/**
 * `Date`: a calendar day without time or zone, written YYYY-MM-DD on the wire in both directions
 * (PostgreSQL `date` columns, kept as strings in TypeScript). The one scalar for every such field
 * and argument; instants are `DateTime`.
 */
export const CalendarDate = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar day without time or zone, YYYY-MM-DD (ISO 8601), e.g. 2024-03-14',
  serialize(value) {
    // node-postgres reads a `date` column of a raw query as local midnight of that day.
    if (value instanceof Date) return `${value.getFullYear()}-${String(value.getMonth() + 1).padStart(2, '0')}-${String(value.getDate()).padStart(2, '0')}`;
    const problem = calendarDateProblem(value);
    if (problem) throw new GraphQLError(`A Date value ${problem}`);
    return value as string;
  },
  parseValue(value) {
    const problem = calendarDateProblem(value);
    if (problem) throw invalid('date', problem);
    return value as string;
  },
  parseLiteral(node) {
    const value = node.kind === Kind.STRING ? node.value : undefined;
    const problem = calendarDateProblem(value);
    if (problem) throw invalid(nameOf(node), problem);
    return value!;
  },
});
