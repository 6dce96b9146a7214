export * from './entities';
export * from './audit-action.enum';
export * from './audit-context';
export * from './audit.module';
export * from './audit.service';
export * from './changed-field-names';
export * from './dto/audit-log.args';
export * from './dto/audit-entry-connection.type';
