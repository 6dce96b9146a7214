/** At most `points` attempts per `durationSeconds`, counted in fixed windows from the first attempt. */
export interface AttemptLimit {
  points: number;
  durationSeconds: number;
}

/** How many sign-in and password-reset attempts are let through; the defaults suit production. */
export interface SignInRateLimitOptions {
  /** Attempts from one IP address (an IPv6 /64), whatever the e-mail addresses. */
  perIp: AttemptLimit;
  /** Attempts at one e-mail address, from any IP, whether or not it has an account. */
  perAccount: AttemptLimit;
  /** The table created by the CreateRateLimits migration. */
  tableName: string;
}

export const SIGN_IN_RATE_LIMIT_OPTIONS = Symbol('SIGN_IN_RATE_LIMIT_OPTIONS');

/**
 * Generous for people (an office behind one address, a user who mistypes a few times), tight
 * for guessing. Repeated wrong passwords are slowed further by the account lockout in AuthService.
 */
export const DEFAULT_SIGN_IN_RATE_LIMIT_OPTIONS: SignInRateLimitOptions = {
  perIp: { points: 20, durationSeconds: 15 * 60 },
  perAccount: { points: 10, durationSeconds: 15 * 60 },
  tableName: 'rate_limits',
};
