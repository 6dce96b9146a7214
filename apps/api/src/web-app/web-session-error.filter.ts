import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorKind, httpStatusOf } from '@app/common';

/** Session errors as JSON shaped like GraphQL's extensions (`code`, `reason`, `fields`); nothing internal leaks. */
@Catch()
export class WebSessionErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('WebSession');

  catch(exception: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request & { id?: string | number }>();
    const res = host.switchToHttp().getResponse<Response>();
    res.setHeader('Cache-Control', 'no-store');
    if (exception instanceof DomainException) {
      if (exception.details.retryAfterSeconds) res.setHeader('Retry-After', String(exception.details.retryAfterSeconds));
      res.status(httpStatusOf(exception.kind)).json({ code: exception.kind, reason: exception.code, message: exception.message, fields: exception.fields });
      return;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      res.status(exception.getStatus()).json({ code: ErrorKind.BAD_USER_INPUT, reason: HttpStatus[exception.getStatus()], message: exception.message, fields: [] });
      return;
    }
    this.logger.error({ err: exception, requestId: req.id }, 'Unhandled error in a session endpoint');
    res.status(HttpStatus.INTERNAL_SERVER_ERROR).json({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL_SERVER_ERROR', message: 'Internal server error', fields: [], requestId: req.id });
  }
}
