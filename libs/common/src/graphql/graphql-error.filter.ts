import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { GqlArgumentsHost, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { DomainException, ErrorKind } from '../errors/domain.exception';

/**
 * The one place where errors become GraphQL errors. Domain errors keep their kind as
 * `extensions.code` (BAD_USER_INPUT, NOT_FOUND, ...) plus a stable `reason` and, for bad
 * input, the offending `fields`. Anything else is logged with the request id and shown
 * to the client only as INTERNAL_SERVER_ERROR with that id: no message, stack or SQL.
 */
@Catch()
export class GraphqlErrorFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  catch(exception: unknown, host: ArgumentsHost): GraphQLError {
    const requestId = requestIdFrom(host);
    if (exception instanceof GraphQLError) return exception;
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
      return new GraphQLError(exception.message, { extensions: { code: httpCode(exception.getStatus()) } });
    }
    this.logger.error({ err: exception, requestId }, 'Unhandled error while resolving a GraphQL operation');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } });
  }
}

function requestIdFrom(host: ArgumentsHost): string | number | undefined {
  if (host.getType<string>() !== 'graphql') return undefined;
  const ctx = GqlArgumentsHost.create(host).getContext<{ req?: { id?: string | number } }>();
  return ctx?.req?.id;
}

function httpCode(status: number): string {
  switch (status) {
    case 401:
      return ErrorKind.UNAUTHENTICATED;
    case 403:
      return ErrorKind.FORBIDDEN;
    case 404:
      return ErrorKind.NOT_FOUND;
    case 409:
      return ErrorKind.CONFLICT;
    default:
      return ErrorKind.BAD_USER_INPUT;
  }
}
