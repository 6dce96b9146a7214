import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorKind, httpStatusOf } from '@app/common';
import { pageContext } from '../page';

/**
 * What the services refuse, as a page: another organization's record looks like one that does
 * not exist (the policy layer answers NOT_FOUND), and nothing of it is shown.
 */
@Catch(DomainException)
export class DomainPageFilter implements ExceptionFilter {
  catch(error: DomainException, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const page = pageContext(req);
    const message =
      error.kind === ErrorKind.NOT_FOUND ? page.t.refusedNotFound : error.kind === ErrorKind.FORBIDDEN ? page.t.refusedForbidden : error.kind === ErrorKind.BAD_USER_INPUT ? page.t.refusedBadInput : page.t.refusedOther;
    res.status(httpStatusOf(error.kind)).render('directory/refused', { ...page, title: page.t.refusedHeading, message });
  }
}
