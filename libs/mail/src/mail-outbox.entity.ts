import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Language } from '@app/common';
import { MailStatus } from './mail-status.enum';

/**
 * One mail: inserted in the same transaction as the change that causes it, together with the
 * pg-boss job that delivers it (MailWorker). The record of the mail, its status and attempts, for
 * coordinators. Holds template parameters (links, references, organization names), never the
 * rendered body and never data about victims.
 */
@Entity('mail_outbox')
// Dead mails newest first (undeliveredMails), and mails of the previous version still to be queued.
@Index('ix_mail_outbox_status_created_at', ['status', 'createdAt'])
export class MailOutbox {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_mail_outbox' })
  id: string;

  /** Chosen by the caller (`invitation:<id>`): enqueueing the same key twice queues one mail. */
  @Index('uq_mail_outbox_idempotency_key', { unique: true })
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey: string;

  /** `<uuid@at-portal>`, fixed at enqueue: a resend after a crash is recognisably the same message. */
  @Index('uq_mail_outbox_message_id', { unique: true })
  @Column({ name: 'message_id', type: 'varchar', length: 200 })
  messageId: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'enum', enum: Language, enumName: 'mail_language' })
  language: Language;

  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'jsonb' })
  params: Record<string, string>;

  /** The pg-boss job delivering the mail (a retry queues a new one); null for mails queued by the previous version's outbox. */
  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId: string | null;

  @Column({ type: 'enum', enum: MailStatus, enumName: 'mail_status', default: MailStatus.PENDING })
  status: MailStatus;

  /** Delivery attempts started since the mail was queued or last retried. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Kept from the previous version's outbox; pg-boss now holds when the next attempt is due. */
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt: Date;

  /** Kept from the previous version's outbox (its lease); pg-boss now holds the job's expiry. Always null. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** The process (host:pid) that took the latest delivery attempt. */
  @Column({ name: 'attempted_by', type: 'varchar', length: 200, nullable: true })
  attemptedBy: string | null;

  /** What the SMTP server answered when it accepted the mail ("250 ... queued as ..."), recorded at once with SENT. */
  @Column({ name: 'smtp_response', type: 'varchar', length: 1000, nullable: true })
  smtpResponse: string | null;

  /** The SMTP error of the last failed attempt; never message content. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
