import { DomainException, ErrorKind } from '@app/common';

export enum ActivityErrorCode {
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  STALE_VERSION = 'STALE_VERSION',
  PERIOD_LOCKED = 'PERIOD_LOCKED',
  NOT_EDITABLE = 'NOT_EDITABLE',
}

const MESSAGES: Record<ActivityErrorCode, string> = {
  [ActivityErrorCode.ILLEGAL_TRANSITION]: 'This activity cannot move to that status from where it is',
  [ActivityErrorCode.STALE_VERSION]: 'Someone saved this activity after you opened it: reload it and apply your change again',
  [ActivityErrorCode.PERIOD_LOCKED]: 'The reporting period of this activity is locked: no activity in it can change',
  [ActivityErrorCode.NOT_EDITABLE]: 'This activity cannot be edited in its current status',
};

export class ActivityException extends DomainException {
  constructor(code: ActivityErrorCode, message = MESSAGES[code]) {
    super(ErrorKind.CONFLICT, code, message);
  }
}
