import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@app/common';
import { AuditEntry } from '../audit-entry.entity';

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntry) {}
