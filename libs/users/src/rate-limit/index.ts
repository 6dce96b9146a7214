export * from './rate-limit-options';
export * from './rate-limit.exception';
export * from './rate-limit.module';
export * from './sign-in-rate-limiter';
