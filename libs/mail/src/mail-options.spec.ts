import { DEFAULT_MAIL_WORKER_OPTIONS, MAIL_DEAD_QUEUE, mailQueueOptions, SMTP_TIMEOUTS } from './mail-options';

describe(mailQueueOptions.name, () => {
  it('retries a failed mail with exponential backoff, up to the cap, then dead-letters it', () => {
    expect(mailQueueOptions({ ...DEFAULT_MAIL_WORKER_OPTIONS, maxAttempts: 8, backoffBaseMs: 30_000, backoffMaxMs: 3_600_000 })).toMatchObject({
      retryLimit: 7,
      retryDelay: 30,
      retryBackoff: true,
      retryDelayMax: 3_600,
      deadLetter: MAIL_DEAD_QUEUE,
    });
  });

  it('retries at once when asked for no backoff', () => {
    expect(mailQueueOptions({ ...DEFAULT_MAIL_WORKER_OPTIONS, backoffBaseMs: 0 })).toMatchObject({ retryDelay: 0, retryBackoff: false });
  });

  it('keeps SMTP timeouts well below the lease, so a slow server never lets two workers send one mail', () => {
    const worstCase = SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout;
    expect(worstCase).toBeLessThanOrEqual(DEFAULT_MAIL_WORKER_OPTIONS.leaseMs / 2);
    expect(mailQueueOptions(DEFAULT_MAIL_WORKER_OPTIONS).expireInSeconds).toBe(DEFAULT_MAIL_WORKER_OPTIONS.leaseMs / 1000);
  });
});
