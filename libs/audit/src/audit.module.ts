import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditContextMiddleware } from './audit-context';
import { AuditEntry } from './audit-entry.entity';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/**
 * The append-only audit log. Importing it also remembers each HTTP request's id and IP for
 * the entries recorded while serving it. Reading the log (`auditLog`) is for coordinators,
 * decided by the policy layer.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditService, AuditResolver],
  exports: [AuditService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditContextMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
