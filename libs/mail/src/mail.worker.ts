import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Language } from '@app/common';
import { MailStatus } from './mail-status.enum';
import { backoffDelayMs, MAIL_WORKER_OPTIONS, MailWorkerOptions } from './mail-options';
import { listenerClientConfig, MailOutboxListener } from './mail-outbox.listener';
import { MailTransport } from './mail-transport';
import { renderMail } from './templates';

/** A mail claimed by this worker; `lockedUntil` (whole milliseconds, as a JS Date holds it) identifies the claim. */
interface ClaimedMail {
  id: string;
  messageId: string;
  recipient: string;
  language: Language;
  template: string;
  params: Record<string, string>;
  attempts: number;
  createdAt: Date;
  lockedUntil: Date;
}

export interface MailPassResult {
  sent: number;
  failed: number;
}

const MAX_ERROR_LENGTH = 1_000;

/**
 * Delivers the outbox. Each pass claims due mails with a lease (FOR UPDATE SKIP LOCKED, so
 * workers in several processes never take the same mail), sends them, and records the outcome.
 * A worker that dies mid-delivery leaves its mails SENDING until the lease runs out; the next
 * pass then sends them again under the same Message-ID: at most one duplicate, recognisably the same.
 *
 * A running worker also LISTENs for the notification `MailService.enqueue` sends on commit, so a
 * mail queued in any process goes out at once; the poll stays for retries and missed notifications.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = true;
  /** A pass is in flight (from its timer firing until it is done). */
  private passing = false;
  /** A wake-up came during the pass in flight: run one more right after it. */
  private wakeRequested = false;
  private listener?: MailOutboxListener;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    @Inject(MAIL_WORKER_OPTIONS) private readonly options: MailWorkerOptions,
  ) {}

  onApplicationBootstrap(): void {
    if (this.options.worker) this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
    this.transport.close();
  }

  /** Polls every pollIntervalMs, and at once when a mail is queued, until stop(). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.listener ??= new MailOutboxListener(listenerClientConfig(this.dataSource.options), () => this.wake(), this.logger);
    this.listener.start();
    this.schedule(0);
  }

  /** Stops polling and listening, and waits for the pass in flight, so no mail is left half-recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.listener?.stop();
    await this.running;
  }

  /**
   * Runs a pass now, or right after the one in flight: however many mails a burst queues, one pass
   * runs at a time and at most one more follows it.
   */
  private wake(): void {
    if (this.stopped) return;
    if (this.passing) {
      this.wakeRequested = true;
      return;
    }
    clearTimeout(this.timer);
    this.schedule(0);
  }

  /** One pass: claims up to batchSize due mails and delivers them. */
  async runOnce(): Promise<MailPassResult> {
    const claimed = await this.claim();
    const outcomes = await Promise.all(claimed.map((mail) => this.deliver(mail)));
    return { sent: outcomes.filter(Boolean).length, failed: outcomes.filter((ok) => !ok).length };
  }

  /** Passes until nothing is due any more (mails waiting for a later attempt stay). */
  async drain(): Promise<MailPassResult> {
    const total = { sent: 0, failed: 0 };
    for (;;) {
      const pass = await this.runOnce();
      total.sent += pass.sent;
      total.failed += pass.failed;
      if (pass.sent + pass.failed === 0) return total;
    }
  }

  /** Takes due mails, and mails whose worker lost its lease, for leaseMs. Each claim counts as an attempt. */
  async claim(limit = this.options.batchSize): Promise<ClaimedMail[]> {
    const rows: Record<string, any>[] = await this.dataSource.query(
      // As a CTE, so that the driver hands back the rows (a bare UPDATE gives [rows, count]).
      `WITH claimed AS (
       UPDATE mail_outbox
          SET status = 'SENDING', attempts = attempts + 1, locked_until = date_trunc('milliseconds', now() + make_interval(secs => $1::double precision / 1000))
        WHERE id IN (
          SELECT id FROM mail_outbox
           WHERE (status = 'PENDING' AND next_attempt_at <= now())
              OR (status = 'SENDING' AND locked_until < now())
           ORDER BY next_attempt_at
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
        RETURNING id, message_id, recipient, language, template, params, attempts, created_at, locked_until)
       SELECT * FROM claimed`,
      [this.options.leaseMs, limit],
    );
    return rows.map((row) => ({
      id: row.id,
      messageId: row.message_id,
      recipient: row.recipient,
      language: row.language,
      template: row.template,
      params: row.params,
      attempts: row.attempts,
      createdAt: row.created_at,
      lockedUntil: row.locked_until,
    }));
  }

  private async deliver(mail: ClaimedMail): Promise<boolean> {
    try {
      const rendered = renderMail(mail.template, mail.language, mail.params);
      await this.transport.send(
        { ...rendered, id: mail.id, createdAt: mail.createdAt, to: mail.recipient, messageId: mail.messageId, language: mail.language },
        AbortSignal.timeout(Math.floor(this.options.leaseMs / 2)),
      );
    } catch (error) {
      await this.recordFailure(mail, error);
      return false;
    }
    // Sent is sent: recorded even if the lease ran out meanwhile. The first sent_at stays.
    await this.dataSource.query(
      `UPDATE mail_outbox SET status = 'SENT', sent_at = COALESCE(sent_at, now()), locked_until = NULL, last_error = NULL WHERE id = $1`,
      [mail.id],
    );
    return true;
  }

  private async recordFailure(mail: ClaimedMail, error: unknown): Promise<void> {
    const message = errorMessage(error);
    const dead = mail.attempts >= this.options.maxAttempts;
    // Only while this claim still holds: a worker that took the mail over owns its outcome.
    await this.dataSource.query(
      `UPDATE mail_outbox
          SET status = $2, next_attempt_at = now() + make_interval(secs => $3::double precision / 1000), locked_until = NULL, last_error = $4
        WHERE id = $1 AND status = 'SENDING' AND locked_until = $5`,
      [mail.id, dead ? MailStatus.DEAD : MailStatus.PENDING, dead ? 0 : backoffDelayMs(mail.attempts, this.options), message, mail.lockedUntil],
    );
    const line = `Mail ${mail.id} (${mail.template}) attempt ${mail.attempts} failed: ${message}`;
    if (dead) this.logger.error(`${line}; gave up after ${mail.attempts} attempts`);
    else this.logger.warn(line);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.passing = true;
      this.wakeRequested = false;
      this.running = this.drain()
        .catch((error: unknown) => this.logger.error(`Mail worker pass failed: ${errorMessage(error)}`))
        .finally(() => {
          this.passing = false;
          this.schedule(this.wakeRequested ? 0 : this.options.pollIntervalMs);
        });
    }, delayMs);
    this.timer.unref();
  }
}

/** The error's own message only (SMTP reply or network error): never the mail's content. */
function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}
