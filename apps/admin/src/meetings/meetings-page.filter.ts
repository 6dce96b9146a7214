import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainException, ErrorKind } from '@app/common';
import { pageContext, PageContext } from '../page';

/** A refusal by its code where the meetings pages have a text for it. */
export function conflictText(page: PageContext, error: DomainException): string {
  const texts = page.t as unknown as Record<string, string>;
  return texts[`meetingErr_${error.code}`] ?? page.t.meetingErrOther;
}

const STATUS: Partial<Record<ErrorKind, number>> = {
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.BAD_USER_INPUT]: 400,
  [ErrorKind.CONFLICT]: 409,
};

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
    res.status(STATUS[error.kind] ?? 400).render('meetings/refused', { ...page, title: page.t.meetingRefusedHeading, message });
  }
}
