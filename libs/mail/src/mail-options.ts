import { JOB_HEARTBEAT_SECONDS } from '@app/jobs';
import type { Queue } from '@app/jobs';

/** How mail is delivered; the defaults suit production. */
export interface MailWorkerOptions {
  /** Work the mail queue in this process (when the process works jobs at all: JOBS=on). */
  worker: boolean;
  /** How often an idle worker looks for mail; a committed mail wakes the workers at once (pg-boss LISTEN/NOTIFY). */
  pollIntervalMs: number;
  /** Mails fetched per pass; they are sent concurrently, each on its own SMTP connection. */
  batchSize: number;
  /** How long a mail may be with one worker; after that (its process died) pg-boss hands it to another. */
  leaseMs: number;
  /** Attempts before a mail is dead-lettered (DEAD). */
  maxAttempts: number;
  /** Wait after a failure, growing exponentially (pg-boss's backoff, with jitter), up to backoffMaxMs. 0: retry at once. */
  backoffBaseMs: number;
  backoffMaxMs: number;
}

export const MAIL_WORKER_OPTIONS = Symbol('MAIL_WORKER_OPTIONS');

/** The pg-boss queue of mails to deliver (job data: the mail_outbox id) and its dead-letter queue. */
export const MAIL_QUEUE = 'mail';
export const MAIL_DEAD_QUEUE = 'mail-dead';

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

/** The mail queue's pg-boss options: retries with exponential backoff, expiry as the lease, dead letters. */
export function mailQueueOptions(options: MailWorkerOptions): Omit<Queue, 'name'> {
  const retryDelay = Math.ceil(options.backoffBaseMs / 1000);
  return {
    retryLimit: Math.max(0, options.maxAttempts - 1),
    retryDelay,
    retryBackoff: retryDelay > 0,
    ...(retryDelay > 0 && { retryDelayMax: Math.max(retryDelay, Math.ceil(options.backoffMaxMs / 1000)) }),
    expireInSeconds: Math.max(1, Math.ceil(options.leaseMs / 1000)),
    // A worker heartbeats its jobs: those of a process that died are handed over within seconds, not after the lease.
    heartbeatSeconds: JOB_HEARTBEAT_SECONDS,
    deadLetter: MAIL_DEAD_QUEUE,
    // A committed mail wakes the workers of every process at once.
    notify: true,
    // A mail nobody could deliver for two weeks (no process works jobs) is still a mail: kept for a month.
    retentionSeconds: 30 * 24 * 3600,
  };
}

/** Dead letters wait for the worker that marks their mails DEAD, and are kept a month after. */
export const MAIL_DEAD_QUEUE_OPTIONS: Omit<Queue, 'name'> = { retryLimit: 5, retentionSeconds: 30 * 24 * 3600, deleteAfterSeconds: 30 * 24 * 3600 };
