// Tests read their database from the template made in global-setup; logs stay quiet unless asked for.
process.env.LOG_LEVEL ??= 'silent';
process.env.NODE_ENV ??= 'test';
process.env.JWT_SECRET ??= 'test-secret-that-is-long-enough-for-hs256-signing';
// Tests that deliver mail drive the worker themselves.
process.env.MAIL_WORKER ??= 'off';
