import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuditAction } from '@app/audit';
import { freePort } from '@app/database';
import { OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { caseWithDetails, newPartner } from './factories/referral-factory';
import { startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

const ROOT = join(__dirname, '..');
const REFERRALS = 200;
/** Referrals that ended long ago: their identifying details are erased. */
const ENDED = 50;

interface Replica {
  name: string;
  url: string;
  child: ChildProcess;
}

/** Waits for `probe` to give something, polling every 250 ms. */
async function until<T>(what: string, withinMs: number, probe: () => Promise<T | undefined | false>): Promise<T> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${withinMs} ms`);
    await sleep(250);
  }
}

/**
 * The portal as it scales out: three API processes and the admin app, each a separate OS process
 * of the built apps (`npm run build`), on one database, all with JOBS=on. pg-boss hands each job
 * to one of them and fires each schedule once per minute across them all.
 */
describe('replicas: three API processes and the admin app share the jobs, each done exactly once', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  const replicas: Replica[] = [];

  const start = async (kind: 'api' | 'admin', name: string): Promise<Replica> => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(ROOT, `dist/apps/${kind}/src/main.js`)], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: t.db.url,
        DATABASE_POOL_SIZE: '4',
        PORT: String(port),
        ADMIN_PORT: String(port),
        HOST: '127.0.0.1',
        API_WORKERS: '1',
        JOBS: 'on',
        SMTP_URL: smtp.url,
        APP_NAME: name,
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const replica = { name, url: `http://127.0.0.1:${port}`, child };
    replicas.push(replica);
    await until(`${name} up`, 60_000, async () => {
      if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
      return (await fetch(`${replica.url}/health`)).ok || undefined;
    });
    return replica;
  };

  const gql = async (replica: Replica, token: string, query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${replica.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown };
    if (body.errors) throw new Error(`${replica.name}: ${JSON.stringify(body.errors)}`);
    return body.data!;
  };

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await t.db.dataSource.query(sql, params))[0].n;

  /** Every queued mail at the SMTP server: nothing lost. Returns how many arrived more than once. */
  const everyMailDelivered = async (withinMs: number) => {
    const queued = async () => (await t.db.dataSource.query(`SELECT message_id FROM mail_outbox`)).map((row: { message_id: string }) => row.message_id) as string[];
    await until('every mail delivered', withinMs, async () => {
      const received = new Set(smtp.messageIds());
      return (await queued()).every((id) => received.has(id)) || undefined;
    });
    await sleep(2_000); // a second delivery of any of them would have arrived by now
    const ids = await queued();
    expect(new Set(smtp.messageIds())).toEqual(new Set(ids));
    return smtp.messageIds().length - ids.length;
  };

  beforeAll(async () => {
    // As production builds it: jest's NODE_ENV=test would make Vite build the web app's development
    // variant (no service worker) into the dist/ that other test files, the bench and `npm start` serve.
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
    smtp = new TestSmtpServer(await freePort());
    await smtp.start();
    t = await startTestApp('api');
  }, 300_000);

  afterAll(async () => {
    for (const { child } of replicas) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(replicas.map(({ child }) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)));
    await t?.close();
    await smtp?.stop();
  }, 60_000);

  it('sends every reminder, alert and erasure once, and every mail once, even when a replica is killed mid-burst', async () => {
    const apis = [await start('api', 'api-1'), await start('api', 'api-2'), await start('api', 'api-3')];
    await start('admin', 'admin');

    const sender = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: sender });
    await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: sender });
    await t.factory.newUser({ role: Role.COORDINATOR });
    const { partner } = await newPartner(t, { contactEmails: ['intake@partner.example'] });
    const token = (await t.as(staff)).headers!.authorization.replace(/^Bearer /, '');

    // 200 referrals, created and sent through the three replicas in turn, 10 at a time.
    const ids: string[] = [];
    for (let batch = 0; batch < REFERRALS; batch += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const n = batch + i;
          const replica = apis[n % apis.length];
          const input = caseWithDetails(partner.id, { urgency: 'CRITICAL', caseCode: `NIS-2026-${n}` });
          const { createReferral } = await gql(replica, token, `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, { input });
          await gql(apis[(n + 1) % apis.length], token, `mutation($id: ID!) { sendReferral(id: $id) { id } }`, { id: createReferral.id });
          ids.push(createReferral.id);
        }),
      );
    }
    expect(await everyMailDelivered(60_000)).toBe(0);

    // The clock moves on: 150 referrals long past their acknowledgement (reminder, then alert),
    // 50 ended more than the retention period ago (erasure).
    const ended = ids.slice(0, ENDED);
    await t.db.dataSource.query(`UPDATE referrals SET status = 'CLOSED', closed_at = now() - interval '25 months' WHERE id = ANY($1::uuid[])`, [ended]);
    await t.db.dataSource.query(
      `UPDATE referrals SET sent_at = sent_at - interval '3 days', acknowledge_due_at = acknowledge_due_at - interval '3 days' WHERE status = 'SENT' AND id = ANY($1::uuid[])`,
      [ids],
    );
    const mailsBefore = smtp.received.length;

    // The next tick's pass queues the reminders and alerts; one replica dies while they go out.
    await until('the burst under way', 120_000, async () => smtp.received.length > mailsBefore + 20 || undefined);
    apis[1].child.kill('SIGKILL');

    const overdue = REFERRALS - ENDED;
    await until('every referral reminded, alerted and erased', 120_000, async () => {
      const done = await count(
        `SELECT count(*)::int AS n FROM referrals WHERE id = ANY($1::uuid[]) AND ((reminder_sent_at IS NOT NULL AND escalated_at IS NOT NULL) OR details_erased_at IS NOT NULL)`,
        [ids],
      );
      return done === REFERRALS || undefined;
    });
    const once = async (action: AuditAction) =>
      count(`SELECT count(*)::int AS n FROM (SELECT entity_id FROM audit_log WHERE action = $1 GROUP BY entity_id HAVING count(*) = 1) once`, [action]);
    const total = async (action: AuditAction) => count(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [action]);
    expect([await once(AuditAction.REFERRAL_REMINDED), await total(AuditAction.REFERRAL_REMINDED)]).toEqual([overdue, overdue]);
    expect([await once(AuditAction.REFERRAL_ESCALATED), await total(AuditAction.REFERRAL_ESCALATED)]).toEqual([overdue, overdue]);
    expect([await once(AuditAction.REFERRAL_DETAILS_ERASED), await total(AuditAction.REFERRAL_DETAILS_ERASED)]).toEqual([ENDED, ENDED]);

    // Every mail queued (one per reminder recipient and per alert recipient) arrives: nothing lost.
    // A mail whose SMTP transfer finished in the very instant of the kill may arrive twice, under
    // its one Message-ID; no more than the killed replica had in flight.
    const duplicates = await everyMailDelivered(120_000);
    expect(duplicates).toBeLessThanOrEqual(10);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE status <> 'SENT'`)).toBe(0);
  }, 420_000);
});
