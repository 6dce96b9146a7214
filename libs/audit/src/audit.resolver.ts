import { Args, Query, Resolver } from '@nestjs/graphql';
import { Action, Actor, authorize, CurrentUser } from '@app/policy';
import { AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';
import { AuditEntryConnection } from './dto/audit-entry-connection.type';
import { AuditLogArgs } from './dto/audit-log.args';

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (coordinators only)' })
  auditLog(@CurrentUser() actor: Actor | null, @Args() { filter, first, after }: AuditLogArgs) {
    authorize(actor, Action.AUDIT_READ);
    return this.audit.list(filter, { first, after });
  }
}
