import { DomainException, ErrorKind } from '@app/common';

/**
 * Too many sign-in or password-reset attempts from one address or at one account. It says
 * nothing about whether the account exists: the counters run per e-mail address either way.
 * Clients get code TOO_MANY_REQUESTS with `retryAfterSeconds`.
 */
export class TooManyAttemptsException extends DomainException {
  constructor(
    /** Seconds until the exhausted limit lets the next attempt through. */
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorKind.TOO_MANY_REQUESTS, 'TOO_MANY_ATTEMPTS', 'Too many attempts: wait a few minutes and try again', [], { retryAfterSeconds });
  }
}
