import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AuditAction } from '@app/audit';
import { freePort } from '@app/database';
import { DEFAULT_MAIL_WORKER_OPTIONS } from '@app/mail';
import { OrganizationKind } from '@app/organizations';
import { Role } from '@app/policy';
import { caseWithDetails, newPartner } from './factories/referral-factory';
import { startTestApp, TestApp } from './utils/test-app';
import { TestSmtpServer } from './utils/test-smtp-server';

const ROOT = join(__dirname, '..');
const REFERRALS = 200;
/** Referrals withdrawn: their identifying details are erased REFERRAL_RETENTION_MONTHS (1 here) after. */
const ENDED = 50;
/** Where the clock is moved for the second half: past every due time (hours) and past the retention (a month) of the withdrawn ones. */
const CLOCK_OFFSET = '40d';
/** Cluster workers per API process: one, so that the process killed is the one that held its mails. */
const API_WORKERS = 1;

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

  const start = async (kind: 'api' | 'admin', name: string, env: Record<string, string> = {}): Promise<Replica> => {
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
        API_WORKERS: String(API_WORKERS),
        JOBS: 'on',
        SMTP_URL: smtp.url,
        APP_NAME: name,
        LOG_LEVEL: 'error',
        REFERRAL_RETENTION_MONTHS: '1',
        ...env,
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

  /** Three API processes and the admin app, started together. */
  const startAll = async (env: Record<string, string> = {}) => {
    const started = await Promise.all([start('api', 'api-1', env), start('api', 'api-2', env), start('api', 'api-3', env), start('admin', 'admin', env)]);
    return started.slice(0, 3);
  };

  const exited = (child: ChildProcess) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined);

  /** Stops every replica as an orchestrator does (SIGTERM: running jobs finish). */
  const stopAll = async () => {
    for (const { child } of replicas) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(replicas.map(({ child }) => exited(child)));
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

  /**
   * Every queued mail at the SMTP server and recorded SENT: nothing lost. Returns the Message-IDs
   * that arrived more than once, with how often.
   */
  const everyMailDelivered = async (withinMs: number) => {
    const queued = async () => (await t.db.dataSource.query(`SELECT message_id FROM mail_outbox`)).map((row: { message_id: string }) => row.message_id) as string[];
    await until('every mail delivered', withinMs, async () => {
      const received = new Set(smtp.messageIds());
      const unsent = await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE status <> 'SENT'`);
      return (unsent === 0 && (await queued()).every((id) => received.has(id))) || undefined;
    });
    await sleep(2_000); // a second delivery of any of them would have arrived by now
    const ids = await queued();
    expect(new Set(smtp.messageIds())).toEqual(new Set(ids));
    const arrivals = new Map<string, number>();
    for (const id of smtp.messageIds()) arrivals.set(id, (arrivals.get(id) ?? 0) + 1);
    return new Map([...arrivals].filter(([, n]) => n > 1));
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
    await stopAll();
    await t?.close();
    await smtp?.stop();
  }, 60_000);

  it('sends every reminder, alert and erasure once, and every mail once, with the clock moved past their due times and a replica killed mid-burst', async () => {
    let apis = await startAll();

    const sender = await t.factory.newOrganization({ kind: OrganizationKind.AT_NETWORK_MEMBER, country: 'RS', city: 'Niš' });
    const staff = await t.factory.newUser({ role: Role.MEMBER_STAFF, organization: sender });
    await t.factory.newUser({ role: Role.MEMBER_ADMIN, organization: sender });
    await t.factory.newUser({ role: Role.COORDINATOR });
    const { partner } = await newPartner(t, { contactEmails: ['intake@partner.example'] });
    const token = (await t.as(staff)).headers!.authorization.replace(/^Bearer /, '');

    // 200 referrals, created and sent through the three replicas in turn, 10 at a time; the first 50
    // are withdrawn again (through yet another replica).
    const ids: string[] = [];
    for (let batch = 0; batch < REFERRALS; batch += 10) {
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          const n = batch + i;
          const replica = apis[n % apis.length];
          const input = caseWithDetails(partner.id, { urgency: 'CRITICAL', caseCode: `NIS-2026-${n}` });
          const { createReferral } = await gql(replica, token, `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`, { input });
          await gql(apis[(n + 1) % apis.length], token, `mutation($id: ID!) { sendReferral(id: $id) { id } }`, { id: createReferral.id });
          if (n < ENDED) await gql(apis[(n + 2) % apis.length], token, `mutation($id: ID!) { withdrawReferral(id: $id, reason: "Sent by mistake") { id } }`, { id: createReferral.id });
          ids[n] = createReferral.id;
        }),
      );
    }
    expect(await everyMailDelivered(60_000)).toEqual(new Map());
    expect(await count(`SELECT count(*)::int AS n FROM referrals WHERE id = ANY($1::uuid[]) AND (reminder_sent_at IS NOT NULL OR details_erased_at IS NOT NULL)`, [ids])).toBe(0);

    // The clock moves on: the replicas start again 40 days ahead. 150 referrals are long past their
    // acknowledgement (reminder, then alert); the 50 withdrawn ones past their retention (erasure).
    await stopAll();
    const mailsBefore = smtp.received.length;
    // The server takes a moment to answer 250 after each mail, as one committing it to its queue
    // does, so that the replica killed below has mails the server took and it never heard about.
    smtp.replyDelayMs = 500;
    apis = await startAll({ CLOCK_OFFSET });

    // The next tick's pass queues the reminders and alerts; a replica dies while it delivers them.
    const processOf = (replica: Replica) => `${hostname()}:${replica.child.pid}`;
    const sending = async (replica: Replica): Promise<string[]> =>
      (await t.db.dataSource.query(`SELECT message_id FROM mail_outbox WHERE status = 'SENDING' AND attempted_by = $1`, [processOf(replica)])).map(
        (row: { message_id: string }) => row.message_id,
      );
    /** Mails the server has taken from `replica` whose 250 the replica has not yet read (or recorded). */
    const unheard = async (replica: Replica) => {
      const received = new Set(smtp.messageIds());
      return (await sending(replica)).filter((id) => received.has(id));
    };
    const victim = await until('the burst under way', 120_000, async () => {
      if (smtp.received.length < mailsBefore + 20) return undefined;
      for (const replica of apis) if ((await unheard(replica)).length >= 2) return replica;
      return undefined;
    });
    victim.child.kill('SIGKILL');
    await exited(victim.child);
    // What the killed replica had in flight: mails it had taken and not yet recorded as sent. Nobody
    // else takes them before their jobs miss a heartbeat (10 s and more), so this is read in time.
    const inFlight = await sending(victim);
    const acceptedUnheard = await unheard(victim);
    // Killed mid-delivery, with no more than its job concurrency: one batch of mails per cluster worker.
    expect(inFlight.length).toBeGreaterThan(0);
    expect(inFlight.length).toBeLessThanOrEqual(DEFAULT_MAIL_WORKER_OPTIONS.batchSize * API_WORKERS);

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
    // Erased are the withdrawn ones, and reminded the others.
    expect(await count(`SELECT count(*)::int AS n FROM referrals WHERE id = ANY($1::uuid[]) AND details_erased_at IS NOT NULL`, [ids.slice(0, ENDED)])).toBe(ENDED);

    // Every mail queued (one per reminder recipient and per alert recipient) arrives: nothing lost.
    // Delivery is at least once (README, Scale): a mail the server took from the killed replica,
    // which never heard the 250, arrives a second time, under its one Message-ID. Exactly those
    // arrive twice, and no other: each repeated mail was one in flight in the killed replica.
    const repeated = await everyMailDelivered(120_000);
    process.stdout.write(`replicas: ${victim.name} killed with ${inFlight.length} mails in flight, ${acceptedUnheard.length} of them taken by the server; ${repeated.size} arrived twice\n`);
    expect(acceptedUnheard.length).toBeGreaterThan(0);
    for (const messageId of acceptedUnheard) expect({ messageId, arrivals: repeated.get(messageId) }).toEqual({ messageId, arrivals: 2 });
    for (const [messageId, arrivals] of repeated) expect({ messageId, inFlight: inFlight.includes(messageId), arrivals }).toEqual({ messageId, inFlight: true, arrivals: 2 });
    expect(repeated.size).toBeLessThanOrEqual(inFlight.length);
    expect(await count(`SELECT count(*)::int AS n FROM mail_outbox WHERE status <> 'SENT'`)).toBe(0);
  }, 540_000);
});
