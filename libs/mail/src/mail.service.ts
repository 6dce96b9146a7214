import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Connection, ConnectionArgs, InvalidInputException, isUuid, KeysetOrder, Language, paginate } from '@app/common';
import { JobQueue } from '@app/jobs';
import { MailErrorCode, MailException } from './mail.exception';
import { DEFAULT_MAIL_WORKER_OPTIONS, MAIL_DEAD_QUEUE, MAIL_DEAD_QUEUE_OPTIONS, MAIL_QUEUE, mailQueueOptions } from './mail-options';
import { MailOutbox } from './mail-outbox.entity';
import { MailStatus } from './mail-status.enum';
import { MailTemplateName, MailTemplateParams, renderMail } from './templates';

export interface EnqueueMail<T extends MailTemplateName> {
  to: string;
  language: Language;
  template: T;
  /** Links, references and names of organizations: never data about victims. */
  params: MailTemplateParams<T>;
  /** The same key queues the mail once, however often the calling code runs (`invitation:<user id>`). */
  idempotencyKey: string;
}

/** The data of a mail job: which mail to deliver. */
export interface MailJobData {
  id: string;
}

/** Host part of every Message-ID: stable, so a resent mail is recognisably the same one. */
export const MESSAGE_ID_DOMAIN = 'at-portal';

// Dead mails, newest first. Dates are compared at millisecond precision, the precision a cursor carries.
const DEAD_NEWEST_FIRST: KeysetOrder = {
  sortExpression: `date_trunc('milliseconds', m.created_at)`,
  idExpression: 'm.id',
  keyOf: (m: MailOutbox) => [m.createdAt.toISOString(), m.id],
  direction: 'DESC',
};

/** Creates the mail queues with the default options where they are missing (a worker brings them in step with its own). */
export async function ensureMailQueues(queue: JobQueue): Promise<void> {
  await queue.ensureQueue(MAIL_DEAD_QUEUE, MAIL_DEAD_QUEUE_OPTIONS, { update: false });
  await queue.ensureQueue(MAIL_QUEUE, mailQueueOptions(DEFAULT_MAIL_WORKER_OPTIONS), { update: false });
}

/**
 * Queues a job delivering the mail `id` in the transaction of `manager`, and records it on the
 * mail. pg-boss announces the job (NOTIFY) when that transaction commits, waking the workers.
 */
export async function queueMailJob(queue: JobQueue, manager: EntityManager, id: string): Promise<void> {
  await ensureMailQueues(queue);
  const jobId = randomUUID();
  await queue.send(manager, MAIL_QUEUE, { id } satisfies MailJobData, { id: jobId });
  await manager.query(`UPDATE mail_outbox SET job_id = $2 WHERE id = $1`, [id, jobId]);
}

/** Queues mails in the caller's transaction, and lets coordinators see and retry failed ones. */
@Injectable()
export class MailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
  ) {}

  /**
   * Queues a mail inside the caller's transaction (pass its EntityManager): the mail and the
   * pg-boss job that delivers it exist only if that transaction commits. With an idempotency key
   * already queued, returns that mail unchanged.
   */
  async enqueue<T extends MailTemplateName>(manager: EntityManager, mail: EnqueueMail<T>): Promise<MailOutbox> {
    const to = mail.to.trim();
    if (!isEmail(to) || to.length > 254) throw InvalidInputException.field('to', 'must be an e-mail address');
    if (!mail.idempotencyKey || mail.idempotencyKey.length > 200) throw InvalidInputException.field('idempotencyKey', 'must be 1 to 200 characters');
    // Rendering now fails fast, in the caller's transaction, on a parameter the worker could never send.
    renderMail(mail.template, mail.language, mail.params);

    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(MailOutbox)
      .values({
        idempotencyKey: mail.idempotencyKey,
        messageId: `<${randomUUID()}@${MESSAGE_ID_DOMAIN}>`,
        recipient: to,
        language: mail.language,
        template: mail.template,
        params: { ...mail.params },
      })
      .orIgnore()
      .returning(['id'])
      .execute();
    const id = (inserted.raw as { id: string }[])[0]?.id;
    // A mail already queued under this key queues no second job.
    if (id) await queueMailJob(this.queue, manager, id);
    const repository = manager.getRepository(MailOutbox);
    return id ? repository.findOneByOrFail({ id }) : repository.findOneByOrFail({ idempotencyKey: mail.idempotencyKey });
  }

  /** Mails whose delivery failed for good, newest first: what a coordinator looks at and retries. */
  listDead({ first, after }: ConnectionArgs): Promise<Connection<MailOutbox>> {
    const query = this.dataSource.getRepository(MailOutbox).createQueryBuilder('m').where('m.status = :status', { status: MailStatus.DEAD });
    return paginate(query, DEAD_NEWEST_FIRST, { first, after });
  }

  async get(id: string): Promise<MailOutbox> {
    const mail = isUuid(id) ? await this.dataSource.getRepository(MailOutbox).findOneBy({ id }) : null;
    if (!mail) throw new MailException(MailErrorCode.MAIL_NOT_FOUND);
    return mail;
  }

  /** Sends a DEAD mail again, with a fresh set of attempts: a new job, queued with the change of status. */
  async retry(id: string): Promise<MailOutbox> {
    const mail = await this.get(id);
    await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(MailOutbox)
        .set({ status: MailStatus.PENDING, attempts: 0, lockedUntil: null })
        .where('id = :id AND status = :dead', { id: mail.id, dead: MailStatus.DEAD })
        .execute();
      if (!result.affected) throw new MailException(MailErrorCode.MAIL_NOT_DEAD);
      await queueMailJob(this.queue, manager, mail.id);
    });
    return this.get(mail.id);
  }
}
