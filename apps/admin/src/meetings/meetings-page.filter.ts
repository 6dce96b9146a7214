import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorKind, httpStatusOf } from '@app/common';
import { pageContext, PageContext } from '../page';

/** A refusal by its code where the meetings pages have a text for it. */
export function conflictText(page: PageContext, error: DomainException): string {
  const texts = page.t as unknown as Record<string, string>;
  return texts[`meetingErr_${error.code}`] ?? page.t.meetingErrOther;
}

/**
 * What the services refuse, as a page that shows nothing of the meeting: another organization's
 * meeting looks like one that does not exist, and a member's admin asking for a coordinator's form
 * is told plainly.
 */
@Catch(DomainException)
export class MeetingsPageFilter implements ExceptionFilter {
  catch(error: DomainException, host: ArgumentsHost): void {
    const req = host.switchToHttp().getRequest<Request>();
    const res = host.switchToHttp().getResponse<Response>();
    const page = pageContext(req);
    const message = error.kind === ErrorKind.NOT_FOUND ? page.t.meetingRefusedNotFound : error.kind === ErrorKind.FORBIDDEN ? page.t.meetingRefusedForbidden : conflictText(page, error);
    res.status(httpStatusOf(error.kind)).render('meetings/refused', { ...page, title: page.t.meetingRefusedHeading, message });
  }
}
