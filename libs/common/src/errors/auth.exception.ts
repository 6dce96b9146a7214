import { DomainException, ErrorKind } from './domain.exception';

/** No valid sign-in: missing, expired or revoked credentials. */
export class UnauthenticatedException extends DomainException {
  constructor(code = 'UNAUTHENTICATED', message = 'Sign in to continue') {
    super(ErrorKind.UNAUTHENTICATED, code, message);
  }
}

/** Signed in, but the policy does not allow this action. */
export class ForbiddenException extends DomainException {
  constructor(code = 'FORBIDDEN', message = 'You are not allowed to do this') {
    super(ErrorKind.FORBIDDEN, code, message);
  }
}
