import { DomainException, ErrorKind } from '@app/common';

export enum CapacityErrorCode {
  CERTIFICATE_NUMBER_TAKEN = 'CERTIFICATE_NUMBER_TAKEN',
}

const MESSAGES: Record<CapacityErrorCode, string> = {
  [CapacityErrorCode.CERTIFICATE_NUMBER_TAKEN]: 'Another participant of this training already has this certificate number',
};

export class CapacityException extends DomainException {
  constructor(code: CapacityErrorCode, message = MESSAGES[code]) {
    super(ErrorKind.CONFLICT, code, message);
  }
}
