/** How the mail worker delivers the outbox; the defaults suit production. */
export interface MailWorkerOptions {
  /** Run the polling worker in this process (off in processes that only enqueue, and in tests that drive it by hand). */
  worker: boolean;
  /** The safety net: a committed mail wakes the worker at once (LISTEN/NOTIFY); the poll catches retries and missed notifications. */
  pollIntervalMs: number;
  /** Mails claimed per pass; they are sent concurrently, each on its own SMTP connection. */
  batchSize: number;
  /** How long a claimed mail stays with its worker; after that another pass takes it over. */
  leaseMs: number;
  /** Attempts before a mail is DEAD. */
  maxAttempts: number;
  /** Wait after the first failure; doubled after each further one, up to backoffMaxMs. */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const MAIL_WORKER_OPTIONS = Symbol('MAIL_WORKER_OPTIONS');

/**
 * SMTP timeouts, set explicitly (nodemailer's defaults run to minutes). Together, and with the
 * hard deadline of leaseMs / 2 per send, they stay well below the lease, so a mail is
 * never delivered by two live workers at once.
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 } as const;

export const DEFAULT_MAIL_WORKER_OPTIONS: MailWorkerOptions = {
  worker: true,
  pollIntervalMs: 2_000,
  batchSize: 10,
  leaseMs: 120_000,
  maxAttempts: 8,
  backoffBaseMs: 30_000,
  backoffMaxMs: 3_600_000,
};

/** Wait before the next attempt after `attempts` failed ones: base, 2 x base, 4 x base, ... capped. */
export function backoffDelayMs(attempts: number, options: Pick<MailWorkerOptions, 'backoffBaseMs' | 'backoffMaxMs'>): number {
  const exponent = Math.max(0, attempts - 1);
  return Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.min(exponent, 30));
}
