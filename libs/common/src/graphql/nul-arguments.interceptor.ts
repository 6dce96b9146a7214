import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { Observable } from 'rxjs';
import { nulCharacterError, pathToNul } from '../errors/validation';

/**
 * Refuses a NUL character in any string of a GraphQL operation's arguments, whatever its type
 * (also a bare `ID` or `String`, which class-validator never sees), before any resolver or pipe
 * runs: PostgreSQL cannot store one in text, so it would otherwise fail deep in a query as an
 * internal error. GraphQL only: REST handlers read their raw input after their own sign-in check
 * and answer with their own pages. (A guard that queries before this runs, as sign-in does, is
 * covered by the error filter.)
 */
@Injectable()
export class NulArgumentsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() === 'graphql') {
      const field = pathToNul(GqlExecutionContext.create(context).getArgs());
      if (field !== null) throw nulCharacterError(field);
    }
    return next.handle();
  }
}
