import { DomainException, ErrorKind } from '@app/common';

export enum CapacityErrorCode {
  CERTIFICATE_NUMBER_TAKEN = 'CERTIFICATE_NUMBER_TAKEN',
  STALE_VERSION = 'STALE_VERSION',
}

const MESSAGES: Record<CapacityErrorCode, string> = {
  [CapacityErrorCode.CERTIFICATE_NUMBER_TAKEN]: 'Another participant of this training already has this certificate number',
  [CapacityErrorCode.STALE_VERSION]: 'Someone saved this training after you opened it: reload it and apply your change again',
};

export class CapacityException extends DomainException {
  constructor(code: CapacityErrorCode, message = MESSAGES[code]) {
    super(ErrorKind.CONFLICT, code, message);
  }
}
