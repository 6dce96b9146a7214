import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { IncomingHttpHeaders } from 'node:http';
import { UnauthenticatedException } from '@app/common';
import { AuthService } from './auth.service';

/**
 * Authenticates only: reads `Authorization: Bearer`, attaches the actor, and refuses a bad
 * token. Requests without a token pass as anonymous; services decide through the policy.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly auth: AuthService) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const req: { headers: IncomingHttpHeaders; user?: unknown } | undefined =
      execution.getType<string>() === 'graphql' ? GqlExecutionContext.create(execution).getContext().req : execution.switchToHttp().getRequest();
    if (!req || req.user !== undefined) return true;
    const header = req.headers.authorization;
    if (!header) return true;
    const [scheme, token] = header.split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthenticatedException('INVALID_ACCESS_TOKEN', 'Use `Authorization: Bearer <token>`');
    req.user = await this.auth.actorFor(token);
    return true;
  }
}
