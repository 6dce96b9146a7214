import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { SIGN_IN_RATE_LIMIT_OPTIONS, SignInRateLimitOptions } from './rate-limit-options';
import { SignInRateLimiter } from './sign-in-rate-limiter';

/** The sign-in and password-reset rate limiter; needs the app's TypeORM data source (DatabaseModule). */
@Module({})
export class RateLimitModule {
  static forRoot(options: Partial<SignInRateLimitOptions> = {}): DynamicModule {
    return {
      module: RateLimitModule,
      providers: [
        {
          provide: SIGN_IN_RATE_LIMIT_OPTIONS,
          inject: [AppConfig],
          useFactory: (config: AppConfig): Partial<SignInRateLimitOptions> => ({
            perIp: { points: config.ATTEMPTS_PER_IP, durationSeconds: 900 },
            perAccount: { points: config.ATTEMPTS_PER_ACCOUNT, durationSeconds: 900 },
            ...options,
          }),
        },
        SignInRateLimiter,
      ],
      exports: [SignInRateLimiter],
    };
  }
}
