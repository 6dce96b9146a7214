import { DomainException, ErrorKind } from '@app/common';

export enum UsersErrorCode {
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  ORGANIZATION_INACTIVE = 'ORGANIZATION_INACTIVE',
  CANNOT_DEACTIVATE_SELF = 'CANNOT_DEACTIVATE_SELF',
  LAST_COORDINATOR = 'LAST_COORDINATOR',
}

const KIND: Record<UsersErrorCode, ErrorKind> = {
  [UsersErrorCode.EMAIL_TAKEN]: ErrorKind.CONFLICT,
  [UsersErrorCode.ROLE_NOT_ALLOWED]: ErrorKind.FORBIDDEN,
  [UsersErrorCode.ORGANIZATION_INACTIVE]: ErrorKind.BAD_USER_INPUT,
  [UsersErrorCode.CANNOT_DEACTIVATE_SELF]: ErrorKind.BAD_USER_INPUT,
  [UsersErrorCode.LAST_COORDINATOR]: ErrorKind.CONFLICT,
};

const MESSAGE: Record<UsersErrorCode, string> = {
  [UsersErrorCode.EMAIL_TAKEN]: 'An account with this e-mail address already exists',
  [UsersErrorCode.ROLE_NOT_ALLOWED]: 'You cannot give this role',
  [UsersErrorCode.ORGANIZATION_INACTIVE]: 'The organization is not active',
  [UsersErrorCode.CANNOT_DEACTIVATE_SELF]: 'You cannot deactivate your own account',
  [UsersErrorCode.LAST_COORDINATOR]: 'This is the last active coordinator: the network needs one, so it cannot be deactivated or given another role',
};

export class UsersException extends DomainException {
  constructor(code: UsersErrorCode) {
    super(KIND[code], code, MESSAGE[code]);
  }
}
