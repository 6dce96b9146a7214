import { DomainException, ErrorKind } from '@app/common';

export enum MailErrorCode {
  MAIL_NOT_FOUND = 'MAIL_NOT_FOUND',
  /** Only a DEAD mail can be retried: the others are still on their way or delivered. */
  MAIL_NOT_DEAD = 'MAIL_NOT_DEAD',
}

const KIND: Record<MailErrorCode, ErrorKind> = {
  [MailErrorCode.MAIL_NOT_FOUND]: ErrorKind.NOT_FOUND,
  [MailErrorCode.MAIL_NOT_DEAD]: ErrorKind.CONFLICT,
};

const MESSAGE: Record<MailErrorCode, string> = {
  [MailErrorCode.MAIL_NOT_FOUND]: 'Mail not found',
  [MailErrorCode.MAIL_NOT_DEAD]: 'Only a mail whose delivery failed for good can be retried',
};

export class MailException extends DomainException {
  constructor(code: MailErrorCode) {
    super(KIND[code], code, MESSAGE[code]);
  }
}
