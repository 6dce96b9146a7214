import { DynamicModule, Module } from '@nestjs/common';
import { SIGN_IN_RATE_LIMIT_OPTIONS, SignInRateLimitOptions } from './rate-limit-options';
import { SignInRateLimiter } from './sign-in-rate-limiter';

/** The sign-in and password-reset rate limiter; needs the app's TypeORM data source (DatabaseModule). */
@Module({})
export class RateLimitModule {
  static forRoot(options: Partial<SignInRateLimitOptions> = {}): DynamicModule {
    return {
      module: RateLimitModule,
      providers: [{ provide: SIGN_IN_RATE_LIMIT_OPTIONS, useValue: options }, SignInRateLimiter],
      exports: [SignInRateLimiter],
    };
  }
}
