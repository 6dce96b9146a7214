import { backoffDelayMs, DEFAULT_MAIL_WORKER_OPTIONS, SMTP_TIMEOUTS } from './mail-options';

describe(backoffDelayMs.name, () => {
  it('doubles the wait after each failed attempt, up to the cap', () => {
    const options = { backoffBaseMs: 1_000, backoffMaxMs: 10_000 };
    expect([1, 2, 3, 4, 5, 50].map((attempts) => backoffDelayMs(attempts, options))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000, 10_000]);
  });

  it('keeps SMTP timeouts well below the lease, so a slow server never lets two workers send one mail', () => {
    const worstCase = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;
    expect(worstCase).toBeLessThanOrEqual(DEFAULT_MAIL_WORKER_OPTIONS.leaseMs / 2);
  });
});
