import { ExecutionContext, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { isUuid } from '@app/common';
import { AdminUserGuard } from '../admin-user.guard';

/**
 * The admin app's sign-in guard, except for `GET /meetings/<not an id>`: that is another route of
 * the same path, the answer links of invitation mails (`/meetings/rsvp`, no sign-in), which the
 * meeting's page hands on.
 */
@Injectable()
export class MeetingsPagesGuard extends AdminUserGuard {
  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (req.method === 'GET' && (req.route as { path?: string } | undefined)?.path === '/meetings/:id' && !isUuid(String(req.params.id))) return true;
    return super.canActivate(context);
  }
}
