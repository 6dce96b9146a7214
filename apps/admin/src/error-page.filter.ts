import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { Request, Response } from 'express';
import { pageContext } from './page';

/**
 * What a browser asking for a page gets when there is none to show: a page of the app, in its
 * language, with the way back, instead of the framework's JSON. A path that does not exist is
 * "not found"; a failure of ours says only that it failed and the request's id, which the log
 * line carries with the error (no message, stack or SQL on the page). Anything not asking for
 * HTML (exports, scripts, tests) keeps Nest's own answers.
 */
@Catch()
export class ErrorPageFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('AdminPage');

  catch(error: unknown, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request & { id?: string }>();
    const res = host.switchToHttp().getResponse<Response>();
    if (host.getType() !== 'http' || res.headersSent || !(req.headers.accept ?? '').includes('text/html')) return super.catch(error, host);
    const status = error instanceof HttpException ? error.getStatus() : HttpStatus.INTERNAL_SERVER_ERROR;
    if (status >= 500) this.logger.error({ err: error, requestId: req.id }, 'Unhandled error while rendering an admin page');
    const page = pageContext(req);
    const message =
      status === HttpStatus.NOT_FOUND
        ? page.t.refusedNotFound
        : status === HttpStatus.FORBIDDEN
          ? page.t.refusedForbidden
          : status < 500
            ? page.t.refusedBadInput
            : page.t.pageFailed.replace('{id}', String(req.id ?? ''));
    const heading = status === HttpStatus.NOT_FOUND ? page.t.pageNotFound : page.t.refusedHeading;
    res.status(status).render('directory/refused', { ...page, title: heading, heading, message });
  }
}
