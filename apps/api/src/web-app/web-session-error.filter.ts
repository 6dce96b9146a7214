import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainException, ErrorKind, httpStatusOf } from '@app/common';

/** Session errors as JSON shaped like GraphQL's extensions (`code`, `reason`, `fields`); nothing internal leaks. */
@Catch()
export class WebSessionErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebSession');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<FastifyRequest>();
    const res = host.switchToHttp().getResponse<FastifyReply>();
    res.header('Cache-Control', 'no-store');
    if (exception instanceof DomainException) {
      if (exception.details.retryAfterSeconds) res.header('Retry-After', String(exception.details.retryAfterSeconds));
      res.status(httpStatusOf(exception.kind)).send({ code: exception.kind, reason: exception.code, message: exception.message, fields: exception.fields });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      res.status(exception.getStatus()).send({ code: ErrorKind.BAD_USER_INPUT, reason: HttpStatus[exception.getStatus()], message: exception.message, fields: [] });
      return;
    }
    this.logger.error({ err: exception, requestId: req.id }, 'Unhandled error in a session endpoint');
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).send({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', fields: [], requestId: req.id });
  }
}
