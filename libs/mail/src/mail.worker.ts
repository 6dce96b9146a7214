import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { Language } from '@app/common';
import { JobAttempt, JobQueue, JobWithMetadata } from '@app/jobs';
import { MAIL_DEAD_QUEUE, MAIL_DEAD_QUEUE_OPTIONS, MAIL_QUEUE, MAIL_WORKER_OPTIONS, MailWorkerOptions, mailQueueOptions } from './mail-options';
import { MailJobData, queueMailJob } from './mail.service';
import { MailTransport } from './mail-transport';
import { renderMail } from './templates';

/** A mail taken for delivery: its pg-boss job (the attempt) and its mail_outbox row. */
export interface ClaimedMail {
  job: JobAttempt;
  id: string;
  messageId: string;
  recipient: string;
  language: Language;
  template: string;
  params: Record<string, string>;
  attempts: number;
  createdAt: Date;
}

export interface MailPassResult {
  sent: number;
  failed: number;
}

type Outcome = 'sent' | 'failed' | 'skipped';

const MAX_ERROR_LENGTH = 1_000;
const MAX_RESPONSE_LENGTH = 1_000;
/** This process, as a mail's `attempted_by` names it. */
export const MAIL_WORKER_PROCESS = `${hostname()}:${process.pid}`.slice(0, 200);
/** Mails of the previous version's outbox queued per transaction at start. */
const ADOPT_BATCH = 500;

/**
 * Delivers mail from the pg-boss queue `mail`. pg-boss hands each job to one worker of one process
 * (SKIP LOCKED), retries a failed one with exponential backoff, hands the job of a worker that died
 * to another once it expires (`leaseMs`), and after `maxAttempts` moves it to the dead-letter queue
 * `mail-dead`, whose worker marks the mail DEAD for coordinators. mail_outbox keeps the record:
 * status, attempts, last error, and the Message-ID fixed at enqueue, under which a mail resent
 * after a crash is recognisably the same one.
 *
 * In a process that works jobs it runs in the background (woken by pg-boss's NOTIFY when a mail is
 * committed); tests drive it with `runOnce()`/`drain()` instead.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(MailWorker.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly queue: JobQueue,
    @Inject(MAIL_WORKER_OPTIONS) private readonly options: MailWorkerOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.options.worker && this.queue.works(MAIL_QUEUE)) await this.start();
  }

  /** Lets the mails being sent finish (the queue stops gracefully) before the SMTP transport closes. */
  async onModuleDestroy(): Promise<void> {
    await this.queue.stop();
    this.transport.close();
  }

  /** Brings the mail queues' options (retries, backoff, lease, dead letters) in step with this worker's. */
  async prepare(): Promise<void> {
    await this.queue.ensureQueue(MAIL_DEAD_QUEUE, MAIL_DEAD_QUEUE_OPTIONS);
    await this.queue.ensureQueue(MAIL_QUEUE, mailQueueOptions(this.options));
  }

  /** Works the mail queue and its dead letters in the background, after queueing what the previous version left. */
  async start(): Promise<void> {
    await this.prepare();
    await this.adoptUnqueued();
    const pollingIntervalSeconds = Math.max(0.5, this.options.pollIntervalMs / 1000);
    const polling = { pollingIntervalSeconds, notifyPollingIntervalSeconds: Math.max(30, pollingIntervalSeconds) };
    await this.queue.work<MailJobData>(MAIL_QUEUE, { ...polling, batchSize: this.options.batchSize, burstWhenBatchFull: true, perJobResults: true }, async (jobs) => {
      const claimed = await this.claimJobs(jobs);
      return Promise.all(
        jobs.map(async (job) => {
          const mail = claimed.get(job.id);
          if (!mail) return { id: job.id, status: 'completed' as const };
          const error = await this.deliver(mail);
          return error === undefined ? { id: job.id, status: 'completed' as const } : { id: job.id, status: 'failed' as const, output: { message: error } };
        }),
      );
    });
    await this.queue.work<MailJobData>(MAIL_DEAD_QUEUE, { ...polling, batchSize: 50 }, (jobs) => this.bury(jobs));
  }

  /**
   * Queues a job for each mail the previous version's outbox left undelivered (PENDING, or SENDING
   * by a worker of that version). Rows are locked while queued, so processes starting together queue
   * each mail once.
   */
  async adoptUnqueued(): Promise<number> {
    let adopted = 0;
    for (;;) {
      const count = await this.dataSource.transaction(async (manager) => {
        const rows: { id: string }[] = await manager.query(
          `SELECT id FROM mail_outbox WHERE job_id IS NULL AND status IN ('PENDING', 'SENDING') ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [ADOPT_BATCH],
        );
        for (const { id } of rows) {
          await manager.query(`UPDATE mail_outbox SET status = 'PENDING', locked_until = NULL WHERE id = $1`, [id]);
          await queueMailJob(this.queue, manager, id);
        }
        return rows.length;
      });
      adopted += count;
      if (count < ADOPT_BATCH) break;
    }
    if (adopted > 0) this.logger.log(`Queued ${adopted} mails left undelivered by the previous version`);
    return adopted;
  }

  /** One pass: takes up to batchSize mails, delivers them, and marks the dead-lettered ones DEAD. */
  async runOnce(): Promise<MailPassResult> {
    const claimed = await this.claim();
    const outcomes = await Promise.all(claimed.map((mail) => this.deliverAndSettle(mail)));
    await this.bury(await this.queue.fetch<MailJobData>(MAIL_DEAD_QUEUE, { batchSize: 50 }), true);
    return { sent: outcomes.filter((o) => o === 'sent').length, failed: outcomes.filter((o) => o === 'failed').length };
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

  /** Fetches due mail jobs (each fetch is an attempt, held for leaseMs) and marks their mails SENDING. */
  async claim(limit = this.options.batchSize): Promise<ClaimedMail[]> {
    const jobs = await this.queue.fetch<MailJobData>(MAIL_QUEUE, { batchSize: limit });
    const claimed = await this.claimJobs(jobs);
    // Jobs of mails already sent or gone (a duplicate job, a deleted row) have nothing left to do.
    await Promise.all(jobs.filter((job) => !claimed.has(job.id)).map((job) => this.queue.complete(MAIL_QUEUE, job)));
    return [...claimed.values()];
  }

  private async claimJobs(jobs: JobWithMetadata<MailJobData>[]): Promise<Map<string, ClaimedMail>> {
    const claimed = new Map<string, ClaimedMail>();
    if (jobs.length === 0) return claimed;
    const rows: Record<string, any>[] = await this.dataSource.query(
      `WITH claimed AS (
       UPDATE mail_outbox SET status = 'SENDING', attempts = attempts + 1, attempted_by = $2
        WHERE id = ANY($1::uuid[]) AND status IN ('PENDING', 'SENDING')
        RETURNING id, message_id, recipient, language, template, params, attempts, created_at)
       SELECT * FROM claimed`,
      [jobs.map((job) => job.data.id), MAIL_WORKER_PROCESS],
    );
    const byId = new Map(rows.map((row) => [row.id as string, row]));
    for (const job of jobs) {
      const row = byId.get(job.data.id);
      if (!row) continue;
      byId.delete(job.data.id); // two jobs for one mail: the first takes it
      claimed.set(job.id, {
        job: { id: job.id, retryCount: job.retryCount },
        id: row.id,
        messageId: row.message_id,
        recipient: row.recipient,
        language: row.language,
        template: row.template,
        params: row.params,
        attempts: row.attempts,
        createdAt: row.created_at,
      });
    }
    return claimed;
  }

  private async deliverAndSettle(mail: ClaimedMail): Promise<Outcome> {
    const error = await this.deliver(mail);
    if (error === undefined) {
      await this.queue.complete(MAIL_QUEUE, mail.job);
      return 'sent';
    }
    await this.queue.fail(MAIL_QUEUE, mail.job, { message: error });
    return 'failed';
  }

  /**
   * Sends and records the outcome on the mail; the error's message when it failed. The job is
   * settled after (in the background, with the rest of its batch, in one statement).
   *
   * Delivery is at least once, never exactly once: a process that dies (SIGKILL, power) after the
   * server took the mail at the end of its data and before the statement recording SENT leaves the
   * mail SENDING, and the job, handed to another worker, sends it again under its one Message-ID.
   * No protocol step closes that window (the two generals' problem at SMTP's end of data: the
   * server takes a mail whose 250 the client may never read), so SENT is recorded in one statement
   * the moment the 250 arrives, with nothing else in between, and a mail recorded SENT is never
   * sent again: its job, should it be retried before it was completed, completes without sending.
   */
  private async deliver(mail: ClaimedMail): Promise<string | undefined> {
    let response: string | undefined;
    try {
      const rendered = renderMail(mail.template, mail.language, mail.params);
      response = await this.transport.send(
        { ...rendered, id: mail.id, createdAt: mail.createdAt, to: mail.recipient, messageId: mail.messageId, language: mail.language },
        AbortSignal.timeout(Math.floor(this.options.leaseMs / 2)),
      );
    } catch (error) {
      const message = errorMessage(error);
      await this.dataSource.query(`UPDATE mail_outbox SET status = 'PENDING', last_error = $2 WHERE id = $1 AND status = 'SENDING'`, [mail.id, message]);
      this.logger.warn(`Mail ${mail.id} (${mail.template}) attempt ${mail.attempts} failed: ${message}`);
      return message;
    }
    // Sent is sent: the first sent_at stays. One statement, the moment the server accepted it.
    await this.dataSource.query(`UPDATE mail_outbox SET status = 'SENT', sent_at = COALESCE(sent_at, now()), smtp_response = $2, last_error = NULL WHERE id = $1`, [
      mail.id,
      response?.slice(0, MAX_RESPONSE_LENGTH) ?? null,
    ]);
    return undefined;
  }

  /** Dead letters: their mails are DEAD (unless sent meanwhile), for coordinators to see and retry. */
  private async bury(jobs: JobWithMetadata<MailJobData>[], settle = false): Promise<void> {
    if (jobs.length === 0) return;
    const ids = jobs.map((job) => job.data.id);
    const dead: { id: string; attempts: number }[] = await this.dataSource.query(
      `WITH dead AS (UPDATE mail_outbox SET status = 'DEAD' WHERE id = ANY($1::uuid[]) AND status <> 'SENT' RETURNING id, attempts) SELECT * FROM dead`,
      [ids],
    );
    for (const mail of dead) this.logger.error(`Mail ${mail.id} gave up after ${mail.attempts} attempts`);
    if (settle) await Promise.all(jobs.map((job) => this.queue.complete(MAIL_DEAD_QUEUE, job)));
  }
}

/** The error's own message only (SMTP reply or network error): never the mail's content. */
function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}
