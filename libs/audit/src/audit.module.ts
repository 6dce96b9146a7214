import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditContextMiddleware, AuditedRequest, runWithAuditContext } from './audit-context';

/** The part of Fastify the module uses: a hook on every request, with Fastify's own request (its `ip` follows `trustProxy`). */
interface FastifyHooks {
  addHook(name: 'onRequest', hook: (request: AuditedRequest, reply: unknown, done: () => void) => void): unknown;
}
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
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  configure(consumer: MiddlewareConsumer): void {
    const adapter = this.adapterHost.httpAdapter;
    if (adapter?.getType() === 'fastify') {
      (adapter.getInstance() as FastifyHooks).addHook('onRequest', (request, _reply, done) => runWithAuditContext(request, done));
    } else {
      consumer.apply(AuditContextMiddleware).forRoutes({ path: '{/*splat}', method: RequestMethod.ALL });
    }
  }
}
