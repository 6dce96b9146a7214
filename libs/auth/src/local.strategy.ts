import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { User } from '@app/users';
import { AuthService } from './auth.service';

/** E-mail and password sign-in (passport-local); every failure is the same INVALID_CREDENTIALS. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy) {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  validate(req: { ip?: string }, email: string, password: string): Promise<User> {
    return this.auth.validateCredentials(email, password, req.ip);
  }
}

/** Runs the local strategy on a GraphQL mutation's `input` argument. */
@Injectable()
export class GqlLocalAuthGuard extends AuthGuard('local') {
  getRequest(execution: ExecutionContext) {
    const ctx = GqlExecutionContext.create(execution);
    const req = ctx.getContext().req;
    req.body = { ...ctx.getArgs().input };
    return req;
  }
}
