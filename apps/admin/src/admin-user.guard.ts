import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { User } from '@app/users/entities';
import { Role } from '@app/users/role.enum';

/** Who may use the admin app: ASTRA's coordinators, and member organizations' admins for their own data. */
export const ADMIN_ROLES = [Role.COORDINATOR, Role.MEMBER_ADMIN];

/**
 * Signed-in pages: loads the user from the server-side session (still active, token version
 * unchanged) and attaches the actor for the policy layer; otherwise to the sign-in page.
 */
@Injectable()
export class AdminUserGuard implements CanActivate {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const userId = req.session?.userId;
    const user = userId ? await this.dataSource.getRepository(User).findOneBy({ id: userId }) : null;
    if (!user || !user.active || user.tokenVersion !== req.session.tokenVersion || !ADMIN_ROLES.includes(user.role)) {
      if (req.session) req.session.userId = undefined;
      res.redirect(303, `/sign-in?next=${encodeURIComponent(req.originalUrl)}`);
      return false;
    }
    req.user = { id: user.id, organizationId: user.organizationId, role: user.role };
    (req as Request & { adminUser?: User }).adminUser = user;
    return true;
  }
}
