import { CanActivate, ExecutionContext, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Action, Actor, can } from '@app/policy';
import { User, UsersService } from '@app/users';

/** Who may use the admin app, as the policy table says (ADMIN_APP_USE): ASTRA's coordinators, and member organizations' admins for their own data. */
export const mayUseAdminApp = (user: Actor): boolean => can(user, Action.ADMIN_APP_USE);

type AdminRequest = Request & { adminUser?: User };

/**
 * Authenticates only: attaches the actor of a valid session (user still active, token version
 * unchanged, an admin role) for the policy layer, on every route, exports included.
 */
@Injectable()
export class SessionActorMiddleware implements NestMiddleware {
  constructor(private readonly users: UsersService) {}

  async use(req: AdminRequest, _res: Response, next: NextFunction): Promise<void> {
    const userId = req.session?.userId;
    const user = userId ? await this.users.findById(userId) : null;
    if (user && user.active && user.tokenVersion === req.session.tokenVersion && mayUseAdminApp(user)) {
      req.user = { id: user.id, organizationId: user.organizationId, role: user.role };
      req.adminUser = user;
    } else if (req.session?.userId) {
      req.session.userId = undefined;
    }
    next();
  }
}

/** Signed-in pages: without a valid session, to the sign-in page and back afterwards. */
@Injectable()
export class AdminUserGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<AdminRequest>();
    if (req.adminUser) return true;
    context.switchToHttp().getResponse<Response>().redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
    return false;
  }
}
