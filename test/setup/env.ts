// Tests read their database from the template made in global-setup; logs stay quiet unless asked for.
process.env.LOG_LEVEL ??= 'silent';
process.env.NODE_ENV ??= 'test';
process.env.JWT_SECRET ??= 'test-secret-that-is-long-enough-for-hs256-signing';
// Tests that deliver mail or run the scheduled jobs (reminders, alerts, retention) drive them
// themselves, with a moved clock.
process.env.JOBS ??= 'off';
// Every test signs in from 127.0.0.1; the attempt limits have tests of their own.
process.env.ATTEMPTS_PER_IP ??= '100000';
process.env.ATTEMPTS_PER_ACCOUNT ??= '1000';
process.env.REFERRAL_DATA_KEYS ??= 'test1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=';
