import { Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Language } from '@app/common';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { dataSourceOptions, freePort } from '@app/database';
import { JobQueue, JobsModule } from '@app/jobs';
import { DEFAULT_MAIL_WORKER_OPTIONS, MAIL_DEAD_QUEUE, MAIL_QUEUE, EnqueueMail, MailModule, MailOutbox, MailService, MailStatus, MailTransport, MailWorker, MailWorkerOptions, renderMail } from '@app/mail';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { decodeWords, parseHeaders, TestSmtpServer } from './utils/test-smtp-server';
import { PORTAL_ENTITIES } from '../apps/shared/entities';

const EXPIRES = '2026-03-15T13:00:00Z';

function invitation(to: string, key: string, language = Language.EN): EnqueueMail<'invitation'> {
  return { to, language, template: 'invitation', params: { inviterOrganization: 'ASTRA', link: 'https://portal.example/invite?t=abc', expiresAt: EXPIRES }, idempotencyKey: key };
}

describe('mail (queued in the caller\'s transaction, delivered through pg-boss over real SMTP)', () => {
  let db: TestDatabase;
  let smtp: TestSmtpServer;
  let transport: MailTransport;
  let queue: JobQueue;
  let sut: MailService;

  /** A worker driven by hand; the mail queue takes its options (retries, backoff, lease), which mails queued afterwards keep. */
  const workerWith = async (options: Partial<MailWorkerOptions> = {}, via = transport) => {
    const worker = new MailWorker(db.dataSource, via, queue, { ...DEFAULT_MAIL_WORKER_OPTIONS, worker: false, leaseMs: 2_000, backoffBaseMs: 0, ...options });
    await worker.prepare();
    return worker;
  };

  /** The pg-boss jobs of a queue, as the database holds them. */
  const jobs = (name: string): Promise<{ id: string; state: string; start_after: Date; data: { id: string } }[]> =>
    db.dataSource.query(`SELECT id, state, start_after, data FROM pgboss.job WHERE name = $1`, [name]);

  const committed = (...mails: EnqueueMail<'invitation'>[]) =>
    db.dataSource.transaction(async (manager) => {
      const rows: MailOutbox[] = [];
      for (const mail of mails) rows.push(await sut.enqueue(manager, mail));
      return rows;
    });

  const row = (id: string) => db.dataSource.getRepository(MailOutbox).findOneByOrFail({ id });

  beforeAll(async () => {
    Logger.overrideLogger(false); // the worker's warnings about the SMTP server we stop on purpose
    db = await createTestDatabase();
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    transport = new MailTransport(loadConfig({ SMTP_URL: smtp.url, MAIL_FROM: 'AT mreža <no-reply@at-portal.test>' }));
    queue = new JobQueue(db.dataSource, { work: false });
    await queue.start();
    sut = new MailService(db.dataSource, queue);
  });

  beforeEach(async () => {
    await db.dataSource.query('DELETE FROM mail_outbox');
    await db.dataSource.query('DELETE FROM pgboss.job');
    await workerWith();
    smtp.received = [];
  });

  afterAll(async () => {
    await queue?.stop();
    transport?.close();
    await smtp?.stop();
    await db?.drop();
  });

  it("delivers a queued mail in the recipient's language, with the Message-ID stored at enqueue", async () => {
    const [sr, en] = await committed(invitation('ana@example.org', 'invitation:sr', Language.SR), invitation('bob@example.org', 'invitation:en', Language.EN));
    expect(sr.messageId).toMatch(/^<[0-9a-f-]{36}@at-portal>$/);

    expect(await (await workerWith()).drain()).toEqual({ sent: 2, failed: 0 });

    const bySr = smtp.received.find((mail) => mail.messageId === sr.messageId);
    const byEn = smtp.received.find((mail) => mail.messageId === en.messageId);
    expect(bySr).toEqual({ messageId: sr.messageId, to: ['ana@example.org'], subject: 'Poziv na portal AT mreže', contentLanguage: 'sr' });
    expect(byEn).toEqual({ messageId: en.messageId, to: ['bob@example.org'], subject: renderMail('invitation', Language.EN, invitation('', '').params).subject, contentLanguage: 'en' });
    // With the server's acceptance and the process that sent it: what to look up in the mail server's log.
    expect(await row(sr.id)).toMatchObject({
      status: MailStatus.SENT,
      attempts: 1,
      lockedUntil: null,
      sentAt: expect.any(Date),
      smtpResponse: expect.stringMatching(/^250 /),
      attemptedBy: `${hostname()}:${process.pid}`,
    });
  });

  it('never sends a mail queued in a transaction that rolled back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await sut.enqueue(manager, invitation('ana@example.org', 'invitation:rolled-back'));
        throw new Error('the change that caused the mail failed');
      }),
    ).rejects.toThrow('failed');

    expect(await (await workerWith()).drain()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received).toEqual([]);
    expect(await db.dataSource.getRepository(MailOutbox).count()).toBe(0);
    // Its job rolled back with it.
    expect(await jobs(MAIL_QUEUE)).toEqual([]);
  });

  it('queues one mail for one idempotency key, however often the calling code runs', async () => {
    const [first] = await committed(invitation('ana@example.org', 'invitation:42'));
    const [again] = await committed(invitation('ana@example.org', 'invitation:42'));
    expect(again.id).toBe(first.id);
    expect(again.messageId).toBe(first.messageId);

    expect(await jobs(MAIL_QUEUE)).toHaveLength(1);
    await (await workerWith()).drain();
    expect(smtp.messageIds()).toEqual([first.messageId]);
  });

  it('keeps mails waiting with growing backoff while the SMTP server is down, and delivers each exactly once when it is back', async () => {
    const worker = await workerWith({ backoffBaseMs: 1_000, backoffMaxMs: 10_000, maxAttempts: 5 });
    await smtp.stop();
    try {
      const mails = await committed(...['a', 'b', 'c'].map((n) => invitation(`${n}@example.org`, `invitation:down:${n}`)));

      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3 });
      const waiting = await row(mails[0].id);
      expect(waiting).toMatchObject({ status: MailStatus.PENDING, attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED/) });
      expect(waiting.lastError).not.toContain('a@example.org');
      const firstWait = Math.min(...(await jobs(MAIL_QUEUE)).map((job) => job.start_after.getTime())) - Date.now();
      // Inside the backoff nothing is due: the worker does not hammer a server that is down.
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });

      await sleep(Math.max(...(await jobs(MAIL_QUEUE)).map((job) => job.start_after.getTime())) - Date.now() + 100);
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 3 });
      expect((await row(mails[0].id)).attempts).toBe(2);
      // The second wait (1 to 2 s) is longer than the first (0.5 to 1 s).
      const secondWait = Math.min(...(await jobs(MAIL_QUEUE)).map((job) => job.start_after.getTime())) - Date.now();
      expect(secondWait).toBeGreaterThan(firstWait);
      expect(await worker.runOnce()).toEqual({ sent: 0, failed: 0 });
    } finally {
      await smtp.start();
    }
    await sleep(Math.max(...(await jobs(MAIL_QUEUE)).map((job) => job.start_after.getTime())) - Date.now() + 100);
    expect(await worker.drain()).toEqual({ sent: 3, failed: 0 });
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 });
    expect(smtp.received.map((mail) => mail.to[0]).sort()).toEqual(['a@example.org', 'b@example.org', 'c@example.org']);
    expect(new Set(smtp.messageIds()).size).toBe(3);
  });

  it('resumes the mails of a worker killed mid-delivery once its lease runs out, resending under the same Message-ID', async () => {
    const crashedWorker = await workerWith({ leaseMs: 1_000 });
    const [unsent, sentButNotRecorded] = await committed(invitation('a@example.org', 'invitation:crash:a'), invitation('b@example.org', 'invitation:crash:b'));
    // The crashed worker took both, got one through SMTP, and died before recording anything.
    const crashed = await crashedWorker.claim();
    expect(crashed).toHaveLength(2);
    const claimed = crashed.find((mail) => mail.id === sentButNotRecorded.id)!;
    const rendered = renderMail('invitation', claimed.language, claimed.params);
    await transport.send({ ...rendered, id: claimed.id, createdAt: claimed.createdAt, to: claimed.recipient, messageId: claimed.messageId, language: claimed.language });

    const next = await workerWith();
    expect(await next.runOnce()).toEqual({ sent: 0, failed: 0 }); // the lease still holds
    await sleep(1_100);
    // pg-boss's supervisor (every few seconds in a process that works jobs) hands expired jobs back.
    await queue.supervise(MAIL_QUEUE);
    expect(await next.drain()).toEqual({ sent: 2, failed: 0 });

    expect(smtp.messageIds().filter((id) => id === unsent.messageId)).toHaveLength(1);
    // At most one duplicate, and a mail client sees it is the same message.
    expect(smtp.messageIds().filter((id) => id === sentButNotRecorded.messageId)).toHaveLength(2);
    expect(await row(unsent.id)).toMatchObject({ status: MailStatus.SENT, attempts: 2 });
  });

  it('never sends one mail twice when two workers drain the outbox at the same time', async () => {
    const mails = await committed(...Array.from({ length: 20 }, (_, i) => invitation(`m${i}@example.org`, `invitation:parallel:${i}`)));
    const [first, second] = [await workerWith({ batchSize: 3 }), await workerWith({ batchSize: 3 })];
    const [one, two] = await Promise.all([first.drain(), second.drain()]);
    expect(one.sent + two.sent).toBe(20);
    expect(smtp.messageIds().sort()).toEqual(mails.map((mail) => mail.messageId).sort());
  });

  it('marks a mail DEAD after the last attempt, shows it to coordinators, and delivers it on retry', async () => {
    const worker = await workerWith({ maxAttempts: 2 });
    const [mail] = await committed(invitation('ana@example.org', 'invitation:dead'));
    await smtp.stop();
    try {
      await worker.runOnce();
      await worker.runOnce();
    } finally {
      await smtp.start();
    }
    expect(await row(mail.id)).toMatchObject({ status: MailStatus.DEAD, attempts: 2, lastError: expect.stringMatching(/ECONNREFUSED/) });
    // pg-boss moved its job to the dead-letter queue.
    expect((await jobs(MAIL_DEAD_QUEUE)).map((job) => job.data.id)).toEqual([mail.id]);
    expect(await worker.drain()).toEqual({ sent: 0, failed: 0 }); // dead mails stay put

    const dead = await sut.listDead({ first: 10 });
    expect(dead.totalCount).toBe(1);
    expect(dead.edges.map((edge) => edge.node.id)).toEqual([mail.id]);

    expect(await sut.retry(mail.id)).toMatchObject({ status: MailStatus.PENDING, attempts: 0 });
    expect(await worker.drain()).toEqual({ sent: 1, failed: 0 });
    expect(smtp.messageIds()).toEqual([mail.messageId]);
    expect((await sut.listDead({ first: 10 })).totalCount).toBe(0);

    await expect(sut.retry(mail.id)).rejects.toMatchObject({ code: 'MAIL_NOT_DEAD', kind: 'CONFLICT' });
    await expect(sut.retry('00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ code: 'MAIL_NOT_FOUND', kind: 'NOT_FOUND' });
  });

  it('refuses to queue a mail to something that is not an e-mail address, or with unusable parameters', async () => {
    await expect(committed(invitation('not-an-address', 'invitation:bad'))).rejects.toMatchObject({ kind: 'BAD_USER_INPUT', fields: [{ field: 'to', reason: expect.any(String) }] });
    await expect(committed({ ...invitation('ana@example.org', 'invitation:bad'), params: { inviterOrganization: 'ASTRA', link: 'javascript:alert(1)', expiresAt: EXPIRES } })).rejects.toThrow(/http/);
    expect(await db.dataSource.getRepository(MailOutbox).count()).toBe(0);
  });

  it('writes mails as .eml files under DATA_DIR/mail and logs subject and recipient when no SMTP_URL is set', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atnp-mail-'));
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const files = new MailTransport(loadConfig({ DATA_DIR: dataDir }));
    try {
      const [mail] = await committed(invitation('ana@example.org', 'invitation:file', Language.SR));
      expect(await (await workerWith({}, files)).drain()).toEqual({ sent: 1, failed: 0 });

      const written = readdirSync(join(dataDir, 'mail'));
      expect(written).toEqual([expect.stringMatching(new RegExp(`-${mail.id}\\.eml$`))]);
      const eml = readFileSync(join(dataDir, 'mail', written[0]), 'utf8');
      expect(parseHeaders(eml)['message-id']).toBe(mail.messageId);
      expect(decodeWords(parseHeaders(eml).subject)).toBe('Poziv na portal AT mreže');
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/"Poziv na portal AT mreže" to ana@example\.org written to .*\.eml/));
      expect(smtp.received).toEqual([]);
    } finally {
      log.mockRestore();
      files.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('security: mails written as files, which hold set-password links, are readable by their owner only (files 0600, folder 0700)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'atnp-mail-'));
    // A folder an earlier version made, readable by everyone on the machine.
    mkdirSync(join(dataDir, 'mail'), { mode: 0o755 });
    chmodSync(join(dataDir, 'mail'), 0o755);
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const files = new MailTransport(loadConfig({ DATA_DIR: dataDir }));
    const umask = process.umask(0o022);
    try {
      await committed(invitation('ana@example.org', 'invitation:private', Language.SR));
      expect(await (await workerWith({}, files)).drain()).toEqual({ sent: 1, failed: 0 });
      const [written] = readdirSync(join(dataDir, 'mail'));
      expect((statSync(join(dataDir, 'mail', written)).mode & 0o777).toString(8)).toBe('600');
      expect((statSync(join(dataDir, 'mail')).mode & 0o777).toString(8)).toBe('700');
    } finally {
      process.umask(umask);
      log.mockRestore();
      files.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('delivers in the background when the app runs MailModule with its worker', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(db.url, { entities: PORTAL_ENTITIES, poolSize: 2 }), logging: ['error'] }),
        JobsModule.forRoot({ work: true }),
        MailModule.forRoot({ worker: true, pollIntervalMs: 500 }),
      ],
    })
      .overrideProvider(AppConfig)
      .useValue(loadConfig({ SMTP_URL: smtp.url }))
      .compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    try {
      const [mail] = await committed(invitation('ana@example.org', 'invitation:background'));
      for (let waited = 0; waited < 3_000 && smtp.received.length === 0; waited += 50) await sleep(50);
      expect(smtp.messageIds()).toEqual([mail.messageId]);
    } finally {
      await app.close();
    }
  });

  it('lets the mails it is sending finish when the app stops, and records them SENT', async () => {
    let sending!: () => void;
    const started = new Promise<void>((resolve) => (sending = resolve));
    // An SMTP server slow to answer: the app is asked to stop while the mail is on its way.
    const slow: Pick<MailTransport, 'send' | 'close'> = {
      send: async (mail, signal) => {
        sending();
        await sleep(1_500);
        return transport.send(mail, signal);
      },
      close: () => undefined,
    };
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(db.url, { entities: PORTAL_ENTITIES, poolSize: 2 }), logging: ['error'] }),
        JobsModule.forRoot({ work: true }),
        MailModule.forRoot({ worker: true, pollIntervalMs: 500 }),
      ],
    })
      .overrideProvider(AppConfig)
      .useValue(loadConfig({ SMTP_URL: smtp.url }))
      .overrideProvider(MailTransport)
      .useValue(slow)
      .compile();
    const app = moduleRef.createNestApplication();
    await app.init();
    const [mail] = await committed(invitation('ana@example.org', 'invitation:graceful'));
    await started;
    await app.close();

    expect(smtp.messageIds()).toEqual([mail.messageId]);
    expect(await row(mail.id)).toMatchObject({ status: MailStatus.SENT });
    expect((await jobs(MAIL_QUEUE)).map((job) => job.state)).toEqual(['completed']);
  });
});
