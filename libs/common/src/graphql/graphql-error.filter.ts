import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DomainException, ErrorKind } from '../errors/domain.exception';
import { errorKindOfHttpStatus } from '../errors/http-status';
import { nulCharacterError, pathToNul } from '../errors/validation';

/**
 * The one place where errors become GraphQL errors. Domain errors keep their kind as
 * `extensions.code` (BAD_USER_INPUT, NOT_FOUND, ...) plus a stable `reason` and, for bad
 * input, the offending `fields`. Anything else is logged with the request id and shown
 * to the client only as INTERNAL_SERVER_ERROR with that id: no message, stack or SQL.
 * A database that cannot be reached is SERVICE_UNAVAILABLE with Retry-After, and a write that
 * lost a race for the same key a CONFLICT: in both cases clients retry.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError {
    const requestId = requestIdFrom(host);
    if (exception instanceof GraphQLError) return exception;
    const nulField = isUnstorableText(exception) ? nulFieldIn(host) : null;
    // The validation pipe refuses NUL characters; this is one that reached the database before it (a guard's own query).
    if (nulField !== null) exception = nulCharacterError(nulField);
    if (exception instanceof DomainException) {
      return new GraphQLError(exception.message, {
        extensions: {
          code: exception.kind,
          reason: exception.code,
          ...(exception.fields.length ? { fields: exception.fields } : {}),
          ...exception.details,
        },
      });
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      return new GraphQLError(exception.message, { extensions: { code: errorKindOfHttpStatus(exception.getStatus()) } });
    }
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn({ err: exception, requestId }, 'Database unavailable while resolving a GraphQL operation');
      return new GraphQLError(SERVICE_UNAVAILABLE_MESSAGE, {
        extensions: {
          code: 'SERVICE_UNAVAILABLE',
          requestId,
          // Read and removed by Apollo Server, which sets the header; the status reaches the client
          // only where the driver runs with `preserveHttpStatusForExecutionErrors: false`.
          http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
        },
      });
    }
    if (isConcurrentWriteConflict(exception)) {
      // A service that expects a duplicate says so itself; this is the race it did not foresee.
      this.logger.warn({ err: exception, requestId }, 'Concurrent write conflict while resolving a GraphQL operation');
      return new GraphQLError(CONCURRENT_WRITE_MESSAGE, { extensions: { code: ErrorKind.CONFLICT, reason: 'CONCURRENT_WRITE', requestId } });
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error while resolving a GraphQL operation');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
  }
}

export const SERVICE_UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable, try again shortly';
const RETRY_AFTER_SECONDS = 5;

// Socket errors of a server that is down or unreachable.
const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// PostgreSQL SQLSTATEs of a server that is going away or not accepting connections yet:
// admin_shutdown, crash_shutdown, cannot_connect_now, and the connection exception class (08xxx).
const UNAVAILABLE_SQLSTATES = /^(57P01|57P02|57P03|08\w{3})$/;
// node-postgres reports these without a code.
const CONNECTION_ERROR_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection is not established/i;

/**
 * Whether an error (or what it wraps: TypeORM's `driverError`, a `cause`) says the database
 * cannot be reached, as opposed to a query that is wrong.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  // TypeORM releases a transaction's query runner when its connection breaks; the next query of
  // that transaction then fails with this instead of the connection error.
  if (error instanceof QueryRunnerAlreadyReleasedError) return true;
  const { code, message, driverError, cause } = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  if (typeof code === 'string' && (CONNECTION_ERROR_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(code))) return true;
  if (typeof message === 'string' && CONNECTION_ERROR_MESSAGES.test(message)) return true;
  if (error instanceof AggregateError && error.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}

export const CONCURRENT_WRITE_MESSAGE = 'Someone else changed the same data at the same time: reload and try again';
// unique_violation (two inserts of the same key at once), serialization_failure, deadlock_detected.
const CONFLICT_SQLSTATES = new Set(['23505', '40001', '40P01']);

/** Whether a database error is the loser's side of two writes racing for the same row or key. */
export function isConcurrentWriteConflict(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code } = ((error as { driverError?: unknown }).driverError ?? error) as { code?: unknown };
  return typeof code === 'string' && CONFLICT_SQLSTATES.has(code);
}

// character_not_in_repertoire (a NUL byte in text), untranslatable_character (\\u0000 in jsonb).
const UNSTORABLE_TEXT_SQLSTATES = new Set(['22021', '22P05']);

function isUnstorableText(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { code } = ((error as { driverError?: unknown }).driverError ?? error) as { code?: unknown };
  return typeof code === 'string' && UNSTORABLE_TEXT_SQLSTATES.has(code);
}

/** Which argument of the failed GraphQL operation holds a NUL character, or null when none does. */
function nulFieldIn(host: ArgumentsHost): string | null {
  if (host.getType<string>() !== 'graphql') return null;
  return pathToNul(GqlArgumentsHost.create(host).getArgs());
}

function requestIdFrom(host: ArgumentsHost): string | number | undefined {
  if (host.getType<string>() !== 'graphql') return undefined;
  const ctx = GqlArgumentsHost.create(host).getContext<{ req?: { id?: string | number } }>();
  return ctx?.req?.id;
}

/**
 * Apollo words every error found while validating a query as GRAPHQL_VALIDATION_FAILED; one that
 * names the fields it refuses (a `Date` literal that is no day) is bad input, as the same value
 * sent in a variable is.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = formatted.extensions;
  if (extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && extensions.reason === 'INVALID_INPUT' && Array.isArray(extensions.fields)) {
    return { ...formatted, extensions: { ...extensions, code: ErrorKind.BAD_USER_INPUT } };
  }
  return formatted;
}
