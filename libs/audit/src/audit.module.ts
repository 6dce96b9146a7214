import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditContextMiddleware } from './audit-context';
import { AuditEntry } from './audit-entry.entity';
import { AuditService } from './audit.service';

/**
 * The append-only audit log. Importing it also remembers each HTTP request's id and IP for
 * the entries recorded while serving it. It has no resolver of its own: reading the log is
 * for coordinators, and that check belongs to the policy layer that calls `list`.
 */
@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry])],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(AuditContextMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
  }
}
