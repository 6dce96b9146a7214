import { INestApplication, Logger, LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { Language } from '@app/common';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { dataSourceOptions, freePort } from '@app/database';
import { JOB_QUEUE_APPLICATION_NAME, JobsModule } from '@app/jobs';
import { EnqueueMail, MAIL_QUEUE, MailModule, MailOutbox, MailService } from '@app/mail';
import { ADMIN_URL_VAR, quoteIdent } from './setup/test-cluster';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { TestSmtpServer } from './utils/test-smtp-server';
import { PORTAL_ENTITIES } from '../apps/shared/entities';

/** Far longer than any test waits: whatever arrives came because the worker was woken. */
const POLL_INTERVAL_MS = 60_000;
/** "Promptly": what the benchmark's referral → SMTP latency may take at most. */
const PROMPTLY_MS = 2_000;

let counter = 0;
function invitation(): EnqueueMail<'invitation'> {
  const n = ++counter;
  return {
    to: `pozvana.${n}@example.org`,
    language: Language.SR,
    template: 'invitation',
    params: { inviterOrganization: 'ASTRA', link: `https://portal.example/invite?t=${n}`, expiresAt: '2026-03-15T13:00:00Z' },
    idempotencyKey: `invitation:wakeup:${n}`,
  };
}

/** What the app logs, so that a test can read the job queue's warnings. */
class RecordingLogger implements LoggerService {
  readonly lines: { level: string; message: string }[] = [];
  log = (message: unknown) => this.record('log', message);
  warn = (message: unknown) => this.record('warn', message);
  error = (message: unknown) => this.record('error', message);
  debug = () => undefined;
  verbose = () => undefined;

  private record(level: string, message: unknown): void {
    this.lines.push({ level, message: String(message) });
  }
}

async function until<T>(what: string, withinMs: number, probe: () => Promise<T | undefined> | T | undefined): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs} ms`);
    await sleep(25);
  }
}

describe('the mail worker wakes up when a mail is queued (pg-boss LISTEN/NOTIFY)', () => {
  let db: TestDatabase;
  let smtp: TestSmtpServer;
  let app: INestApplication;
  let mail: MailService;
  let closed = false;
  const logger = new RecordingLogger();

  /** The job queue's listening backend, once it has run its LISTEN (or, later, its heartbeat, which checks it still listens). */
  const listener = async (): Promise<{ pid: number } | undefined> => {
    const [row] = await db.dataSource.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND (query LIKE 'LISTEN %' OR query LIKE '%pg_listening_channels()%')`,
      [JOB_QUEUE_APPLICATION_NAME],
    );
    return row;
  };

  const mailJobs = async (idempotencyKey: string): Promise<number> => {
    const [{ n }] = await db.dataSource.query(
      `SELECT count(*)::int AS n FROM pgboss.job j JOIN mail_outbox m ON m.id = (j.data->>'id')::uuid WHERE j.name = $1 AND m.idempotency_key = $2`,
      [MAIL_QUEUE, idempotencyKey],
    );
    return n;
  };

  /** Queues in a transaction of another connection pool than the app's, as the admin process would. */
  const queueCommitted = async () => {
    const queued = await db.dataSource.transaction((manager) => mail.enqueue(manager, invitation()));
    return { queued, committedAt: Date.now() };
  };

  const arrival = (messageId: string, withinMs: number) => until(`mail ${messageId} at the SMTP server`, withinMs, () => smtp.received.find((m) => m.messageId === messageId));

  beforeAll(async () => {
    Logger.overrideLogger(logger);
    db = await createTestDatabase();
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(db.url, { entities: PORTAL_ENTITIES, poolSize: 2 }), logging: ['error'] }),
        JobsModule.forRoot({ work: true }),
        MailModule.forRoot({ worker: true, pollIntervalMs: POLL_INTERVAL_MS }),
      ],
    })
      .overrideProvider(AppConfig)
      .useValue(loadConfig({ SMTP_URL: smtp.url }))
      .setLogger(logger)
      .compile();
    app = moduleRef.createNestApplication();
    await app.init();
    mail = app.get(MailService);
    await until('the listener', 5_000, listener);
    // The worker's first fetch (at start) is behind it: from now on only a notification delivers at once.
    await sleep(500);
  });

  afterAll(async () => {
    if (!closed) await app?.close();
    await smtp?.stop();
    await db?.drop();
  });

  it('delivers a mail within seconds of its commit, without waiting for the next poll', async () => {
    const { queued, committedAt } = await queueCommitted();
    await arrival(queued.messageId, PROMPTLY_MS);
    expect(Date.now() - committedAt).toBeLessThan(PROMPTLY_MS);
  });

  it('delivers a burst of mails queued at once, each exactly once', async () => {
    const burst = await Promise.all(Array.from({ length: 20 }, () => queueCommitted()));
    for (const { queued } of burst) await arrival(queued.messageId, 5_000);
    const ids = new Set(burst.map(({ queued }) => queued.messageId));
    expect(smtp.messageIds().filter((id) => ids.has(id))).toHaveLength(20);
  });

  it('delivers a burst of 1,000 mails, each exactly once under its own Message-ID', async () => {
    const before = smtp.received.length;
    // Ten transactions of 100 mails each, one after the other (the test's pool has two connections).
    const queued: MailOutbox[] = [];
    for (let t = 0; t < 10; t++) {
      await db.dataSource.transaction(async (manager) => {
        for (let i = 0; i < 100; i++) queued.push(await mail.enqueue(manager, invitation()));
      });
    }
    const ids = new Set(queued.map((m) => m.messageId));
    expect(ids.size).toBe(1_000);
    await until('1,000 mails at the SMTP server', 90_000, () => (smtp.received.length - before >= 1_000 ? true : undefined));
    await sleep(1_000); // a second delivery of any of them would have arrived by now
    const received = smtp.messageIds().slice(before);
    expect(received).toHaveLength(1_000);
    expect(new Set(received)).toEqual(ids);
  }, 120_000);

  it('never delivers, nor queues a job for, a mail whose transaction rolled back', async () => {
    const rolledBack = invitation();
    await expect(
      db.dataSource.transaction(async (manager) => {
        await mail.enqueue(manager, rolledBack);
        throw new Error('the caller changed its mind');
      }),
    ).rejects.toThrow('the caller changed its mind');
    // A committed mail afterwards: once it has arrived, the rolled-back one would have, too.
    const { queued } = await queueCommitted();
    await arrival(queued.messageId, PROMPTLY_MS);

    expect(smtp.received.filter((m) => m.to.includes(rolledBack.to))).toEqual([]);
    expect(await db.dataSource.getRepository(MailOutbox).countBy({ idempotencyKey: rolledBack.idempotencyKey })).toBe(0);
    expect(await db.dataSource.query(`SELECT 1 FROM pgboss.job WHERE name = $1 AND data->>'id' NOT IN (SELECT id::text FROM mail_outbox)`, [MAIL_QUEUE])).toEqual([]);
  });

  it('queues no second job when the same idempotency key is queued again', async () => {
    const again = invitation();
    await db.dataSource.transaction((manager) => mail.enqueue(manager, again));
    await db.dataSource.transaction((manager) => mail.enqueue(manager, again));
    expect(await mailJobs(again.idempotencyKey)).toBe(1);
  });

  it('delivers promptly again after its listening connection was killed, once it has reconnected', async () => {
    const { pid } = (await listener())!;
    await db.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await until('the listener back', 10_000, async () => {
      const row = await listener();
      return row && row.pid !== pid ? row : undefined;
    });
    await sleep(500);

    const { queued, committedAt } = await queueCommitted();
    await arrival(queued.messageId, PROMPTLY_MS);
    expect(Date.now() - committedAt).toBeLessThan(PROMPTLY_MS);
  });

  it('rides out a database that refuses connections for a while, and delivers what is queued after it', async () => {
    const admin = new Client({ connectionString: process.env[ADMIN_URL_VAR] });
    await admin.connect();
    try {
      const { pid } = (await listener())!;
      await admin.query(`ALTER DATABASE ${quoteIdent(db.name)} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      await sleep(1_500);
      await admin.query(`ALTER DATABASE ${quoteIdent(db.name)} ALLOW_CONNECTIONS true`);
      await until('the listener back', 15_000, async () => {
        const row = await listener();
        return row && row.pid !== pid ? row : undefined;
      });
    } finally {
      await admin.query(`ALTER DATABASE ${quoteIdent(db.name)} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    // No stack traces in what the outage logged.
    expect(logger.lines.filter((line) => /\n\s+at /.test(line.message))).toEqual([]);

    const { queued } = await queueCommitted();
    await arrival(queued.messageId, PROMPTLY_MS * 2);
  });

  it('closes the job queue\'s connections when the app stops', async () => {
    await app.close();
    closed = true;
    await until('the job queue gone', 5_000, async () => {
      const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [
        JOB_QUEUE_APPLICATION_NAME,
      ]);
      return n === 0 ? true : undefined;
    });
  });
});
