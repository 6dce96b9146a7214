import { DomainException, ErrorKind } from '@app/common';

/**
 * Too many sign-in or password-reset attempts from one address or at one account. It says
 * nothing about whether the account exists: the counters run per e-mail address either way.
 * ErrorKind has no "too many requests" kind yet; FORBIDDEN (refused, retrying now will not help)
 * misleads clients least, and `reason` TOO_MANY_ATTEMPTS tells them why.
 */
export class TooManyAttemptsException extends DomainException {
  constructor(
    /** Seconds until the exhausted limit lets the next attempt through. */
    readonly retryAfterSeconds: number,
  ) {
    super(ErrorKind.FORBIDDEN, 'TOO_MANY_ATTEMPTS', 'Too many attempts: wait a few minutes and try again');
  }
}
