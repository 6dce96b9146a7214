import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import { AttemptLimit, DEFAULT_SIGN_IN_RATE_LIMIT_OPTIONS, SIGN_IN_RATE_LIMIT_OPTIONS, SignInRateLimitOptions } from './rate-limit-options';
import { accountBucket, ipBucket } from './rate-limit-keys';
import { TooManyAttemptsException } from './rate-limit.exception';

/** The operations counted apart: exhausting sign-in leaves password reset open, and the reverse. */
export type RateLimitedOperation = 'sign_in' | 'password_reset';

/** Who attempts: the client's IP address and the e-mail address the attempt is about. */
export interface AttemptSource {
  ip: string | undefined;
  email: string;
}

/**
 * Limits how often sign-in and password reset may be attempted, per IP address and per e-mail
 * address, in PostgreSQL (table `rate_limits`) so the limits hold across processes and restarts.
 * Call `consume` once per operation, before any work that depends on the account: each alias
 * or batched operation in one HTTP request is an attempt of its own.
 */
@Injectable()
export class SignInRateLimiter {
  private readonly perIp: RateLimiterPostgres;
  private readonly perAccount: RateLimiterPostgres;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Optional() @Inject(SIGN_IN_RATE_LIMIT_OPTIONS) options: Partial<SignInRateLimitOptions> = {},
  ) {
    const { perIp, perAccount, tableName } = { ...DEFAULT_SIGN_IN_RATE_LIMIT_OPTIONS, ...options };
    // One expired-row sweep per process is enough: both limiters share the table.
    this.perIp = limiter(dataSource, tableName, 'ip', perIp, true);
    this.perAccount = limiter(dataSource, tableName, 'account', perAccount, false);
  }

  /**
   * Counts one attempt of `operation` against the IP address and against the e-mail address,
   * and throws TooManyAttemptsException when either is used up. The answer depends only on the
   * counters, never on whether the address has an account. An attempt refused for its IP does
   * not count against the account, so one noisy address cannot lock everyone else out of it.
   * The point is taken before the attempt is checked, so attempts in flight at once (aliases,
   * parallel requests) all count; `forgive` gives it back when the attempt succeeds.
   */
  async consume(operation: RateLimitedOperation, { ip, email }: AttemptSource): Promise<void> {
    await take(this.perIp, `${operation}:${ipBucket(ip)}`);
    await take(this.perAccount, `${operation}:${accountBucket(email)}`);
  }

  /**
   * Gives back the points of an attempt that succeeded: only failures use up the limits, so people
   * signing in behind one address (an office, a proxy) never wear out its budget.
   */
  async forgive(operation: RateLimitedOperation, { ip, email }: AttemptSource): Promise<void> {
    await this.perIp.reward(`${operation}:${ipBucket(ip)}`, 1);
    await this.perAccount.reward(`${operation}:${accountBucket(email)}`, 1);
  }

  /** Forgets the failures counted against an e-mail address (after its owner set a new password from a mailed link). */
  async clearAccount(operation: RateLimitedOperation, email: string): Promise<void> {
    await this.perAccount.delete(`${operation}:${accountBucket(email)}`);
  }
}

function limiter(dataSource: DataSource, tableName: string, keyPrefix: string, limit: AttemptLimit, clearExpiredByTimeout: boolean): RateLimiterPostgres {
  if (!(limit.points >= 1 && limit.durationSeconds >= 1)) throw new Error(`Invalid ${keyPrefix} rate limit: ${JSON.stringify(limit)}`);
  return new RateLimiterPostgres({
    // rate-limiter-flexible's TypeORM mode queries the data source's pg Pool (driver.master) directly.
    storeClient: dataSource,
    storeType: 'typeorm',
    tableName,
    // The migration created the table; the app never changes the schema at runtime.
    tableCreated: true,
    clearExpiredByTimeout,
    keyPrefix,
    points: limit.points,
    duration: limit.durationSeconds,
  });
}

async function take(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    // The library rejects with its result when the limit is used up, with an Error when the database fails.
    if (rejection instanceof RateLimiterRes) throw new TooManyAttemptsException(Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)));
    throw rejection;
  }
}
