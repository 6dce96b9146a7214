import { INestApplication, Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppConfig, ConfigModule, loadConfig } from '@app/config';
import { dataSourceOptions, freePort } from '@app/database';
import { JobsModule } from '@app/jobs';
import { MAIL_QUEUE, MailModule, MailStatus } from '@app/mail';
import { createTestDatabase, TestDatabase } from './utils/test-database';
import { TestSmtpServer } from './utils/test-smtp-server';
import { PORTAL_ENTITIES } from '../apps/shared/entities';

const UPGRADE = 'MoveJobsOntoPgBoss1795592200000';

/** A mail as the outbox of the version before pg-boss queued it. */
function oldMail(n: string, status: MailStatus, extra = '') {
  return `INSERT INTO mail_outbox (idempotency_key, message_id, recipient, language, template, params, status, attempts, next_attempt_at, locked_until ${extra ? ', sent_at' : ''})
          VALUES ('invitation:old:${n}', '<old-${n}@at-portal>', '${n}@example.org', 'sr', 'invitation',
                  '{"inviterOrganization":"ASTRA","link":"https://portal.example/invite?t=${n}","expiresAt":"2026-03-15T13:00:00Z"}',
                  '${status}', ${status === MailStatus.PENDING ? 0 : 1}, now(), ${status === MailStatus.SENDING ? `now() - interval '1 minute'` : 'NULL'} ${extra})`;
}

describe('upgrading from the mail outbox to pg-boss', () => {
  let db: TestDatabase;
  let smtp: TestSmtpServer;
  const apps: INestApplication[] = [];

  const startApp = async () => {
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
    const app = moduleRef.createNestApplication({ logger: false });
    apps.push(app);
    await app.init();
    return app;
  };

  beforeAll(async () => {
    Logger.overrideLogger(false);
    db = await createTestDatabase();
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await smtp?.stop();
    await db?.drop();
  });

  it('delivers, exactly once, the mails the previous version queued and had not delivered', async () => {
    // The database as the previous version left it.
    const applied = async () => (await db.dataSource.query(`SELECT 1 FROM migrations WHERE name = $1`, [UPGRADE])).length > 0;
    while (await applied()) await db.dataSource.undoLastMigration({ transaction: 'each' });
    await db.dataSource.query(oldMail('waiting', MailStatus.PENDING));
    // Taken by a worker of the previous version that died mid-delivery.
    await db.dataSource.query(oldMail('abandoned', MailStatus.SENDING));
    await db.dataSource.query(oldMail('delivered', MailStatus.SENT, ', now()'));
    await db.dataSource.query(oldMail('dead', MailStatus.DEAD));

    await db.dataSource.runMigrations({ transaction: 'each' });
    // Two processes of the new version start together.
    await Promise.all([startApp(), startApp()]);

    for (let waited = 0; waited < 10_000 && smtp.received.length < 2; waited += 100) await sleep(100);
    await sleep(1_000); // anything sent twice would have arrived by now
    expect(smtp.messageIds().sort()).toEqual(['<old-abandoned@at-portal>', '<old-waiting@at-portal>']);
    const rows: { recipient: string; status: string }[] = await db.dataSource.query(`SELECT recipient, status FROM mail_outbox ORDER BY recipient`);
    expect(rows).toEqual([
      { recipient: 'abandoned@example.org', status: 'SENT' },
      { recipient: 'dead@example.org', status: 'DEAD' },
      { recipient: 'delivered@example.org', status: 'SENT' },
      { recipient: 'waiting@example.org', status: 'SENT' },
    ]);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1`, [MAIL_QUEUE]);
    expect(n).toBe(2);
  });
});
