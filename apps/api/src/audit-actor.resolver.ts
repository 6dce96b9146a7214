import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { AuditEntry } from '@app/audit';
import { RequestContext, RequestCtx } from '@app/common';
import { UsersService } from '@app/users';

/**
 * Who acted, by name, on an audit entry (an activity's history: who submitted, returned or
 * approved it). Wired here because audit knows no users; one query per request for all names.
 */
@Resolver(() => AuditEntry)
export class AuditActorResolver {
  constructor(private readonly users: UsersService) {}

  @ResolveField(() => String, { nullable: true, description: 'Full name of the person who acted; null for the system or a failed sign-in' })
  actorName(@Parent() entry: AuditEntry, @RequestCtx() ctx: RequestContext): Promise<string | null> | null {
    if (!entry.actorUserId) return null;
    return ctx.loaders.get<string, string | null>('auditActorNames', (ids) => this.users.namesByIds(ids)).load(entry.actorUserId);
  }
}
