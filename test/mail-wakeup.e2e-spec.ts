import { INestApplication, Logger, LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { Language } from '@app/common';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { dataSourceOptions, freePort } from '@app/database';
import { EnqueueMail, MAIL_LISTENER_APPLICATION_NAME, MAIL_OUTBOX_CHANNEL, MailModule, MailOutbox, MailService, MailWorker } from '@app/mail';
import { ADMIN_URL_VAR, quoteIdent } from './setup/test-cluster';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { TestSmtpServer } from './utils/test-smtp-server';

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

/** What the app logs, so that a test can count the listener's warnings. */
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

describe('the mail worker wakes up when a mail is queued', () => {
  let db: TestDatabase;
  let smtp: TestSmtpServer;
  let app: INestApplication;
  let mail: MailService;
  let closed = false;
  const logger = new RecordingLogger();

  /** The listener's backend, once it has run its LISTEN. */
  const listener = async (): Promise<{ pid: number } | undefined> => {
    const [row] = await db.dataSource.query(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1 AND query = $2`,
      [MAIL_LISTENER_APPLICATION_NAME, `LISTEN ${MAIL_OUTBOX_CHANNEL}`],
    );
    return row;
  };

  /**
   * Waits for a listener other than the one of `pid`, then for the pass that follows every reconnect,
   * so that only a notification can deliver what is queued next.
   */
  const listenerBack = async (pid: number, withinMs: number) => {
    const back = await until('the listener back', withinMs, async () => {
      const row = await listener();
      return row && row.pid !== pid ? row : undefined;
    });
    await sleep(500);
    return back;
  };

  /** Queues in a transaction of another connection pool than the app's, as the admin process would. */
  const queueCommitted = async () => {
    const queued = await db.dataSource.transaction((manager) => mail.enqueue(manager, invitation()));
    return { queued, committedAt: Date.now() };
  };

  const arrival = (messageId: string, withinMs: number) => until(`mail ${messageId} at the SMTP server`, withinMs, () => smtp.received.find((m) => m.messageId === messageId));

  beforeAll(async () => {
    // Before forRoot, which warns that @app/database's own module (loaded, not used here) took the default name.
    Logger.overrideLogger(logger);
    db = await createTestDatabase();
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule,
        TypeOrmModule.forRoot({ ...dataSourceOptions(db.url, { poolSize: 2 }), logging: ['error'] }),
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

  it('delivers a burst of mails queued at once, one pass at a time', async () => {
    const worker = app.get(MailWorker);
    const drain = worker.drain.bind(worker);
    let passes = 0;
    let inFlight = 0;
    let mostAtOnce = 0;
    const spy = jest.spyOn(worker, 'drain').mockImplementation(async () => {
      passes++;
      mostAtOnce = Math.max(mostAtOnce, ++inFlight);
      try {
        return await drain();
      } finally {
        inFlight--;
      }
    });
    try {
      const burst = await Promise.all(Array.from({ length: 20 }, () => queueCommitted()));
      for (const { queued } of burst) await arrival(queued.messageId, PROMPTLY_MS);
      expect(mostAtOnce).toBe(1);
      // Every pass answers at least one notification: notifications during a pass share the one after it.
      expect(passes).toBeLessThanOrEqual(burst.length);
    } finally {
      spy.mockRestore();
    }
  });

  it('never delivers, nor announces, a mail whose transaction rolled back', async () => {
    const probe = await listenOnOutbox(db.url);
    try {
      const rolledBack = invitation();
      await expect(
        db.dataSource.transaction(async (manager) => {
          await mail.enqueue(manager, rolledBack);
          throw new Error('the caller changed its mind');
        }),
      ).rejects.toThrow('the caller changed its mind');
      // A committed mail afterwards: once it has arrived, a notification of the rolled-back one would have, too.
      const { queued } = await queueCommitted();
      await arrival(queued.messageId, PROMPTLY_MS);

      expect(smtp.received.filter((m) => m.to.includes(rolledBack.to))).toEqual([]);
      expect(await db.dataSource.getRepository(MailOutbox).countBy({ idempotencyKey: rolledBack.idempotencyKey })).toBe(0);
      expect(probe.notifications).toBe(1);
    } finally {
      await probe.end();
    }
  });

  it('wakes no one when the same idempotency key is queued again', async () => {
    const again = invitation();
    await db.dataSource.transaction((manager) => mail.enqueue(manager, again));
    const probe = await listenOnOutbox(db.url);
    try {
      await db.dataSource.transaction((manager) => mail.enqueue(manager, again));
      // A notification, were there one, is delivered at commit: a round trip later it has arrived.
      await probe.client.query('SELECT 1');
      expect(probe.notifications).toBe(0);
    } finally {
      await probe.end();
    }
  });

  it('delivers promptly again after its listening connection was killed, once it has reconnected', async () => {
    const { pid } = (await listener())!;
    await db.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
    await listenerBack(pid, 5_000);

    const { queued, committedAt } = await queueCommitted();
    await arrival(queued.messageId, PROMPTLY_MS);
    expect(Date.now() - committedAt).toBeLessThan(PROMPTLY_MS);
  });

  it('rides out a database that refuses connections for a while, logging the outage once and without a stack', async () => {
    const admin = new Client({ connectionString: process.env[ADMIN_URL_VAR] });
    await admin.connect();
    const loggedBefore = logger.lines.length;
    try {
      const { pid } = (await listener())!;
      await admin.query(`ALTER DATABASE ${quoteIdent(db.name)} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend($1)', [pid]);
      // Long enough for the first reconnect (after 1 s) to be refused and a second one to be planned.
      await sleep(1_500);
      await admin.query(`ALTER DATABASE ${quoteIdent(db.name)} ALLOW_CONNECTIONS true`);
      await listenerBack(pid, 10_000);
    } finally {
      await admin.query(`ALTER DATABASE ${quoteIdent(db.name)} ALLOW_CONNECTIONS true`);
      await admin.end();
    }

    const logged = logger.lines.slice(loggedBefore);
    expect(logged).toEqual([
      { level: 'warn', message: expect.stringMatching(/^Mail wake-up listener lost the database \(terminating connection due to administrator command\)[^\n]*$/) },
      { level: 'log', message: 'Mail wake-up listener is listening again' },
    ]);

    const { queued } = await queueCommitted();
    await arrival(queued.messageId, PROMPTLY_MS);
  });

  it('closes its listening connection when the app stops', async () => {
    await app.close();
    closed = true;
    await until('the listener gone', 5_000, async () => ((await listener()) ? undefined : true));
  });
});

/** A LISTEN of the test's own on the outbox channel, counting what it hears. */
async function listenOnOutbox(url: string): Promise<{ client: Client; notifications: number; end(): Promise<void> }> {
  const client = new Client({ connectionString: url });
  const probe = { client, notifications: 0, end: () => client.end() };
  client.on('notification', () => probe.notifications++);
  await client.connect();
  await client.query(`LISTEN ${MAIL_OUTBOX_CHANNEL}`);
  return probe;
}
