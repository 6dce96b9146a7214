import { DomainException, ErrorKind } from '@app/common';

export enum ReferralErrorCode {
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  STALE_VERSION = 'STALE_VERSION',
  NOT_EDITABLE = 'NOT_EDITABLE',
}

export class ReferralException extends DomainException {
  constructor(code: ReferralErrorCode, message: string) {
    super(ErrorKind.CONFLICT, code, message);
  }
}
